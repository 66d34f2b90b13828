from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from drafting.draft.sections import DraftBlock, SectionText
from drafting.errors import ModelConfigError, ModelError, ModelRequestsBlocked
from drafting.llm.models import (
    FakeModel,
    OfflineModel,
    OpenAICompatibleModel,
    get_model,
    parse_answer,
    requests_allowed,
    resolve_settings,
)

SECRET = "sk-test-SECRET-0123456789"


def test_get_model_knows_offline_fake_and_openai(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    assert isinstance(get_model("offline"), OfflineModel)
    assert isinstance(get_model("fake"), FakeModel)
    model = get_model("openai:deepseek-chat")
    assert isinstance(model, OpenAICompatibleModel) and model.name == "openai:deepseek-chat"


def test_an_unknown_model_spec_says_what_is_accepted():
    with pytest.raises(ModelConfigError, match="openai:<模型名>"):
        get_model("claude")


def test_a_missing_key_says_which_environment_variable_to_set():
    with pytest.raises(ModelConfigError, match="OPENAI_API_KEY"):
        OpenAICompatibleModel("gpt-4o-mini")


def test_a_local_endpoint_needs_no_key():
    model = OpenAICompatibleModel("qwen2.5", base_url="http://127.0.0.1:11434/v1")
    assert model.settings.base_url.startswith("http://127.0.0.1")


def test_the_key_is_never_shown(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    model = OpenAICompatibleModel("deepseek-chat", base_url="http://127.0.0.1:1/v1")
    assert SECRET not in repr(model)
    assert SECRET not in model.settings.model_dump_json()
    assert SECRET not in str(vars(model))


def test_model_requests_are_switched_off_by_the_documented_variable_not_by_sniffing_pytest(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    model = OpenAICompatibleModel("deepseek-chat")
    with pytest.raises(ModelRequestsBlocked, match="JIXIAO_BLOCK_MODEL_REQUESTS"):
        model.complete([HumanMessage(content="hi")], schema=SectionText)
    monkeypatch.delenv("JIXIAO_BLOCK_MODEL_REQUESTS")
    assert "PYTEST_CURRENT_TEST" in __import__("os").environ and requests_allowed()


def test_the_library_does_not_look_at_pytest_variables():
    import drafting.llm as llm

    root = Path(llm.__file__).parent.parent
    assert not [p.name for p in root.rglob("*.py") if "PYTEST_CURRENT_TEST" in p.read_text(encoding="utf-8")]


def test_arguments_beat_environment_which_beats_the_config_file(monkeypatch, tmp_path):
    config = tmp_path / "jixiao.toml"
    config.write_text('[model]\ntemperature = 0.1\ntimeout = 30\nmax_retries = 5\nprice_per_1k_input = "0.002"\n',
                      encoding="utf-8")
    monkeypatch.setenv("JIXIAO_TIMEOUT", "12")
    settings = resolve_settings("m", temperature=0.7, config_path=config)
    assert (settings.temperature, settings.timeout, settings.max_retries) == (0.7, 12.0, 5)
    assert str(settings.prices.input_per_1k) == "0.002"


def test_a_config_file_may_not_hold_the_key(tmp_path):
    config = tmp_path / "jixiao.toml"
    config.write_text('[model]\napi_key = "sk-x"\n', encoding="utf-8")
    with pytest.raises(ModelConfigError, match="api_key"):
        resolve_settings("m", config_path=config)


def test_a_bad_environment_number_names_the_variable(monkeypatch):
    monkeypatch.setenv("JIXIAO_MAX_RETRIES", "many")
    with pytest.raises(ModelConfigError, match="JIXIAO_MAX_RETRIES"):
        resolve_settings("m")


def test_fake_model_answers_from_its_queue_and_records_calls():
    fake = FakeModel(['{"blocks": [{"text": "一段。"}]}'])
    answer = fake.complete([HumanMessage(content="写一段")], schema=SectionText)
    assert answer.parsed.blocks[0].text == "一段。"
    assert fake.calls[0].text == "写一段" and fake.calls[0].schema_name == "SectionText"


def test_fake_model_with_an_empty_queue_raises_a_model_error():
    with pytest.raises(ModelError, match="queue"):
        FakeModel().complete([HumanMessage(content="x")], schema=SectionText)


def test_offline_model_returns_the_skeleton():
    skeleton = SectionText(blocks=[DraftBlock(text="初稿。")])
    assert OfflineModel().complete([], schema=SectionText, skeleton=skeleton).parsed == skeleton


def test_an_answer_is_one_json_object_and_nothing_else():
    parsed, error = parse_answer('{"blocks": [{"text": "a"}]}', SectionText)
    assert error is None and parsed.blocks[0].text == "a"


@pytest.mark.parametrize("text", ['```json\n{"blocks": [{"text": "a"}]}\n```',
                                  '好的，以下是报告：{"blocks": [{"text": "a"}]}', '[{"text": "a"}]'])
def test_fenced_or_chatty_answers_are_unusable_not_scanned_for_braces(text):
    parsed, error = parse_answer(text, SectionText)
    assert parsed is None and "JSON" in error


def test_malformed_json_gives_a_reason_not_a_crash():
    parsed, error = parse_answer('{"blocks": [', SectionText)
    assert parsed is None and error
