from drafting.checks.crossreport import (
    BoilerplateIndex,
    boilerplate_findings,
    find_boilerplate,
    find_boilerplate_naive,
    generate_corpus,
    paragraph_keys,
)
from drafting.findings import Kind, Severity
from drafting.report import Paragraph, Report

TEMPLATE = "我局严格按照预算绩效管理要求，对照部门整体支出绩效评价指标，通过基础数据、会计报表和业务报表审核自查，全面开展了绩效自评，保证了自评工作真实准确完整。"
OWN_A = "全县新增城镇就业2141人，城镇登记失业率控制在4.5%以内，新增农村劳动力转移就业1910人。"
OWN_B = "全年完成中小学校舍维修改造12所，新建学生食堂3个，改善了农村学校办学条件和学生就餐环境。"


def rep(source: str, *texts: str) -> Report:
    return Report(source=source, blocks=[Paragraph(text=t) for t in texts])


def test_a_paragraph_shared_by_two_reports_is_one_group_naming_both():
    groups = find_boilerplate([rep("a.txt", TEMPLATE, OWN_A), rep("b.txt", OWN_B, TEMPLATE)])
    assert len(groups) == 1
    assert groups[0].n_reports == 2
    assert [m.source for m in groups[0].members] == ["a.txt", "b.txt"]


def test_paragraphs_repeated_only_inside_one_report_are_not_cross_report_boilerplate():
    assert find_boilerplate([rep("a.txt", TEMPLATE, TEMPLATE), rep("b.txt", OWN_B)]) == []


def test_a_template_filled_with_other_figures_still_matches():
    other = OWN_A.replace("2141", "986").replace("4.5", "3.8")
    assert len(find_boilerplate([rep("a.txt", OWN_A), rep("b.txt", other)])) == 1


def test_lsh_and_naive_all_pairs_agree_on_a_generated_corpus():
    corpus = generate_corpus(40, seed=5)
    assert find_boilerplate(corpus) == find_boilerplate_naive(corpus)


def test_lsh_and_naive_agree_when_shared_paragraphs_were_lightly_edited():
    corpus = generate_corpus(40, seed=0)
    for n, report in enumerate(corpus):
        for block in report.blocks[1::3]:
            k = (7 * n) % max(1, len(block.text) - 2)
            block.text = block.text[:k] + "改动" + block.text[k + 2:]
    groups = find_boilerplate(corpus)
    assert groups == find_boilerplate_naive(corpus)
    assert any(g.similarity < 1.0 for g in groups)


def test_a_paragraph_shared_by_every_report_is_a_single_group_with_all_of_them():
    reports = [rep(f"{i:03d}.txt", TEMPLATE.replace("自评", f"自评{i}"), OWN_A if i % 2 else OWN_B)
               for i in range(60)]
    groups = find_boilerplate(reports)
    template = [g for g in groups if g.text.startswith("我局")]
    assert len(template) == 1 and template[0].n_reports == 60


def test_the_generated_corpus_is_deterministic_and_has_shared_paragraphs():
    a, b = generate_corpus(10, seed=1), generate_corpus(10, seed=1)
    assert a == b
    assert generate_corpus(10, seed=2) != a
    assert any(g.n_reports >= 3 for g in find_boilerplate(a))


def test_findings_are_info_per_report_and_quote_their_report_exactly():
    reports = [rep("a.txt", TEMPLATE, OWN_A), rep("b.txt", OWN_B, TEMPLATE), rep("c.txt", OWN_B + OWN_A)]
    by_source = boilerplate_findings(reports)
    assert sorted(by_source) == ["a.txt", "b.txt"]
    for source, findings in by_source.items():
        report = next(r for r in reports if r.source == source)
        for f in findings:
            assert f.kind == Kind.CROSS_REPORT_BOILERPLATE and f.severity == Severity.INFO
            assert f.location.quote == report.quote(f.location.location)


def test_reports_without_a_source_are_keyed_by_position():
    by_source = boilerplate_findings([rep(None, TEMPLATE), rep(None, TEMPLATE)])
    assert sorted(by_source) == ["#0", "#1"]


def test_a_paragraph_in_many_reports_names_five_others_and_counts_them_all():
    """Each report's share names at most five other reports (all the finding shows) but counts
    every one: a paragraph in 500 reports once carried 499 names into each of 500 shares."""
    reports = [rep(f"{i:03d}.txt", TEMPLATE.replace("自评", f"自评{i}"), OWN_A if i % 2 else OWN_B)
               for i in range(9)]
    shares = BoilerplateIndex()
    for r in reports:
        shares.add(r.source or "", paragraph_keys(r))
    template = [s for ss in shares.shares().values() for s in ss if reports[0].quote(s.loc).startswith("我局")]
    assert len(template) == 9
    assert all(s.n_others == 8 and len(s.others) == 5 for s in template)
    assert [s.others for s in template][3] == ("000.txt", "001.txt", "002.txt", "004.txt", "005.txt")
    found = boilerplate_findings(reports)["003.txt"]
    mine = next(f for f in found if f.location.quote.startswith("我局"))
    assert "本段与其他8份报告" in mine.message
    assert mine.evidence.endswith("同见于：000.txt、001.txt、002.txt、004.txt、005.txt等")


def test_a_paragraph_in_six_reports_names_five_and_says_there_are_more():
    reports = [rep(f"{i}.txt", TEMPLATE, OWN_A) for i in range(6)]
    five = [rep(f"{i}.txt", TEMPLATE, OWN_A) for i in range(5)]
    assert boilerplate_findings(reports)["0.txt"][0].evidence.endswith("1.txt、2.txt、3.txt、4.txt、5.txt")
    assert "其他5份" in boilerplate_findings(reports)["0.txt"][0].message
    assert boilerplate_findings(five)["0.txt"][0].evidence.endswith("同见于：1.txt、2.txt、3.txt、4.txt")
