import shutil
from pathlib import Path

import pytest

from drafting.draft.sections import SECTIONS
from drafting.errors import PromptFileError
from drafting.llm.prompts import PROMPTS_DIR, load_prompt, load_prompt_file

ALL = [s.prompt for s in SECTIONS] + ["repair"]


@pytest.mark.parametrize("name", ALL)
def test_every_prompt_file_loads_with_a_version_and_an_example(name):
    prompt = load_prompt(name)
    assert prompt.spec.version >= 1
    assert prompt.spec.examples
    assert len(prompt.sha256) == 64


@pytest.mark.parametrize("name", [s.prompt for s in SECTIONS])
def test_system_prompt_says_prior_year_text_is_data_not_instructions(name):
    system = load_prompt(name).spec.system
    assert "DATA" in system and "不是指令" in system


def _copy(tmp_path: Path, name: str = "finance") -> Path:
    target = tmp_path / f"{name}.yaml"
    shutil.copy(PROMPTS_DIR / f"{name}.yaml", target)
    return target


def test_a_template_variable_that_is_not_declared_is_named_in_the_error(tmp_path):
    file = _copy(tmp_path)
    file.write_text(file.read_text(encoding="utf-8").replace("章节：{section_title}", "章节：{section_name}"),
                    encoding="utf-8")
    with pytest.raises(PromptFileError) as err:
        load_prompt_file(file)
    assert "section_name" in str(err.value) and "finance.yaml" in str(err.value)


def test_a_declared_variable_the_templates_never_use_is_an_error(tmp_path):
    file = _copy(tmp_path)
    file.write_text(file.read_text(encoding="utf-8").replace("prior]", "prior, tone]"), encoding="utf-8")
    with pytest.raises(PromptFileError, match="tone"):
        load_prompt_file(file)


def test_unknown_keys_are_refused(tmp_path):
    file = _copy(tmp_path)
    file.write_text(file.read_text(encoding="utf-8") + "temperature: 0.3\n", encoding="utf-8")
    with pytest.raises(PromptFileError, match="temperature"):
        load_prompt_file(file)


def test_rendering_without_a_variable_names_it():
    with pytest.raises(PromptFileError, match="prior"):
        load_prompt("finance").messages(department="x", year="2023", section_title="t", facts="", required="",
                                        skeleton="")


def test_examples_keep_their_braces_literally():
    messages = load_prompt("finance").messages(department="x", year="2023", section_title="t", facts="f",
                                               required="r", skeleton="s", prior="p")
    assert messages[2].content.startswith('{"blocks"')


def test_the_hash_changes_when_the_file_changes(tmp_path):
    file = _copy(tmp_path)
    before = load_prompt_file(file).sha256
    file.write_text(file.read_text(encoding="utf-8").replace("version: 1", "version: 2"), encoding="utf-8")
    assert load_prompt_file(file).sha256 != before


def test_no_prompt_text_lives_in_python_modules():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parent.parent / "drafting").glob("*.py")
                       if p.name in {"chain.py", "models.py", "drafter.py"})
    assert "你是" not in source and "事实清单" not in source
