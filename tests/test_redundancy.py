import re
from pathlib import Path

import pytest
from shared_paths import SAMPLE

from drafting.checks.prior_copies import find_prior_copies
from drafting.checks.redundancy import duplicate_clusters, find_duplicates, is_narrative
from drafting.checks.splices import find_splices
from drafting.findings import Kind, Severity
from drafting.io.text_reader import read_text_string
from drafting.report import Cell, Heading, Paragraph, Report, Table
from drafting.review import review

JOBS = "2022年新增就业2141人；城镇登记失业率控制在4.5%以内；新增农村劳动力转移就业1910人。就业率为92.1%，就业率比去年同期增长2.8%。发放交通补贴258人，共计10.28万元。"
POSTS = "开发就业岗位鼓励吸纳就业。新增公益性岗位援助对象73名，其中14名为就业困难人员二次援助，同时到期清退108名。职业指导次数为4045次。"
INSURANCE = "全县社会保险（养老保险、工伤保险、失业保险）参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元。"
OTHER = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"


def report(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in texts])


def sample() -> Report:
    from drafting.io.text_reader import read_text_report

    for path in (Path(__file__).parents[1] / "fixtures/jingzhou-hrss-2022/report.txt",
                 SAMPLE):
        if path.exists():
            return read_text_report(path)
    pytest.skip("sample report not available")


def assert_quotes_exact(r: Report, findings) -> None:
    for f in findings:
        assert f.location.quote == r.quote(f.location.location)
        for rel in f.related:
            assert rel.quote == r.quote(rel.location)


def test_an_exact_copy_gets_one_finding_pointing_back_to_the_first_occurrence():
    r = report(JOBS, OTHER, JOBS)
    findings = find_duplicates(r)
    assert [f.location.location.block for f in findings] == [2]
    assert findings[0].kind == Kind.DUPLICATE_PARAGRAPH
    assert findings[0].related[0].location.block == 0
    assert "第1段" in findings[0].message
    assert_quotes_exact(r, findings)


def test_a_copy_with_another_list_marker_and_new_figures_is_still_a_copy():
    edited = "3．" + JOBS.replace("2141", "2086").replace("10.28", "9.75")
    findings = find_duplicates(report("1、" + JOBS, edited))
    assert len(findings) == 1
    assert "数字与首次出现处不同" in findings[0].message


def test_unrelated_paragraphs_raise_nothing():
    assert find_duplicates(report(JOBS, POSTS, INSURANCE, OTHER)) == []


def test_short_texts_are_not_compared():
    assert find_duplicates(report("评价组组长（签字）：", OTHER, "评价组组长（签字）：")) == []


def test_a_text_repeated_three_times_is_one_cluster_with_two_copies():
    r = report(INSURANCE, OTHER, INSURANCE, JOBS, INSURANCE)
    clusters = duplicate_clusters(r)
    assert [c.size for c in clusters] == [3]
    assert clusters[0].canonical.block == 0
    assert [c.location.block for c in clusters[0].copies] == [2, 4]


def test_a_text_repeated_three_times_is_one_finding_naming_every_copy():
    r = report(INSURANCE, OTHER, INSURANCE, JOBS, INSURANCE)
    findings = find_duplicates(r)
    assert len(findings) == 1
    f = findings[0]
    assert f.location.location.block == 2  # the second occurrence
    assert [p.location.block for p in f.related] == [0, 4]  # the first, then every other copy
    assert "共出现3次" in f.message
    assert "第1段（首次）、第3段（本段）、第5段" in f.message
    assert "其余2处" in f.suggestion
    assert_quotes_exact(r, findings)


def test_a_paragraph_inside_a_longer_table_cell_is_located_with_exact_offsets():
    cell = "1:" + OTHER + INSURANCE + "\n\n6、民兵训练基地建设逐步建设完成。"
    r = Report(blocks=[Paragraph(text=INSURANCE), Table(rows=[[Cell(text="实际完成"), Cell(text=cell)]])])
    findings = find_duplicates(r)
    assert len(findings) == 1
    assert findings[0].location.quote == INSURANCE
    assert findings[0].location.location.start == 2 + len(OTHER)
    assert_quotes_exact(r, findings)


def test_a_paragraph_made_of_two_earlier_ones_counts_as_a_copy_of_each():
    r = report(JOBS, INSURANCE, "1、坚持服务就业大局。" + JOBS + INSURANCE)
    findings = find_duplicates(r)
    assert sorted(f.location.quote for f in findings) == sorted([JOBS, INSURANCE])
    assert_quotes_exact(r, findings)


def test_a_paragraph_pasted_into_the_middle_of_a_sentence_is_a_splice_with_both_seams():
    cut = JOBS.index("2.8%")
    spliced = JOBS[:cut] + POSTS[:-1] + JOBS[cut:]
    r = report(JOBS, "2．" + POSTS, "1、坚持服务就业大局。" + spliced)
    findings = find_splices(r)
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == Kind.SPLICED_TEXT and f.severity == Severity.WARNING  # an outline repeats fragments too
    assert f.location.quote == POSTS[:-1]
    assert [s.quote for s in f.related] == ["期增长开发就", "45次2.8"]
    assert_quotes_exact(r, findings)


def test_a_copied_paragraph_that_follows_a_full_stop_is_not_a_splice():
    r = report(POSTS, JOBS + POSTS, OTHER + POSTS)
    assert find_splices(r) == []


def test_a_whole_paragraph_with_its_full_stop_pasted_mid_sentence_is_a_splice():
    cut = OTHER.index("机关建设")
    host = OTHER[:cut] + INSURANCE + OTHER[cut:]
    findings = find_splices(report(INSURANCE, host))
    assert [f.location.quote for f in findings] == [INSURANCE]
    assert [s.quote for s in findings[0].related] == ["进模范全县社", "亿元。机关建"]


def test_a_splice_is_found_without_the_host_sentence_occurring_anywhere_else():
    cut = INSURANCE.index("2.15")
    r = report(OTHER, INSURANCE[:cut] + OTHER + INSURANCE[cut:])
    assert len(find_splices(r)) == 1


def test_a_short_paragraph_of_twenty_characters_pasted_mid_sentence_is_a_splice():
    assets = "年末固定资产3792.64万元，其中在用3711.52万元、其他81.12万元。"
    cut = JOBS.index("1910")
    assert len(find_splices(report(assets, JOBS[:cut] + assets + JOBS[cut:]))) == 1


def test_a_copied_paragraph_after_a_comma_or_colon_is_not_a_splice():
    r = report(POSTS, "经研究，" + POSTS + "此后继续推进。", "主要工作如下：" + POSTS + "此后继续推进。")
    assert find_splices(r) == []


def test_a_copied_paragraph_at_the_end_of_a_line_is_not_a_splice():
    r = report(POSTS, "（二）就业岗位" + POSTS + "\n三、下一步工作")
    assert find_splices(r) == []


def test_a_copied_clause_without_a_stop_that_ends_the_host_sentence_is_not_a_splice():
    duty = "负责全县义务教育学校布局规划、教师队伍建设和教育经费的统筹管理与监督"
    r = report(duty, "我局" + duty + "。全年各项工作有序推进，完成了年度目标任务。")
    assert find_splices(r) == []


def test_a_copied_paragraph_followed_by_a_new_point_is_not_a_splice():
    r = report(POSTS, "就业方面重点做了两件事" + POSTS + "二是稳定社保参保规模。")
    assert find_splices(r) == []


def test_a_splice_can_come_from_last_years_report():
    cut = JOBS.index("2.8%")
    r = report(JOBS[:cut] + POSTS[:-1] + JOBS[cut:])
    assert len(find_splices(r, prior=report(POSTS, OTHER))) == 1


def test_a_paragraph_from_last_year_with_new_figures_is_a_warning():
    prior = report(JOBS.replace("2022", "2021").replace("2141", "2086").replace("10.28", "9.75"))
    findings = find_prior_copies(report(JOBS), prior)
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert findings[0].kind == Kind.COPIED_FROM_PRIOR_YEAR


def test_a_paragraph_from_last_year_with_the_same_figures_is_an_error_about_stale_data():
    findings = find_prior_copies(report("1、" + JOBS), report("（一）" + JOBS))
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "可能沿用了上年数据" in findings[0].message


def test_fixed_wording_without_figures_copied_from_last_year_is_only_info():
    findings = find_prior_copies(report(OTHER), report(OTHER))
    assert [f.severity for f in findings] == [Severity.INFO]


def test_a_short_sentence_shared_with_last_year_is_ignored():
    text = "根据《中华人民共和国预算法》和《湖南省预算绩效管理办法》（湘财绩〔2013〕29号）等规定，现报告如下："
    assert find_prior_copies(report(text), report(text)) == []


def test_new_paragraphs_are_not_prior_copies():
    assert find_prior_copies(report(INSURANCE, OTHER), report(JOBS, POSTS)) == []


# -- the real sample ------------------------------------------------------------------------------


def cluster_sizes_by_text(r: Report) -> dict[str, int]:
    return {c.canonical_quote: c.size for c in duplicate_clusters(r)}


@pytest.mark.parametrize("marker, size", [
    ("2022年新增就业2141人", 5),
    ("参保合计24.27万人", 6),
    ("规范劳动监察执法", 5),
    ("完成技能鉴定考试", 5),
    ("关于切实加强社会保险基金监管工作的意见", 6),
])
def test_each_block_repeated_in_the_sample_is_one_cluster_with_all_its_copies(marker, size):
    sizes = cluster_sizes_by_text(sample())
    matching = [n for text, n in sizes.items() if marker in text]
    assert matching == [size]


def test_the_sample_splice_is_found_in_the_form_cell_and_in_the_narrative_and_nowhere_else():
    r = sample()
    findings = find_splices(r)
    assert len(findings) == 2
    for f in findings:
        assert f.location.quote.startswith("开发就业岗位鼓励吸纳就业。")
        assert f.location.quote.endswith("职业指导次数为4045次")
        assert [s.quote for s in f.related] == ["期增长开发就", "45次2.8"]
    assert {f.location.location.row for f in findings} == {37, None}
    assert_quotes_exact(r, findings)


def test_every_duplicate_finding_on_the_sample_quotes_the_report_exactly():
    r = sample()
    findings = find_duplicates(r)
    assert len(findings) > 10
    assert_quotes_exact(r, findings)


def test_each_cluster_of_the_sample_is_one_finding_pointing_at_all_its_copies():
    r = sample()
    clusters, findings = duplicate_clusters(r), find_duplicates(r)
    assert len(findings) == len(clusters)
    assert [1 + len(f.related) for f in findings] == [c.size for c in clusters]


def test_headings_and_narrative_structure_do_not_matter_for_clusters():
    r = Report(blocks=[Heading(text="一、就业", level=1), Paragraph(text=JOBS),
                       Heading(text="二、绩效", level=1), Paragraph(text=JOBS)])
    assert [c.size for c in duplicate_clusters(r)] == [2]


def _paras(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in texts])


def test_a_short_sentence_repeated_three_times_is_one_cluster():
    s = "民兵训练基地建设逐步建设完成，长期为本县民兵提供训练场所。"
    clusters = duplicate_clusters(_paras(s, "其他内容不相关的一段文字用于隔开。", "6、" + s, s))
    assert [c.size for c in clusters] == [3]


def test_a_short_sentence_repeated_twice_or_a_repeated_name_is_not_a_copy():
    s = "民兵训练基地建设逐步建设完成，长期为本县民兵提供训练场所。"
    name = "社会保险基金管理防风险堵漏洞专项整治工作"
    assert duplicate_clusters(_paras(s, s)) == []
    assert duplicate_clusters(_paras(name, name, name)) == []


def test_list_numbers_alone_do_not_count_as_changed_figures():
    body = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元，严格落实降费率政策。"
    findings = find_duplicates(_paras("2、" + body, "6、" + body))
    assert len(findings) == 1
    assert "数字与首次出现处不同" not in findings[0].message
    changed = find_duplicates(_paras("2、" + body, "6、" + body.replace("24.27", "23.11")))
    assert "数字与首次出现处不同" in changed[0].message


# -- only narrative is a copy ---------------------------------------------------------------------

TITLE = "湖南省某某自治县人力资源和社会保障局2023年度部门整体支出绩效自评报告"
HEADER = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值（含数字及文字描述） | 实际完成值（含数字及文字描述） | 偏差原因"
FUNDS = ("湘财教〔2022〕15号-（县教财〔2023〕3号）从县教育局调剂至某某镇中心小学--{}-"
         "关于下达2023年义务教育薄弱环节改善与能力提升资金的通知（校舍维修）-中央20万元；")


def test_a_title_on_the_cover_and_again_above_the_body_is_not_a_copy():
    r = Report(blocks=[Paragraph(text=TITLE), Paragraph(text="编制单位：某某县人力资源和社会保障局"),
                       Paragraph(text=OTHER), Paragraph(text=TITLE.replace("自评", "评价")), Paragraph(text=JOBS)])
    assert find_duplicates(r) == []


def test_a_repeated_heading_is_not_a_copy():
    r = Report(blocks=[Heading(text=TITLE, level=0), Paragraph(text=OTHER), Heading(text=TITLE, level=0)])
    assert find_duplicates(r) == []


def test_a_form_header_row_repeated_on_the_next_page_is_not_a_copy():
    assert find_duplicates(report(HEADER, JOBS, HEADER, INSURANCE)) == []


def test_a_name_field_repeating_the_title_is_not_a_copy():
    assert find_duplicates(report("名称：" + TITLE + " 文号：", OTHER, "名称：" + TITLE, TITLE)) == []


def test_a_list_of_fund_documents_that_differ_in_project_names_is_not_a_copy():
    r = report(FUNDS.format("食堂改造工程"), FUNDS.format("围墙修缮工程"), FUNDS.format("运动场塑胶跑道改造工程"))
    assert find_duplicates(r) == []


def test_a_narrative_paragraph_citing_documents_said_twice_is_still_a_copy():
    para = ("根据《湖南省预算绩效管理办法》（湘财绩〔2013〕29号）要求，我局组织开展了部门整体支出绩效自评，"
            "成立了由局长任组长的工作领导小组，对各股室的资金使用情况逐项核查。")
    assert len(find_duplicates(report(para, OTHER, para))) == 1


@pytest.mark.parametrize("text", [TITLE, HEADER, FUNDS.format("食堂改造工程"), "名称：" + TITLE,
                                  "一级指标\t二级指标\t三级指标\t指标值", "中央资金-校舍维修9.8万元;"])
def test_titles_header_rows_fields_and_citation_lists_are_not_narrative(text):
    assert not is_narrative(text)


@pytest.mark.parametrize("text", [JOBS, POSTS, OTHER, "任务2：着力保障改善民生，积极推进社会保险全覆盖"])
def test_sentences_are_narrative(text):
    assert is_narrative(text)


def test_the_form_header_row_and_the_title_recurring_from_last_year_are_not_prior_copies():
    header = HEADER + " | 得分 | 备注说明"
    assert find_prior_copies(report(TITLE, header, JOBS), report(TITLE.replace("2023", "2022"), header)) == []


def test_boilerplate_said_twice_in_one_report_is_one_finding_there_naming_both_places():
    from drafting.checks.crossreport import boilerplate_findings

    a = Report(source="a.txt", blocks=[Paragraph(text=OTHER), Paragraph(text=JOBS), Paragraph(text=OTHER)])
    b = Report(source="b.txt", blocks=[Paragraph(text=OTHER), Paragraph(text=INSURANCE)])
    by_source = boilerplate_findings([a, b])
    assert [len(by_source[s]) for s in ("a.txt", "b.txt")] == [1, 1]
    f = by_source["a.txt"][0]
    assert (f.location.location.block, [p.location.block for p in f.related]) == (0, [2])


def test_a_titles_wording_reused_as_the_subject_of_a_sentence_is_not_a_splice():
    """The heading names the table; the opening sentence names the same figures with the unit before them."""
    heading = "一、2023年度一般公共预算财政拨款“三公”经费支出决算表"
    sentence = ("县档案馆2023年度一般公共预算财政拨款“三公”经费支出决算中,公务接待费支出决算1.20万元,"
                "占10.5%;公务用车运行维护费支出决算10.23万元,占89.5%。")
    assert find_splices(Report(blocks=[Heading(text=heading, level=1), Paragraph(text=sentence)])) == []
    # a sentence of running text pasted at the same place still is one
    pasted = "全年公务接待共计12批次,接待人数86人次,较上年有所减少"
    r = report(pasted + "。", sentence.replace("2023年度一般公共预算", pasted + "2023年度一般公共预算"))
    assert [f.rule for f in find_splices(r)] == ["redundancy.splice"]


def test_one_sentence_pattern_filled_with_each_years_figures_is_no_copy():
    # parallel statements: another year, or most figures other, is the same pattern filled twice
    years = report("2022年目标：完成农村危房改造120户，改造后房屋安全鉴定合格率达到100%，群众满意度达到90%以上。",
                   OTHER,
                   "2023年目标：完成农村危房改造150户，改造后房屋安全鉴定合格率达到100%，群众满意度达到95%以上。")
    assert find_duplicates(years) == []
    towns = report("甲镇完成农村公路硬化12.5公里，新建桥梁3座，安装路灯260盏，受益群众1.2万人。", OTHER,
                   "乙镇完成农村公路硬化8.4公里，新建桥梁2座，安装路灯180盏，受益群众0.9万人。")
    assert find_duplicates(towns) == []
    # another year's statement of some length, in the same words: still each year's own sentence
    target = ("年目标：完成农村危房改造{}户，改造后房屋安全鉴定合格率达到100%，群众满意度达到{}%以上，"
              "对改造对象实行动态管理，改造资金按规定直接拨付到户，严禁截留挪用，并在村务公开栏公示改造名单。")
    assert find_duplicates(report("2022" + target.format(120, 90), OTHER, "2023" + target.format(150, 95))) == []
    # the same year with one figure edited is a copy whose figures disagree
    edited = report("2022年目标：完成农村危房改造120户，改造后房屋安全鉴定合格率达到100%，群众满意度达到90%以上。",
                    OTHER,
                    "2022年目标：完成农村危房改造125户，改造后房屋安全鉴定合格率达到100%，群众满意度达到90%以上。")
    [f] = find_duplicates(edited)
    assert "数字与首次出现处不同" in f.message


def test_what_is_narrative_reads_fields_and_clauses_as_the_plain_patterns_did():
    # the field separator is led by one class of its first characters and a text's clauses are read up
    # to its last mark (faster): the same fields, clauses and answers as the plain patterns, on
    # generated texts of separators, blanks, marks, citations and words
    import random

    from drafting.checks import redundancy

    fields = re.compile(r"[|｜\t:：\-—－_=]+|\s{2,}|\n")
    clauses = re.compile(r"[^，,；;。！？!?]*[，,；;。！？!?]")

    def plain(text: str) -> bool:
        bare = redundancy._QUANTITY.sub("", redundancy._CITED.sub("", text))
        return any(len(redundancy._HAN.findall(c)) >= redundancy.MIN_CLAUSE_HAN
                   for f in fields.split(bare) for c in clauses.findall(f))

    pieces = [*"|｜\t:：-—－_= \n\u3000\r，。；！?", "工作", "资金管理", "关于做好", "的通知", "《办法》", "（注）",
              "财预〔2021〕28号", "12万元", "全面完成年度"]
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert redundancy._FIELD_SEP.split(text) == fields.split(text), repr(text)
        assert redundancy.is_narrative(text) == plain(text), repr(text)


def test_a_copy_whose_page_break_cuts_a_figure_in_two_is_still_the_same_paragraph():
    """卫生厕所1 | - 3 - | 200户: the break splits the copy and a figure; the piece is the paragraph's own
    text character for character, so the figure read from it (1) is no other figure. Invented wording."""
    par = ("围绕农村人居环境整治，我县统筹推进厕所革命、垃圾治理和污水治理，新改建农村户用卫生厕所1200户，"
           "行政村生活垃圾收运处置体系实现全覆盖，村容村貌持续改善。")
    cut = par.index("1200") + 1
    text = ("某县农业农村局2023年度部门整体支出绩效自评报告\n一、基本情况\n" + par + "\n"
            "在绩效管理方面，我局对重点项目开展绩效运行监控，及时纠正执行偏差。\n二、绩效目标完成情况\n"
            + par[:cut] + "\n- 3 -\n" + par[cut:] + "\n在项目管理方面，我局严格执行资金拨付程序，做到专款专用。\n")
    found = [f for f in review(read_text_string(text)).findings if f.rule == "redundancy.duplicate"]
    assert len(found) == 1 and "卫生厕所1" in found[0].quote


def test_a_paragraph_repeated_whole_is_no_host_of_a_splice_when_its_copy_is_broken_in_pieces():
    """The second copy cut into three lines (a page's furniture between two of them): its middle piece
    lies inside the first copy, which the splice rule read as a run pasted into that paragraph. The
    duplicate finding lists both places; no splice finding is left. Invented wording."""
    par = ("我县坚持把高标准农田建设作为保障粮食安全的重要抓手，按照统一规划、集中投入、连片推进的思路，完成土地平整、"
           "灌溉排水、田间道路等工程建设，项目区耕地质量等级平均提升0.5个等级，亩均粮食产能明显提高。")
    title = "某县农业农村局2023年度部门整体支出绩效自评报告"
    text = "\n".join([title, "一、基本情况", par, "在绩效管理方面，我局对重点项目开展绩效运行监控，及时纠正执行偏差。",
                     "二、绩效目标完成情况", par[:30], par[30:70], "- 3 -", title, par[70:],
                     "在项目管理方面，我局严格执行资金拨付程序，做到专款专用。"]) + "\n"
    rules = [f.rule for f in review(read_text_string(text)).findings]
    assert "redundancy.duplicate" in rules and "redundancy.splice" not in rules


def test_a_paragraph_pasted_whole_into_a_sentence_is_a_splice_beside_the_duplicate_finding():
    """The host has text of its own around the pasted paragraph, which stands whole in its own place:
    the duplicate lists both places and the splice points at the run to delete (the full suite's
    planted splices; a first version of the rule above dropped them). Invented wording."""
    par = ("某县水利局是县人民政府主管水行政工作的工作部门，负责保障水资源的合理开发利用，组织实施水利工程建设与运行管理，"
           "指导农村饮水安全和水土保持工作，承担防汛抗旱指挥部的日常工作。")
    host = "为加强预算绩效管理，按照县财政局关于开展" + par + "2023年度绩效自评工作的通知要求，我局组织开展了自评。"
    text = "\n".join(["某县水利局2023年度部门整体支出绩效自评报告", host, "一、部门概况", par,
                      "二、绩效目标完成情况", "全年完成水毁工程修复12处，完成投资860万元。"]) + "\n"
    rules = [f.rule for f in review(read_text_string(text)).findings]
    assert "redundancy.duplicate" in rules and "redundancy.splice" in rules


def test_a_copy_cut_short_lacks_figures_but_none_disagree():
    body = ("全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元，严格落实降费率政策，"
            "确保各项社会保险待遇按时足额发放，群众满意度明显提升。")
    cut = body[:body.index("发放各项")]  # a form's cell holding the paragraph's first half
    findings = find_duplicates(_paras(body, cut + "确保各项社会保险待遇按时足额发放，群众满意度明显提升。"))
    assert findings and "数字与首次出现处不同" not in findings[0].message
