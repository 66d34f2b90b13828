"""The real ChatOpenAI + openai client against a scripted chat-completions server on 127.0.0.1."""

import json

import pytest
from answers import GOOD_FINANCE, answer
from scripted_server import Script, serve

from drafting.draft.drafter import draft
from drafting.errors import ModelError
from drafting.llm.models import OpenAICompatibleModel
from drafting.numbers.guard import verify

KEY = "sk-local-SECRET-abcdef"
GOOD = GOOD_FINANCE


@pytest.fixture
def server():
    script = Script()
    httpd = serve(script)
    yield script
    httpd.shutdown()
    httpd.server_close()


RETRY_SOON = {"retry-after-ms": "10"}


def model(server, **kw):
    options = {"timeout": 2.0, "max_retries": 1} | kw
    return OpenAICompatibleModel("local", api_key=KEY, base_url=server.url, **options)


def run(data, m, tmp_path):
    return draft(data, model=m, sections=["finance"], cache_dir=tmp_path / "cache")


def test_a_good_answer_comes_back_through_chatopenai(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(200, answer(GOOD), {}, 0)]
    d = run(small_data, model(server), tmp_path)
    assert d.sidecar.sections[0].source == "model"
    assert d.sidecar.sections[0].tokens.input_tokens == 100
    assert server.requests[0]["path"] == "/v1/chat/completions" and server.requests[0]["body"]["model"] == "local"


def test_an_invented_number_is_repaired(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(200, answer(GOOD.replace("8.00万元", "8.80万元")), {}, 0), (200, answer(GOOD), {}, 0)]
    d = run(small_data, model(server), tmp_path)
    assert len(server.requests) == 2 and d.sidecar.sections[0].source == "model"
    assert "8.80万元" in json.dumps(server.requests[1]["body"], ensure_ascii=False)


def test_malformed_json_ends_in_a_guarded_fallback(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(200, "好的，以下是报告：{blocks: ", {}, 0)] * 3
    d = run(small_data, model(server), tmp_path)
    assert d.sidecar.sections[0].source == "fallback"
    assert verify(d.report, small_data).failures == []


def test_a_429_is_retried_then_succeeds(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(429, None, RETRY_SOON, 0), (200, answer(GOOD), {}, 0)]
    d = run(small_data, model(server), tmp_path)
    assert len(server.requests) == 2 and d.sidecar.sections[0].source == "model"


def test_repeated_500s_end_in_a_clear_model_error(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(500, None, RETRY_SOON, 0)] * 3
    with pytest.raises(ModelError, match="500"):
        run(small_data, model(server), tmp_path)
    assert len(server.requests) == 2  # first try + max_retries=1


def test_a_timeout_ends_in_a_clear_model_error(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(200, answer(GOOD), {}, 1.0)] * 2
    with pytest.raises(ModelError, match="超时"):
        run(small_data, model(server, timeout=0.2, max_retries=0), tmp_path)


def test_the_key_is_sent_but_never_cached_or_written(small_data, server, tmp_path, allow_model_requests):
    server.steps = [(200, answer(GOOD), {}, 0)]
    d = run(small_data, model(server), tmp_path)
    assert server.requests[0]["auth"] == f"Bearer {KEY}"
    stored = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "cache").rglob("*.json"))
    assert stored and KEY not in stored
    assert KEY not in d.sidecar.model_dump_json()


def test_without_opting_in_no_request_reaches_the_server(small_data, server, tmp_path):
    from drafting.errors import ModelRequestsBlocked

    with pytest.raises(ModelRequestsBlocked):
        run(small_data, model(server), tmp_path)
    assert server.requests == []
