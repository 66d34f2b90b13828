"""Patterns rewritten or skipped for speed (issue 14) find exactly what they found before: a run of
Chinese characters that only a blank, a bracket or a digit may follow is possessive (``{2,10}+``), a
cell's runs without blanks are taken whole (``++``), and a pattern tried at every character is
passed over where a text lacks what each of its matches holds. Each is compared with its plain form,
or its matches checked, on invented text rich in what they look for."""

import random
import re
from pathlib import Path

import pytest

from drafting.checks import (
    calendar,
    claim_words,
    dates,
    docnumbers,
    entities,
    foreign,
    level_claims,
    meant,
    met_claims,
    numbering,
    placeholders,
    redundancy,
    structure,
    titles,
    toc,
)
from drafting.checks.arithmetic import counts, form_cells, scores
from drafting.numbers.textnorm import no_blanks

_PIECES = ["湘财预", "县人民政府办公室", "关于印发", "的通知", "〔", "〕", "[", "]", "［", "］", "（", "）", "(", ")",
           "【", "】", "﹝", "﹞", "2021", "1998", "202", "20211", "5", "012", "号", "號", "第", "、", " ", "\u3000",
           "  ", "|", "\t", "\n", "，", "。", "《", "》", "“", "”", "同志", "局长", "联系人：", "张三", "x", "发", "字",
           "审字", "教育局财务股工作人员", "年", "月"]


_OPEN, _CLOSE = ["", "〔", "﹝", "[", "【", "（", "(", "［", "〔〔", "【〔"], ["", "〕", "﹞", "]", "】", "）", ")", "］", "〕]"]


def _docno(rng: random.Random) -> str:
    """Something shaped like a 发文字号, well or badly written: name, bracket, year, bracket, number, 号."""
    return "".join([rng.choice(["湘财预", "县人民政府办公室印发的湘政发", "教", "审字", "关于下达绩效目标的保财教"]),
                    rng.choice(["", " ", "  "]), rng.choice(_OPEN), rng.choice(["2021", "1998", "202", "20211", "3021"]),
                    rng.choice(_CLOSE), rng.choice(["", "第", " "]), rng.choice(["5", "012", "41、181", "7"]),
                    rng.choice(["号", "號", "", "下达", "年"])])


def _texts(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(_docno(rng) if rng.random() < 0.2 else rng.choice(_PIECES) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its possessive quantifiers made greedy again."""
    return re.compile(re.sub(r"(\{\d+,\d+\}|\+)\+", r"\1", pattern.pattern), pattern.flags)


_REWRITTEN = [docnumbers._DOCNO, docnumbers._DOCNO_NO_HAO, docnumbers._DOCNO_BAD_YEAR, docnumbers._DOCNO_EXTRA,
              redundancy._CITED, meant._PROTECTED, form_cells._CELL]


@pytest.mark.parametrize("pattern", _REWRITTEN, ids=lambda p: p.pattern[:24])
def test_a_possessive_pattern_finds_what_its_plain_form_found(pattern):
    plain = _plain(pattern)
    assert plain.pattern != pattern.pattern
    found = 0
    for seed in range(6):
        for text in _texts(seed):
            got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
            found += len(got)
    assert found > 10  # the texts hold many matches, not only misses


_LEVEL_PATTERNS = [*level_claims.OWN_STATUS, level_claims._SCOPE, level_claims._STATUS, level_claims._FUNDED,
                   level_claims._OFFICE, entities._OWN_LEVEL_WORD, entities._DUTY_SCOPE, entities._WRONG_FINANCE]
_LEVEL_PIECES = ["我", "本", "局", "是", "为", "属于", "全", "省", "市", "州", "县", "区", "旗", "乡", "镇", "级", "直",
                 "人民政府", "工作部门", "财政", "财政所", "全额拨款", "预算单位", "负责", "对", "进行", "批复", "部门预算",
                 "网站", "公开", "承办", "交办", "，", "。", "推进", "工作"]


def test_every_pattern_of_the_level_checks_names_a_level_by_one_character():
    """What lets ``check_level_claims`` and ``entities`` pass over a paragraph without 省市州县区旗."""
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_LEVEL_PIECES) for _ in range(rng.randint(2, 20)))
        for pattern in _LEVEL_PATTERNS:
            for m in pattern.finditer(text):
                assert level_claims.LEVEL_CHAR.search(m.group(0)), (pattern.pattern, m.group(0))
                found += 1
    assert found > 200


_LINE_PIECES = ["截至", "截至2021年底", "截止2022年12月31日", "底", "至", "-", ".", "2021年3月", "至2022年5月", "2021年", "12月31日", "一、", "（二）", "部门概况", "目录", "……", "..", "·", "…", "3", "12", "１２", "٣", " ", "\u3000", "\t",
                "PAGEREF _Toc123 h", "评价等次为", "“", "”", "自评得分", "  分", "XX", "Ｘ", "××", "＿＿", "__", "□□",
                "【待补充】", "结论：", "2021", "年", "12", "月", "31", "日", "号", "二〇二一"]


def test_what_the_structure_and_dates_checks_search_for_first_is_in_every_match():
    """A line's table-of-contents key with a page number looked for only after a final digit or
    leader is the key as before; every placeholder, blank result and date holds what is searched
    for first (a mark, a result word, 月)."""
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(1, 12)))
        plain = re.sub(r"[\s\u3000]+", "", structure._PAGE_NO.sub("", text.strip()))
        assert structure._toc_key(text) == plain, text
        for pattern, first in ((placeholders._PLACEHOLDER, placeholders._PLACEHOLDER_MARK),
                               (placeholders._BLANK_RESULT, placeholders._RESULT_WORD), (dates._DATE, re.compile("月")),
                               (dates._YEAR_END, re.compile("年")), (dates._BODY_YEAR, re.compile("年")),
                               (calendar._RANGE, re.compile("19|20"))):
            for m in pattern.finditer(text):
                assert first.search(m.group(0)), (pattern.pattern, m.group(0))
                found += 1
    assert found > 500


_CLAIM_PIECES = ["应", "要", "全覆盖", "全", "覆盖", "宣传", "实现", "率先", "圆满完成", "成效", "显著", "，", "推进", "式", "我县"]


def test_the_claim_pattern_with_its_look_behind_after_全_finds_what_it_found():
    """``(?<![应要])全覆盖`` written ``全(?<![应要]全)覆盖``: every branch opens with a character."""
    before = re.compile(claim_words.CLAIM.pattern.replace("全(?<![应要]全)覆盖", "(?<![应要])全覆盖"))
    assert before.pattern != claim_words.CLAIM.pattern
    rng = random.Random(5)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_CLAIM_PIECES) for _ in range(rng.randint(1, 10)))
        got = [m.span() for m in claim_words.CLAIM.finditer(text)]
        assert got == [m.span() for m in before.finditer(text)], text
        found += len(got)
    assert found > 500


def test_a_header_cell_is_bared_as_before():
    """``scores._bare`` passes over a cell without an opening bracket or a blank; the result is the
    pattern's; and every title year holds 年 (what ``titles`` looks for first)."""
    rng = random.Random(3)
    pieces = ["分值", "得分", "（", "）", "(", ")", " ", "\u3000", "\t", "\xa0", "\n", "指标", "年", "2021", "年度", "至"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert scores._bare(text) == scores._HEAD.sub("", text), text
        assert all("年" in m.group(0) for m in titles.TITLE_YEAR_ANY.finditer(text))


def test_blanks_removed_by_split_are_the_patterns_blanks():
    """``no_blanks`` is ``re.sub(r"\\s+", "", text)``: every blank ``\\s`` knows, and only those."""
    blanks = [chr(c) for c in range(0x3001) if re.match(r"\s", chr(c))]
    assert {" ", "\t", "\n", "\u3000", "\xa0", "\x1c", "\u2028"} <= set(blanks)
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice([*blanks, "分值", "a", "（", "1", "\u200b", "\ufeff"]) for _ in range(rng.randint(0, 12)))
        assert no_blanks(text) == re.sub(r"\s+", "", text), repr(text)


def test_every_count_holds_what_is_searched_for_first():
    rng = random.Random(4)
    pieces = ["1", "12", "123", "三", "十二", "两", " ", "个", "家", "支队", "支队伍", "条", "第", "、", "，", "即", "科室"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for m in counts._COUNT.finditer(text):
            assert counts._COUNTED.search(m.group(0)), m.group(0)
            found += 1
    assert found > 500


def test_met_claims_ordinals_and_contents_keys_as_before():
    """Every place a target figure is read (``_TARGET``) names one of the words ``met_claims`` looks for
    first, every inline ordinal holds 是 (what is looked for first), and a contents line's key drops the
    same characters as ``[\\s\\u3000.…·\\d]+``."""
    rng = random.Random(2)
    pieces = ["未", "已", "达到", "了", "预期", "目标", "完成", "任务", "全面", "实现", "均", "达标", "一是", "二", "是",
              "…", "·", ".", "3", "12", " ", "\u3000", "\n", "一、", "部门概况", "计划", "值", "控制", "在", "人次"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for m in met_claims._TARGET.finditer(text):
            assert any(w in text[:m.end()] for w in met_claims._TARGET_WORDS)
            found += 1
        assert all("是" in m.group(0) for m in numbering._INLINE_ORDINAL.finditer(text))
        assert toc._toc_key(text) == re.sub(r"[\s\u3000.…·\d]+", "", text)
    assert found > 100


def test_places_are_found_where_the_look_ahead_found_them():
    """``meant.places`` tries a place only two or three characters before 镇/乡/村/街道/社区."""
    rng = random.Random(1)
    pieces = ["镇", "乡", "村", "街道", "社区", "街", "道", "社", "区", "长", "沙", "县", "我", "，", "1", "\n", "黄花", "镇镇"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        got = meant.places(text)
        assert got == meant._PLACE.findall(text), text
        found += len(got)
    assert found > 1000


def test_every_markdown_mark_holds_a_backtick_or_a_hash():
    """What lets the foreign-text check pass over a paragraph without ` or #."""
    rng = random.Random(6)
    pieces = ["```", "`", "#", "##", " ", "\n", "标题", "\t", "一、", "#"]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        m = foreign._MARKDOWN.search(text)
        if m:
            assert "`" in m.group(0) or "#" in m.group(0)
            found += 1
    assert found > 300


def test_no_module_strips_blanks_with_a_pattern_tried_at_every_character():
    """Blanks are stripped with ``no_blanks`` (one pass of ``str.split`` in C), the same text as
    ``re.sub(r"\\s+", "", text)`` (the test above): the pattern was a call through ``re``'s cache and a
    try at every character, 23 places and 6 M instructions of a review of the sample."""
    package = Path(__file__).resolve().parents[1] / "drafting"
    stripping = re.compile(r're\.sub\(r"\\s\+?", ""')
    found = [f"{path.relative_to(package)}:{n}" for path in sorted(package.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if stripping.search(line)]
    assert found == []
