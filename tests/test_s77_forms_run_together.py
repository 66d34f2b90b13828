"""Session 77: a 自评表 copied with every separator lost shows it by its column names written back to back
(年初预算数全年执行数, 指标值(A)全年实际值(B)得分). What follows them on the line is cells: the same words in the
planned and the actual cell are no clause said twice, and a budget figure met by the next cell's year is no
sentence run on. A slip inside the cells (确定于于) is still a slip."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_FORM = ("项目支出绩效自评表（2022年度）\n"
         "项目名称健康饮茶送茶入户项目主管部门某区宗教事务局项目资金（万元）年初预算数全年执行数"
         "年度资金总额:38.75万元2022年某区健康饮茶送茶入户推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)"
         "2022年某区健康饮茶送茶入户推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)"
         "其中:财政拨款37万元,剩余255人茶叶确定于{0}2022年12月底前发放完毕\n")


def _rules(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings]


def test_cells_after_column_names_run_together_are_no_repeated_clause_nor_run_on():
    rules = _rules(_FORM.format(""))
    assert "language.repeated_clause" not in rules
    assert "language.run_on" not in rules


def test_a_slip_inside_the_cells_is_still_found():
    assert "language.doubled_char" in _rules(_FORM.format("于"))


def test_prose_says_a_clause_twice_and_runs_on_as_before():
    prose = ("一、项目基本情况\n本年下达资金38.75万元2022年完成发放任务。"
             "本年，按时发放边销茶并做好登记工作，按时发放边销茶并做好登记工作，群众反映良好。\n")
    rules = _rules("某区民族宗教事务局2022年度项目支出绩效自评报告\n" + prose)
    assert "language.run_on" in rules
    assert "language.repeated_clause" in rules
