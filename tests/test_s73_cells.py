"""Session 73: a form laid out one cell a line (年度指标值, then 全年完成值, then each row's cells) puts no header of
target and actual before the prose cell under it: a sentence said twice inside that cell (a reason for a shortfall)
is said twice. A form flattened onto one line and broken by a PDF's width still keeps its target and actual alike."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_REASON = ("在准备开始建设时，发现原计划建设内容不适合现状。经咨询省生态环境厅，可以结合工作实际对项目建设内容进行适当调整。"
           "2021年8月起，我们按程序申报调整建设内容，并于11月10日经审核同意。"
           "经咨询省生态环境厅，可以结合工作实际对项目建设内容进行适当调整。12月底取得项目初步设计审批文件")
_CELLS = ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施",
          "产出指标", "数量指标", "建设环境空气质量自动监测子站", "11个", "0"]


def _repeats(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "language.repeated_sentence"]


def test_a_sentence_twice_in_a_cell_of_a_form_one_cell_a_line_is_found():
    text = "某市生态环境局2021年度项目支出绩效自评报告\n三、绩效指标完成情况\n" + "\n".join([*_CELLS, _REASON]) + "\n"
    assert _repeats(text) == ["经咨询省生态环境厅，可以结合工作实际对项目建设内容进行适当调整。"]


def test_the_same_cell_once_is_quiet():
    once = _REASON.replace("经咨询省生态环境厅，可以结合工作实际对项目建设内容进行适当调整。12月底", "12月底")
    text = "某市生态环境局2021年度项目支出绩效自评报告\n三、绩效指标完成情况\n" + "\n".join([*_CELLS, once]) + "\n"
    assert _repeats(text) == []
