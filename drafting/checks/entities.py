"""Wrong level or wrong unit: 省/市/县 words that do not fit the department, and titles or
signatures naming another unit than the cover.

Why: reports are often adapted from a higher-level template or from another department's report;
"我市" in a county bureau's text or another bureau's name in the signature gives that away. Words
that compare with a higher level ("在全市率先", "全省统一的费率") are legitimate and not checked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.sentences import split_sentences
from ..report import Report, TextUnit
from .cited_places import foreign_titles
from .entity_groups import one_per_scope, one_per_sentence
from .level_claims import HIGHER as _HIGHER
from .level_claims import LEVEL_CHAR, approvals, check_level_claims
from .level_claims import LEVEL_NAME as _LEVEL_NAME
from .level_claims import OWN_STATUS as _OWN_STATUS
from .level_claims import fits as _fits
from .neighbour_units import neighbour_units
from .other_duties import other_duties
from .sibling_units import sibling_units
from .township_words import TOWNSHIPS, township_words
from .unit_titles import (
    ORG_SUFFIX,
    bare_level,
    fund_region,
    infer_region,
    level_of,
    own_region,
    project_region,
    short_name_level,
    title_unit_name,
)

if TYPE_CHECKING:  # named in annotations only: a review without data never loads the data model
    from ..department import DepartmentData

__all__ = ["check_entities", "infer_region", "unit_name_of"]

_CJK = "\u4e00-\u9fa5"
_ORG_SUFFIX = ORG_SUFFIX
# (or the stamp line of the unit that signs its own evaluation: 评价单位（公章）：某乡人民政府; not a firm's; a name
# field's own stamp note, 部门名称（公章）：, is no name)
_NAME_LABEL = re.compile(r"^\s*(?:(?:部门|单位|部门\s*[（(]\s*单位\s*[）)]|预算单位|主管部门)\s*名称(?:\s*[（(]\s*(?:公章|盖章)\s*[）)])?|(?:填报|评价|自评|报告)单位"
                         r"\s*[（(]\s*(?:公章|盖章)\s*[）)](?![^|\n]*(?:事务所|公司|咨询|评估)))\s*[:：]?\s*")
_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度")
_TRAILING_ORG = re.compile(rf"(?:^|[\s\u3000。；，：:])([{_CJK}（）()]{{3,40}}{_ORG_SUFFIX})\s*$")
# 本省地方性法规, 本省规章: the law in force where the unit sits, quoted in statutory duties — the higher
# level's law, not the unit calling itself a province; 本市属 (city-owned) is no self-reference, 我市属于 is
_OWN_LEVEL_WORD = re.compile(r"([我本])([省市州县区])(?!场|域|间|级|属(?!于)|(?:的)?(?:地方性)?法规|(?:的)?(?:政府)?规章)")
# A finance bureau approving the unit's OWN budget: 省财政批复部门预算, 经市财政局批复，我局2021年年初预算为…,
# 市财政局核定我局部门预算. Funds a higher level transfers (下达专项资金, 转移支付, 补助) are not the unit's budget.
_WRONG_FINANCE = re.compile(
    r"([省市州县区])级?财政(?:厅|局|部门)?(?:[于在][^，。；,;批核审]{0,10}?)?(?:批复|核批|审批|批准|核定)(?:的)?"
    r"(?:(?:本?部门|本?单位|年初)?预算|[，,](?:本?部门|本?单位|年初)预算|"
    r"[，,]?(?:我|本)(?:局|委|办|中心|院|单位|部门)[^，。；,;]{0,8}?(?:年初|部门|年度?)预算)")
_TRANSFER = re.compile(r"专项|项目资金|转移支付|补助|奖补|中央|下达|追加")
# A column header, not a name: "单位名称 | 收入合计 | 上年结转 …" is the header row of a revenue table.
_HEADER_VALUE = re.compile(r"合计|总计|小计|金额|万元|(?:收入|支出|拨款|结转|结余|经费|预算|决算)(?:数|额)?$")
_DATE_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")



def _said_level(quote: str) -> str:
    """The level word a level finding quotes: 省 of 我省, 全省, 省财政."""
    m = re.search(r"[我本全]([省市州县区旗])|([省市州县区旗])(?:级|财政)", quote)
    return (m.group(1) or m.group(2)) if m else ""


def unit_name_of(report: Report) -> tuple[TextUnit, int, int] | None:
    """The unit named on the cover: the value of a 部门(单位)名称 field (paragraph or table cell)."""
    units = list(report.units())
    for k, u in enumerate(units):
        m = _NAME_LABEL.match(u.text)
        if not m:
            continue
        rest = u.text[m.end():]
        if rest.strip():
            start = m.end() + len(rest) - len(rest.lstrip())
            end = _name_end(u.text, start)
            return (u, start, end) if end is not None else None
        if u.kind == "cell" and k + 1 < len(units) and units[k + 1].location.row == u.location.row:
            nxt = units[k + 1]
            if nxt.text.strip() and not _HEADER_VALUE.search(nxt.text.strip()):
                start = len(nxt.text) - len(nxt.text.lstrip())
                end = _name_end(nxt.text, start)
                return (nxt, start, end) if end is not None else None
    return None


# where a name field's value stops: a gap, a line break, a cell or field separator
_VALUE_END = re.compile(r"[\s\u3000|｜:：;；,，。]")
# a form's label, not part of a name: 单位负责人及电话, 联系人, 填报日期, 项目名称 …
_FORM_LABEL = re.compile(r"负责人|联系人|联系方式|电话|填报|名称|代码|编码|日期|地址|邮编|金额|类型|性质|级次")
_A_NAME = re.compile(rf"^[{_CJK}（）()·]{{2,40}}$")


def _name_end(text: str, start: int) -> int | None:
    """The end of the unit's name that a name field's value opens at ``start``: a name is one run of
    Chinese characters up to the next gap or separator (a form flattened onto one line goes on with its
    next label: 单位名称 某某局 单位负责人及电话 …); a run that holds a form's label, or is no name at all,
    names no unit."""
    gap = _VALUE_END.search(text, start)
    end = gap.start() if gap else len(text.rstrip())
    value = text[start:end]
    if not _A_NAME.match(value) or _FORM_LABEL.search(value):
        return None
    return end


def _norm(name: str) -> str:
    return re.sub(r"[\s（）()]", "", name)


def _same_unit(a: str, b: str) -> bool:
    """Whether two names denote the same unit: same innermost region (when both name one: 重庆市大足区商务委员会
    is 大足区商务委员会) and the shorter name's characters nearly all found in the longer (县人社局 ~ 县人力资源和社会保障局)."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return True
    ra, rb = own_region(a) or infer_region(a), own_region(b) or infer_region(b)
    if ra and rb and ra != rb:
        return False
    if ra and ra in a:
        a = a[a.index(ra) + len(ra):]
    if rb and rb in b:
        b = b[b.index(rb) + len(rb):]
    short, long_ = sorted((a, b), key=len)
    if not short:
        return True
    hits = sum(1 for ch in short if ch in long_)
    return hits / len(short) >= 0.8


def _inside_book_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def check_entities(report: Report, data: DepartmentData | None = None) -> list[Finding]:
    """Level words against the department's level; titles and signatures naming another unit."""
    cover = unit_name_of(report)
    cover_name = cover[0].text[cover[1] : cover[2]] if cover else None
    if data is not None:
        own_name: str | None = data.department.name
        region: str | None = data.department.region
        # what the unit calls itself follows its region's name (浏阳市 is county level but says 我市)
        word: str | None = region[-1] if region and region[-1] in "省市州县区旗" else data.department.level.value
    else:
        own_name = cover_name
        # the innermost region: 大足区 of 重庆市大足区发展和改革委员会, not 重庆市
        region = (own_region(own_name) or infer_region(own_name)) if own_name else None
        word = level_of(region)
        if not own_name and (title_name := title_unit_name(report)):
            region = own_region(title_name)
            word = level_of(region)
    if not word and (short := short_name_level(report) or bare_level(report)):
        region, word = short
    project: str | None = None  # a project's region, the weakest evidence: only 我省/本市 itself is read against it
    fund = not own_name and not word and (fund_region(report) or (project := project_region(report)))
    if fund:
        region, word = fund, level_of(fund)
    findings: list[Finding] = []
    if word:
        findings += _level_words(report, word, region or "")
        said = {f.location.location for f in findings}  # a duty's scope (负责全省…) is said once
        findings += [f for f in check_level_claims(report, word, region or "") if f.location.location not in said]
        findings = one_per_sentence(report, one_per_scope(findings))
        findings += township_words(report, word, region or "") if word in TOWNSHIPS else []
    if fund and word:  # the reporting unit may be below the region: only a higher level is out of place
        findings = [f for f in findings if any(c in _HIGHER.get(word, "") for c in _said_level(f.quote))
                    and (not project or f.rule == "entities.level_word")]
    if own_name:
        findings += _authors(report, own_name, data)
    if word and not fund:
        findings += foreign_titles(report, region or "")
    findings += _national_local(report)
    findings += sibling_units(report)
    findings += neighbour_units(report)
    findings += other_duties(report) if data is None else []
    return findings


# A national organ's name run into a local one: 中共中央横县县委 is neither (中共中央 has no county
# committees; the local name is 中共横县县委). 中共中央、国务院 and 中共中央办公厅 do not match.
_NATIONAL_LOCAL = re.compile(
    rf"(中共中央|国务院)((?:(?![和及与的办会部厅委院局署司处])[{_CJK}]){{1,8}}?(?:省|自治区|市|自治州|州|盟|县|区|旗))"
    r"(?:委员会|党委|委|人民政府|政府)")


def _national_local(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for unit in report.units():
        for m in _NATIONAL_LOCAL.finditer(unit.text):
            national, local = m.group(1), m.group(0)[len(m.group(1)):]
            fixed = f"中共{local}" if national == "中共中央" else local
            out.append(Finding(
                kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                message=f"“{m.group(0)}”把中央机关“{national}”和地方机关“{local}”写在了一起",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"{national}之下没有“{local}”；地方机关的名称写作“{fixed}”",
                suggestion=f"核实单位名称，例如改为“{fixed}”",
                rule="entities.national_local"))
    return out


# The scope of the unit's own duties: 负责全县…, 承担全区…, 组织、指导全县… must be the unit's level.
_DUTY_SCOPE = re.compile(r"(?:负责|承担|主管|指导|组织|拟订|拟定|制定|统筹|保障|管理|监督|协调)[^，。；,;]{0,3}?全([省市州县区])(?![级域内外])"
                         # work the unit itself does over a whole area: 对全县各乡镇开展排查, 对全市林地…进行调查
                         r"|(?:对|面向)全([省市州县区])(?![级域内外])[^，。；,;]{0,30}?(?:进行|开展|实施|组织)")
_BODY_END = re.compile(r"(?:局|厅|委|办|部|中心|政府|会)$")


def _body_of(before: str, lvl: str) -> bool:
    """Whether a body of level ``lvl`` ends right before the duty's verb, its subject (省地震局组织的全省统一
    测试): the work of that level, which the unit takes part in, not the unit's own duty."""
    name = re.split(r"[^\u4e00-\u9fff]", before)[-1][-10:]
    return _BODY_END.search(name) is not None and lvl in name


# a sentence telling of a higher level's own act (我省人民政府正式颁布了《湖南省最低生活保障办法》): a unit below
# speaks of its province as a resident does, and its level words there are the province's
_ACT = re.compile(r"(?:颁布|出台|印发|制定|发布)了?[^。；;]{0,12}?《[^《》]{0,10}?([省市州])")


def _higher_act(sentence: str, lvl: str, own: str, at: int) -> bool:
    """…where the level word at ``at`` names who acts (before the act), not who receives (…印发《…》，给我省下达)."""
    return lvl in _HIGHER.get(own, "") and any(m.group(1) == lvl and m.start() > at for m in _ACT.finditer(sentence))


def _level_words(report: Report, own: str, region: str) -> list[Finding]:
    out = []
    for unit in report.units():
        for s in split_sentences(unit.text):
            if not LEVEL_CHAR.search(s.text):
                continue  # no pattern below can match
            for m in _OWN_LEVEL_WORD.finditer(s.text):
                lvl = m.group(2)
                if _fits(own, lvl, region) or _inside_book_title(s.text, m.start()) or _higher_act(s.text, lvl, own, m.start()):
                    continue
                out.append(Finding(
                    kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                    message=f"本单位是{_LEVEL_NAME.get(own, own)}单位（{region}），文中却自称“{m.group(0)}”",
                    location=FindingLocation.of(report, unit.at(s.start + m.start(), s.start + m.end())),
                    evidence=f"单位层级由单位名称“{region}”推断为{own}；“{m.group(0)}”指{lvl}级",
                    suggestion=f"如指本单位工作，改为“{m.group(1)}{own}”；如引用上级情况，写明上级名称",
                    rule="entities.level_word"))
            for pat in _OWN_STATUS:
                for m in pat.finditer(s.text):
                    lvl = m.group(1)
                    if _fits(own, lvl, region) or _inside_book_title(s.text, m.start()):
                        continue
                    start = s.start + m.start(1)
                    out.append(Finding(
                        kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                        message=f"本单位是{_LEVEL_NAME.get(own, own)}单位（{region}），说明本单位身份或职责的句子却写作"
                                f"“{m.group(0)}”",
                        location=FindingLocation.of(report, unit.at(start, s.start + m.end())),
                        evidence=f"单位层级为{own}级（{region}）；本单位的隶属、公开渠道和交办事项应属本级“{own}”，"
                                 f"此处写作“{lvl}”",
                        suggestion=f"核实后将“{lvl}”改为“{own}”；如确指上级，写明上级名称",
                        rule="entities.own_status_level"))
            for m in _DUTY_SCOPE.finditer(s.text):
                g = 1 if m.group(1) else 2
                lvl = m.group(g)
                # a higher level's scope, or the other county-level word (a district's duties over 全县)
                misfit = lvl in _HIGHER.get(own, "") or {own, lvl} == {"区", "县"}
                if not misfit or region.endswith(("自治区", "盟")) or _inside_book_title(s.text, m.start()) \
                        or _body_of(s.text[:m.start()], lvl):
                    continue
                start = s.start + m.start(g) - 1
                out.append(Finding(
                    kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                    message=f"本单位是{_LEVEL_NAME.get(own, own)}单位（{region}），职责范围却写作“全{lvl}”",
                    location=FindingLocation.of(report, unit.at(start, start + 2)),
                    evidence=f"“{m.group(0)}”是本单位的职责或工作范围；{region}的单位只对本{own}负责",
                    suggestion=f"核实后改为“全{own}”",
                    rule="entities.duty_scope"))
            said = [(m.start(), m.group(1), m.group(0)) for m in _WRONG_FINANCE.finditer(s.text)]
            for at, lvl, words in said + [a for a in approvals(s.text) if all(a[0] != b[0] for b in said)]:
                if _fits(own, lvl, region) or _TRANSFER.search(words):
                    continue
                out.append(Finding(
                    kind=Kind.ENTITY_MISMATCH, severity=Severity.WARNING,
                    message=f"{_LEVEL_NAME.get(own, own)}部门的预算由本级财政批复，文中写作“{words}”",
                    location=FindingLocation.of(report, unit.at(s.start + at, s.start + at + 1)),
                    evidence=f"单位为{region}的部门，部门预算由{region}财政部门批复",
                    suggestion=f"改为“{own}财政”",
                    rule="entities.finance_level"))
    return out


# what may stand before a signature's name on its line: a signing label (填报单位（盖章）：)
_SIGN_LABEL = re.compile(r"^(?:(?:填报|报告|编制|评价|自评|申报|出具)?单位|部门)(?:名称)?\s*"
                         r"(?:[（(]\s*(?:盖章|公章|签章|章)\s*[)）])?\s*[:：]?$")


# a duty's verb (负责…处, 承担…中心): a clause of a duty list, cut at the excerpt's end, not a unit's name
_DUTY_VERB = re.compile(r"^(?:负责|承担|指导|组织|协调|参与|配合|开展|推进|加强|做好|完成|落实|督促|拟订|制定|监督|统筹)")


_ITEM_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.])")


def _signs(before: str) -> bool:
    """Whether the words before a line's closing unit name leave it a signature: nothing, the end of
    a sentence (…特此报告。某某局), or a signing label. A form's field naming another role (主管部门：
    某某局, 项目名称 … 主管部门 某某局) is the last line of a cut excerpt, not who signs the report."""
    before = before.strip()
    return not before or before[-1] in "。！!" or bool(_SIGN_LABEL.match(before))


def _authors(report: Report, own_name: str, data: DepartmentData | None) -> list[Finding]:
    """Unit names in titles and the closing signature that are not the department itself."""
    names = [own_name] + ([data.department.short_name] if data and data.department.short_name else [])
    out = []
    units = list(report.units())
    candidates: list[tuple[TextUnit, int, int, str]] = []
    for u in units:
        flat = u.text.strip()
        m = _TITLE.search(u.text)
        if m and len(flat) <= 60 and "。" not in flat and ("报告" in flat or "绩效" in flat):
            head = u.text[: m.start()]
            org = re.search(rf"([{_CJK}（）()]{{3,40}}{_ORG_SUFFIX})\s*$", head)
            if org:
                candidates.append((u, org.start(1), org.end(1), "标题"))
    tail = units[-4:]
    for i, u in enumerate(tail):
        after = tail[i + 1 : i + 3]
        if i != len(tail) - 1 and not any(_DATE_ONLY.match(a.text) for a in after):
            continue
        m = _TRAILING_ORG.search(u.text)
        if m and not _DATE_ONLY.match(u.text) and _signs(u.text[: m.start(1)]) and not _DUTY_VERB.match(m.group(1)) \
                and not _ITEM_MARK.match(m.group(1)):  # ((四)部…: a heading cut at the excerpt's end, no signature)
            candidates.append((u, m.start(1), m.end(1), "落款"))
    for u, start, end, where in candidates:
        found = u.text[start:end]
        if any(_same_unit(found, n) for n in names):
            continue
        out.append(Finding(
            kind=Kind.ENTITY_MISMATCH, severity=Severity.ERROR,
            message=f"{where}单位为“{found}”，与本报告的单位“{own_name}”不一致",
            location=FindingLocation.of(report, u.at(start, end)),
            evidence=("部门数据中的单位名称" if data else "封面“部门(单位)名称”") + f"为“{own_name}”",
            suggestion=f"改为“{own_name}”，并检查是否沿用了其他单位的报告",
            rule="entities.author"))
    return out
