"""Work a review did twice is done once (speed, issue 14); each answer is the one it gave before.

Pinned here: a short unit's normalised form is the one the segments made (``segments.unit_norms``), a
text whose page furniture left every line is measured for its page width once (``pdf_text.unwrap``),
whether a line runs on into the next is read once for each two texts (``sentence_breaks``), and a
figure's unit and kind once for each unit and scale word (``extract``). Invented texts only.
"""

from __future__ import annotations

from decimal import Decimal
from importlib import import_module

import pytest

from drafting.checks.arithmetic import sentence_breaks
from drafting.checks.segments import segments, unit_norms
from drafting.io import pdf_text
from drafting.numbers.memo import clear_text_caches
from drafting.numbers.textnorm import normalize
from drafting.report import Paragraph, Report, whole_unit
from evals.real_layouts import wrapped

extract = import_module("drafting.numbers.extract")  # the package's ``extract`` is the function

LONG = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"
SHORT = "全年新增就业2141人。"


def _report(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in texts])


def test_a_short_one_line_unit_takes_the_form_the_segments_made_and_reads_the_same():
    """A unit too short to be a segment is normalised once: the form with markers dropped, which the
    segments made of it (the same object), equal to the form with markers kept; a marked or a
    multi-line unit keeps its markers."""
    texts = [LONG, SHORT, "（二）" + SHORT, SHORT + "\n" + "2、" + SHORT]
    rep = _report(*texts)
    units = list(rep.units())
    segs = segments(rep)
    assert [s.unit.text for s in segs] == [LONG]  # the short ones are no segments
    got = unit_norms(units, len(units), segs)
    assert got == [normalize(u.text, drop_markers=False) for u in units]
    assert got[1] is normalize(SHORT)  # the cached form (markers dropped), not a second pass
    assert got[2] is not normalize("（二）" + SHORT) and got[2].text.startswith("二")  # its marker kept
    assert got[3] == normalize(texts[3], drop_markers=False) and got[3] != normalize(texts[3])


def _count_widths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    measure = pdf_text.page_width

    def counted(lines: list[str]) -> int | None:
        calls.append(len(lines))
        return measure(lines)

    monkeypatch.setattr(pdf_text, "page_width", counted)
    return calls


PARAGRAPH = ("2023年收到财政资金共2330.9万元，其中中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元，"
             "资金已全部拨付到位，项目按计划完成，群众满意度较高，达到了预期的绩效目标，取得了良好的社会效益。")


def test_a_text_without_page_furniture_is_measured_for_its_width_once(monkeypatch: pytest.MonkeyPatch):
    lines = ["一、项目基本情况", *wrapped(PARAGRAPH, 48), "二、绩效目标", *wrapped(PARAGRAPH, 48)]
    expected = pdf_text.unwrap(lines)
    calls = _count_widths(monkeypatch)
    assert pdf_text.unwrap(lines) == expected == ["一、项目基本情况", PARAGRAPH, "二、绩效目标", PARAGRAPH]
    assert calls == [len(lines)]


def test_a_text_that_loses_its_page_numbers_is_measured_again_without_them(monkeypatch: pytest.MonkeyPatch):
    head = "某县民政局2023年度项目支出绩效自评报告"
    lines = [head, "一、项目基本情况", *wrapped(PARAGRAPH), "- 2 -", head, *wrapped(PARAGRAPH)]
    calls = _count_widths(monkeypatch)
    joined = pdf_text.unwrap(lines)
    assert "- 2 -" not in joined and joined.count(head) == 1 and joined.count(PARAGRAPH) == 2
    assert len(calls) == 2 and calls[1] < len(lines)


def _line(block: int, text: str):
    return whole_unit(block, None, None, text, "paragraph")


def test_whether_a_line_runs_on_is_read_once_for_each_two_texts(monkeypatch: pytest.MonkeyPatch):
    """``across_breaks`` and ``continued`` ask of every two paragraphs in a row; the texts are read
    once (the answer is the module's premise, as before), and a folder review's clearing forgets them."""
    clear_text_caches()
    asked: list[str] = []
    opens = sentence_breaks.opens

    def counted(line: str) -> bool:
        asked.append(line)
        return opens(line)

    monkeypatch.setattr(sentence_breaks, "opens", counted)
    units = [_line(0, "2023年度该项目预算资金120万元，全年实际支出110.5万元，预算"), _line(1, "执行率为96.08%，资金使用规范。"),
             _line(2, "二、绩效目标"), _line(3, "本年度下达补助资金85.6万元，实际拨付")]
    first = sentence_breaks.continued(units)
    assert first == {1: len(units[1].text)}  # the first line goes on in the second, to its 。
    once = list(asked)
    assert sentence_breaks.continued(units) == first
    assert sentence_breaks.across_breaks(units, lambda joined: [], []) == []
    assert asked == once and len(set(once)) == len(once)  # each text read once, none again
    assert not sentence_breaks._runs_on(units[0], _line(5, units[1].text))  # not the next block
    clear_text_caches()
    assert sentence_breaks._text_runs_on.cache_info().currsize == 0


@pytest.mark.parametrize("scale", [None, "万", "亿", "千", "万亿"])
@pytest.mark.parametrize("unit", [None, "", "元", "万元", "元/人", "人", "个", "%", "个百分点", "公里", "亩", "户次"])
def test_a_figures_unit_and_kind_are_the_same_read_again(unit: str | None, scale: str | None):
    once = extract._unit_and_kind.__wrapped__(unit, scale)
    assert extract._unit_and_kind(unit, scale) == once
    assert extract._unit_and_kind(unit, scale) is extract._unit_and_kind(unit, scale)
    assert isinstance(once[1], Decimal)
