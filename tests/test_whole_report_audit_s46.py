"""Session 46's eighth outsider audit on whole invented clean reports (s46a): each case is a shape a
clean report really has that a rule misread, pinned with its defective twin so the rule keeps its defect.
The whole reports sit in tests/data/whole_clean (``test_whole_report_audit`` asks each for no warning).
Invented wording throughout."""

from __future__ import annotations

import pytest
from whole_reports import clean_fixture as _fixture
from whole_reports import rules as _rules
from whole_reports import tab_row as _cells

# -- a share of a whole the sentence does not hold ----------------------------------------------------

_SPENT = "全年支出1,649.32万元，其中基本支出862.40万元、项目支出786.92万元，{share}97.53%。\n"


@pytest.mark.parametrize("share", ["支出占收入的", "支出占全年收入的"])
def test_a_share_of_a_whole_of_another_kind_is_no_ratio_of_the_sentences_figures(share):
    """支出占收入的97.53%: spending over the income told the sentence before, not 项目支出 over 全年支出."""
    assert "sentence_rate" not in _rules(_SPENT.format(share=share))


def test_the_townships_and_the_tax_bureaus_spending_over_income_draw_no_warning():
    for name in ("s46_township_gov_tab_cells_2017.txt", "s46_vertical_tax_bureau_dept_2019.txt"):
        assert "sentence_rate" not in _rules(_fixture(name)), name


@pytest.mark.parametrize("share", ["占", "占支出的", "占全年支出总额的", "占总数的", "占比"])
def test_a_share_of_the_total_in_the_sentence_is_still_checked(share):
    assert "sentence_rate" in _rules(_SPENT.format(share=share))


# -- a saving against the budget beside the price a purchase was won at --------------------------------

@pytest.mark.parametrize("text", [
    "项目采用公开招标方式采购，中标合同金额1,152.00万元，较预算节约128.00万元，节约率10.00%。\n",
    "三个包件中标金额合计248.62万元，较采购预算节约37.38万元，节约率13.07%。\n",
])
def test_a_saving_against_the_budget_is_not_over_the_contract_price_beside_it(text):
    """The budget (1,280.00万元) was told in another paragraph; the contract is what was left to pay."""
    assert "sentence_rate" not in _rules(text)


@pytest.mark.parametrize("text", [
    "年度预算1,280.00万元，较预算节约128.00万元，节约率11.00%。\n",
    "三公经费年初预算14万元，较预算节约3.09万元，节约率19.31%。\n",
])
def test_a_saving_beside_its_budget_is_still_checked(text):
    assert "sentence_rate" in _rules(text)


_PROCURED = ("二、资金安排\n\n2024年市本级财政预算安排政务云服务采购项目资金1,280.00万元。\n\n"
             "三、资金使用情况\n\n项目采用公开招标方式采购，中标合同金额1,152.00万元。\n\n"
             "全年实际支出1,152.00万元，{rate}。\n")


def test_a_budget_execution_rate_is_not_over_a_contract_price_told_the_paragraph_before():
    """预算执行率 names the budget: 1,152 ÷ 1,280 = 90%, not the contract 1,152 ÷ 1,152."""
    assert "sentence_rate" not in _rules(_PROCURED.format(rate="预算执行率90.00%"))
    assert "sentence_rate" not in _rules(_fixture("s46_govcloud_procurement_pdf_heads_2024.txt"))


def test_an_execution_rate_over_a_budget_told_the_paragraph_before_is_still_checked():
    text = ("三、资金安排\n\n2024年市本级财政预算安排项目资金1,280.00万元。\n\n"
            "四、资金使用情况\n\n全年实际支出1,152.00万元，预算执行率92.00%。\n")
    assert "sentence_rate" in _rules(text)


# -- the sources of a project's whole investment against one year's table ------------------------------

_BOND = ("一、项目概况\n\n项目总投资4.80亿元，{sources}，建设期2021年至2023年。\n\n"
         "二、2022年度资金使用情况\n\n"
         "| 资金来源 | 全年预算数（万元） | 全年执行数（万元） |\n| --- | --- | --- |\n"
         "| 专项债券资金 | 15,000.00 | 14,862.50 |\n| 县级财政资金 | 2,400.00 | 2,231.70 |\n"
         "| 合计 | 17,400.00 | 17,094.20 |\n")


@pytest.mark.parametrize("sources", [
    "其中专项债券资金3.20亿元、县级财政资金0.60亿元、企业自筹1.00亿元",
    "资金来源为专项债券资金3.20亿元、县级财政资金0.60亿元、企业自筹1.00亿元",
])
def test_a_total_investments_sources_are_not_the_years_cells(sources):
    assert "narrative_vs_table" not in _rules(_BOND.format(sources=sources))


def test_the_bond_projects_draw_no_warning():
    for name in ("s46_special_bond_industrial_park_pipe_2022.txt", "s46_special_bond_hospital_multiyear_pipe_2023.txt"):
        assert _rules(_fixture(name)) == [], name


def test_the_years_figure_against_the_years_cell_is_still_compared():
    text = _BOND.format(sources="其中专项债券资金3.20亿元") + "\n2022年，专项债券资金14,000.00万元全部支出。\n"
    assert "narrative_vs_table" in _rules(text)


# -- two fields of a form, one a line, are no broken sentence -------------------------------------------

def test_a_field_ending_in_a_word_the_next_fields_label_opens_with_is_no_doubling():
    text = ("项目名称：宁乡经济技术开发区东区标准化厂房及配套基础设施建设项目\n"
            "项目单位：宁乡经开区建设投资有限公司\n")
    assert "language.doubled_word" not in _rules(text)


def test_a_prose_line_broken_before_its_word_typed_again_is_still_found():
    text = ("为推进全市政务信息系统集约化建设，避免各部门分散建设机房，市人民政府决定由根据\n"
            "根据市数据资源局统一采购政务云服务。\n")
    assert "language.doubled_word" in _rules(text)


# -- the unit's duties in the form and in the narrative --------------------------------------------------

_DUTIES = ("负责全县安全生产综合监督管理；组织编制全县应急体系建设规划和应急预案；统筹应急救援力量建设；"
           "组织指导协调自然灾害防治和救助工作。")


def test_the_duties_in_the_forms_field_and_under_the_narratives_heading_are_the_templates():
    text = ("部门整体支出绩效自评表\n\n" + _cells("部门名称", "双峰县应急管理局") + _cells("部门职能职责概述", _DUTIES)
            + _cells("评价等次", "优") + "双峰县应急管理局2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"
            + f"（一）部门职能。{_DUTIES}\n\n（二）机构设置。局机关内设办公室等5个股室。\n")
    assert "redundancy.duplicate" not in _rules(text)


def test_a_numbered_duty_list_under_the_forms_label_and_the_narratives_heading_is_the_templates():
    items = "\n".join(f"{k}．{d}" for k, d in enumerate([
        "贯彻落实退役军人工作方针政策和法律法规，拟订全县退役军人工作规划并组织实施。",
        "负责全县退役军人和其他优抚对象的褒扬激励、抚恤优待和帮扶援助工作。",
        "负责烈士纪念设施的保护管理和英烈纪念活动的组织实施。"], 1))
    text = (f"部门名称：某县退役军人事务局\n部门职能职责：\n{items}\n执行率：97.02%\n\n"
            f"某县退役军人事务局2025年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n（一）主要职责\n\n{items}\n\n"
            "（二）机构和人员\n\n本局内设办公室等4个股室。\n")
    assert "redundancy.duplicate" not in _rules(text)
    assert "redundancy.duplicate" not in _rules(_fixture("s46_veterans_dept_numbered_duties_2025.txt"))


def test_the_duties_pasted_twice_in_one_section_are_still_a_copy():
    """The templates ask for the duties once in the form and once in the narrative, never twice in one
    section: there the second copy is a paste (a plant the corpus's planted-defect eval found silenced)."""
    text = ("一、部门基本情况\n\n（一）部门职能\n\n" + f"本局主要职责。{_DUTIES}\n\n" + f"本局主要职责。{_DUTIES}\n\n"
            + "（二）机构设置\n\n局机关内设办公室等5个股室。\n")
    assert "redundancy.duplicate" in _rules(text)
    items = ("一、部门基本情况\n\n（一）机构设置与主要职能\n\n" + f"1、编办的主要职责是：{_DUTIES}\n\n"
             + "2、事业单位登记局主要职责\n\n" + f"1、编办的主要职责是：{_DUTIES}\n\n二、部门支出情况\n\n全年支出120万元。\n")
    assert "redundancy.duplicate" in _rules(items)  # under a sub-item 2、 of the same section


def test_an_achievement_pasted_under_the_duties_and_into_the_results_is_still_a_copy():
    done = "全年执法检查企业326家次，查处隐患1,218条，整改率100%，立案处罚18起，全县未发生较大及以上生产安全事故。"
    text = ("一、部门基本情况\n\n" + f"（一）部门职能。{done}\n\n" + "二、绩效情况\n\n" + f"（一）安全生产监管。{done}\n")
    assert "redundancy.duplicate" in _rules(text)


# -- a flattened form's target and result, each after its label cell ------------------------------------

_GOAL = ("对全县猪、牛、羊、家禽实施口蹄疫、高致病性禽流感等重大动物疫病强制免疫，应免畜禽免疫密度常年保持在90%以上，"
         "全县不发生区域性重大动物疫情。")


def test_a_target_met_in_its_own_words_in_cells_one_a_line_is_no_copy():
    text = ("某县2024年度重大动物疫病强制免疫项目绩效自评表\n项目名称\n重大动物疫病强制免疫\n年度总体目标\n预期目标\n"
            f"{_GOAL}\n实际完成情况\n{_GOAL}\n一级指标\n二级指标\n三级指标\n")
    assert "redundancy.duplicate" not in _rules(text)
    assert "redundancy.duplicate" not in _rules(_fixture("s46_animal_disease_centre_cells_no_blanks_2024.txt"))


def test_the_target_pasted_again_under_another_label_is_still_a_copy():
    text = ("某县2024年度重大动物疫病强制免疫项目绩效自评表\n项目名称\n重大动物疫病强制免疫\n年度总体目标\n预期目标\n"
            f"{_GOAL}\n存在问题\n{_GOAL}\n一级指标\n二级指标\n三级指标\n")
    assert "redundancy.duplicate" in _rules(text)


# -- a table continued on the next page -------------------------------------------------------------------

_HEAD = "| 支出内容 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n"
_SPLIT = ("表1 项目支出明细（单位：万元）\n\n" + _HEAD + "| 平台升级改造 | 6,900.00 | 6,820.30 |\n"
          "| 数据共享交换 | 5,200.00 | 4,986.14 |\n\n- 3 -\n\n{caption}\n\n" + _HEAD
          + "| 电子证照库扩容 | 2,500.00 | 2,412.20 |\n| 网络安全防护 | 1,000.00 | 1,000.00 |\n"
          "| 合计 | {total} | 15,218.64 |\n")


@pytest.mark.parametrize("caption", ["表1（续）", "续表1", "续上表"])
def test_a_continued_tables_total_closes_the_rows_of_both_parts(caption):
    assert "table_column_total" not in _rules(_SPLIT.format(caption=caption, total="15,600.00"))


def test_a_wrong_total_of_a_continued_table_is_still_found():
    assert "table_column_total" in _rules(_SPLIT.format(caption="表1（续）", total="15,060.00"))


def test_a_second_table_with_its_own_caption_is_no_continuation():
    text = _SPLIT.format(caption="表2 另一项目支出明细", total="15,600.00")
    assert "table_column_total" in _rules(text)


# -- round sums are not figures with digits swapped ---------------------------------------------------------

def test_two_round_budgets_that_are_each_others_digits_swapped_are_two_budgets():
    text = "| 支出内容 | 全年预算数 |\n| --- | --- |\n| 数据共享交换 | 5,200.00 |\n| 电子证照库扩容 | 2,500.00 |\n"
    assert "figures.transposed_digits" not in _rules(text)


def test_a_figure_of_six_significant_digits_with_two_swapped_is_still_found():
    text = "全年支出1,360.47万元。\n其中项目支出1,360.74万元。\n全年支出1,360.47万元。\n"
    assert "figures.transposed_digits" in _rules(text)


# -- a follow-up call is a survey ----------------------------------------------------------------------------

def test_a_satisfaction_rate_off_the_count_of_those_called_back_is_found():
    """回访 is a survey by telephone or visit: 220 satisfied of 240 called back is 91.7%, not 95.8%."""
    assert "survey_rate" in _rules("灾后回访受灾群众240人，对救灾物资发放表示满意的220人，满意度95.8%。\n")


def test_a_satisfaction_rate_that_follows_from_the_calls_is_quiet():
    assert "survey_rate" not in _rules("灾后回访受灾群众240人，对救灾物资发放表示满意的230人，满意度95.8%。\n")


# -- a form that opens with last year's column ---------------------------------------------------------------

def _tuition(rate: str) -> str:
    return ("某县2024年度中等职业教育免学费补助资金项目绩效自评表\n\n"
            + _cells("资金情况（万元）", "上年执行数", "年初预算数", "全年预算数", "全年执行数", "执行率")
            + _cells("合计", "698.00", "700.00", "722.40", "709.60", rate)
            + _cells("中央资金", "418.80", "420.00", "433.44", "425.76", "98.23%"))


def test_last_years_column_before_the_budget_is_a_column_of_its_own():
    """上年执行数 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率: 709.60 ÷ 722.40 = 98.23%, no column shifted."""
    assert "form_rate" not in _rules(_tuition("98.23%"))
    assert _rules(_fixture("s46_vocational_free_tuition_prior_year_column_2024.txt")) == []


def test_a_wrong_rate_in_a_form_with_last_years_column_is_still_found():
    assert "form_rate" in _rules(_tuition("98.32%"))


# -- money named by its allotment is the budget -----------------------------------------------------------------

_ALLOTTED = ("2024年我县安排补助资金722.40万元，其中中央资金{central}万元、省级资金216.72万元。\n\n"
             "| 资金来源 | 全年预算数（万元） | 全年执行数（万元） |\n| --- | --- | --- |\n"
             "| 中央资金 | 433.44 | 425.76 |\n| 省级资金 | 216.72 | 212.88 |\n")


def test_the_sums_allotted_are_compared_with_the_budget_column_not_the_spending():
    assert "narrative_vs_table" not in _rules(_ALLOTTED.format(central="433.44"))


def test_a_sum_allotted_that_the_budget_column_does_not_hold_is_still_found():
    assert "narrative_vs_table" in _rules(_ALLOTTED.format(central="434.00"))


# -- 直补, a way subsidies are paid ---------------------------------------------------------------------------

def test_direct_payment_of_a_subsidy_is_no_slip_for_not():
    text = "农机购置与应用补贴实行“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”的方式。\n"
    assert "language.typo" not in _rules(text, info=True)


@pytest.mark.parametrize("text", ["部分偏远乡镇的完成率还达补到90%。\n", "项目资金到位率补到一半，影响工程进度。\n"])
def test_bu_dao_for_bu_dao_elsewhere_is_still_found(text):
    assert "language.typo" in _rules(text, info=True)


# -- households counted in a survey ---------------------------------------------------------------------------

def test_a_satisfaction_rate_off_the_households_surveyed_is_found():
    text = "县住建局委托第三方入户调查居民600户，满意的527户，满意度为95.3%。\n"
    assert "survey_rate" in _rules(text)


def test_a_satisfaction_rate_that_follows_from_the_households_is_quiet():
    assert "survey_rate" not in _rules("县住建局委托第三方入户调查居民600户，满意的572户，满意度为95.3%。\n")


# -- a sentence of the duties, in the form and the narrative ------------------------------------------------------

def test_a_sentence_of_the_duties_said_under_both_duty_labels_is_no_pasted_sentence():
    duty = ("负责县直党政机关和事业单位机构编制的日常管理，指导全县乡镇机构改革和行政管理体制改革工作，"
            "承担全县机关事业单位编制实名制管理和机构编制统计工作。")
    text = (f"一、部门基本情况\n\n（一）部门职能。本办是县委工作机关。{duty}另承担县委交办的其他事项。\n\n"
            f"二、部门职责履行情况\n\n（一）主要职责。本办主要职责有以下几项。{duty}同时做好事业单位登记管理工作。\n")
    assert "redundancy.copied_sentence" not in _rules(text)


def test_a_result_sentence_pasted_into_two_sections_is_still_found():
    done = "全年执法检查企业326家次，查处隐患1,218条，整改率100%，立案处罚18起。"
    text = (f"一、部门基本情况\n\n（一）机构设置。局机关内设5个股室。{done}另有执法大队1个。\n\n"
            f"二、绩效情况\n\n（一）安全生产监管。开展专项整治。{done}全县未发生较大事故。\n")
    assert "redundancy.copied_sentence" in _rules(text)
