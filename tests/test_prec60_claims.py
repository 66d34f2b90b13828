"""Strong claims in a flattened report's overview, and 圆满完成 of events held (pools 56, 58, 67; session 60).

- A report a document-sharing site or a PDF copy flattened into one paragraph keeps its headings' markers and
  titles inline (…绩效自评报告一、项目基本情况(一)项目概况。…): a claim after a run-in overview heading stands in
  the overview, as under one on its own line, until a heading of results (run in as well) opens the results
  (pool56 p17; the layout on 20 pages of pools 55–67 and dev, dev 19 among them with 二、社会效益 run in).
- 圆满完成 whose object is one or more events held or served (调研、…等重大活动, 文艺汇演活动) reports that they took
  place: nothing a figure measures, no degree claimed. Still a claim where the object names targets, the year's
  tasks or every item as well, and for 超额完成/全面完成 (pool67 p13; the shape on pool58 p27).
"""

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string


def _claims(text: str) -> list[str]:
    return [f.quote for f in check_claims(read_text_string(text), stock_claims=True) if f.rule == "claims.strong_claim"]


# -- a run-in overview heading -----------------------------------------------------------------------

_TITLE = "2022年度某县计划生育扶助项目绩效自评报告"
_CLAIM = "本县落实农村计划生育家庭奖励扶助制度。全县符合条件的扶助对象全覆盖,应纳尽纳。2022年扶助对象1200人。"


def test_a_claim_after_an_overview_heading_run_into_the_paragraph_is_the_overviews():
    assert _claims(_TITLE + "一、项目基本情况(一)项目概况。" + _CLAIM + "\n") == []


def test_the_same_paragraph_without_the_run_in_heading_is_still_read():
    assert _claims(_TITLE + _CLAIM + "\n") == ["全覆盖"]


def test_a_results_heading_run_in_after_the_overview_opens_the_results():
    text = _TITLE + "一、项目基本情况(一)项目概况。本县落实奖励扶助制度。二、项目绩效目标完成情况" + _CLAIM + "\n"
    assert _claims(text) == ["全覆盖"]


def test_a_results_sub_heading_run_in_inside_the_overview_ends_it():
    text = _TITLE + "一、项目基本情况(一)项目概况。本县落实奖励扶助制度。(二)绩效目标完成情况。" + _CLAIM + "\n"
    assert _claims(text) == ["全覆盖"]


def test_a_top_heading_of_results_run_into_its_first_words_ends_the_overview():
    text = ("某处专项资金绩效评价报告一、部门概况(一)部门职能。负责城区绿地养护。二、社会效益2018年我处通过一年的努力,"
            "加强了预算管理,全面完成了各项工作任务。\n")
    assert _claims(text) == ["全面完成"]


# -- 圆满完成 of events held -------------------------------------------------------------------------

_AFTER = "重大活动期间没有发生一起安全事故。\n"


def test_events_completed_are_reported_held_no_claim():
    text = "2.突出重点,开展专项整治。圆满完成了市委调研、春节、国庆等重大活动、节日活动。" + _AFTER
    assert _claims(text) == []


def test_an_event_served_with_its_security_task_is_no_claim_either():
    text = "2.突出重点,开展专项整治。圆满完成了全市运动会的安保任务。" + _AFTER
    assert _claims(text) == []


def test_an_object_naming_the_years_targets_beside_the_events_is_still_a_claim():
    text = "2.突出重点,开展专项整治。圆满完成了年度目标任务和重大活动。" + _AFTER
    assert _claims(text) == ["圆满完成"]


def test_tasks_that_are_no_events_are_still_a_claim():
    text = "2.突出重点,开展专项整治。圆满完成了矛盾纠纷排查化解任务。" + _AFTER
    assert _claims(text) == ["圆满完成"]


def test_exceeding_is_a_claim_of_degree_even_for_events():
    text = "2.突出重点,开展专项整治。超额完成了送戏下乡演出。" + _AFTER
    assert _claims(text) == ["超额完成"]
