"""Session 80's fresh pages (pools 158–167), read by cause after their measure: what a reviewer would
not have reported, and what was missed, each as the shape it takes anywhere."""

from __future__ import annotations

from fresh_pages import under

_TITLE = "某县司法局2020年度部门整体支出绩效自评报告\n\n一、部门概况\n\n"

_found, _messages = under(_TITLE)


# -- wrong findings removed -------------------------------------------------------------------------

def test_a_first_item_that_lost_its_opening_bracket_is_the_lists_first_item():
    duties = "(一)部门基本情况\n\n1、职能职责\n\n{}执行上级机关的决定。\n\n(2)对本级人民代表大会负责。\n\n(3)编制和执行本级预算。\n"
    assert _found(duties.format("1)"), "structure.numbering_late_start") == []
    # with no first item at all the list still starts late
    assert _found(duties.format(""), "structure.numbering_late_start") == ["(2)"]


def test_a_bracket_holding_two_sentences_is_closed_and_its_list_is_not_summed_short():
    budget = ("2021年预算收入2121.08万元(年初预算收入1163.36万元,年中追加1041.53万元。压减75万元,核减8.81万元),"
              "比2020年减少1853.17万元。")
    assert _found(budget, "language.unclosed") == []
    assert _found(budget, "sentence_parts_sum") == []
    # a bracket left open to its paragraph's end is still told, and a list closed in one sentence still summed
    assert len(_found("预算收入2121.08万元(年初预算收入1163.36万元。年中追加1041.53万元。", "language.unclosed")) == 1
    assert _found("预算收入2121.08万元(年初预算收入1163.36万元,年中追加1041.53万元)。", "sentence_parts_sum") \
        == ["预算收入2121.08万元(年初预算收入1163.36万元,年中追加1041.53万元"]


def test_a_units_name_glued_to_the_bracket_before_it_may_be_one_more_listed():
    offices = ("我局机关设办公室(装备财务保障股)政工室、普法与依法治理股、社区矫正管理股、行政复议股、"
               "法律事务服务股、人民参与和促进法制股、公共法律服务股{}个股室。")
    assert _found(offices.format(8), "count_list") == []
    assert _found(offices.format(9), "count_list") == ["9个"]


def test_a_scoring_rules_interval_brackets_are_not_read_as_left_open():
    rule = "分别按照该指标对应分值区间100%-80%、80%-50%(50%,80%)、50%-0%(0,50%合理确定分值。"
    assert _found(rule, "language.unclosed") == []
    assert len(_found("分别按照该指标对应分值区间(80%以上合理确定分值。", "language.unclosed")) == 1


def test_staff_in_brackets_are_compared_with_the_posts_by_their_in_service_part():
    staff = "编制人数57人,2019年实有人数120人(其中,在职 {}人,退休47人)。"
    assert _found(staff.format(73), "staffing.over_posts") == ["73人"]
    assert _messages(staff.format(73), "staffing.over_posts") == ["在职人数73人多于编制数57人，且未说明编外人员"]
    assert _found(staff.format(55), "staffing.over_posts") == []


def test_two_batches_in_two_semicolon_clauses_are_no_difference_of_each_other():
    batches = ("2023年3月14日下达省级第一批指标1080万元,已全部随月发放,结余为0;"
               "2023年12月26日下达省级第二批资金指标85.84万元,未支付,结余85.84万元。")
    assert _found(batches, "sentence_difference") == []
    assert _found("年初预算1080万元,实际支出85.84万元,结余85.84万元。", "sentence_difference") == ["85.84万元"]


def test_a_document_sites_slogan_is_no_text_of_the_report():
    page = "可可文库 - 千万精品文档,你想要的都能搜到,下载即用。\n\n2018年度某街道绩效自评评分表.xls\n\n收到上级批复文件后通知各村。"
    assert _found(page, "language.typo", title="") == []


def test_a_word_said_twice_among_wrapped_columns_read_in_turn_is_their_seam():
    sheet = ("合理性 耕地地力保护补贴项目按程序报批,申请安排 项目经费符合自治区耕地地力保护补贴资金管 理,得3分。 3 3 "
             "通过板报宣传补贴项目,对村级 宣传培训工作工作人员进行培训,组织人员到乡镇村开展宣 传工作的,得2分。 2 2 "
             "建立农户一折通账户的,得3分,发现一户未纳 建立农户一 入的此分值扣完;按照上级批复文件将补贴资 折通账户 "
             "金发放到农户的,得4分。 7 7")
    assert _found(sheet, "language.doubled_word") == []
    # the same words said twice in running text are a slip
    assert _found("对村级宣传培训工作工作人员进行培训。", "language.doubled_word") == ["工作工作"]


def test_a_rows_money_cells_glued_into_one_run_of_digits_put_a_doubled_label_at_a_seam():
    row = "实现管好农村公路的总目标。572.6167147.4467474.6767147.4467农村公路养护工作经费工作经费农村公路管理养护水平得到提高。"
    assert _found(row, "language.doubled_word") == []
    assert _found("本年度安排农村公路养护工作经费工作经费用于日常养护。", "language.doubled_word") == ["工作经费工作经费"]


# -- misses found -------------------------------------------------------------------------------------

def test_a_regions_full_name_before_a_department_of_its_level_says_the_level_twice():
    assert _messages("根据衡阳市市财政局的通知要求,开展自评。", "language.doubled_level") \
        == ["“市”连写了两次：“衡阳市市财政”应为“衡阳市财政”"]
    for fine in ("衡阳市市场监督管理局", "衡阳市市委办公室", "衡阳市市直机关工委", "长沙市市政工程局"):
        assert _found(f"根据{fine}的通知要求,开展自评。", "language.doubled_level") == [], fine


def test_a_comparisons_year_that_lost_its_nian():
    assert _found("机关运行经费62.53万元,比2019减少131.60万元。", "language.dropped") == ["2019减"]
    assert _found("机关运行经费62.53万元,比2019年减少131.60万元。", "language.dropped") == []
    assert _found("服务群众5000人次,比2000多人增加。", "language.dropped") == []


def test_a_document_numbers_year_and_serial_run_together_with_no_closing_bracket_or_hao():
    cited = "根据县财政局《关于开展部门整体支出绩效自评工作的通知》(绥财绩〔{}){}要求,开展自评。"
    assert _messages(cited.format("20216", ""), "language.document_number") \
        == ["发文字号格式不规范：年份2021后缺少“〕”，序号后缺少“号”"]
    assert _found(cited.format("2021〕6号", ""), "language.document_number") == []


def test_a_stray_full_stop_after_a_colon():
    assert _found("现将自评情况报告如下:.一、部门概况", "language.doubled_mark") == [":."]
    assert _found("现将自评情况报告如下:...", "language.doubled_mark") == []
    assert _found("比例为3:.5。", "language.doubled_mark") == []


def test_a_date_whose_unpadded_digits_lost_nian_and_yue():
    assert _messages("评价时间:2017913日至2017年9月15日。", "language.dropped") \
        == ["疑似漏字：“2017913日”应为“2017年9月13日”"]
    # 2017113日 is 1月13日 or 11月3日: the text cannot say which
    assert _found("评价时间:2017113日。", "language.dropped") == []


def test_a_year_after_the_units_own_place_that_lost_its_nian():
    assert _found("我县2023老年人生活保健补贴资金全部发放到位。", "language.dropped") == ["2023老"]
    assert _found("我县2023年老年人生活保健补贴资金全部发放到位。", "language.dropped") == []
    assert _found("全县2023户农户受益,全县2000余人参加培训。", "language.dropped") == []


def test_staff_said_to_be_in_service_are_explained_by_no_retired_beside_them():
    said = "我局编制人数28人,实际在职人数{}人,离退休64人,遗属补助人数20人。"
    assert _messages(said.format(38), "staffing.over_posts") == ["在职人数38人多于编制数28人，且未说明编外人员"]
    assert _found(said.format(28), "staffing.over_posts") == []
    # a bare 实有 figure may count the retired: 64 retired cover its excess
    assert _found("我局编制人数28人,实有人数38人,离退休64人。", "staffing.over_posts") == []
    # staff holding posts are named so
    assert _messages("大队核定编制28名，2023年末实有在编人员31名，另有退休人员9名。", "staffing.over_posts") \
        == ["在编人数31人多于编制数28人，且未说明编外人员"]
