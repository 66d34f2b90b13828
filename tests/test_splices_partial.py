"""Partial splices: a run of 15 or more characters found elsewhere, pasted into the middle of a
sentence. Invented texts in the shapes of reports from several provinces; names, titles and stock
phrases that legitimately recur must stay silent."""

from drafting.checks.splices import find_partial_splices, find_splices
from drafting.findings import Kind, Severity
from drafting.report import Heading, Paragraph, Report

DUTY = "主要职责是贯彻执行国家和省有关文化工作的方针政策，组织开展群众性文化艺术活动，辅导和培训基层文化骨干。"
FUNDS = "2023年收到上级补助资金合计860万元，全部按进度拨付到项目单位，资金到位率100%。"
TRAINING = "全年举办各类培训班12期，培训基层干部560人次，参训人员满意度达到96%。"


def report(*texts: str) -> Report:
    return Report(blocks=[Paragraph(text=t) for t in texts])


def insert(host: str, at: str, run: str) -> str:
    k = host.index(at)
    return host[:k] + run + host[k:]


def assert_quotes_exact(r: Report, findings) -> None:
    for f in findings:
        assert f.location.quote == r.quote(f.location.location)
        for rel in f.related:
            assert rel.quote == r.quote(rel.location)


def test_a_clause_run_pasted_between_two_characters_of_a_word_is_a_partial_splice():
    run = "组织开展群众性文化艺术活动，辅导和"
    host = insert(FUNDS, "拨付到", run)  # …按进度拨|组织开展…辅导和|付到…
    r = report(DUTY, host)
    [f] = find_partial_splices(r)
    assert f.kind == Kind.SPLICED_TEXT and f.severity == Severity.WARNING
    assert f.rule == "redundancy.splice_partial"
    assert f.location.quote == run and f.location.location.block == 1
    assert [x.label for x in f.related] == ["插入起点", "插入终点", "相同文字"]
    assert f.related[2].location.block == 0
    assert "按进度拨付到项目" in f.suggestion
    assert_quotes_exact(r, [f])


def test_a_run_without_a_clause_mark_that_splits_a_word_is_a_partial_splice():
    run = "辅导和培训基层文化骨干队伍建设"
    duty = DUTY.replace("辅导和培训基层文化骨干。", "辅导和培训基层文化骨干队伍建设工作。")
    host = insert(TRAINING, "干部560", run)  # 培训基层干|…|部560
    assert [f.location.quote for f in find_splices(report(duty, host))] == [run]


def test_a_partial_splice_is_reported_once_by_find_splices():
    run = "组织开展群众性文化艺术活动，辅导和"
    findings = find_splices(report(DUTY, insert(FUNDS, "拨付到", run)))
    assert len(findings) == 1 and findings[0].rule == "redundancy.splice_partial"


def test_a_project_name_repeated_after_a_verb_or_preposition_is_not_a_splice():
    name = "2024年某某镇仰天洼社区产业设施配套项目"
    r = report(f"计划资金全部到位56万元，{name}已验收结算。",
               f"为加强资金监管，现将{name}绩效目标自评情况报告如下。",
               f"我镇对{name}开展了自评，包括建设内容是否按计划完成。")
    assert find_partial_splices(r) == []


def test_a_fund_name_from_the_title_repeated_in_the_text_is_not_a_splice():
    title = "锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告"
    r = Report(blocks=[Heading(text=title, level=0),
                       Paragraph(text="2022年锡林郭勒盟城乡居民基本养老保险补助经费预算数30075万元，已全部下达。")])
    assert find_partial_splices(r) == []


def test_a_duty_phrase_after_负责_is_not_a_splice():
    r = report("（一）负责城市管理相关法规的宣传，并指导执行。拟订全区城市管理及综合行政执法的发展战略、中长期规划。",
               "（二）承担综合行政执法工作。负责拟订全区城市管理及综合行政执法等规范性文件。")
    assert find_partial_splices(r) == []


def test_a_document_title_cited_twice_is_not_a_splice():
    doc = "《财政部关于修改〈大气污染防治资金管理办法〉的通知》"
    r = report(f"按照{doc}要求，防治资金重点支持清洁取暖项目。",
               f"根据{doc}规定，本项资金用于大气环境治理。",
               f"省生态环境厅印发{doc}，明确了资金使用范围。")
    assert find_partial_splices(r) == []


def test_stock_phrasing_reused_and_carried_on_is_not_a_splice():
    r = report("我局严格落实预算绩效管理要求，加强资金监管，确保专款专用，切实提高资金使用效益。",
               "下一步，我局将持续加强资金监管，确保专款专用，切实提高资金使用效益和群众满意度。")
    assert find_partial_splices(r) == []


def test_a_name_ending_one_sentence_and_another_is_not_a_splice():
    r = report("本年度，城乡居民基本养老保险补助资金。全部按时拨付。",
               "我县加大投入，县财政安排城乡居民基本养老保险补助资金。下一步将继续做好保障。")
    assert find_partial_splices(r) == []


def test_a_parallel_list_with_other_figures_in_one_paragraph_is_not_a_splice():
    r = report("新增污染负荷COD削减量1659吨/年、新增污染负荷氨氮削减量250吨/年、新增污染负荷总氮削减量490吨/年、"
               "新增污染负荷总磷削减量27吨/年。")
    assert find_partial_splices(r) == []


def test_a_clause_said_twice_in_a_row_is_not_a_splice():
    r = report("按年初计划执行；及时拨付项目资金，履行项目资金保障；及时拨付项目资金，履行项目资金保障。")
    assert find_partial_splices(r) == []


def test_a_run_copied_from_last_years_report_with_a_clause_mark_is_a_splice():
    prior = report(DUTY)
    run = "组织开展群众性文化艺术活动，辅导和"
    r = report(insert(FUNDS, "拨付到", run))
    [f] = find_partial_splices(r, prior)
    assert "上年报告" in f.message and len(f.related) == 2


def test_wording_shared_with_last_year_without_a_clause_mark_is_not_a_splice():
    prior = report("主要职责是贯彻执行国家和省有关文化工作的方针政策。")
    r = report("本单位认真贯彻执行国家和省有关文化工作的方针政策要求，全年工作有序推进。")
    assert find_partial_splices(r, prior) == []


def test_a_passage_written_twice_with_a_small_edit_is_not_a_splice():
    first = "会同有关部门拟订全县事业单位人员和离退休人员福利办法并组织实施；建立企事业单位人员工资正常增长机制。"
    second = "会同有关部门拟订全县机关、事业单位人员和离退休人员福利办法并组织实施；建立机关企事业单位人员工资正常增长机制。"
    assert find_partial_splices(report(first, second)) == []


def test_a_copied_sentence_that_cuts_a_word_in_two_is_a_splice_though_it_ends_with_its_stop():
    """城东街道办事处是区人民政府的派出机[辖区8个社区全部建成新时代文明实践站。]关 — the run ends with its own
    。, after which a host could start a new sentence; but 机|关 is a word cut in two."""
    source = "全年完成老旧小区改造3个。辖区8个社区全部建成新时代文明实践站。"
    host = "城东街道办事处是区人民政府的派出机关，辖8个社区，常住人口6.5万人。"
    r = report(insert(host, "关，辖", "辖区8个社区全部建成新时代文明实践站。"), source)
    [f] = find_partial_splices(r)
    assert f.location.quote.startswith("辖区8个社区")
    assert_quotes_exact(r, [f])
    # the same sentence after a full stop of the host is a sentence repeated, not a splice
    assert find_partial_splices(report(host + "辖区8个社区全部建成新时代文明实践站。", source)) == []


def test_a_run_whose_host_rejoins_into_a_phrase_found_elsewhere_is_a_splice():
    """…下达《…2021年中央补助地方[市本级绩效目标完成率100%。]公共文化服务…》: without the run the host reads
    中央补助地方公共文化服务, a phrase the report has elsewhere."""
    source = "下达我市专项资金1883.00万元,市本级绩效目标完成率100%。"
    host = "省财政厅下达《关于提前下达2021年中央补助地方公共文化服务体系建设专项资金的通知》。"
    other = "本项目为中央补助地方公共文化服务体系建设项目。"
    r = report(insert(host, "公共文化服务体系", "市本级绩效目标完成率100%。"), source, other)
    assert [f.location.quote for f in find_partial_splices(r)] == ["市本级绩效目标完成率100%。"]


def test_a_project_name_with_a_bracketed_list_repeated_after_a_preposition_is_not_a_splice():
    """The 、 inside the name's brackets lists what the project covers; it does not make the name
    running text, so after 对 it is a name as any other."""
    name = "某某县2023年度社会救助机构运行经费(五保、孤残儿童集中供养)项目"
    r = report("(二)项目预算", f"{name}预算合计为186.40万元(其中:省级72.10万元,县级114.30万元)。",
               f"县民政局坚持应保尽保、分类施保的原则,对{name}进行了测算和安排。")
    assert find_partial_splices(r) == []
    # a list outside brackets is running text still: pasted after 对 it is a splice
    run = "组织开展群众性文化艺术活动、辅导和"
    host = insert(FUNDS, "拨付到", run)
    assert len(find_partial_splices(report(DUTY.replace("活动，辅导", "活动、辅导"), host))) == 1


def test_a_comparison_said_again_of_another_subject_is_not_a_splice():
    """收支较上年…，收入较上年…: the same predicate of the year's change told of each figure."""
    r = report("1.总体情况。2023年度收入总计980.40万元,支出总计980.40万元。收支较上年决算数增加120.60万元,增长14.0%,主要原因是门诊业务增加。",
               "2.收入情况。2023年度收入合计980.40万元,较上年决算数增加120.60万元,增长14.0%,主要原因是疫苗接种收入增加。")
    assert find_partial_splices(r) == []


def test_two_allocation_lists_giving_places_the_same_sums_share_items_by_coincidence():
    r = report("3.送戏进万村经费,每村每年补助4400元,分配至甲县93万元,乙县52万元,丙区3.52万元,丁区16.192万元,共计164.712万元。",
               "6.分配农家书屋运行维护经费60.712万元,其中丙区3.52万元,丁区16.192万元,戊区19.712万元,甲县21.288万元。")
    assert find_partial_splices(r) == []


def test_items_of_a_list_of_figures_pasted_into_a_word_are_still_a_splice():
    src = "2023年下达资金合计1564万元,其中:一般项目1265.00万元,绩效奖励299.00万元,全部拨付到位。"
    run = "一般项目1265.00万元,绩效奖励299.00万元,"
    host = insert("中央补助地方公共文化服务体系建设专项资金用于乡镇综合文化站免费开放。", "服务体系", run)
    assert [f.location.quote for f in find_partial_splices(report(src, host))] == [run]


def test_a_project_restated_in_the_funds_section_with_a_remark_added_is_not_a_splice():
    # the project and its funding told in the plan, and again in the funds section with 已下拨到位 added
    plan = ("2022年1月县领导小组下发了《关于2022年项目投资计划的批复》，项目名称为2022年某某乡某某村养殖业基地建设项目,"
            "项目总投资49.2万元,其中:中央财政衔接资金48万元,自筹资金1.2万元。")
    funds = "2022年某某乡某某村养殖业基地建设项目,项目总投资49.2万元,其中:中央财政衔接资金48万元,已下拨到位。自筹资金1.2万元,已完成自筹。"
    assert find_partial_splices(report(plan, "1.项目资金到位情况分析", funds)) == []


def test_a_units_name_said_again_is_not_a_splice():
    r = report("从预算单位构成看,某某省某某市某某县公安局(汇总)部门决算包括:局本级决算、局属交通警察大队决算。",
               "纳入某某省某某市某某县公安局(汇总)2020年度部门决算编制范围的二级预算单位包括:局本级和交通警察大队。")
    assert find_partial_splices(r) == []


def test_a_sentence_broken_by_a_page_break_goes_on_and_opens_no_clause():
    # a flattened form: the page's number (2、) starts a line that continues the sentence before it
    r = report("年度目标：为建设成渝地区双城经济圈和西部(重庆)科学城营造良好氛围。完成情况：中心全年较好地完成了履职任务,为建设成渝地区",
               "2、双城经济圈和西部(重庆)科学城营造了良好氛围。指标名称计量单位指标性质年初指标值")
    assert find_partial_splices(r) == []


def test_runs_refused_by_where_they_start_are_runs_that_give_no_candidate():
    """The filter asked before a run is measured (``_run_starts``) drops only what ``_candidate``
    would drop: the same candidates, on texts with pasted runs, clause starts and copies."""
    from drafting.checks.segments import repeated_runs
    from drafting.checks.splices import _PARTIAL_MIN_NORM, _candidate, _run_starts
    from drafting.numbers.textnorm import normalize

    texts = [DUTY, insert(FUNDS, "拨付到", "组织开展群众性文化艺术活动，辅导和"), TRAINING,
             insert(TRAINING, "培训基层", "全部按进度拨付到项目单位，"), FUNDS + DUTY, "一、" + DUTY[5:]]
    units = list(report(*texts).units())
    norms = [normalize(u.text, drop_markers=False) for u in units]

    def candidates(runs):
        return [(r, _candidate(units, norms, r)) for r in runs if r.host != r.source]

    every = candidates(repeated_runs(norms, len(units), _PARTIAL_MIN_NORM))
    kept = candidates(repeated_runs(norms, len(units), _PARTIAL_MIN_NORM, keep=_run_starts(units, norms)))
    assert [r for r, p in every if p is not None] == [r for r, p in kept if p is not None]
    assert any(p is not None for _, p in kept) and len(kept) < len(every)


def test_a_whole_clause_standing_where_the_host_asks_for_it_is_phrasing_not_a_splice():
    """主要用于|提升…等方面建设，|进一步…: the run is a whole clause where it first stands, and in the
    host it follows a verb that takes it (or opens with its own preposition), cutting no word. The
    host reads whole: the purpose written again as the aim, not text pasted into a sentence."""
    aim = "既定目标：改善乡村教师培训条件、充实线上课程、教学资源等方面建设，"
    used = "2023年培训补助资金，主要用于改善乡村教师培训条件、充实线上课程、教学资源等方面建设，进一步提高培训质量。"
    assert find_partial_splices(report(used, aim)) == []
    # the same clause pasted where it cuts a word in two (加|…|强) still breaks the host sentence
    cut = "2023年度，我局切实加改善乡村教师培训条件、充实线上课程、教学资源等方面建设，强培训经费管理。"
    assert [f.location.quote for f in find_partial_splices(report(cut, aim))] == \
        ["改善乡村教师培训条件、充实线上课程、教学资源等方面建设，"]
    # a clause opening with its own preposition, after the subject of the host's sentence
    told = "我局成立了绩效自评小组，从资金投入、过程管理、项目产出、实施效益等方面，对项目进行了全面评价。"
    scored = "评价小组从资金投入、过程管理、项目产出、实施效益等方面，逐项进行综合评分，本项目自评得分92分。"
    assert find_partial_splices(report(told, scored)) == []
    # the whole clause need not keep its comma in the host: an adverbial the host's verb follows
    told = "我局成立了绩效自评小组。从资金保障、项目管理、使用成效三个方面，对项目实施情况进行了全面评价。"
    scored = "我局组织专人从资金保障、项目管理、使用成效三个方面逐项打分，本项目自评得分92分。"
    assert find_partial_splices(report(told, scored)) == []


def test_a_whole_clause_that_cuts_an_idiom_in_two_is_still_a_splice():
    """实事|通过…数据库|求是: the seams cut a four-character word, so the host does not read whole, though
    the run is a whole clause opening with its own preposition."""
    src = "2023年，林业站完成林地年度变更调查，通过遥感判读、实地核查等方法对变化地块进行更新，形成本年林地现状数据。"
    run = "通过遥感判读、实地核查等方法对变化地块进行更新"
    host = insert("评价工作坚持认真负责、实事求是的原则，如实反映项目绩效。", "求是", run)
    assert [f.location.quote for f in find_partial_splices(report(src, host))] == [run]


def test_a_whole_clause_without_its_comma_that_is_no_prepositional_frame_is_still_a_splice():
    """Without its comma in the host, only a whole frame (从…方面) is an adverbial the host may carry; a
    clause that goes on past its preposition's object (通过…方法对…进行更新) leaves the host broken."""
    src = "2023年，林业站完成林地年度变更调查，通过遥感判读、实地核查等方法对变化地块进行更新，形成本年林地现状数据。"
    run = "通过遥感判读、实地核查等方法对变化地块进行更新"
    host = insert("本年度项目资金已全部拨付到位，支付进度符合要求。", "拨付到位", run)
    assert [f.location.quote for f in find_partial_splices(report(src, host))] == [run]


def test_a_units_name_with_the_act_it_did_said_again_is_not_a_splice():
    # a leading group's long name followed by what it did (下达, 印发): names repeat with their acts
    act = "中共临川市东湖区委乡村振兴工作领导小组下达"
    r = report(f"根据《东湖区2023年度第二批衔接资金分配计划》（东党振发〔2023〕3号）文件，{act}2023年衔接资金"
               "80万元，主要用于支持重点村产业发展。",
               f"2023年{act}第二批衔接资金80万元，全部列入东湖区冷水镇冷链仓储项目，资金到位率100%。")
    assert find_partial_splices(r) == []


def test_words_inside_a_cited_documents_title_are_the_titles_not_a_splice():
    # a fixed term of the work (…绩效自评) said in a paragraph and again inside a notice's 《title》
    term = "部门整体支出和项目支出绩效自评"
    r = report(f"{term}工作是预算绩效管理的重要环节，为保证工作顺利开展，我局成立了工作领导小组。",
               f"按照《江川市财政局关于2022年市级{term}及财政重点绩效评价有关事项的通知》要求，"
               "资产财务科对需要开展自评的项目进行了梳理。")
    assert find_partial_splices(r) == []


def test_a_run_pasted_into_running_text_after_a_title_is_still_a_splice():
    # the title premise covers words inside 《》 only: the same run pasted after the title is reported
    run = "组织开展群众性文化艺术活动，辅导和"
    host = insert(FUNDS, "拨付到", run)
    r = report(DUTY, "按照《江川市文化馆免费开放资金管理办法》要求，" + host)
    assert [f.location.quote for f in find_partial_splices(r)] == [run]


def test_a_list_or_a_title_pasted_inside_a_cited_title_is_still_a_splice():
    # the words of a title are a plain noun phrase: a 、 list or a 《title》 of its own was pasted there
    source = "评价小组通过查阅资料、现场核查、数据采集等方式开展评价。"
    run = "评价小组通过查阅资料、现场核查、数据采"
    host = "按照《江川市财政局关于开展2023年度财政重点绩效评价工作的通知》要求开展评价。"
    r = report(source, insert(host, "绩效评价工作", run))
    assert [f.location.quote for f in find_partial_splices(r)] == [run]


REVIEWED = ("为做好衔接资金考评工作，县里召开专题会议，对各乡镇2023年度实施的项目进行了全面考评，"
            "从资金投入、项目实施、群众满意度等各个环节开展自评。")


def test_a_list_of_aspects_framed_in_both_places_is_phrasing_not_a_splice():
    # 从资金投入、项目实施、群众满意度 opens a frame that 等各个环节 and …等方面 close: the same aspects, said twice
    again = "根据省考评办法要求，我们从资金投入、项目实施、群众满意度和档案管理等方面对全县项目逐项自评。"
    assert find_partial_splices(report(REVIEWED, again)) == []


def test_the_same_list_pasted_where_no_frame_closes_is_still_a_splice():
    host = insert(FUNDS, "拨付到", "从资金投入、项目实施、群众满意度")  # …按进度拨|从…满意度|付到…
    [f] = find_partial_splices(report(REVIEWED, host))
    assert f.location.quote == "从资金投入、项目实施、群众满意度"
