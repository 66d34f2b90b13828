"""Level claims beyond the unit's self-references: a scope (全省 in a county's own work), a status
(本单位系市级预算单位 in a county report), a finance office of the wrong level (省财政所).

Part of the entities check (``entities.check_entities`` knows the unit's own level and calls
``check_level_claims``). Why: a report adapted from a higher or lower unit's text keeps its scope
and status words; a county bureau that "保障全省…工作顺利开展" or "为全省320名残疾儿童提供康复" claims
a province-wide result it cannot have. A higher level named as a frame is legitimate and left alone:
在全省率先, 全省统一的费率 (在全省开展… is a claim all the same), 位居全市第一, 按照全省部署, 全省…专项行动, 高于全省平均, 助力全市发展,
在全省职业技能大赛中 (a contest the unit's people entered), 接入全省…平台 (a higher level's system the unit joins).
"""

from __future__ import annotations

import re

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..numbers.textnorm import no_blanks
from ..report import Location, Report

__all__ = ["HIGHER", "LEVEL_CHAR", "LEVEL_NAME", "OWN_STATUS", "approvals", "check_level_claims", "fits"]

# Levels above a unit, which its own duties and results cannot cover: a district's are 全区, never 全市
# (a district may say 我市 of the city it belongs to, but does not plan for all of it).
HIGHER = {"省": "", "州": "省", "市": "省", "区": "省市", "县": "省市州", "旗": "省市州盟", "镇": "省市州县区", "乡": "省市州县区",
          "街道": "省市州县区"}
LEVEL_NAME = {"省": "省级", "市": "市级", "州": "州级", "县": "县级", "区": "区级", "旗": "旗级"}

# Statements of the unit's own status or scope, whose level word must be the unit's own level:
# "…局是县人民政府（主管…的）工作部门", "我局为县级预算单位", "在县人民政府门户网站公开", "承办县人民政府交办的".
# every pattern of the level checks (here and in ``entities``) names a level by one of these: a
# paragraph without any is passed over (four in five of the sample's; each sentence of each was
# searched with a dozen patterns, a third of the two checks)
LEVEL_CHAR = re.compile("[省市州县区旗]")
OWN_STATUS = [
    re.compile(r"(?:是|为|系|作为|属于?)([省市州县区旗])(?:级)?(?:人民)?政府(?:[^，。；]{0,24}?)"
               r"(?:工作部门|组成部门|直属机构|直属事业单位|派出机构)"),
    re.compile(r"(?:我|本)(?:局|委|办|中心|院|单位|部门)(?:是|为|系|属于?)([省市州县区旗])(?:级|直)"),
    re.compile(r"在([省市州县区旗])(?:级)?人民政府(?:门户)?网站[^。；]{0,12}?公开"),
    re.compile(r"承办([省市州县区旗])(?:委|人民政府|政府)[^。；]{0,6}?交办"),
    # the closing item of the unit's own duty list: 完成县委、县政府交办的其他任务 (not 省委巡视组交办的信访件)
    re.compile(r"完成([省市州县区旗])(?:委[、和及]?(?:[省市州县区旗])?)?(?:人民)?政府交办的其他"),
]

# The unit's own budget approved by a finance office, told in the other orders (``entities`` reads 省财政
# 批复部门预算 and 经省财政批复，我局年初预算…): the budget first (我局年初预算经省财政批复为…, 年初预算由省财政
# 核定为…), or the approval first and the unit's own budget after it in the sentence (经省财政局核定，本单位
# 2025年度收入预算…; 根据省财政局关于部门预算的批复，我局年初预算为…). Only the unit's own budget (部门/单位/年初/
# 年度/收入/支出预算, or 预算 right after the unit): a project's or a fund's budget (项目年初预算, 专项资金预算) may
# be approved by the level that funds it.
_OWN_BUDGET = r"(?:本单位|本部门|我单位|我部门|[我本](?:局|委|办|中心|院|所|站|馆|队|会))"
_APPROVE = r"(?:审核批复|审核|批复|核批|审批|批准|核定|审定)"
_BUDGET_FIRST = re.compile(rf"(?:(?:^|[，,])[^，。；,;]{{0,8}}?(?:部门|单位|年初|年度|收入|支出)预算|{_OWN_BUDGET}[^，。；,;]{{0,8}}?预算)"
                           rf"[^，。；,;]{{0,6}}?(?:经|由)([省市州县区])级?财政(?:厅|局|部门)?{_APPROVE}")
_APPROVAL_FIRST = re.compile(rf"(?:经|根据|按照)([省市州县区])级?财政(?:厅|局|部门)?[^。；;]{{0,16}}?{_APPROVE}[^。；;]{{0,4}}?[，,]"
                             rf"\s*{_OWN_BUDGET}[^，。；,;]{{0,10}}?(?:年初|部门|收入|支出|年度)预算")
_FUNDS_OF = re.compile(r"项目|专项|资金|经费|补助|转移支付|中央|下达|追加")
# The unit's own budget said to be arranged (安排) by a finance office: 我委部门预算由省级财政安排, 年初预算3000万元，
# 全部由省级财政安排, 省级财政安排我委年初预算…. A finance office arranges the budget of its own level's
# units; 省级财政安排的转移支付 (or 专项资金, 补助) to a city is money a higher level hands down, not the unit's
# budget, and is never read here (the budget words must be the unit's own: 部门/单位/年初/年度预算). 按照省财政
# 厅安排 (its schedule, not its money) has no 由 and no budget after it.
_ARRANGED = re.compile(rf"(?:{_OWN_BUDGET}|(?:^|[，,]))[^，。；,;]{{0,8}}?(?:部门|单位|年初|年度)预算[^，。；,;]{{0,12}}?"
                       rf"(?:[，,]\s*(?:全部|均|全额))?由([省市州县区])级?财政(?:厅|局|部门)?(?:统筹)?安排"
                       rf"|(?<![由经按照据])([省市州县区])级?财政(?:厅|局|部门)?安排(?:了)?{_OWN_BUDGET}[^，。；,;]{{0,8}}?"
                       rf"(?:年初|部门|单位|年度)预算")
_HANDED_DOWN = re.compile(r"项目|专项|转移支付|补助|中央|下达|追加")


def approvals(text: str) -> list[tuple[int, str, str]]:
    """(where, level, words) of each finance office of a sentence that approves the unit's own budget in
    those orders."""
    out: list[tuple[int, str, str]] = []
    if "财政" not in text:
        return out
    for m in (*_BUDGET_FIRST.finditer(text), *_APPROVAL_FIRST.finditer(text)):
        if not _FUNDS_OF.search(m.group(0)):
            out.append((m.start(1), m.group(1), m.group(0).lstrip("，,")))
    for m in _ARRANGED.finditer(text):
        g = 1 if m.group(1) else 2
        if not _HANDED_DOWN.search(m.group(0)) and all(m.start(g) != at for at, _, _ in out):
            out.append((m.start(g), m.group(g), m.group(0).lstrip("，,")))
    return out


def fits(own: str, said: str, region: str) -> bool:
    """Whether a unit of level ``own`` (in ``region``) may use the level word ``said`` of itself."""
    if said == own or (own in "市区" and said in "市区"):  # a district or county-level city may say either
        return True
    if region.endswith("自治区"):
        return said == "区"  # 我区 is what an autonomous region calls itself
    if region.endswith("盟"):
        return said in "盟市"
    if own in ("镇", "乡", "街道"):
        return said != "省"  # a township speaks of 我县/我市 it belongs to; only a 省 claim is out of place
    return False


# 全X as a scope: not 安全区, 完全市场化, 健全县级…, nor a place's own 昆明市全市 (but 确保全县, 完成全省 are scopes)
_SCOPE = re.compile(r"全(?<![安完健齐周俱双]全)(?<![\u4e00-\u9fff][省市州县区]全)([省市州县区])(?![级域外面体部场间])")
# a higher level named as a frame, not as the unit's own scope: the words just before 全X in its clause …
_FRAME_BEFORE = re.compile(r"(?:接受|对标|按照|根据|依据|对照|参照|落实|贯彻|执行|响应|参加|参与|出席|召开|举办|承办|获|被|列|居|位|占|与|同|"
                           r"入选|入围|当选|跻身|荣膺|接入|汇入|汇交|"
                           r"比|较|高于|低于|超过|领先|助力|服务|融入|对接|辐射|带动|代表|作为|成为|争创|创建|打造|纳入|报送|上报|向)"
                           r"[^，。；,;：:]{0,8}$")  # (never across a label's colon: 就业服务方面：全省…)
# … or the words after it: a ranking, a standard, a meeting or campaign of that level (专项行动, 专项整治 —
# not 专项资金, money the unit itself spends or hands out), its average, a ceiling it sets (控制在全省≤1%的
# 控制线以内: the unit's own rate measured against the higher level's line), the context it sets (在全省大力推进…的背景下)
_FRAME_AFTER = re.compile(r"[^，。；,;]{0,20}?(?:统一|率先|首个|首家|唯一|第[一二三四五六七八九十\d]|前列|前茅|排名|排位|名列|先进|示范|"
                          r"领先|平均|标杆|样板|试点|各地|通报|表彰|会议|大会|现场会|行动|活动|部署|要求|标准|考核|评比|评选|"
                          r"竞赛|比赛|大赛|运动会|检查|督查|调研|考评|质评|测评|能力验证|贡献|大局|之一|十佳|十强|百强|最佳|[一二三]等奖|金奖|专项(?!资金|经费|补助|补贴|债券|预算|转移支付)|推广|交流|借鉴|"
                          r"控制线|控制指标|控制目标|红线|底线|警戒线|背景|形势|大势|"
                          r"最(?:大|高|早|多|先|全|好|美|强|优|长|低|少|小))")  # (全省规模最大的县级医院: a rank in the province)
# honours listed after the verb that confers them, with no comma between: 被评为全省…先进县；全省…激励奖
# (the sentences after ； name more honours the higher level awarded)
_HONOURED = re.compile(r"(?:被评为|被授予|被命名为|荣获|获评|评为)[^，,。]*$")
# the paragraph tells what a higher level's organs issued or set (省委、省政府印发了《…行动计划》，该计划提出全省的
# 工作目标…): its 全省 is the issuer's scope, reported, not the unit's own
_ISSUED = re.compile(r"([省市州])(?:委|政府|人民政府|委员会|[\u4e00-\u9fff]{1,8}?[厅局委])(?:、[^，。；,;]{1,14}?)?"
                     r"(?:先后|联合|相继)?(?:印发|出台|制定|下发|发布|提出|部署)")
# a document's title cited without 《》: 根据市人民政府关于印发全市…实施方案的通知
_CITED_TITLE = re.compile(r"(?:关于|印发|转发)[^，。；,;]*$")
# what a unit is: 本单位系县级财政全额拨款行政单位, 我局为市本级一级预算单位, 属县直单位 (honours such as
# 被评为省级示范单位 or 列为市级试点 are other words)
# 一是/二是 enumerate points (一是省级…工程…), they say nothing of what the unit is; a 文物保护单位 is a
# heritage site's grade (省级文物保护单位), not a unit's level
_STATUS = re.compile(r"(?<![评列定名选认成升划改转设批一二三四五六七八九十])(?:是|为|系|属于?)([省市州县区旗])(?:级|直|本级)"
                     r"(?:(?!示范|试点|先进|文明|重点|标准化|优秀|达标|龙头|文物)[^，。；,;]){0,10}?"
                     r"(?:预算单位|行政单位|行政机关|事业单位|工作部门|组成部门|直属机构|部门|单位)")
# (a field that gives the unit's funding, 经费来源：县财政全额拨款, says so as 属县财政全额拨款 does)
_FUNDED = re.compile(r"(?:(?:是|为|系|属于?|由)[^，。；,;]{0,4}?|(?:性质|类型|类别|经费来源|经费形式|经费供给方式)\s*[:：|]\s*)"
                     r"([省市州县区旗])(?:级)?财政"
                     r"(?:全额|差额|定额)(?:拨款|补助|供养|保障)")
# a 财政所 is a township's finance office: 省财政所, 县财政所 name none
_OFFICE = re.compile(r"([省市州县区])(?<![\u4e00-\u9fff][省市州县区])财政所(?![属有需得辖])")


# 与/同 set the unit beside a higher level only where the words after say how it compares or keeps pace (与全省
# 平均水平相比, 同全市同步推进); otherwise the whole named is the unit's own partner (与全县各乡镇签订责任书).
# 向 addresses a higher level only to show or report to it (向全省推介); what it hands out or sends (向全县各
# 乡镇下发通知, 向全县群众发放) goes to the unit's own area
_ALIGNED = re.compile(r"[^，。；,;]{0,20}?(?:相比|相较|比较|对比|持平|同步|同频|一致|相当|接轨|看齐|差距|保持|一道|一起)")
_SHOWN_TO = re.compile(r"[^，。；,;]{0,12}?(?:推介|推荐|汇报|报告|报送|上报|提交|反映|展示|宣传|介绍|展现)")


# levels listed side by side with the nation's (执行全国、全省、全市统计报表制度): systems or standards of each
# level, named as a series — no unit's work spans the nation, so the series is no scope of its own
_SERIES = re.compile(r"全[国省市州县区](?:、|和|及|与)")


def _in_series(text: str, start: int, end: int) -> bool:
    """The 全X at ``start``–``end`` stands in a series of levels (全X、全Y…) that names 全国."""
    a = start
    while a >= 3 and text[a - 1] in "、和及与" and text[a - 3] == "全":
        a -= 3
    b = end
    while (m := _SERIES.match(text, b - 2)) is not None and text.startswith("全", m.end()):
        b = m.end() + 2
    return (a < start or b > end) and "全国" in text[a:b]


def _framed(text: str, start: int, end: int) -> bool:
    if _in_series(text, start, end):
        return True
    if text.rfind("《", 0, start) > text.rfind("》", 0, start) or text.rfind("“", 0, start) > text.rfind("”", 0, start):
        return True
    if _FRAME_AFTER.match(text, end) or _CITED_TITLE.search(text[:start]) or text.startswith("重点", end):
        # 全省重点编修县, 全市重点项目: a list that level draws up, the unit named in it
        return True
    before = _FRAME_BEFORE.search(text[:start])
    if before is None:
        return False
    if before.group().startswith(("与", "同")):
        return _ALIGNED.match(text, end) is not None  # 与全省平均相比, 同全市同步 — not 与全省各乡镇签订
    return not before.group().startswith("向") or _SHOWN_TO.match(text, end) is not None


# words that set two levels side by side: 全市共下达…，其中我县…; 高于全省平均; 占全市的 — not 比 inside
# another word (评比, 比赛, 双学双比) nor 较 as "fairly" (较好, 较为明显), which compare nothing
_COMPARING = re.compile(r"其中|占|(?<![评双])比(?![赛武拼])|较(?![好为大高快强多少低差])|高于|低于|超过|位居|排名|名列|平均|相比|同比")


def _compares(text: str, start: int, end: int, own: str) -> bool:
    """Whether a sentence naming a higher level's 全X (at ``start:end``) compares it with the unit's own
    level: its own level named in the same clause (全省…推进会在我县召开), or elsewhere in the sentence
    with a figure in the 全X's clause or a comparing word (全市共下达100万元，其中我县20万元); named only
    as 全县, with a figure of the same measure in both. Two clauses that only list the unit's results
    (扩大了全市…资源，提升了我县…水平) compare nothing."""
    if re.search(f"[我本全]{own}", text) is None:
        return False
    a = max(text.rfind(c, 0, start) for c in "，,；;：:") + 1
    b = min((i for c in "，,；;：:。" if (i := text.find(c, end)) >= 0), default=len(text))
    clause = text[a:b]
    if re.search(f"[我本全]{own}", clause) is not None or _COMPARING.search(text) is not None:
        return True
    marks = [m.start() for m in _CLAUSES.finditer(text)]  # (1,800万元: a thousands comma cuts no clause)
    higher = text[max((i + 1 for i in marks if i < start), default=0):min((i for i in marks if i >= end), default=len(text))]
    if re.search(f"[我本]{own}", text) is not None:
        # 全市共下达资金1亿元，我县…: the unit beside the whole — but where the unit's own clauses give
        # figures, only figures of one measure compare (我县发放补贴3200万元，惠及全省农户5.6万户 and
        # 全省完成造林2万亩，我县森林覆盖率达60% set nothing side by side: a level word changed)
        # (a share received after the whole is one in any measure: 全省下达资金1亿元，我县获得项目12个)
        if _RECEIVED.search(text, end):
            return any(map(str.isdigit, clause))
        said = {m for c in _CLAUSES.split(text) if re.search(f"[我本]{own}", c) for m in _measures(c)}
        return any(map(str.isdigit, clause)) and (not said or bool(_measures(higher) & said))
    # the unit's own level named only as 全县 beside a 全省 with a figure: a comparison where both give a
    # figure of one measure (全省下达资金1亿元，全县获得2000万元), not where they count different things
    # (全省共发放补贴120万元，惠及全县农户3000户: one piece of work, told at two levels)
    own_clauses = [c for c in _CLAUSES.split(text) if f"全{own}" in c]
    return bool(_measures(higher) & {m for c in own_clauses for m in _measures(c)})


_RECEIVED = re.compile(r"获得|获批|争取|分得|分配|承担|落实|涉及|下达|安排|拨付|受益")
_CLAUSES = re.compile(r"[，；;：:。]|,(?!\d{3})")
_MEASURE = re.compile(r"\d[\d,.]*\s*[万亿]?\s*([\u4e00-\u9fff%％])")


def _measures(s: str) -> set[str]:
    """The measures a clause's figures are counted in: 元 of 1200万元, 人 of 3000人, % of 60% (a date's
    年/月/日 is no measure: 2023年 in two clauses compares nothing)."""
    return {m.group(1) for m in _MEASURE.finditer(s)} - set("年月日号")


# a higher level's total, then the unit's own share of it in a later clause (or in the next sentence, when
# that opens with 其中): 全省确定26项…，其中涉及平安县项目1个; 全市共下达1亿元；其中本局承担200万元. The total is
# context, the share the unit's claim; a unit named by its place is as much itself as 我县 is
_SHARE_OPENS = r"(?:^|[，,；;：:])\s*(?:其中|涉及)[，,：:]?\s*(?:涉及|有|包括|下达|分配|安排|拨付|落实)?\s*(?:给|到|至)?"
_SELF = r"(?:[我本全]{own}|[我本](?:局|委|办|中心|院|单位|部门|系统|会)|{place})"
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千]+[个项名人家所处座条次户批]")
_LEVEL_TAIL = re.compile(r"(?:自治县|自治州|自治区|特区|林区|省|市|州|盟|县|区|旗|镇|乡|街道)$")


def _share_pattern(own: str, region: str) -> re.Pattern[str]:
    """The opening of a clause that gives the unit's own share: 其中我县, 其中涉及平安县, 涉及本局."""
    stem = _LEVEL_TAIL.sub("", region)
    names = [re.escape(region)] + ([re.escape(stem)] if len(stem) >= 2 else [])
    return re.compile(_SHARE_OPENS + _SELF.format(own=own, place="|".join(names)))


def _shared_out(text: str, end: int, share: re.Pattern[str], following: str) -> bool:
    """Whether the 全X ending at ``end`` is a higher level's total (its clause holds a figure) told before
    the unit's own share (a later clause, or the next sentence, opening with 其中 and naming the unit,
    with a figure): 全省确定26项，其中涉及平安县1个. Not 我局完成全省26项，其中新建10项 (no share of the unit's)."""
    b = min((i for c in "，,；;。" if (i := text.find(c, end)) >= 0), default=len(text))
    a = max(text.rfind(c, 0, end) for c in "，,；;：:") + 1
    if not _FIGURE.search(text, a, b):
        return False
    for rest in (text[b:], following):
        for m in share.finditer(rest):
            stop = min((i for c in "，,；;。" if (i := rest.find(c, m.end())) >= 0), default=len(rest))
            if _FIGURE.search(rest, m.end(), stop):
                return True
    return False


def _out_of_level(own: str, said: str, region: str) -> bool:
    """A scope ``全{said}`` that a unit of level ``own`` cannot claim: a higher level (a league's
    units may say 全市 as a city's do; a township's speak of the county and the city it lies in, so
    only 全省 is out for them), or for a province or autonomous region (which says 全区) 全市/全县."""
    if own in ("镇", "乡", "街道"):
        return said == "省"
    if said in HIGHER.get(own, "") and not (region.endswith("盟") and said == "市"):
        return True
    return own == "省" and said in "市县"


# A township's own government (某镇人民政府, 某乡党委) is a level of government with a budget of its own: its
# status is never 县级 (a unit seated in a township but run by the county, 某镇中心小学 or 某镇卫生院, may be a
# 县级 budget unit; a 街道办事处 is the district's agency and may be a 区级 one)
_GOVERNMENT = r"(?:人民政府|政府|党委|委员会)(?:机关|本级)?(?:[(（]本级[)）])?(?:(?:19|20)\d\d|部门|整体|单位|本级|预算|决算)"


# …but it may say whose it is: 为县级政府下属行政单位 (under the county's government)
_UNDER = re.compile(r"政府|下属|所属|管辖|领导|主管")


def _township_government(report: Report, region: str) -> bool:
    """Whether the report's title names the township's own government."""
    pattern = re.compile(re.escape(region) + _GOVERNMENT)
    return any(len(u.text) <= 120 and pattern.search(no_blanks(u.text)) for u in list(report.units())[:40])


def check_level_claims(report: Report, own: str, region: str) -> list[Finding]:
    """Scope, status and finance-office words that do not fit a unit of level ``own``."""
    out: list[Finding] = []
    name = LEVEL_NAME.get(own, own)
    share = _share_pattern(own, region)
    township = own in ("镇", "乡") and _township_government(report, region)
    for unit in report.units():
        if not LEVEL_CHAR.search(unit.text):
            continue  # no pattern below can match
        sentences = split_sentences(unit.text)
        for i, s in enumerate(sentences):
            if not LEVEL_CHAR.search(s.text):
                continue
            following = sentences[i + 1].text if i + 1 < len(sentences) else ""
            following = following if following.lstrip().startswith("其中") else ""
            for m in _SCOPE.finditer(s.text):
                said = m.group(1)
                higher = said in HIGHER.get(own, "")  # a higher level may be a frame; a province never says 全县
                compared = _compares(s.text, m.start(), m.end(), own) or _shared_out(s.text, m.end(), share, following)
                framed = _framed(s.text, m.start(), m.end()) or bool(_HONOURED.search(unit.text, 0, s.start + m.start())) \
                    or any(i.group(1) == said for i in _ISSUED.finditer(unit.text, 0, s.start + m.start()))
                if _out_of_level(own, said, region) and not (higher and (compared or framed)):
                    out.append(_finding(report, unit.at(s.start + m.start(), s.start + m.end()),
                                        f"本单位是{name}单位（{region}），文中却以“{m.group(0)}”为工作或成效的范围",
                                        f"单位层级由单位名称“{region}”推断为{own}；“{m.group(0)}”不是本单位能负责或统计的范围",
                                        f"如指本单位工作，改为“全{own}”；如引用上级数据，写明来源", "entities.scope_level"))
            # the entities check's (which lets a township say 县 of itself)
            taken = [] if township else [m.span() for pat in OWN_STATUS for m in pat.finditer(s.text)]
            for m in (m for pat in (_STATUS, _FUNDED) for m in pat.finditer(s.text)):
                if (fits(own, m.group(1), region) and not (township and m.re is _STATUS and not _UNDER.search(m.group(0)))) \
                        or any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                out.append(_finding(report, unit.at(s.start + m.start(1), s.start + m.end()),
                                    f"本单位是{name}单位（{region}），说明本单位身份的句子却写作“{m.group(0)}”",
                                    f"单位层级为{own}级（{region}）；本单位的级次和经费来源应属本级“{own}”",
                                    f"核实后将“{m.group(1)}”改为“{own}”", "entities.own_status_level"))
            for m in _OFFICE.finditer(s.text):
                out.append(_finding(report, unit.at(s.start + m.start(), s.start + m.end()),
                                    f"“{m.group(0)}”不是一级财政机构的名称：财政所是乡镇的财政机构",
                                    "省、市、县的财政机构为财政厅、财政局；财政所设在乡镇（街道）",
                                    "核实后改为本级财政机构的名称", "entities.finance_office"))
    return out


def _finding(report: Report, loc: Location, message: str, evidence: str, suggestion: str, rule: str) -> Finding:
    return Finding(kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING, message=message,
                   location=FindingLocation.of(report, loc),
                   evidence=evidence, suggestion=suggestion, rule=rule)
