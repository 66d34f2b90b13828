"""The real-corpus planter (evals.real_planted) on an invented text: each plant sits where it says,
the rest of the text is untouched, and the same seed gives the same plant."""

import re

import pytest

from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Location
from evals.real_planted import CJK, PLANTERS, judge, key, plant

TEXT = "\n".join([
    "安化县教育局2023年度部门整体支出绩效自评报告",
    "一、部门概况",
    "我局内设3个科室，即办公室、财务股、业务股。全县共有中小学校45所，在校学生3.2万人，本县义务教育巩固率达到99.2%。",
    "安化县教育局统计，全县共有专任教师2860人，其中乡村教师1750人。",
    "局机关核定编制30名，实有人员28人。",
    "2023年全年预算1550.00万元，决算总支出合计1500.50万元，其中基本支出900.25万元，项目支出600.25万元，预算执行率96.8%。",
    "二、绩效目标完成情况",
    "截至2023年12月31日，各项重点工作均已按计划完成。",
    "2023年，全年资助家庭经济困难学生3120人，发放资助资金468.50万元，资助覆盖率100%，确保不让一个学生因贫失学。",
    "改造薄弱学校校舍12所，新增学位1800个，学校办学条件明显改善，教育教学质量稳步提升，群众满意度较高。",
    "三、存在的问题",
    "个别项目绩效目标设置不够细化，下一步将加强业务培训，提高绩效目标编制质量。部分资金支付进度偏慢，年底集中支付的情况仍然存在。"
    "今后将加强预算执行监控，按月通报各项目的执行进度。",
    "安化县教育局",
    "2024年3月15日",
])
REPLACING = ("title_year", "admin_level", "total_off_by_one", "count_off_by_one", "rate_off")


@pytest.mark.parametrize("kind", list(PLANTERS))
def test_every_kind_finds_a_site_and_is_deterministic(kind):
    for seed in range(3):
        first = plant(TEXT, kind, seed)
        assert first is not None and first.text != TEXT
        assert plant(TEXT, kind, seed) == first


@pytest.mark.parametrize("kind", REPLACING)
def test_a_replacement_changes_only_its_span(kind):
    p = plant(TEXT, kind, 0)
    s, e = p.span
    tail = len(p.text) - e
    assert p.text[:s] == TEXT[:s] and p.text[e:] == TEXT[len(TEXT) - tail:]
    old, new = TEXT[s:len(TEXT) - tail], p.text[s:e]
    assert old != new and old in p.change and new in p.change


def test_title_year_moves_the_title_year_by_one_or_two():
    for seed in range(5):
        p = plant(TEXT, "title_year", seed)
        s, e = p.span
        assert s < TEXT.index("\n") and TEXT[s:e] == "2023"
        assert abs(int(p.text[s:e]) - 2023) in (1, 2)


def test_admin_level_claims_a_level_the_county_unit_does_not_have():
    p = plant(TEXT, "admin_level", 0)
    s, _ = p.span
    assert TEXT[s - 1:s + 1] in ("全县", "本县") and p.text[s] in "省市"


def test_totals_and_counts_move_by_one_in_the_last_digit():
    total = plant(TEXT, "total_off_by_one", 0)
    assert total.text[slice(*total.span)] in ("1500.49", "1500.51")
    count = plant(TEXT, "count_off_by_one", 0)
    assert count.text[slice(*count.span)] in ("2", "4")


def test_a_rate_is_planted_only_where_its_figures_give_it_and_is_moved_a_few_points():
    # 1500.50 ÷ 1550.00 = 96.81%: the stated 96.8% is a site; 资助覆盖率100% has no figures, so none
    for seed in range(3):
        p = plant(TEXT, "rate_off", seed)
        moved = p.text[slice(*p.span)]
        assert p.text[: p.span[0]].endswith("预算执行率") and re.fullmatch(r"\d+\.\d", moved)
        assert 2 <= abs(float(moved) - 96.8) <= 6


def test_a_planted_rate_is_found_by_the_review():
    from drafting.review import review
    p = plant(TEXT, "rate_off", 0)
    rules = {f.rule for f in review(read_text_string(p.text)).findings if f.location.quote.startswith(p.text[slice(*p.span)])}
    assert "sentence_rate" in rules


def test_copied_paragraph_inserts_a_second_copy_of_a_narrative_line():
    p = plant(TEXT, "copied_paragraph", 0)
    s, e = p.span
    copy = p.text[s:e]
    assert copy in TEXT.split("\n") and len(CJK.findall(copy)) >= 40
    assert p.text.count(copy) == 2 and p.text[:s - 1] + p.text[e:] == TEXT
    assert p.text[slice(*p.related[0])] == copy


def test_splice_inserts_a_clause_run_between_two_chinese_characters():
    for seed in range(5):
        p = plant(TEXT, "splice_partial", seed)
        s, e = p.span
        run = p.text[s:e]
        assert 15 <= len(run) <= 40 and TEXT.count(run) == 1
        assert p.text[:s] + p.text[e:] == TEXT
        assert CJK.match(p.text[s - 1]) and CJK.match(p.text[e])
        src = TEXT.index(run)
        assert src == 0 or TEXT[src - 1] in "，。；：、,;:！？!?\n"


def test_no_site_no_plant():
    bare = "工作总结\n全年完成各项任务。"
    assert all(plant(bare, kind, 0) is None for kind in PLANTERS)


def _finding(kind: Kind, quote: str, report_text: str) -> Finding:
    block = next(i for i, ln in enumerate(report_text.split("\n")) if quote in ln)
    return Finding(kind=kind, severity=Severity.WARNING, message="测试", rule=f"test.{kind.value}",
                   location=FindingLocation(location=Location(block=block), quote=quote))


def test_judge_counts_a_compatible_finding_at_the_plant_and_collateral_elsewhere():
    p = plant(TEXT, "title_year", 0)
    report = read_text_string(p.text)
    title = p.text.split("\n")[0]
    at_plant = _finding(Kind.STALE_YEAR, re.search(r"20\d\d年度", title).group(), p.text)
    elsewhere = _finding(Kind.STALE_YEAR, "2024年3月15日", p.text)
    out = judge(p, set(), report, [at_plant, elsewhere])
    assert out.found and out.near == [at_plant] and out.collateral == [elsewhere]
    out = judge(p, {key(at_plant)}, report, [at_plant])  # already in the clean review: not new
    assert not out.found and out.near == [] and out.collateral == []


def test_a_rate_is_not_planted_in_a_target_nor_from_another_indicator_rows_figures():
    """目标值：100% is set, not computed; 合格率's 实际值 is no ratio of the 数量 row above it (12个/12个)."""
    from evals.real_plant_rates import rate_sites
    form = "数量指标：改造小区数量 目标值：12个 实际值：12个\n质量指标：工程验收合格率 目标值：100% 实际值：100%\n"
    assert rate_sites(form) == []
    fields = "全年预算数：1,350.00\n全年执行数：1,296.00\n执行率：96.00%\n"
    assert [s.value for s in rate_sites(fields)] == ["96.00"]


def test_a_rate_in_a_form_run_into_one_line_is_planted_over_its_own_rows_figures_only():
    """A 自评表 run into one line: the budget block's 预算数 8.40 over 执行数 8.40 (or 40 of 40 households) is no ratio of the 覆盖率
    in an indicator row further on; moving that row's target (100%→96%) below a met 100% is no defect."""
    from evals.real_plant_rates import rate_sites
    line = ("项目自评表预算数(A)执行数(B)执行率(B/A)得分年度资金总额 8.40 8.40 100 10 二级指标三级指标年度目标值"
            "实际完成值得分数量指标培训户数 40 40 质量指标农户培训覆盖率100%100%10时效指标按期完成10\n")
    assert rate_sites(line) == []
    # a row whose own figures give the rate is a site still
    row = "三级指标年度目标值实际完成值得分数量指标计划培训40户实际培训30户培训完成率75%10\n"
    assert [s.value for s in rate_sites(row)] == ["75"]


def test_a_rate_in_an_indicator_table_of_one_cell_per_line_is_no_ratio_of_the_row_above():
    """Under 年度指标值/实际完成值 flattened to one cell a line, the row above's 36户 of 36户 (or 分值 8 and
    得分 8) give 100% by chance: a 达标率's target or actual of 100% is no ratio of them."""
    from evals.real_plant_rates import rate_sites
    cells = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "数量指标", "改造户数", "36户", "36户", "8", "8",
             "质量指标", "改造验收达标率", "100%", "100%", "8", "8"]
    assert rate_sites("\n".join(cells) + "\n") == []
    # a budget row's own figures under the same header give its rate still
    budget = ["年度指标值", "实际完成值", "预算数", "执行数", "执行率", "年度资金总额", "250.00", "200.00", "80.00%"]
    assert [s.value for s in rate_sites("\n".join(budget) + "\n")] == ["80.00"]


def test_a_level_is_not_planted_where_a_higher_level_is_a_frame_or_a_finance_transfer():
    from evals.real_plant_levels import level_sites
    text = "全县排名第一。在全县率先完成。县财政下达补助资金50万元。县财政批复我局预算100万元。全县完成造林1200亩。"
    planted = {text[s - 1:s + 6] for s in level_sites(text, 0, "县")}
    assert planted == {"。县财政批复我", "全县完成造林1"}


def test_a_total_is_planted_one_lower_so_its_parts_exceed_it():
    text = "项目资金共计850万元，其中：中央补助资金500万元，省级补助资金200万元，县级配套资金150万元。"
    for seed in range(3):
        p = plant(text, "total_off_by_one", seed)
        assert p.text[slice(*p.span)] == "849"


def test_a_per_hundred_thousand_denominator_is_no_figure_a_rate_is_planted_over():
    from evals.real_plant_rates import rate_sites
    # 10/10 would give 100%, but 650/10万 is one rate, not two figures: the 100% is a target
    assert rate_sites("粗死亡率目标650/10万，实际850/10万，初筛调查完成率100%，实际完成107%。") == []


def test_a_part_heading_is_no_title_to_plant_a_year_in():
    from evals.real_planted import title_line
    text = "某县农垦局2024年度部门决算报告\n第二部分 2024年度部门决算表\n一、收入决算表"
    assert title_line(text) == (0, "某县农垦局2024年度部门决算报告")
    assert title_line("某县农垦局\n第二部分 2024年度部门决算表\n正文。") is None


def test_a_table_of_contents_entry_is_no_title_to_plant_a_year_in():
    from evals.real_planted import title_line
    assert title_line("目录\n某县以工代赈办2020年部门整体支出绩效评价报告 24\n正文。") is None


def test_a_folder_is_split_by_file_number_and_its_header_lines_are_no_report_text(tmp_path, capsys):
    from evals.real_planted_folder import main, pick, report_text
    for n in (1, 2, 3):
        (tmp_path / f"{n:03d}.txt").write_text(f"# url: https://example.org/{n}\n某县教育局2022年度绩效自评报告\n正文。",
                                               encoding="utf-8")
    assert [p.name for p in pick(tmp_path, "odd")] == ["001.txt", "003.txt"]
    assert [p.name for p in pick(tmp_path, "even")] == ["002.txt"]
    assert report_text(tmp_path / "001.txt") == "某县教育局2022年度绩效自评报告\n正文。"
    assert main(["--folder", str(tmp_path / "none")]) == 2
    assert "no .txt files" in capsys.readouterr().err


def test_the_years_of_document_numbers_are_no_figures_a_rate_is_planted_over():
    """〔2021〕 over 〔2020〕 rounds to 100%, but two document numbers' years are no ratio: a 发放率100%
    after them (and after no two figures that give it) is no rate the text lets a reader check."""
    from evals.real_plant_rates import rate_sites
    text = ("上级下达补助资金111万元（某财〔2020〕67号），调减40万元（某财〔2021〕29号），全年实际下达71万元，"
            "已全额拨付，发放率100%。")
    assert rate_sites(text) == []
    # nor years in round brackets, nor the parts of dates written with dashes (2023 over 2023, 12 over 12)
    assert rate_sites("某财行(2021)10号、某财行(2020)8号下达资金已全额拨付，拨付率100%。") == []
    assert rate_sites("项目实施期为2023-01-01至2023-12-31，资金已全额拨付，拨付率100%。") == []
    # the same sentence with the figures it names: 71 of 71万元 paid out
    assert [s.value for s in rate_sites("全年实际下达71万元，实际发放71万元，发放率100%。")] == ["100"]


def test_a_level_is_not_planted_where_the_unit_takes_part_in_a_higher_levels_work_or_cites_its_title():
    """参加全县…, 全县…现场会, 全县…专项整治, 《全县…方案》, 关于印发全县…的通知: a 全省 there would be as
    sound as the 全县 was, no contradiction to find; 全县…专项资金 is the unit's own money and stays a site."""
    from evals.real_plant_levels import level_sites
    framed = ["参加全县农村公路养护现场会。", "开展全县社会救助领域专项整治。", "落实全县春耕备耕工作部署要求。",
              "编制《全县农村饮水安全巩固提升方案》。", "转发县政府关于印发全县防汛抗旱应急预案的通知。",
              "本项目被列入全县为民办实事项目之一。"]
    for sentence in framed:
        assert level_sites(sentence, 0, "县") == [], sentence
    own = "全县共发放困难群众专项资金420万元。"
    assert [own[s - 1:s + 1] for s in level_sites(own, 0, "县")] == ["全县"]
    duty = "制定全县社会救助领域专项整治方案。"  # the unit's own duty over its area: a site whatever follows
    assert [duty[s - 1:s + 1] for s in level_sites(duty, 0, "县")] == ["全县"]
