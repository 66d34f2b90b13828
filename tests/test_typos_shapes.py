"""The typo check's similar-shape table: pycorrector's 形似字 pairs join char-similar's, kept only where
the stroke sequences are close (a shared component is no likeness). Sentences are invented."""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path

from drafting.checks.lexicon import lexicon
from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string

BUILD = Path(__file__).resolve().parent.parent / "drafting" / "data" / "build_typo_data.py"


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def test_a_slip_of_a_character_pycorrector_pairs_by_shape_is_flagged():
    # 困/因 and 药/约 are in pycorrector's 形似字 list, not in char-similar's four-corner pairs
    assert ("原困", "改为“原因”") in fixes("产生偏差的主要原困是项目招标时间推迟。")
    assert ("节药", "改为“节约”") in fixes("严格执行中央八项规定精神，坚持厉行节药，压减一般性支出。")


def test_the_right_words_are_left_alone():
    assert fixes("产生偏差的主要原因是项目招标时间推迟。坚持厉行节约，压减一般性支出。") == set()


def test_a_shared_component_alone_pairs_no_characters():
    shapes = lexicon().shapes
    assert "因" in shapes["困"] and "约" in shapes["药"]
    assert "动" not in shapes.get("力", "") and "打" not in shapes.get("丁", "")  # a component, three strokes or more apart


def test_the_build_keeps_close_stroke_sequences_only(tmp_path):
    spec = importlib.util.spec_from_file_location("build_typo_data", BUILD)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    (tmp_path / "same_stroke.txt").write_text("困\t因\n力\t动\n丁\t打\n", encoding="utf-8")
    (tmp_path / "stroke.txt").write_text("# 笔划\n困\tszhspnh\n因\tszhpnh\n力\tzp\n动\thhznzp\n丁\ths\n打\thshhs\n",
                                         encoding="utf-8")
    pairs = build.stroke_pairs(["困", "因", "力", "动", "丁", "打"], tmp_path)
    assert pairs == {"困": {"因"}, "因": {"困"}}
    assert build.merged(pairs, defaultdict(set, {"困": {"呆"}}))["困"] == {"因", "呆"}

