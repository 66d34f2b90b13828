"""The words of the strong-claim rule (``claims``): what a claim of result is, what marks a goal, a
criterion or a plan instead, and what names its support in its own sentence. Kept apart so ``claims``
stays one concern a module."""

from __future__ import annotations

import re

from ..numbers.sentences import has_figure
from .run_in_sections import in_run_in_overview

__all__ = ["CLAIM", "CRITERION", "GOAL_HEADING", "INTENT", "PLAN_HEADING", "backed_in_sentence", "clause",
           "figured", "not_a_result", "states_targets"]

# Strong qualitative claims. Each pattern is a claim of result, not a goal.
_DEGREE = "(?:十分|非常|较为|更加|尤为)?"
_STRONG = "(?:显著|明显|突出)"
# Every branch opens with a character of its own (a group of words written out into one branch a word),
# so ``re`` skips in C to where one of them stands; a branch opening with a group, or ``全`` behind its
# look-behind, had it try every branch at every character (about 12 M instructions of the sample's review)
CLAIM = re.compile("|".join([
    "圆满完成", "全面完成", "超额完成",
    *(w + _DEGREE + _STRONG for w in ("成效", "效果", "成绩", "效益", "作用")),
    *(w + "(?:提高|提升|改善|增强|下降|减少|增加|增长|降低|好转)" for w in ("显著", "明显", "大幅度?", "大大")),
    *(w + "(?:了)?" + _DEGREE + _STRONG + "(?:的)?(?:成效|效果|成绩|效益)" for w in ("取得", "收到", "实现")),
    "率先", "首次(?:获得|获评|荣获|实现|入选|被评为|被授予)",
    "全(?<![应要]全)覆盖(?!宣传|排查|检查|督查|巡查|培训|走访|摸排|核查|监管|监测|筛查|指导|式)"]))
# (实现零事故, 零上访 is no claim: it states a count, none, which a reviewer checks like any figure)
# A goal or intent before the claim word in the same clause: "积极推进社会保险全覆盖", "力争率先"; or a deadline
# (2014年年底前基本实现…全覆盖: what was required by a date, not what was done).
INTENT = re.compile(r"推进|推动|力争|争取|确保|努力|着力|逐步|加快|目标\s*[\d一二三四五六七八九十]{0,2}\s*(?:是|为|[:：])|为目标|计划|拟|将|要|力求|致力|以期|预期|期望"
                    r"|(?:年底|年末|月底|月末|季末)前")
# The claim word describes what a measure favours, not the unit's own result:
# "向…工作成效明显的县市区倾斜", "对成效显著的单位给予奖励", "选取带动效益明显、资产优良的企业作为试点".
CRITERION = re.compile(r"向|对|给予|奖励|表彰|择优|优先|倾斜|评选|推广|选取|选择|遴选|筛选")
# Sections of plans and proposals: "将…全覆盖" there is an aim, whatever the verb.
PLAN_HEADING = re.compile(r"下一步|下步|改进(?:措施|建议|方向|意见)|工作(?:计划|打算|思路|安排)|有关建议|意见建议|努力方向")
# A section of the targets set (绩效目标, 年度目标): what was aimed at, not what was done (…目标完成情况 is the result),
# unless the sentence tells the year's result (2023年…取得了明显成效), as in a section of duties.
GOAL_HEADING = re.compile(r"目标(?![^，。]*(?:完成|实现|达成|执行|偏离|分析|成效))")
# A result with a name a reviewer can look up (an award, a title, an acceptance) backs a claim as a figure does
# (outside the claim itself: 首次荣获… claims a first, which the award named does not show).
NAMED_RESULT = re.compile(r"荣获|获评|被[^，。；]{0,12}(?:评为|授予|命名为|列为|确定为)|"
                           r"获得[^，。；]{0,20}(?:称号|奖|荣誉|表彰|表扬)|"
                           r"(?:获得?|夺得|摘得)[^，。；]{0,20}(?:冠军|亚军|季军|状元|金牌|银牌|铜牌|第[一二三]名)|"
                           r"通过[^，。；]{0,15}验收|入选")
# The sentence sends the reader to the figures (详见附表1, 见下表): the claim is backed where it points.
POINTS_TO = re.compile(r"见(?:附表|附件|附录|下表|上表|表\s*[\d一二三四五六七八九十])")
# The report's own procedure: that the self-evaluation was done is how the report came about, not a result.
PROCEDURE = re.compile(r"(?:自评|评价|评估|评审|考评)(?:工作|任务)")


def not_a_result(sentence: str, m: re.Match[str], unit_text: str, offset: int) -> bool:
    """The claim word claims no result of the unit's here: an item of a list an aim opens, inside a
    document's title (《…全面完成验收工作方案》), or the self-evaluation's own step (自评工作全面完成); or it
    stands in an overview whose heading a flattened copy ran into the paragraph (``run_in_sections``), as
    under one on its own line. ``offset``: where the sentence starts in ``unit_text``."""
    if _aim_list(unit_text, offset + m.start()) or in_run_in_overview(unit_text, offset + m.start()):
        return True
    if sentence.rfind("《", 0, m.start()) > sentence.rfind("》", 0, m.start()) and "》" in sentence[m.end():]:
        return True
    if _watchword(sentence, m) or _purpose(sentence, m) or _event_held(sentence, m):
        return True
    return m.group(0).endswith("完成") and bool(PROCEDURE.search(clause(sentence, m.start())))


# a clause of purpose before the main one: 为做到绩效目标全覆盖，…; 为圆满完成…任务，我厅… — what was aimed at
_PURPOSE = re.compile(r"(?:^|[，,；;：:])\s*为了?(?=[^，,；;。了已]*$)")


# …or of a condition: 在圆满完成年度任务的前提下，… — the claim is what the main clause builds on, said in passing
_CONDITION = re.compile(r"(?:^|[，,；;：:])\s*在(?=[^，,；;。]*$)")
_CONDITION_END = re.compile(r"^[^，,；;。]*?(?:的)?(?:前提下|基础上|同时)\s*[，,]")


def _purpose(sentence: str, m: re.Match[str]) -> bool:
    """The claim word ends or stands inside a clause opening with 为(了) that a main clause follows
    (为全县发展做出了显著贡献 says 了: a result, no purpose), or inside a clause of condition, 在…的前提下，."""
    if _CONDITION.search(sentence[:m.start()]) and _CONDITION_END.match(sentence[m.start():]):
        return True
    end = min((i for c in "，,；;。" if (i := sentence.find(c, m.end())) >= 0), default=-1)
    return end >= 0 and sentence[end] in "，," and "了" not in sentence[m.start():end] \
        and bool(_PURPOSE.search(sentence[:m.start()]))


# what ends the object of 圆满完成 when it names one-off events (…调研、春节、盘王节等重大活动、节日活动; 文艺汇演活动;
# …会议的服务保障任务): an event took place or did not, and 圆满完成 reports that it did — nothing a figure could
# measure, no degree of a result claimed. Not where the object names a target, a plan or the year's tasks as well
_EVENT = re.compile(r"(?:活动|会议|大会|运动会|博览会|展会|论坛|调研|演出|汇演|比赛|赛事|庆典|接待)(?:的?(?:安保|保障|服务|接待)){0,2}(?:任务|工作)?$")
_AIMED = re.compile(r"目标|指标|计划|各项|全年|年度|工作任务")


def _event_held(sentence: str, m: re.Match[str]) -> bool:
    """The claim is 圆满完成 and its object, to the clause's end, is one or more events held or served."""
    if m.group(0) != "圆满完成":
        return False
    ends = [i for c in "，,；;。！!" if (i := sentence.find(c, m.end())) >= 0]
    obj = sentence[m.end() : min(ends, default=len(sentence))].strip()
    return bool(_EVENT.search(obj)) and not _AIMED.search(obj)


def backed_in_sentence(sentence: str, m: re.Match[str]) -> bool:
    """A named result outside the claim itself (an award, a title, an acceptance), or a pointer to the
    figures (详见附表1), backs the claim in its own sentence."""
    return bool(NAMED_RESULT.search(sentence[:m.start()] + "，" + sentence[m.end():]) or POINTS_TO.search(sentence))


# a quoted phrase a principle names: 以“…”为方针, 坚持“…”原则, the “…”理念
_PRINCIPLE = re.compile(r"\s*(?:的|为|作为)?(?:基本|总体|工作|指导)?(?:方针|原则|理念|思路|方略|要求|宗旨)")


def _watchword(sentence: str, m: re.Match[str]) -> bool:
    """The claim word is a watchword inside quotation marks, a principle's name, not a result: a quoted
    list of several (“全覆盖、保基本、可持续”) or a quoted phrase a principle noun follows (“应保尽保、全覆盖”原则,
    以“…”为方针). A claim quoted for emphasis (实现了“全覆盖”) is still a claim."""
    opened, closed = sentence.rfind("“", 0, m.start()), sentence.find("”", m.end())
    if opened < 0 or closed < 0 or "”" in sentence[opened:m.start()] or "“" in sentence[m.end():closed]:
        return False
    quoted = sentence[opened + 1 : closed]
    return len(quoted) <= 30 and ("、" in quoted or bool(_PRINCIPLE.match(sentence, closed + 1)))


def _aim_list(text: str, pos: int) -> bool:
    """The claim is an item of a list an aim opens (主要目标是：（1）…显著增强；（2）…大幅提升): the text of
    its sentence (up to 。) before the colon that opens the list states an intent."""
    start = max(text.rfind(p, 0, pos) for p in "。！？!?") + 1
    colon = max(text.rfind(p, start, pos) for p in ":：")
    return colon > start and bool(INTENT.search(text[start:colon + 1]))


def clause(text: str, pos: int, seps: str = "，,；;：:、") -> str:
    """The clause around ``pos``: from the nearest of ``seps`` before it to the sentence's next comma."""
    start = max(text.rfind(p, 0, pos) for p in seps) + 1
    ends = [i for i in (text.find(p, pos) for p in "，,；;。") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


# a count with a measure word the number reader does not know as a unit (火化遗体2317具, 建成12处, 救治36例),
# or a duration measured (取水时间减少约40分钟, 办理时限压缩至3个工作日): a time saved is a result's figure
_COUNTED = re.compile(r"(?<![\d.])\d[\d,，.]*\s*(?:余|多)?(?:具|张|册|处|栋|间|株|棵|头|只|羽|尾|眼|宗|例|片|盏|支|根|架|艘|卷|幅|种|类|"
                      r"分钟|小时|个?工作日)"
                      r"(?![\u4e00-\u9fff]?[年月日号])")


def figured(text: str) -> bool:
    """A figure backs a claim: a number with a unit, or a count with its measure word."""
    return has_figure(text) or _COUNTED.search(text) is not None


# A 绩效目标申报表 (or 绩效目标表) names itself so near its head; with no word of an actual anywhere (实际, 完成值,
# 执行数, 得分, 自评…) the whole document states targets: 实现全覆盖, 明显增强 and 满意度100% there are aims, not results.
_TARGET_FORM = re.compile(r"绩效目标(?:申报|申请|设定|审核|批复)?表")
_ACTUALS = re.compile(r"实际|完成值|完成情况|完成率|执行数|执行率|支出数|得分|自评|评价结论|偏差")
_HEAD = 600  # the form names itself within its first few lines


def states_targets(text: str) -> bool:
    """Whether the document is a target form (a 绩效目标申报表) with no actual told anywhere."""
    return bool(_TARGET_FORM.search(text[:_HEAD])) and not _ACTUALS.search(text)
