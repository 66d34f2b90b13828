"""The evaluated year is not read from a deadline nor from the year of works an award pays for
(pool60 p02: a 2021 form whose one 2020年度 names the works rewarded was called stale-titled)."""

from drafting.checks.dates import check_dates, infer_year
from drafting.io.text_reader import read_text_string


def _review(*lines: str):
    report = read_text_string("\n".join(lines))
    return infer_year(report), [(f.rule, f.quote) for f in check_dates(report)]


_AWARD_FORM = ("某省文化厅项目支出绩效评价表(2022年度)——某省文艺精品专项资金",
               "一、项目内容",
               "通过完善对全省文艺精品的扶持政策,引导创作优秀作品。"
               "2021年度舞台剧类;纪录片、动画片类;公益广告类等三类45个项目予以支持。",
               "具体扶持奖补:舞台剧6部,300万元;纪录片9部,90万元。")


def test_the_year_of_the_works_an_award_pays_for_does_not_overrule_the_title():
    assert _review(*_AWARD_FORM) == (2022, [])


def test_the_year_of_works_judged_in_a_competition_is_history():
    year, found = _review("某市文联2022年度项目支出绩效自评报告",
                          "2021年度优秀文艺作品评选中,我市获奖作品12部。")
    assert year == 2022 and found == []


def test_a_years_reward_money_is_still_the_years_own_statement():
    # the year's clause names money: the report's own funds, which a title of another year contradicts
    year, found = _review("某省文化厅2022年度项目支出绩效自评报告",
                          "2021年度奖补资金760万元,对四类111个项目予以支持。")
    assert year == 2021 and found == [("dates.stale_title", "2022年度")]


_DEADLINE_FORM = ("某县农业农村局2022年度项目支出绩效自评表",
                  "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值",
                  "产出指标 | 时效指标 | 资金支付及时性 | 2021年底前完成 | 已完成",
                  "产出指标 | 数量指标 | 改造灌溉渠道 | 12公里 | 12公里")


def test_a_deadline_at_a_years_end_is_not_that_years_statement():
    year, found = _review(*_DEADLINE_FORM)
    assert year == 2022
    assert ("dates.stale_title", "2022年度") not in found


def test_a_deadline_written_with_its_month_is_a_deadline_too():
    lines = list(_DEADLINE_FORM)
    lines[2] = lines[2].replace("2021年底前完成", "2021年12月底前完成")
    assert _review(*lines)[0] == 2022


def test_a_status_at_a_years_end_still_states_that_year():
    # 截至2021年底 (no 前) is where the money stood when the year ended: the year's own statement
    year, found = _review("某县农业农村局2022年度项目支出绩效自评报告",
                          "截至2021年底,项目资金已全部拨付。", "2021年度部门预算收入500万元。")
    assert year == 2021 and found == [("dates.stale_title", "2022年度")]
