"""A character like the right one in both shape and sound backs a correction by itself (issue 10): a 形声
sibling (漂 for 票, 睛 for 精) restores a common word the report never writes and the 财政/绩效 vocabulary
lacks; a shape alone or a sound alone still needs an everyday word. Sentences are invented."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.typos import check_typos
from drafting.checks.typos_candidates import TWIN, look_alike
from drafting.io.text_reader import read_text_string

BUILD = Path(__file__).resolve().parent.parent / "drafting" / "data" / "build_typo_data.py"


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


@pytest.mark.parametrize(("text", "quote", "right"), [
    ("差旅费报销时须附合规发漂和审批单。", "发漂", "发票"),  # 漂/票: the same syllable, 票 inside 漂
    ("对帮扶对象实行睛准识别、动态管理。", "睛准", "精准"),  # 睛/精: one phonetic part, two radicals
    ("县动物卫生监督所全年完成产地检役1.2万头。", "检役", "检疫"),  # 役/疫: 殳 under 彳 and 疒
    ("项目资金全部拨入项目专用账护核算。", "账护", "账户"),  # 户 is the phonetic part of 护
    ("建立键全长效管理机制，明确各环节责任。", "键全", "健全"),  # 键/健 share 建 (once left as sound alone)
])
def test_a_look_alike_character_restores_a_common_word_the_report_never_writes(text, quote, right):
    assert (quote, f"改为“{right}”") in fixes(text)


def test_the_right_words_are_left_alone():
    assert fixes("差旅费报销时须附合规发票和审批单。对帮扶对象实行精准识别、动态管理。"
                 "县动物卫生监督所全年完成产地检疫1.2万头。项目资金全部拨入项目专用账户核算。") == set()


@pytest.mark.parametrize("text", [
    "牢牢把握正确政治方问。",  # 方 is a frequent word alone: meant where it stands (no 访问)
    "推进紧密型县域医共体建设。",  # 医/一 by sound alone: 一共 is no everyday word, 医共体 a term
    "做好办公设备维保工作。",  # 维/难 by shape alone: 难保 is no everyday word
    "他骑着一辆红车去上班。",  # 车/军 by shape alone: 红军 is no everyday word either
])
def test_a_weaker_likeness_restores_no_word_alone(text):
    assert not {r for _, r in fixes(text)} & {"改为“访问”", "改为“一共”", "改为“难保”", "改为“红军”"}


def test_what_backs_each_likeness():
    lex = lexicon()
    assert look_alike("发漂", "发票", 1, lex) == TWIN and look_alike("账护", "账户", 1, lex) == TWIN
    assert look_alike("药晶", "药品", 1, lex) == ""  # shape alone
    assert look_alike("医共", "一共", 0, lex) == ""  # no likeness of shape
    assert look_alike("方问", "访问", 0, lex) == ""  # a frequent word alone
    assert look_alike("发票", "发票", 1, lex) == ""  # what stands is a word


def test_the_shape_table_holds_phonetic_siblings():
    shapes = lexicon().shapes
    assert "精" in shapes["睛"] and "疫" in shapes["役"] and "户" in shapes["护"] and "溉" in shapes["概"]


def test_the_build_pairs_siblings_that_share_the_part_besides_the_radical_and_a_syllable(tmp_path):
    spec = importlib.util.spec_from_file_location("build_typo_data", BUILD)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    parts = {"睛": ["目", "青"], "精": ["米", "青"], "护": ["手", "户"], "植": ["木", "直"], "枝": ["木", "支"],
             "持": ["手", "寺"], "特": ["牛", "寺"], "疫": ["病", "殳"], "役": ["彳", "殳"]}
    radical = {"睛": "目", "精": "米", "护": "扌", "植": "木", "枝": "木", "持": "扌", "特": "牜", "疫": "疒", "役": "彳"}
    (tmp_path / "char_stroke.dict").write_text(json.dumps(parts, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "char_component.dict").write_text(json.dumps(radical, ensure_ascii=False), encoding="utf-8")
    pairs = build.sibling_pairs([*parts, "户"], tmp_path)
    assert pairs["睛"] == {"精"} and pairs["护"] == {"户"} and pairs["疫"] == {"役"}
    assert "枝" not in pairs.get("植", set())  # the radical alone is shared: no sibling
    assert "特" not in pairs.get("持", set())  # one part, but read shi and te
