"""Every model-side failure, against the scripted server: one Chinese line and exit 3 (or the offline
text with a warning when the user chose it), never a traceback; the request count of each is pinned."""

import json
import socket

import pytest
from answers import GOOD_FINANCE, answer
from scripted_server import Step

from drafting.cli import main
from drafting.draft.chain import ChainSettings
from drafting.draft.drafter import draft
from drafting.errors import ModelConfigError, ModelError
from drafting.llm.models import OpenAICompatibleModel
from drafting.llm.settings import structured_mode_for
from drafting.numbers.guard import verify

GOOD = answer(GOOD_FINANCE)
SOON = {"retry-after-ms": "10"}


def model(script, **kw):
    return OpenAICompatibleModel("local", api_key="sk-local", base_url=script.url, **({"timeout": 2.0, "max_retries": 1} | kw))


def run(data, m, tmp_path, **kw):
    return draft(data, model=m, sections=["finance"], cache_dir=tmp_path / "cache", **kw)


def cached_files(tmp_path):
    return list((tmp_path / "cache").rglob("*.json"))


# -- the HTTP layer fails: a ModelError, the draft stops --------------------------------------------

FAILS = [  # (id, steps, expected error, message fragment, requests)
    ("malformed body", [Step(200, b"<html>502 Bad Gateway</html>")], ModelError, "chat completion", 1),
    ("body without choices", [Step(200, b'{"id": "x", "object": "chat.completion"}')], ModelError, "chat completion", 1),
    ("error object in a 200", [Step(200, b'{"error": {"message": "overloaded"}}')], ModelError, "chat completion", 1),
    ("400 bad request", [Step(400)], ModelError, "JIXIAO_STRUCTURED_OUTPUT", 1),
    ("401 wrong key", [Step(401)], ModelConfigError, "API key", 1),
    ("404 wrong model or address", [Step(404)], ModelConfigError, "404", 1),
    ("500 twice", [Step(500, headers=SOON)] * 2, ModelError, "500", 2),
    ("429 twice", [Step(429, headers=SOON)] * 2, ModelError, "429", 2),
    ("connection dropped twice", [Step("drop")] * 2, ModelError, "无法连接", 2),
    ("timeout twice", [Step(200, answer(GOOD_FINANCE), delay=1.0)] * 2, ModelError, "超时", 2),
]


@pytest.mark.parametrize(("steps", "error", "fragment", "requests"), [f[1:] for f in FAILS], ids=[f[0] for f in FAILS])
def test_a_failing_endpoint_is_one_model_error_with_a_known_request_count(small_data, scripted, tmp_path, steps,
                                                                          error, fragment, requests):
    scripted.steps = list(steps)
    with pytest.raises(error, match=fragment) as raised:
        run(small_data, model(scripted, timeout=0.3), tmp_path)
    assert len(scripted.requests) == requests
    assert "\n" not in str(raised.value) and "sk-local" not in str(raised.value)
    assert cached_files(tmp_path) == []


def test_a_refused_connection_is_a_model_error_without_any_request(small_data, tmp_path, allow_model_requests):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    m = OpenAICompatibleModel("local", api_key="k", base_url=f"http://127.0.0.1:{port}/v1", timeout=2, max_retries=1)
    with pytest.raises(ModelError, match="无法连接"):
        run(small_data, m, tmp_path)


@pytest.mark.parametrize(("steps", "requests"), [([Step(500, headers=SOON)] * 2, 2), ([Step(429, headers=SOON), Step(200, GOOD)], 2),
                                                 ([Step(503, headers=SOON), Step(200, GOOD)], 2)], ids=["500s", "429 then ok", "503 then ok"])
def test_retries_stay_within_max_retries(small_data, scripted, tmp_path, steps, requests):
    scripted.steps = list(steps)
    try:
        d = run(small_data, model(scripted), tmp_path)
        assert d.sidecar.sections[0].source == "model" and d.sidecar.sections[0].calls == 1
    except ModelError:
        pass
    assert len(scripted.requests) == requests


def test_the_time_budget_bounds_a_hung_server_and_then_refuses_further_requests(small_data, scripted, tmp_path):
    scripted.steps = [Step(200, GOOD, delay=2.0)] * 3
    m = model(scripted, timeout=60, max_retries=1, budget=0.4)  # each try gets budget / (retries + 1)
    with pytest.raises(ModelError, match="超时"):
        run(small_data, m, tmp_path)
    assert len(scripted.requests) == 2
    with pytest.raises(ModelError, match="总用时已达上限"):
        run(small_data, m, tmp_path)
    assert len(scripted.requests) == 2


# -- unusable answers: repaired, then the offline text; never cached --------------------------------

UNUSABLE = [("not JSON", "好的，以下是报告：" + GOOD), ("JSON of another shape", json.dumps({"paragraphs": [GOOD_FINANCE]})),
            ("code fence", f"```json\n{GOOD}\n```")]


@pytest.mark.parametrize("content", [u[1] for u in UNUSABLE], ids=[u[0] for u in UNUSABLE])
def test_an_unusable_answer_is_repaired_then_falls_back_and_is_never_cached(small_data, scripted, tmp_path, content):
    scripted.steps = [Step(200, content)] * 3
    d = run(small_data, model(scripted), tmp_path)
    assert len(scripted.requests) == 3 and d.sidecar.sections[0].source == "fallback"
    assert verify(d.report, small_data).failures == [] and cached_files(tmp_path) == []
    scripted.steps = [Step(200, GOOD)]  # the server is fixed: the rerun asks again and succeeds
    again = run(small_data, model(scripted), tmp_path)
    assert len(scripted.requests) == 4 and again.sidecar.sections[0].source == "model"


def test_a_cache_hit_costs_no_request_and_no_token(small_data, scripted, tmp_path):
    scripted.steps = [Step(200, GOOD)]
    first = run(small_data, model(scripted), tmp_path).sidecar
    second = run(small_data, model(scripted), tmp_path).sidecar
    assert len(scripted.requests) == 1
    assert (first.sections[0].calls, first.tokens.total, first.saved_tokens.total) == (1, 120, 0)
    assert (second.sections[0].calls, second.sections[0].cached_calls) == (0, 1)
    assert (second.tokens.total, second.saved_tokens.total) == (0, 120)


def test_without_the_cache_every_run_asks_the_model(small_data, scripted, tmp_path):
    scripted.steps = [Step(200, GOOD)] * 2
    run(small_data, model(scripted), tmp_path, use_cache=False)
    run(small_data, model(scripted), tmp_path, use_cache=False)
    assert len(scripted.requests) == 2 and cached_files(tmp_path) == []


def test_the_offline_fallback_when_chosen_covers_every_failing_section_with_a_warning(small_data, scripted, tmp_path):
    scripted.steps = [Step(500, headers=SOON)] * 4
    d = draft(small_data, model=model(scripted), sections=["finance", "overview"], cache_dir=tmp_path / "c",
              settings=ChainSettings(on_model_error="offline"))
    assert len(scripted.requests) == 4  # two sections, each one try and one retry
    assert [s.source for s in d.sidecar.sections] == ["fallback", "fallback"]
    assert sum("模型调用失败" in w for w in d.sidecar.warnings) == 2 and verify(d.report, small_data).failures == []


def test_a_wrong_key_stops_even_when_the_offline_fallback_was_chosen(small_data, scripted, tmp_path):
    scripted.steps = [Step(401)] * 4
    with pytest.raises(ModelConfigError):
        run(small_data, model(scripted), tmp_path, settings=ChainSettings(on_model_error="offline"))
    assert len(scripted.requests) == 1


# -- the command line ---------------------------------------------------------------------------------


def _cli(scripted, monkeypatch, tmp_path, *extra):
    monkeypatch.setenv("OPENAI_BASE_URL", scripted.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-local")
    monkeypatch.chdir(tmp_path)
    from conftest import DATA

    return main(["draft", str(DATA / "drafting" / "small.yaml"), "--model", "openai:local", "--sections", "finance",
                 "--timeout", "2", "--max-retries", "1", "-o", str(tmp_path / "d.docx"), *extra], raise_errors=False)


def test_the_cli_turns_a_malformed_body_into_one_line_and_exit_3(scripted, monkeypatch, tmp_path, capsys):
    scripted.steps = [Step(200, b"not json at all")]
    assert _cli(scripted, monkeypatch, tmp_path) == 3
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if not x.startswith("起草")]
    assert len(lines) == 1 and lines[0].startswith("模型调用失败") and "Traceback" not in err
    assert len(scripted.requests) == 1 and not (tmp_path / "d.docx").exists()


def test_the_cli_falls_back_per_section_when_told_to(scripted, monkeypatch, tmp_path, capsys):
    scripted.steps = [Step(500, headers=SOON)] * 2
    assert _cli(scripted, monkeypatch, tmp_path, "--on-model-error", "offline") == 0
    assert "模型调用失败" in capsys.readouterr().err and (tmp_path / "d.docx").exists()
    assert len(scripted.requests) == 2


def test_the_cli_no_cache_flag_skips_the_cache(scripted, monkeypatch, tmp_path):
    scripted.steps = [Step(200, GOOD)] * 2
    assert _cli(scripted, monkeypatch, tmp_path, "--no-cache") == 0
    assert _cli(scripted, monkeypatch, tmp_path, "--no-cache") == 0
    assert len(scripted.requests) == 2 and not (tmp_path / ".jixiao-cache").exists()


def test_help_states_the_default_time_bounds(capsys):
    with pytest.raises(SystemExit):
        main(["draft", "--help"])
    out = capsys.readouterr().out
    assert "默认600" in out and "默认60" in out


# -- structured output, per provider --------------------------------------------------------------


@pytest.mark.parametrize("mode", ["json_schema", "json_mode", "function_calling"])
def test_each_structured_output_mode_drafts_against_the_server(small_data, scripted, tmp_path, mode):
    scripted.steps = [Step(200, GOOD)]
    d = run(small_data, model(scripted, structured_output=mode), tmp_path)
    assert scripted.modes == [mode] and d.sidecar.sections[0].source == "model"
    body = scripted.requests[0]["body"]
    if mode == "json_schema":
        assert body["response_format"]["json_schema"]["schema"]["required"] == ["blocks"]
    if mode == "function_calling":
        assert body["tool_choice"]["function"]["name"] == body["tools"][0]["function"]["name"]


def test_a_tool_call_with_arguments_of_the_wrong_shape_is_repaired(small_data, scripted, tmp_path):
    scripted.steps = [Step(200, json.dumps({"text": GOOD_FINANCE})), Step(200, GOOD)]
    d = run(small_data, model(scripted, structured_output="function_calling"), tmp_path)
    assert len(scripted.requests) == 2 and d.sidecar.sections[0].source == "model"


@pytest.mark.parametrize(("url", "mode"), [(None, "json_schema"), ("https://api.deepseek.com/v1", "json_mode"),
                                           ("https://dashscope.aliyuncs.com/compatible-mode/v1", "json_mode"),
                                           ("http://127.0.0.1:11434/v1", "json_schema"),
                                           ("https://llm.example.gov.cn/v1", "json_mode")])
def test_each_provider_declares_its_structured_output_mode(url, mode):
    assert structured_mode_for(url) == mode


def test_the_mode_can_be_overridden_by_environment(monkeypatch):
    monkeypatch.setenv("JIXIAO_STRUCTURED_OUTPUT", "function_calling")
    assert OpenAICompatibleModel("m", base_url="https://api.deepseek.com/v1").settings.mode == "function_calling"
    monkeypatch.setenv("JIXIAO_STRUCTURED_OUTPUT", "xml")
    with pytest.raises(ModelConfigError, match="json_mode"):
        OpenAICompatibleModel("m", base_url="https://api.deepseek.com/v1")
