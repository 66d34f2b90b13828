"""How the real-corpus planting eval judges a finding's place (evals.real_planted, real_plant_places).

A finding that begins or ends right at a splice's edge reads the seam the plant made: it is at the
plant, not elsewhere. A finding the clean review already made at the same place, with the same kind,
is the clean text's own even where the plant cut its quote short (2022年今年以来 read as 2022年今年
once the paste parts 以|来): no new finding elsewhere. Anything else away from the plant still counts."""

from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Location
from evals.real_plant_places import to_clean, touches
from evals.real_planted import Plant, clean_review, judge

CLEAN = "\n".join([
    "某县驻京联络处2022年度项目支出绩效自评报告",
    "一、项目概况",
    "接待标准合理、接待过程得体，实现了接待水平新提升。",
    "二、绩效目标完成情况",
    "2022年今年以来共接待各级领导500多人次，往返接送客人200多人次，公共文化服务体系建设扎实推进。",
])
RUN = "接待标准合理、接待过程得体"


def _spliced(before: str) -> Plant:
    at = CLEAN.index(before) + len(before)
    text = CLEAN[:at] + RUN + CLEAN[at:]
    return Plant("splice_partial", text, (at, at + len(RUN)), "测试", ((CLEAN.index(RUN), CLEAN.index(RUN) + len(RUN)),))


def _finding(kind: Kind, quote: str, text: str, rule: str) -> Finding:
    block = next(i for i, ln in enumerate(text.split("\n")) if quote in ln)
    return Finding(kind=kind, severity=Severity.WARNING, message="测试", rule=rule,
                   location=FindingLocation(location=Location(block=block), quote=quote))


def test_a_span_of_the_planted_text_maps_back_to_the_clean_one_around_an_insertion_and_a_replacement():
    back = to_clean("甲乙丙丁", "甲乙XY丙丁")
    assert back((0, 2)) == (0, 2) and back((4, 6)) == (2, 4) and back((2, 4)) == (2, 2)
    back = to_clean("2021年度报告", "2023年度报告")
    assert back((5, 7)) == (5, 7) and back((3, 4)) == (3, 4)


def test_a_span_ending_or_beginning_at_the_plants_edge_touches_it_and_one_a_character_off_does_not():
    assert touches([(10, 14)], (14, 30)) and touches([(30, 34)], (14, 30)) and touches([(20, 22)], (14, 30))
    assert not touches([(9, 13)], (14, 30)) and not touches([(31, 35)], (14, 30))


def test_a_slip_read_across_the_seam_is_at_the_plant_not_elsewhere():
    p = _spliced("公共文")
    report = read_text_string(p.text)
    seam = _finding(Kind.TYPO, "化服务体", p.text, "language.dropped")
    out = judge(p, set(), report, [seam])
    assert out.near == [seam] and out.collateral == [] and not out.found  # a typo is no splice finding


def test_the_clean_reviews_finding_with_its_quote_cut_by_the_plant_is_no_new_finding_elsewhere():
    p = _spliced("2022年今年以")
    clean_report = read_text_string(CLEAN)
    in_clean = _finding(Kind.REPEATED_WORD, "2022年今年以来", CLEAN, "language.year_twice")
    before = clean_review(CLEAN, clean_report, [in_clean])
    report = read_text_string(p.text)
    cut = _finding(Kind.REPEATED_WORD, "2022年今年", p.text, "language.year_twice")
    assert judge(p, set(), report, [cut]).collateral == [cut]  # by rule and quote alone it reads as new
    assert judge(p, set(), report, [cut], before).collateral == []
    other_kind = _finding(Kind.TYPO, "2022年今年", p.text, "language.typo")
    assert judge(p, set(), report, [other_kind], before).collateral == [other_kind]
    elsewhere = _finding(Kind.REPEATED_WORD, "往返接送", p.text, "language.doubled_word")
    assert judge(p, set(), report, [elsewhere], before).collateral == [elsewhere]
