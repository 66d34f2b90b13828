"""A form's rows copied with no separator at all between cells: a doubled word at a cell's seam is no slip.

A target met is written as its target, so such a run of rows shows its figure cells back to back
(800人次800人次, 1年1年1年); a doubled word near two of them is the seam of one text cell and the next.
A doubled word in prose, or beside a single figure said twice, is still the writer's slip (invented text)."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string

_ROWS = ("项目绩效指标一级指标二级指标三级指标年度指标值实际完成值得分产出指标数量指标培训基层干部800人次800人次"
         "812人次10时效指标培训完成时间1年1年1年10效益指标社会效益指标提升基层干部业务能力,学员掌握政策"
         "政策执行更加规范10")


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


def test_a_doubled_word_at_the_seam_of_cells_run_together_with_their_figures_is_left_alone():
    assert _doubled(_ROWS + "\n") == []


def test_a_doubled_word_in_prose_is_still_a_slip():
    text = "本年度共培训基层干部812人次，帮助学员掌握政策政策执行更加规范，全年完成率101.5%。\n"
    assert _doubled(text) == ["政策政策"]


def test_one_figure_said_twice_is_not_enough_to_make_a_form():
    text = "本年度共培训基层干部800人次800人次，帮助学员掌握政策政策执行更加规范，全年完成率101.5%。\n"
    assert "政策政策" in _doubled(text)
