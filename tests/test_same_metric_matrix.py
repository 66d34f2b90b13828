"""Specification of ``same_metric_twice``: one metric stated twice with two values.

The same money label stated twice with two values is one metric only when it is stated for the
same category: the same year (or 上年/本年), the same budget stage (年初预算, 调整后预算, 决算, 实际支出),
the same fund, the same unit (部门 or one of its units, 本级 or 下级), the same project, batch, township
or quarter, and the same whole (a figure and its 其中 parts). Each case below is invented report text
(one paragraph a line, as Word's "save as text" gives it; some as copied from a PDF) and says either
that the rule stays silent, or that exactly one finding quotes the figure stated second.
"""

import pytest

from drafting.checks.arithmetic import check_arithmetic
from drafting.io.text_reader import read_text_string


def _printed(*paragraphs: str, width: int = 24, page_break_after: int | None = None) -> str:
    """Paragraphs as text copied from a PDF: a line every ``width`` characters, and, after line
    ``page_break_after``, the page's number and the running head (the beginning of the title)."""
    lines = [p[k : k + width] for p in paragraphs for k in range(0, len(p), width)]
    if page_break_after is not None:
        lines[page_break_after:page_break_after] = ["- 3 -", paragraphs[0][:12]]
    return "\n".join(lines) + "\n"


def _twice(text: str) -> list[str]:
    report = read_text_string(text)
    return [f.quote for f in check_arithmetic(report) if f.rule == "same_metric_twice"]


# ------------------------------------------------------------------ two categories: never flagged

TWO_CATEGORIES = {
    "two years, each named once at the head of its paragraph": (
        "2022年度，本部门严格执行中央八项规定精神。三公经费支出7.5万元，控制在预算以内。\n"
        "2023年度，本部门继续压减一般性支出。三公经费支出6.9万元，控制在预算以内。\n"),
    "上年 and 本年, each named once at the head of its paragraph": (
        "上年度部门收支情况。一般公共预算财政拨款收入980万元，支出975万元。\n"
        "本年度部门收支情况。一般公共预算财政拨款收入1,020万元，支出1,015万元。\n"),
    "a year named in a lead-in line before a list of figures": (
        "上年支出情况如下：\n"
        "基本支出合计为820万元，主要用于人员工资。\n"
        "项目支出合计为400万元，主要用于专项业务。\n"
        "本年支出情况如下：\n"
        "基本支出合计为780万元，主要用于人员工资。\n"
        "项目支出合计为430万元，主要用于专项业务。\n"),
    "a year named in a title line (no sentence's marks) before the text": (
        "2022年度部门决算情况\n"
        "全年财政拨款支出1,180万元，其中基本支出780万元。\n"
        "2023年度部门决算情况\n"
        "全年财政拨款支出1,210万元，其中基本支出800万元。\n"),
    "the year of a sentence named once before its semicolons": (
        "2022年收支总体平衡；支出合计1,180万元；结余20万元。\n"
        "2023年收支总体平衡；支出合计1,210万元；结余15万元。\n"),
    "年初预算 then 调整后预算, the stage named before the clause": (
        "年初预算批复后，项目支出200万元。\n"
        "年中经追加调整后，项目支出260万元。\n"),
    "budget then final accounts, each named in the sentence before": (
        "部门预算已经县人大批准。基本支出800万元，项目支出700万元。\n"
        "年终决算已编制完成。基本支出780万元，项目支出690万元。\n"),
    "budget, then actual spending, named at the head of the paragraph": (
        "预算安排方面：本年度项目支出预计为300万元。\n"
        "实际执行方面：本年度项目支出为286.5万元。\n"),
    "a fund source names the figures of its paragraph": (
        "财政拨款资金情况。本年支出1,200万元，其中基本支出800万元。\n"
        "其他资金情况。本年支出300万元，其中基本支出100万元。\n"),
    "basic and project spending each with its own carryover": (
        "基本支出方面：全年结转结余5万元，主要是公用经费节约。\n"
        "项目支出方面：全年结转结余20万元，主要是项目尚未完工。\n"),
    "a topic goes on through the paragraphs after it": (
        "基本支出方面：主要用于保障机构正常运转和人员工资发放。\n"
        "年末结转结余资金5万元，主要是公用经费节约。\n"
        "项目支出方面：主要用于农村人居环境整治等重点项目。\n"
        "年末结转结余资金20万元，主要是部分项目尚未完工。\n"),
    "two wholes, each with its 其中 parts in the paragraph after it": (
        "全年部门支出合计1,500万元。\n"
        "其中：基本支出800万元，项目支出700万元。\n"
        "全年财政拨款支出合计1,200万元。\n"
        "其中：基本支出700万元，项目支出500万元。\n"),
    "a short title sentence names what its paragraph tells": (
        "乡村道路养护。全年项目支出85万元，完成养护里程120公里。\n"
        "危桥改造。全年项目支出120万元，完成危桥改造3座。\n"),
    "an aspect named 在…中 at the head of the paragraph": (
        "在基本支出中，年末结转结余5万元，主要是公用经费节约。\n"
        "在项目支出中，年末结转结余20万元，主要是部分项目尚未完工。\n"),
    "the plan, then what was done": (
        "按照年度工作计划，全年项目支出安排300万元。\n"
        "截至12月底，全年项目支出286万元，执行率95.33%。\n"),
    "an aspect opening a sentence inside the paragraph": (
        "2023年部门决算情况如下。收入决算中，一般公共预算财政拨款1,020万元，占85%。\n"
        "2023年部门决算情况如下。支出决算中，一般公共预算财政拨款1,015万元，占86%。\n"),
    "two wholes, each with its 其中 parts in the sentence after it": (
        "全年部门支出合计1,500万元。其中：基本支出800万元，项目支出700万元。\n"
        "全年财政拨款支出合计1,200万元。其中：基本支出700万元，项目支出500万元。\n"),
    "a budget and an actual, each said in a bracket after its figure": (
        "三公经费支出9.69万元（年初预算数），主要用于公务接待和公务用车运行维护。\n"
        "三公经费支出7.5万元（决算数），主要用于公务接待和公务用车运行维护。\n"),
    "the years since the project began, and this year": (
        "项目实施以来，拨付财政资金1,200万元，累计带动社会投资3,000万元。\n"
        "全面推进各项建设任务，拨付财政资金300万元，完成年度投资计划。\n"),
    "the department and its member unit": (
        "本部门：全年财政拨款支出1,500万元，较好完成了年度任务。\n"
        "局机关本级：全年财政拨款支出900万元，较好完成了年度任务。\n"),
    "two member units, each named at the head of its paragraph": (
        "县疾控中心2023年度共收到财政拨款资金320万元。全年财政拨款支出315万元，执行率98.4%。\n"
        "县人民医院2023年度共收到财政拨款资金860万元。全年财政拨款支出850万元，执行率98.8%。\n"),
    "two schools, each named before a comma": (
        "城关中学，全年项目支出45万元，完成校舍维修2处。\n"
        "河口小学，全年项目支出38万元，完成校舍维修1处。\n"),
    "本级 then 全县": (
        "县本级：全年拨付财政资金320万元，惠及群众1.2万人。\n"
        "全县范围：全年拨付财政资金1,150万元，惠及群众4.6万人。\n"),
    "income then spending, the direction named before": (
        "从收入看，一般公共预算财政拨款1,020万元，占总收入的85%。\n"
        "从支出看，一般公共预算财政拨款1,015万元，占总支出的86%。\n"),
    "two batches of one fund": (
        "第一批资金于3月下达，财政拨款资金80万元，用于设备购置。\n"
        "第二批资金于8月下达，财政拨款资金120万元，用于场地改造。\n"),
    "two townships": (
        "城关镇：项目支出45万元，完成改厕300户。\n"
        "河口乡：项目支出38万元，完成改厕260户。\n"),
    "two quarters": (
        "第一季度，支出进度较慢，项目支出52万元。\n"
        "第三季度，支出进度加快，项目支出118万元。\n"),
    "a total, then its 其中 parts in a paragraph of their own": (
        "全年部门支出合计1,500万元。\n"
        "其中：局机关支出合计900万元，下属中心支出合计600万元。\n"),
    "a summary of projects, then one project's own spending": (
        "本局2023年共实施项目5个，项目支出合计680万元，执行率98%。\n"
        "农村饮水安全巩固提升项目：项目支出合计210万元，执行率100%。\n"),
    "a project, then one of its sub-projects": (
        "高标准农田建设项目总投资2,400万元，项目支出1,980万元。\n"
        "其中田间道路子项目：项目支出460万元，已全部完工。\n"),
    "三公经费 items of two years in two paragraphs": (
        "2022年“三公”经费支出情况。公务接待费3.2万元，公务用车运行维护费4.3万元。\n"
        "2023年“三公”经费支出情况。公务接待费2.8万元，公务用车运行维护费4.1万元。\n"),
    "a rate's base, and the spending it divides": (
        "预算执行率以调整后预算为基数，项目预算资金260万元，执行率98.08%。\n"
        "资金到位率以年初预算为基数，项目预算资金200万元，到位率100%。\n"),
    "结转结余 at the year's start and at its end": (
        "年初结转结余：项目结转结余资金30万元。\n"
        "年末结转结余：项目结转结余资金25万元。\n"),
    "two tables' captions, one year in 万元 and one in 元, then their totals": (
        "表1 2022年度收入支出决算总表（单位：万元）\n"
        "财政拨款收入合计1,180.00万元，财政拨款支出合计1,175.00万元。\n"
        "表2 2023年度收入支出决算总表（单位：元）\n"
        "财政拨款收入合计12,100,000.00元，财政拨款支出合计12,050,000.00元。\n"),
    "a form's cell for one project, then the narrative of the whole unit": (
        "\t项目名称\n\t乡村道路养护项目\n\n"
        "\t年度目标完成情况\n\t完成县乡道路养护120公里，全年项目支出85万元。\n\n"
        "本局全年各项工作推进顺利，全年项目支出1,320万元，执行率98%。\n"),
    "a form copied from a web page, one cell a line, then the narrative of the whole unit": (
        "项目名称 |\n乡村道路养护项目 |\n年度目标完成情况 |\n"
        "完成县乡道路养护120公里，全年项目支出85万元。 |\n项目负责人: |\n"
        "本局全年各项工作推进顺利，全年项目支出1,320万元，执行率98%。\n"),
    "two funds, each named at the head of its paragraph": (
        "中央财政补助资金到位情况。全年到位财政资金300万元，到位率100%。\n"
        "省级财政补助资金到位情况。全年到位财政资金120万元，到位率100%。\n"),
    "two half-years": (
        "上半年，受项目审批影响，项目支出仅完成35万元。\n"
        "下半年，项目全面开工建设，项目支出完成215万元。\n"),
    "two years in text copied from a PDF, a page break inside a paragraph": _printed(
        "某县农业农村局2023年度部门整体支出绩效自评报告",
        "2022年度，本部门严格执行中央八项规定精神，厉行节约，严控一般性支出，全年三公经费支出7.5万元，"
        "控制在年初预算以内，较好完成了年度各项工作任务。",
        "2023年度，本部门继续压减一般性支出，严格控制各项费用，全年三公经费支出6.9万元，"
        "控制在年初预算以内，较好完成了年度各项工作任务。",
        page_break_after=4),
    "budget stages under two numbered items, named by their headings": (
        "（一）农田建设项目\n年初预算数50万元，全年预算数60万元，全年支出58万元。\n"
        "（二）水利建设项目\n年初预算数80万元，全年预算数90万元，全年支出85万元。\n"),
    "budget stages of two categories, each named before its colon": (
        "基本支出：年初预算数800万元，全年预算数850万元。\n"
        "项目支出：年初预算数400万元，全年预算数500万元。\n"),
    "budget stages of two categories, each named in a title sentence": (
        "基本支出情况。年初预算数800万元，全年预算数850万元。\n"
        "项目支出情况。年初预算数400万元，全年预算数500万元。\n"),
    "a budget stage of two funds": (
        "一般公共预算财政拨款年初预算数800万元。\n"
        "政府性基金年初预算数400万元。\n"),
    "a budget stage of two years": (
        "2024年年初预算数为1,100万元。\n"
        "2025年年初预算数为1,200万元。\n"),
    "a budget stage of 上年 and 本年": (
        "上年年初预算数为1,100万元。\n"
        "本年年初预算数为1,200万元。\n"),
    "the department's money under headings naming two member units": (
        "（一）县农业技术推广中心\n2025年部门支出合计300万元。\n"
        "（二）县畜牧水产事务中心\n2025年部门支出合计200万元。\n"),
    "a unit's money under two headings": (
        "一、基本情况\n2025年单位支出合计300万元。\n"
        "二、执行情况\n2025年单位支出合计200万元。\n"),
    "the department's money under the budget's heading and the spending's": (
        "一、部门预算情况\n2025年部门支出合计1,350万元。\n"
        "二、预算执行情况\n2025年部门支出合计1,296万元。\n"),
    "a bare budget stage under the overview and under a category's heading": (
        "一、部门基本情况\n2025年年初预算数为1,200万元。\n"
        "二、部门整体支出情况\n（一）基本支出\n年初预算数为800万元。\n"),
    "a bare budget stage under the overview and under the projects' heading": (
        "一、部门基本情况\n2025年年初预算数为1,200万元。\n"
        "三、项目支出情况\n2025年年初预算数为300万元。\n"),
    "the department's money named under a category's heading": (
        "一、部门基本情况\n2025年部门支出合计1,296万元。\n"
        "二、三公经费情况\n2025年部门支出合计6.5万元。\n"),
    "the department's money under headings naming two years": (
        "一、上年度部门收支情况\n部门收入合计1,200万元。\n"
        "二、本年度部门收支情况\n部门收入合计1,350万元。\n"),
    "the department's money under the overview and a half-year's heading": (
        "一、部门基本情况\n部门收入合计1,200万元。\n"
        "二、上半年执行情况\n部门收入合计600万元。\n"),
    "the department's money in the overview and under the budget's heading": (
        "一、部门基本情况\n2025年部门支出合计1,296万元。\n"
        "二、部门预算安排情况\n2025年部门支出合计1,350万元。\n"),
    "the department's money of two years under two headings": (
        "一、上年情况\n2024年部门收入合计1,200万元。\n"
        "二、本年情况\n2025年部门收入合计1,350万元。\n"),
    "two years in a short excerpt copied from a PDF, its lines not joined": _printed(
        "2022年度，本部门严格执行中央八项规定精神，厉行节",
        "约，三公经费支出7.5万元，控制在预算以内。",
        "2023年度，本部门继续压减一般性支出，严格控制各项",
        "费用，三公经费支出6.9万元，控制在预算以内。", width=40),
}


@pytest.mark.parametrize("text", TWO_CATEGORIES.values(), ids=TWO_CATEGORIES.keys())
def test_the_same_label_in_two_categories_is_two_metrics(text):
    assert _twice(text) == []


# ------------------------------------------------------------------ one metric, two values: flagged once

ONE_METRIC = {
    "the same total with no category, stated twice": (
        "三公经费支出7.5万元，控制在预算以内。\n"
        "经核实，三公经费支出7.8万元。\n", "7.8万元"),
    "the same year, named in both sentences": (
        "2023年度三公经费支出7.5万元，控制在预算以内。\n"
        "综上，2023年度三公经费支出7.8万元。\n", "7.8万元"),
    "the same year, named at the head of both paragraphs": (
        "2023年度，本部门严格执行中央八项规定精神。三公经费支出7.5万元。\n"
        "2023年度，本部门三公经费管理规范。三公经费支出7.8万元。\n", "7.8万元"),
    "the same whole and part, stated twice": (
        "全年收到财政资金500万元，其中中央资金300万元，省级资金200万元。\n"
        "经核实，全年收到财政资金500万元，其中中央资金320万元。\n", "320万元"),
    "the same project's spending in two paragraphs about it": (
        "农村饮水安全巩固提升项目：项目支出合计210万元，执行率100%。\n"
        "农村饮水安全巩固提升项目：项目支出合计240万元，已全部支付。\n", "240万元"),
    "the same budget stage in both sentences": (
        "年初预算批复项目支出200万元。\n"
        "经核对，年初预算批复项目支出220万元。\n", "220万元"),
    "the same topic at the head of two paragraphs": (
        "县本级：全年拨付财政资金320万元，惠及群众1.2万人。\n"
        "县本级：全年拨付财政资金350万元，资金全部拨付到位。\n", "350万元"),
    "the same list after one lead-in": (
        "本年度“三公”经费支出情况如下：\n"
        "公务接待费支出3.2万元，主要用于上级检查指导工作接待。\n"
        "公务用车运行维护费支出4.3万元，主要用于燃油和维修。\n"
        "经与财务账核对，公务接待费支出3.4万元。\n", "3.4万元"),
    "the same year in text copied from a PDF, a page break between the two": (_printed(
        "某县农业农村局2023年度部门整体支出绩效自评报告",
        "2023年度，本部门严格执行中央八项规定精神，厉行节约，严控一般性支出，全年三公经费支出7.5万元，"
        "控制在年初预算以内，较好完成了年度各项工作任务。",
        "2023年度，本部门继续压减一般性支出，严格控制各项费用，全年三公经费支出7.8万元，"
        "控制在年初预算以内，较好完成了年度各项工作任务。",
        page_break_after=4), "7.8万元"),
    "the same whole with its 其中 parts, told twice": (
        "全年部门支出合计1,500万元。\n"
        "其中：基本支出800万元，项目支出700万元。\n"
        "经再次核对，全年部门支出合计1,500万元。\n"
        "其中：基本支出820万元，项目支出700万元。\n", "820万元"),
    "the same title sentence at the head of two paragraphs": (
        "乡村道路养护。全年项目支出85万元，完成养护里程120公里。\n"
        "乡村道路养护。全年项目支出88万元，资金已全部拨付。\n", "88万元"),
    "the same whole with its 其中 parts in the sentence after it, told twice": (
        "全年部门支出合计1,500万元。其中：基本支出800万元，项目支出700万元。\n"
        "经再次核对，全年部门支出合计1,500万元。其中：基本支出820万元，项目支出700万元。\n", "820万元"),
    "the same member unit at the head of two paragraphs": (
        "县疾控中心2023年度共收到财政拨款资金320万元。全年财政拨款支出315万元，执行率98.4%。\n"
        "县疾控中心2023年度资金管理规范。全年财政拨款支出318万元，无违规使用资金情况。\n", "318万元"),
    "the same budget said in a bracket after both figures": (
        "三公经费支出9.69万元（年初预算数），主要用于公务接待和公务用车运行维护。\n"
        "三公经费支出9.96万元（年初预算数），其中公务接待费7.14万元。\n", "9.96万元"),
    "the department's whole spending in the overview and again under another heading": (
        "一、部门基本情况\n2025年部门决算总支出1,296万元。\n"
        "二、部门整体支出情况\n（一）基本支出情况\n基本支出840万元。\n（二）项目支出情况\n项目支出456万元。\n"
        "三、总体绩效\n2025年部门决算总支出1,306万元。\n", "1,306万元"),
    "the department's income in the overview and again in the 收支 section": (
        "一、部门基本情况\n2025年部门收入合计1,350万元。\n"
        "二、收入支出情况\n2025年部门收入合计1,380万元，支出合计1,296万元。\n", "1,380万元"),
    "a bare budget stage in the overview and again in the 预算执行 section": (
        "一、部门基本情况\n2025年年初预算数为1,200万元，全年预算数为1,350万元。\n"
        "二、预算执行情况\n2025年年初预算数1,200万元，全年预算数1,380万元，全年支出1,300万元。\n", "1,380万元"),
    "the whole budget's stages, named without a metric, stated twice": (
        "2025年年初预算数为1,200万元，全年预算数为1,350万元。\n"
        "本年度加强预算管理，严格控制支出。\n"
        "2025年年初预算数1,200万元，全年预算数1,380万元，全年支出1,300万元。\n", "1,380万元"),
    "the whole budget's spending, named without a metric, stated twice": (
        "全年预算数为500万元，全年支出数为480万元，执行率96%。\n"
        "资金管理规范，全年支出480万元，其中人员经费300万元。\n"
        "经再次核对，全年预算数为500万元，全年支出数为460万元。\n", "460万元"),
}


@pytest.mark.parametrize(("text", "quote"), ONE_METRIC.values(), ids=ONE_METRIC.keys())
def test_one_metric_with_two_values_is_flagged_once_at_the_second(text, quote):
    assert _twice(text) == [quote]


# ------------------------------------------------------------------ left alone: precision first
# One statement names a frame, a topic or a container the other does not. Both may well be the same
# metric (the report's own year, a note of the checker's), but the text does not say so: a wrong
# warning costs more than a missed one, so the rule stays silent. This is what precision costs.

ONE_SIDED = {
    "a year named before one of the two only": (
        "2023年度，本部门严格执行中央八项规定精神。三公经费支出7.5万元。\n"
        "三公经费支出7.8万元，控制在预算以内。\n"),
    "a topic opening the second only": (
        "三公经费支出7.5万元，控制良好。\n"
        "经核实：三公经费支出7.8万元。\n"),
    "a budget stage named before one of the two only": (
        "本部门严格控制预算，三公经费支出7.5万元。\n"
        "三公经费支出7.8万元。\n"),
    "one of the two after a lead-in": (
        "三公经费支出7.5万元，控制良好。\n"
        "具体如下：\n"
        "三公经费支出7.8万元。\n"),
    "one of the two in a form's cell": (
        "\t“三公”经费情况\n\t三公经费支出7.5万元。\n\n"
        "三公经费支出7.8万元，控制良好。\n"),
}


@pytest.mark.parametrize("text", ONE_SIDED.values(), ids=ONE_SIDED.keys())
def test_a_frame_named_on_one_side_only_is_left_alone(text):
    assert _twice(text) == []
