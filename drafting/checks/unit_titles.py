"""Who reports: the unit, and so its level, named in a report's title, cover or opening lines.

Part of the entities check (``entities.check_entities`` reads the level words of the text against the
level found here). Why: a report rarely states its own level; its title names the unit (某县农业农村局
2023年度…, 某市审计局关于…的报告) or the region whose fund it reports on (某市…转移支付2022年度…), and the
name's innermost region gives the level the unit speaks of itself in (我县, 全县).
"""

from __future__ import annotations

import re

from ..numbers.textnorm import no_blanks
from ..report import Report, TextUnit
from .titles import caption_end

__all__ = ["LEVEL_OF", "ORG_SUFFIX", "bare_level", "fund_region", "infer_region", "level_of", "own_region",
           "project_region", "short_name_level", "title_unit_name"]

_CJK = "\u4e00-\u9fa5"
ORG_SUFFIX = r"(?:局|委员会|委|办公室|中心|院|所|站|馆|学校|校|医院|协会|联合会|政府|厅|处|队|社|部)"


def infer_region(name: str) -> str | None:
    """The administrative region a unit name starts with: 靖州县 of 靖州县人力资源和社会保障局.

    A 州 directly followed by 县/市 is part of the place name (靖州县, 郴州市)."""
    name = no_blanks(name)
    for i, ch in enumerate(name[:14]):
        if i == 0:
            continue
        if ch in "县市区旗省":
            return name[: i + 1]
        if ch == "州" and name[i + 1 : i + 2] not in ("县", "市", "区") and i >= 2:
            return name[: i + 1]
    return None


# A chain of administrative regions at the start of a unit name, outermost first:
# 遂宁市安居区, 寻甸回族彝族自治县人民政府倘甸镇 (the 人民政府 between two regions is skipped).
# A template's placeholder (XX县, ××市) names a level all the same.
_PLACE = rf"(?:[{_CJK}]{{1,9}}?|[XＸ×]{{2,3}})"
_REGION = re.compile(rf"{_PLACE}(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡|街道)(?:人民政府)?")
# (a summary of the evaluation work is one too: 某市审计局2022年度部门绩效自评工作情况总结, …绩效评价工作总结)
# (a page may cut its title short: 某大队2021年本级项目支出绩效评价报; a publisher's title may end at 绩效自评, its
# year or its part in brackets after it: 某县学前教育项目绩效自评(2019年), 某办公室部门整体支出绩效自评(部门(单位)概况))
_REPORT_TITLE = re.compile(r"报告|自评表|评价表|情况说明|自评结果|评价结果|自评情况|评价情况|(?:自评|评价)(?:工作)?(?:情况)?总结"
                           r"|(?:自评|评价)报$|绩效(?:自评|评价)(?:[（(][^。；;，,]{0,20}[)）])?$")


def own_region(name: str) -> str | None:
    """The innermost region a unit name starts with: 安居区 of 遂宁市安居区市场监管局, 倘甸镇 of
    寻甸回族彝族自治县人民政府倘甸镇. A 州 before 省/市/县/区 is part of the place (贵州省, 儋州市), and words
    such as 城市 or 社区 are not regions."""
    name = no_blanks(name)
    # a party or CPPCC organ names its region next; a part's title (第三部分 某区…情况说明) names it after the part
    name = re.sub(r"^(?:中国共产党|中国人民政治协商会议|中共|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))", "", name)
    pos, last = 0, None
    while m := _REGION.match(name, pos):
        region, end = m.group(0).removesuffix("人民政府"), m.end()
        if region.endswith("州") and name[end:end + 1] in ("省", "市", "县", "区") and not m.group(0).endswith("人民政府"):
            region, end = region + name[end], end + 1
        elif _place_goes_on(region, name, end, m.group(0)):
            region, end = region + name[end], end + 1  # 新乡市, 宁乡县, 丰镇市: the 乡/镇 is part of the place
        if region[-1] + name[end:end + 1] in _NOT_REGIONS:
            break  # 请欣赏乡镇部门…: the level word opens 乡镇 (townships at large), 文化市场 a market: no place is named
        if (region[-2:] in _NOT_REGIONS and region[-2:] not in _NAMED_TAILS) or region in _NOT_REGIONS or region in _OLD_TOWN \
                or region.endswith(_TOWN_KINDS) or _COUNTED.fullmatch(region) or _LEVELS_ONLY.fullmatch(region):
            break
        last, pos = region, end
    return last


def _place_goes_on(region: str, name: str, end: int, matched: str) -> bool:
    """A one-character place plus 乡/镇 directly before 县/市/区/旗 names a county or city (新乡市, 安乡县,
    丰镇市): towns take longer names (龙潭乡), and a town's unit goes on with 市场… or 人民政府, not a level.
    So does a one-character place plus 市 directly before 镇/乡/区 name a town or a district (桃源县热市镇,
    马市乡, 荆州市沙市区): no city is named with one character (某市 masks a name of any length)."""
    if matched != region or name[end:end + 2] in _NOT_REGIONS:
        return False
    if len(region) == 3 and region[-1] == "镇" and name[end:end + 1] == "市" and name[end + 1:end + 2] not in ("场", "政"):
        return True  # 景德镇市: a city named for its town (a town's own unit goes on with 市场…, 人民政府)
    if len(region) != 2:
        return False
    return (region[-1] in "乡镇" and name[end:end + 1] in ("县", "市", "区", "旗")) \
        or (region[-1] == "市" and region[0] not in "某XＸ×" and name[end:end + 1] in ("镇", "乡", "区"))


# tails that end real places' names (西城区, 成都市, 宣城市, 聊城市): not region words once a name stands before them
_NAMED_TAILS = {"城区", "城市", "都市"}
# level words alone name no place: 县乡村公路管理站 is a county's station for village roads, 市县两级 two levels
_LEVELS_ONLY = re.compile(r"[省市州盟县区旗镇乡]+")
# a numeral and a level word count places (池州市三县一区, 两区): no place is named so
_COUNTED = re.compile(r"[一二两三四五六七八九十百\d]+个?(?:省|市|州|县|区|旗|镇|乡)")


def level_of(region: str | None) -> str | None:
    """The word a unit of ``region`` uses of its own level: 省 for 广西壮族自治区, 州 for 锡林郭勒盟."""
    if not region:
        return None
    if region.endswith("自治区"):
        return "省"
    if region.endswith("街道"):
        return "街道"
    return LEVEL_OF.get(region[-1])


# a town's parts, not districts (a district's name may end in 城区: 西城区, 宿城区)
_OLD_TOWN = {"老城区", "主城区", "旧城区", "中心城区", "县城区", "市城区"}
# kinds of town, no town's name: 支持建制镇生活污水处理 funds every incorporated town, 重点镇 a class of them
_TOWN_KINDS = ("建制镇", "中心镇", "重点镇", "特色镇", "小城镇")
_NOT_REGIONS = {"城市", "都市", "超市", "城区", "社区", "园区", "景区", "小区", "片区", "辖区", "政区", "全市", "全县", "全区",
                "全省", "本市", "本县", "本区", "市场", "城镇", "乡镇", "城乡"}


# A unit named in a title: before the year or the kind of report (…局2021年度…, …局部门整体…, …分局决算…),
# at the title's start or after its year (2024年度内蒙古自治区巴彦淖尔市自然资源局…); schools included.
# …or before the project it reports on (某市广播电视台电视专题节目制作经费项目…报告), or what it spent on before 支出绩效
# (某镇小学营养改善计划财政支出绩效评价报告; not across 部门/整体, where the name runs on: …政府办公室部门整体支出绩效)
# (and the people's organisations every level has, by their usual short names: 县妇联, 省侨联, 市总工会, 区科协)
_TITLE_ORG = rf"(?:{ORG_SUFFIX}|小学|中学|大学|幼儿园|电视台|气象台|地震台|工会|[妇残侨文]联|社科联|工商联|科协|红十字会)"
# (…with what part of the unit the report covers in brackets after it: 某县农业农村局（本级）2023年度…)
_TITLE_NAME = re.compile(rf"(?:^|[^{_CJK}]|(?:19|20)\d\d年度?)([{_CJK}]{{3,40}}?{_TITLE_ORG})(?:[(（][{_CJK}]{{2,10}}[)）])?"
                         rf"(?=(?:19|20)\d\d|部门|整体|项目|专项|决算|预算|绩效|自评|年度|[{_CJK}]{{2,16}}?项目|(?:(?!部门|整体|办公室)[{_CJK}]){{2,20}}?支出绩效)")
# a title's label (标题：, 名称：; a saved page's title line, title: 某市…报告)
_LABEL = r"^(?:[Tt]itle|标题|名称|报告名称|项目名称)[:：]"
_TITLE_LABEL = re.compile(_LABEL)
# (an attachment's label before it, 附件3 or 附件：, is the cover letter's, no part of the title)
_TITLE_LABEL_OR_YEAR = re.compile(rf"^附件\s*\d*\s*[:：]?|{_LABEL}|^(?:19|20)\d\d年度?|^关于")
# a 公文's title opens with its issuer, then 关于 and the matter (某省住房和城乡建设厅关于2019年度…的报告); only at the
# title's start: 根据《某省财政厅关于…的通知》 cites another body's document
_ISSUER = re.compile(rf"([{_CJK}]{{3,40}}?{_TITLE_ORG})关于")
# a region opening the title, with the other name it goes by in brackets (某新区(某区)预算绩效…), before
# its year or the kind of report: a government's own report (关于某区2022年预算执行情况…的报告)
_TITLE_REGION = re.compile(rf"(?:{_PLACE}(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡|街道)(?:人民政府)?)+"
                           rf"(?=(?:[(（][{_CJK}]{{2,8}}[)）])?(?:(?:19|20)\d\d|部门|整体|本级|预算|决算))")
# a fund of a city or county named before the year (某市危房改造转移支付2022年度…) or after it (宝坻区2019年林业改革发展资金
# 支出绩效评价报告): reported by a unit of
# that region or below, so only a level above the region's is out of place
# (a template's placeholder, XX区, names the level all the same)
_FUND_REGION = re.compile(rf"(?:{_PLACE}(?:自治县|市|县|区|旗)(?:人民政府)?)+(?=[{_CJK}]{{2,20}}?(?:19|20)\d\d"
                          rf"|(?:19|20)\d\d年度?[{_CJK}]{{2,20}}?(?:资金|经费))")


_SENTENCE_MARK = re.compile(r"[，,。；;]")  # a title holds no clause mark


def _line(unit: TextUnit) -> str:
    """A unit's text without blanks, cut after its title where it opens with a page's captions run together
    (某镇小学…绩效评价报告.doc_第1页 / …_第2页 …, one paragraph: ``titles.caption_end``)."""
    return no_blanks(unit.text[:caption_end(unit.text)])


# the fields that name the unit where no title does: a page's publisher (发布机构, its 来源 or 信息来源 — not 资金来源)
# and a form's head (部门名称：(公章)某市住房和城乡建设局, 单位名称, 填报单位); all but 发布机构 only where the value
# is a unit's name whole (来源：本站 is none)
_UNIT_FIELD = re.compile(rf"(发布机构|(?<![{_CJK}])(?:信息)?来源|部门名称|单位名称|填报单位)[\s\]|｜:：]*"
                         rf"(?:[(（](?:公章|盖章)[)）][\s:：]*)?([{_CJK}]{{3,30}})?")
_UNIT_NAME = re.compile(rf"[{_CJK}]{{2,30}}?{_TITLE_ORG}")


_PART_PREFIX = re.compile(r"^\s*第[一二三四五六七八九十]{1,3}(?:部分|章|篇)\s*")


def title_unit_name(report: Report) -> str | None:
    """The unit named in the report's title line, or failing that in a field that names it: the page's 发布机构
    or 来源 (a published copy often starts with the page's index fields), a form's 部门名称 or 填报单位."""
    units = list(report.units())[:40]
    for unit in units:
        text = _PART_PREFIX.sub("", _line(unit))  # (第三部分 某园2021年度部门决算情况说明: the part's number is no name)
        if len(text) > 120 or not _REPORT_TITLE.search(text) or _SENTENCE_MARK.search(text):
            continue  # (根据四川省财政厅《…》文件精神,现将我市…自评报告如下: a sentence naming its issuer, no title)
        issuer = _ISSUER.match(_TITLE_LABEL_OR_YEAR.sub("", text))
        named = re.findall(rf"[(（]([{_CJK}]{{3,40}}?{_TITLE_ORG})[)）]", text) + _TITLE_NAME.findall(text)
        for org in named + ([issuer.group(1)] if issuer else []):
            if own_region(org):
                return org
        # no unit named, but the title opens with its region: 云南省2022年度中央自然灾害资金…,
        # 寻甸回族彝族自治县人民政府倘甸镇2023年… (a township's government reports as the township)
        if (m := _TITLE_REGION.match(_TITLE_LABEL_OR_YEAR.sub("", text))) and (region := own_region(m.group(0))):
            return region
        # a central transfer named after a province (某省…中央…转移支付2022年度绩效自评报告, 某省…中央直达资金…) is the
        # province's own report: the centre's transfers to local government are evaluated province by province
        if (m := _PROVINCE_TRANSFER.match(_TITLE_LABEL_OR_YEAR.sub("", text))) and (region := own_region(m.group(1))):
            return region
    for k, unit in enumerate(units):
        m = _UNIT_FIELD.search(unit.text)  # (its value in the next cell: 发布机构: | 某局 |)
        if m:
            name = m.group(2) or (units[k + 1].text.strip() if k + 1 < len(units) else "")
            if (m.group(1) == "发布机构" or _UNIT_NAME.fullmatch(name)) and own_region(name):
                return name
    # a 决算 page's first part names the unit: 第一部分 某区水利局单位概况
    for unit in units:
        if (m := _PART_ONE.match(unit.text.strip())) and own_region(m.group(1)):
            return m.group(1)
    return None


_PROVINCE_TRANSFER = re.compile(rf"([{_CJK}]{{1,9}}?(?:省|自治区))(?=[^，。；,;]{{0,30}}?中央[^，。；,;]{{0,20}}?(?:转移支付|直达资金))")
_PART_ONE = re.compile(rf"第[一1]部分[:：\s]*([{_CJK}（）()]{{3,40}}?)(?:部门|单位)?概况$")


# A project named after its region with no year (某市义务教育小规模学校智慧学校建设项目绩效自评报告, 某市财政支出项目绩效
# 自评报告（某某路网项目）): the project is that region's, reported by a unit of the region or below. Read so only
# where the region has a name of its own (two characters or more before its level, no kind of area: 库区, 山区)
# and the text names it again, or calls itself by its level (我县) more often than by any other.
_PROJECT_REGION = re.compile(rf"(?:[{_CJK}]{{2,9}}?(?:自治县|市|县|区|旗)(?:人民政府)?)+"
                             rf"(?=[^，。；,;：:]{{2,40}}?项目(?:支出)?绩效(?:自评|评价))")
_AREA_KINDS = ("库区", "山区", "矿区", "牧区", "灾区", "林区", "湖区", "垦区", "新区", "开发区", "保护区", "示范区", "试验区")


def project_region(report: Report) -> str | None:
    """The city or county a project's title opens with, where no year follows (see above)."""
    for unit in list(report.units())[:40]:
        text = _TITLE_LABEL.sub("", _line(unit))
        if len(text) > 120 or not _REPORT_TITLE.search(text) or (m := _PROJECT_REGION.match(text)) is None:
            continue
        region = own_region(m.group(0))
        if region and len(region) >= 3 and not region.endswith(_AREA_KINDS) \
                and (sum(no_blanks(u.text).count(region) for u in report.units()) >= 2 or _calls_itself(report, region[-1])):
            return region
    return None


# what a unit calls itself by its level (我县, 本市): a project's title names its region once, and a body that
# calls itself by that region's level again and again says the title's region is its own
_SELF_WORD = re.compile(r"[我本]([省市州县区旗])")


def _calls_itself(report: Report, level: str) -> bool:
    """Whether the text calls itself by ``level`` twice or more, and more often than by all other levels."""
    said = [m.group(1) for u in report.units() for m in _SELF_WORD.finditer(u.text)]
    return said.count(level) >= 2 and 2 * said.count(level) > len(said)


def fund_region(report: Report) -> str | None:
    """The city or county a fund's title opens with (某市危房改造转移支付2022年度绩效自评报告)."""
    for unit in list(report.units())[:40]:
        text = _TITLE_LABEL.sub("", _line(unit))
        if len(text) <= 120 and _REPORT_TITLE.search(text) and (m := _FUND_REGION.match(text)):
            return own_region(m.group(0))
    return None


# the unit's own short name says its level: 某省残疾人联合会（以下简称“省残联”）, （以下简称“县数据中心”）
_SHORT_NAME = re.compile(rf"简称[为:：]?\s*[“\"‘「]([省市州县区旗])([{_CJK}]{{1,12}}?)[”\"’」]")


def short_name_level(report: Report) -> tuple[str, str] | None:
    """(short name, level) of the unit a report abbreviates in its first lines, where the title opens
    with a region of that level (省残联 and 某省残疾人事业发展补助资金…报告): the title names a fund or
    a region, the short name says the unit is of the region's own level."""
    units = list(report.units())[:40]
    title = next((no_blanks(u.text) for u in units if len(u.text) <= 120 and _REPORT_TITLE.search(u.text)), "")
    opening = level_of(own_region(_TITLE_LABEL_OR_YEAR.sub("", title)))
    for unit in units:
        for m in _SHORT_NAME.finditer(unit.text):
            if opening is not None and LEVEL_OF[m.group(1)] == opening:
                return m.group(1) + m.group(2), opening
    return None


# a unit whose name opens with a bare level word, as its own short name does (省区域应急救援中心, 县委宣传部,
# 市疾控中心): not 市级/市直/市场/市县, a level word standing for many units or no level
_BARE_LEVEL = re.compile(rf"^([省市县区])(?!级|直|属|场|本|[县市区乡镇](?!域))([{_CJK}]{{2,20}}?{_TITLE_ORG})")


def bare_level(report: Report) -> tuple[str, str] | None:
    """(the unit's name, its level) where the report's title opens with a unit named by a bare level
    word: 省区域应急救援中心…绩效评价报告 is a province's unit's report."""
    for unit in list(report.units())[:40]:
        text = _line(unit)
        if len(text) <= 120 and _REPORT_TITLE.search(text):
            m = _BARE_LEVEL.match(_TITLE_LABEL_OR_YEAR.sub("", text))
            return (m.group(0), LEVEL_OF[m.group(1)]) if m else None
    return None



# the level word a unit uses of itself, by the last character(s) of its innermost region
LEVEL_OF = {"省": "省", "区": "区", "市": "市", "州": "州", "盟": "州", "县": "县", "旗": "旗", "镇": "镇", "乡": "乡",
             "街道": "街道"}
