"""The arithmetic check's shortcuts on long reports (issue 14): each is compared here with the full
computation it replaces, on invented text, so that a faster reading can never read differently."""

import random
import re
from bisect import bisect_left
from decimal import Decimal

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.checks.arithmetic.grid import Num, cell_unit, parse_number, span_at
from drafting.checks.arithmetic.restated import Stated as _Stated
from drafting.checks.arithmetic.restated import _comparable_in_group, _Group
from drafting.checks.arithmetic.text import _Letters
from drafting.numbers.extract import _FULLWIDTH, _WIDE_THOUSANDS, normalise
from drafting.quantities import Unit
from drafting.report import Location, Paragraph, Report, TextUnit

_LETTER = re.compile(r"[^\W\d]")


def _letters_before(text: str, at: int) -> str:
    """What ``_Letters.before`` replaced: every letter found one by one, those before ``at`` kept."""
    found = list(_LETTER.finditer(text))
    return "".join(m.group() for m in found)[: bisect_left([m.start() for m in found], at)]


def test_letters_read_a_run_at_a_time_are_the_letters_read_one_by_one():
    rng = random.Random(7)
    alphabet = "甲乙丙丁项目资金ab_12３，。 \n（）x"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        letters = _Letters(text)
        for at in range(len(text) + 2):
            assert letters.before(at) == _letters_before(text, at), (text, at)


def test_normalise_without_a_full_width_character_is_the_text_itself():
    rng = random.Random(3)
    alphabet = "0123456789.,，-元万%甲乙 " + "".join(map(chr, _FULLWIDTH))
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        full = _WIDE_THOUSANDS.sub(",", text) if "，" in text else text
        assert normalise(text) == full.translate(_FULLWIDTH), text


@pytest.mark.parametrize("text", ["１，２０９．１４", "２７．４５％", "－３", "1,209.14", " 95 ", "９５%", "甲", "1，280.00"])
def test_a_cell_without_a_full_width_character_parses_as_before(text):
    table = str.maketrans("０１２３４５６７８９．，－％", "0123456789.,-%")
    assert parse_number(text) == parse_number(text.translate(table))


def test_locations_and_cell_units_built_directly_are_the_validated_models():
    base = Location(block=4, row=2, col=3, start=0, end=9)
    for loc in (base, Location(block=7, start=0, end=30)):
        built, made = span_at(loc, 5, 8), loc.span(5, 8)
        assert built == made and hash(built) == hash(made)
        assert built.__getstate__() == made.__getstate__() and built.model_dump_json() == made.model_dump_json()
    unit = cell_unit(4, 2, 3, "１２．５")
    made = TextUnit(location=Location(block=4, row=2, col=3, start=0, end=4), text="１２．５", kind="cell")
    assert unit == made and unit.__getstate__() == made.__getstate__()
    assert unit.model_dump_json() == made.model_dump_json() and unit.at(1, 2) == made.at(1, 2)


_PARAGRAPH = ("甲乡卫生院2024年预算支出120.5万元，实际支出110.2万元，节约10.3万元，节约率8.55%；"
              "其中人员经费60万元、公用经费50.2万元。乙站“十四五”期间完成培训3,200人次，较上年增加15%！"
              "丙所收入约20万元，上年结转8 万元，结余4.6万元")


def _reference_compare(items: list[_Stated], s: _Stated) -> tuple[_Stated | None, bool]:
    """``_Group.compare`` as it was: every earlier statement looked through."""
    from drafting.checks.arithmetic.restated import agree as _agree

    prior = next((p for p in items if _comparable_in_group(p, s)), None)
    if prior is None:
        return None, False
    return prior, any(_comparable_in_group(p, s) and _agree(s.value, s.step, p.value, p.step) for p in items)


def test_a_statement_compared_within_its_container_finds_what_every_earlier_one_gave():
    rng = random.Random(11)
    for _ in range(200):
        group, items = _Group(), []
        for k in range(rng.randint(1, 25)):
            value = Decimal(rng.choice(["120.5", "120.50", "121", "1205000", "98.2"]))
            places = -value.as_tuple().exponent
            loc = Location(block=rng.randint(0, 6), start=0, end=5)
            s = _Stated(key="部门支出", leaf="支出", value=value * 10000, step=Decimal(1).scaleb(-places) * 10000,
                        num=Num(value, places, False, loc, f"{value}万元"), unit=Unit.WAN_YUAN,
                        scope=rng.choice(["", "甲乡卫生院项目资金情况", "乙乡卫生院项目资金情况", "丙站"]) + str(k),
                        section=rng.choice(["", "1:一、基本情况", "5:二、绩效目标"]), item=rng.choice(["", "3:（一）"]),
                        basis=rng.choice(["", "预算", "决算"]))
            expected = _reference_compare(items, s)
            assert group.compare(s) == expected
            group.add(s)
            items.append(s)


def test_the_arithmetic_check_gives_the_same_findings_twice_in_one_process():
    """The memos live inside one check: a second check of the same report reads it afresh, alike."""
    report = Report(blocks=[Paragraph(text=_PARAGRAPH), Paragraph(text="全年支出合计为300万元，其中：基本支出100万元，项目支出150万元。")])
    first = [f.model_dump() for f in check_arithmetic(report)]
    assert first  # the 其中 parts do not add up to the total
    assert [f.model_dump() for f in check_arithmetic(report)] == first


def test_a_figures_places_read_off_its_text_are_those_of_its_decimal():
    from drafting.numbers.extract import _NUM, _places
    from drafting.quantities import places_of

    figure = re.compile(rf"[-+]?{_NUM}")
    rng = random.Random(5)
    for _ in range(3000):
        raw = rng.choice(["", "-", "+"]) + "".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 12)))
        m = figure.fullmatch(raw)
        if m:
            assert _places(raw) == places_of(Decimal(raw.replace(",", ""))), raw
    for raw in ["0", "12", "1,234.50", "-3.0", "+0.125", "00.10", "٣.٥"]:
        assert _places(raw) == places_of(Decimal(raw.replace(",", ""))), raw


def test_a_paragraphs_frame_words_are_found_only_when_one_of_its_figures_asks(monkeypatch):
    """Every paragraph gets its frames, few state a figure the narrative check compares: the frame
    words of the paragraph and of the text running on into it are looked for on the first ``before``."""
    from drafting.checks.arithmetic import frames

    scanned: list[str] = []
    monkeypatch.setattr(frames, "fold_width", lambda text: scanned.append(text) or text)
    framed = frames.Frames("2023年预算支出10万元，调整后12万元", flow="上年决算数为8万元。")
    assert scanned == []
    assert framed.before(9) == {"上年", "决算", "2023", "预算"}
    assert framed.before(20) == {"上年", "决算", "2023", "预算", "调整"}
    assert sorted(scanned) == sorted(["上年决算数为8万元。", "2023年预算支出10万元，调整后12万元"])  # each once


def test_letters_asked_out_of_order_are_the_letters_before_each_place():
    """``_Letters.before`` counts on from the place last asked: asked again about an earlier place,
    or a place past the text's end, it still gives the letters before it."""
    rng = random.Random(11)
    alphabet = "甲乙项目资金ab_12３，。 \n（）"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        letters = _Letters(text)
        for at in [rng.randint(-2, len(text) + 3) for _ in range(12)]:
            assert letters.before(at) == _letters_before(text, at), (text, at)


def test_a_figures_basis_lead_from_the_stops_found_once_is_the_lead_found_up_to_it():
    """``_basis_lead`` given the text's full stops (found once for all its figures) reads the same
    sentence as finding the stops up to the figure."""
    from drafting.checks.arithmetic.text import _FULL_STOP, _basis_lead

    rng = random.Random(13)
    alphabet = "支出预算决算其中。！？!?\n 1,5万元；"
    for _ in range(1000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        ends = [x.end() for x in _FULL_STOP.finditer(text)]
        for at in range(len(text) + 1):
            stops = [x.end() for x in _FULL_STOP.finditer(text, 0, at)]
            start = stops[-1] if stops else 0
            if text[start:at].lstrip(" \u3000").startswith("其中"):
                start = stops[-2] if len(stops) >= 2 else 0
            assert _basis_lead(text, at, ends) == _basis_lead(text, at) == text[start:at], (text, at)


def test_a_text_without_yuan_holds_no_amount_in_yuan():
    """What the narrative and magnitude checks skip a text without 元 on: every amount ``extract`` reads
    is in 元, 万元, 亿元 or 元/…, so a text without the character holds none (whatever figures, scales and
    units it has), and ``_stated_in`` states nothing there."""
    from drafting.checks.arithmetic.grid import YUAN
    from drafting.checks.arithmetic.magnitudes import _money
    from drafting.checks.arithmetic.text import _stated_in
    from drafting.numbers.extract import AMOUNT, extract

    rng = random.Random(19)
    pieces = ["1", "2", "35", "1,200", "3.5", "１２", "万", "亿", "千", "百分之", "%", "个", "人", "户", "次", "项",
              "三", "十二", "两", "预算", "支出", "共", "约", "，", "。", "（", "）", "/", "人次", "万亿", "美", "圆", " "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert not any(m.kind is AMOUNT or m.unit in YUAN for m in extract(text)), text
        unit = TextUnit(text=text, location=Location(block=0, start=0, end=len(text)), kind="paragraph")
        assert _stated_in(unit) == [] and _money(unit, 0, len(text)) == []


def test_control_rates_read_only_where_a_cell_holds_bian_are_those_read_from_every_cells_name():
    """``_control_rates`` names the three cells after one holding 编 only: a cell's name is its text with
    characters left out (blanks, brackets) or folded to ASCII, so 编制数 never names a cell without 编."""
    from drafting.checks.arithmetic import forms
    from drafting.checks.arithmetic.form_cells import FormCell, cell_name
    from drafting.numbers.textnorm import fold_width

    def every_name(report, cells):  # what it read before: every cell's name, then the same test
        names = [fold_width(cell_name(c.text)).replace(" ", "") for c in cells]
        return [k for k in range(len(cells) - 5) if forms._POSTS.match(names[k])
                and forms._STAFF.match(names[k + 1]) and forms._CONTROL.match(names[k + 2])]

    rng = random.Random(23)
    words = ["编制数", "编制数", "实际在职人数", "控制率", "编 制 数", "核定编制数", "编制人数", "（编制数）", "实际在职人数", "2023年实有人数", "在职人数",
             "控制率", "人员控制率", "控 制率", "20", "18", "90%", "90.00%", "—", "预算数", "备注", "编制"]
    unit = TextUnit(text="", location=Location(block=0, start=0, end=0), kind="paragraph")
    for _ in range(2000):
        cells = [FormCell(unit, 0, 0, rng.choice(words)) for _ in range(rng.randint(0, 12))]
        report = Report(blocks=[Paragraph(text="x")])
        found = forms._control_rates(report, cells)
        # each window every name reads as a staffing row, read alone, gives the findings read from all cells
        windows = [f for k in every_name(None, cells) for f in forms._control_rates(report, cells[k:k + 6])]
        assert [f.message for f in found] == [f.message for f in windows]
    row = [FormCell(unit, 0, 0, t) for t in ("编 制 数", "实际在职人数", "控制率", "20", "18", "80%")]
    assert every_name(None, row) == [0] and len(forms._control_rates(Report(blocks=[Paragraph(text="x")]), row)) == 1
