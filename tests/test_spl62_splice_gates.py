"""Signs that a run was pasted, whatever else it reads as. A run dated to the month (于2022年6月…)
tells an event: a cited document's title names its year, never the month of a payment, so such a run
inside 《…》 is running text pasted there. And a run whose seams cut a common word of the host in two
(效益指|…|标得分) was pasted, even where the run itself is a name (…中心学校) that could be said again.
A clause whose left seam meets nowhere else in the report was pasted though its last word goes on in the
host as the report's words do (工作|…工作|者); and after its own comma no 的 carries a clause on."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县教育局2022年度项目支出绩效自评报告"


def _splices(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "redundancy.splice_partial"]


def test_a_run_dated_to_the_month_pasted_inside_a_cited_title_is_a_splice():
    run = "经县政府同意于2022年6月拨付非遗保护补助"
    text = "\n".join([TITLE, "一、项目资金情况",
                      f"该项目资金已全部到位，{run}资金40万元，已全部支付。",
                      "二、项目实施依据",
                      f"根据《某省财政厅关于下达2022年非物质文化遗产{run}保护资金的通知》，我县开展了项目绩效自评。"])
    assert _splices(text) == [run]


def test_a_name_cited_inside_a_title_without_a_date_stays_a_name():
    name = "非物质文化遗产保护专项资金"
    text = "\n".join([TITLE, "一、项目资金情况",
                      f"该项目资金已全部到位，{name}40万元已全部支付。",
                      "二、项目实施依据",
                      f"根据《某省财政厅关于下达2022年{name}的通知》，我县开展了项目绩效自评。"])
    assert _splices(text) == []


def test_a_name_whose_seams_cut_a_word_of_the_host_is_a_splice():
    run = "惠及全县12所乡镇寄宿制中心学校"
    text = "\n".join([TITLE, "一、项目基本情况",
                      f"本项目资金主要用于改善办学条件，{run}。",
                      "二、自评结论",
                      f"本项目自评得分92分，其中产出指标得分45分、效益指{run}标得分27分。"])
    assert _splices(text) == [run]


def test_a_clause_pasted_where_its_left_seam_meets_nothing_else_is_a_splice_though_its_right_seam_is_a_word():
    run = "内设综合科、编辑科、创作研究中心3个职能科室，实有工作"
    text = "\n".join(["某省文学艺术界联合会2022年度部门整体支出绩效自评报告", "一、部门基本情况",
                      f"本会是党和政府联系广大文艺工作者的桥梁和纽带。{run}人员12人。",
                      "二、主要职能",
                      f"团结全省文艺工作者，组织文艺工作者学习政策和专业知识，不断提高文艺工作{run}者的思想水平和艺术水平。"])
    # 作者 (文艺工作|…工作|者) is a pair of the report's own words: the left seam 作内 meets nowhere else
    assert _splices(text) == [run]


def test_a_clause_pasted_with_its_comma_before_的_is_a_splice():
    run = "土地、房屋及构筑物134.67万元，"
    text = "\n".join(["某县幼儿园2022年度部门整体支出绩效自评报告", "一、部门基本情况",
                      "负责建立幼儿园组织机构，选任各层次" + run + "的干部，聘任、调配、考核幼儿园教职工。",
                      "二、资产情况",
                      f"年末固定资产总额500万元，其中：{run}通用设备195.56万元。"])
    # after its own comma the host's 的 carries no clause on: the pasted figure stands between 层次 and 的干部
    assert _splices(text) == [run]
