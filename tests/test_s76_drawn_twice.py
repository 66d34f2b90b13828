"""Session 76: a page a document site drew twice (its bold runs doubled in the text layer: 20212021 年度…,
一、项目基本情况一、项目基本情况) says nothing twice itself; a heading said twice on such a page is the rendering's.
One doubled heading in a typed report is still the writer's."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TYPED = ("2021年度 某省水利厅农村饮水安全专项资金绩效评价报告 某省水利厅 2022年5月 为规范专项资金使用,提高资金效益,"
          "形成本评价报告。 一、项目基本情况 (一)项目立项依据(一)项目立项依据 依据省政府的实施意见,制定了资金管理办法。 "
          "(二)项目资金安排 全年安排资金1200万元。\n")
_DRAWN = (_TYPED.replace("2021年度", "20212021 年度").replace("某省水利厅农村饮水安全", "某省水利厅农村饮水安全某省水利厅农村饮水安全")
          .replace("专项资金绩效评价报告 某省水利厅", "专项资金绩效评价报告专项资金绩效评价报告 某省水利厅某省水利厅")
          .replace("2022年5月", "20222022 年年 5 5 月月").replace("一、项目基本情况", "一、项目基本情况一、项目基本情况"))


def _twice(text: str) -> list[str]:
    return [f.rule for f in review(read_text_string(text)).findings if f.rule == "structure.first_twice"]


def test_a_heading_doubled_on_a_page_drawn_twice_is_the_renderings():
    assert _twice(_DRAWN) == []


def test_one_heading_said_twice_in_a_typed_report_is_still_told():
    assert _twice(_TYPED) == ["structure.first_twice"]
