"""A bare 我 where the unit's name for itself lost its unit word (我高度重视 for 我镇高度重视, 我2021年度 for 我省).

Why: a 绩效自评 report speaks for a unit, never for a person, and 公文 names the writing unit 我 plus its
unit word — 我局, 我县, 我镇, 我会, 我单位, 我省 — or 本 plus it. The pronoun 我 alone, as subject or as
possessor, belongs to speeches, essays and slogans; in a report's own sentence, 我 followed straight by a
verb (我高度重视), a noun (我绩效目标是) or a year (下达我2021年度…) is that unit word dropped. The typo
check, reading word by word, finds nothing wrong: 我|高度|重视 is three words.

Quiet unless sure: only in a text that names 绩效 (a report in a unit's voice, not a person's letter or
essay); 我 not inside quotation or title marks (“我为群众办实事”, 《我和我的祖国》), not in a word with
the character before it (自我, 忘我, 你我, 敌我); not followed by a unit word (我局, 我苏木, 我单位, 我们),
nor by a unit's longer name (我高新区, 我卫生院: a word, or a string the report writes elsewhere, ending in
a unit's character), nor by the words of a person's own voice (我要投稿, 我认为, 我的荷塘APP, 我为,
我心向党); in running prose (a sentence mark near it, no table remnant); two places at most (a text with
more speaks in a person's voice)."""

from __future__ import annotations

import re
from collections import Counter

from ..findings import Finding, Kind
from ..numbers.traditional import fold_traditional, has_traditional
from ..report import Report, TextUnit
from .form_cells import in_prose
from .grouped import one_finding
from .lexicon import Lexicon, lexicon

__all__ = ["RULE", "bare_self"]

RULE = "language.dropped"
# 我 and the unit word after it: the organs and areas a report names itself by (one character or the first
# of two: 单位, 公司, 中心, 苏木, 嘎查, 集团, 机关, 系统, 学校/学院, 医院, 街道, 社区)
_UNIT = frozenset("国省市县区州旗盟镇乡村局厅委会院校所站处办部台司行社馆队团党军方科股室组园场厂街署"
                  "单公中苏嘎集机系学医")
# after 我: its plural and possessive, and the words of a person's own voice (a web page's 我要投稿, a
# quoted slogan's 我为, a person's 我认为)
_PERSON = frozenset("们的俩等要想敢觉认知相希爱心是也就只都还很不没能可来去说看和与跟同及叫家为自个")
# before 我: the words it makes with the character before it (自我, 忘我, 你我, 敌我, 唯我, 无我, 本我)
_BEFORE = frozenset("自忘你敌唯无本真超大小他")
_OPENERS = {"“": "”", "《": "》", "〈": "〉", "「": "」", "『": "』", "‘": "’", "\"": "\""}
_UNIT_WORD = re.compile(r"[我本](单位|公司|中心|苏木|嘎查|集团|机关|系统|学校|医院|街道|社区|[局县镇会省市区乡村厅委院校所站处办部台旗州])")
_HABIT = 2  # more bare 我s than this: a text in a person's voice (a speech, a letter), no slip
_SPAN = 5  # characters quoted after 我: the words that show what it stands in
# the last character of a unit's longer name: 我高新区, 我卫生院, 我林场, 我支队, 我妇联, 我疾控中心, 我基地
_UNIT_END = frozenset("局院会区委部办所站队校园馆厂场司行社处科股室组旗盟州县市省镇乡村协联团营矿厅署台心位关统查木道地")
_NAME = 6  # the longest unit name read after 我


def _quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside quotation or title marks opened before it on its line."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    for opener, closer in _OPENERS.items():
        if opener == closer:
            if line.count(opener) % 2:
                return True
        elif line.count(opener) > line.count(closer):
            return True
    return False


def _named_unit(text: str, at: int, whole: str, lex: Lexicon) -> bool:
    """Whether a unit's longer name follows the 我 at ``at``: a word or a string the report writes
    elsewhere too, ending in a unit's character (我高新区, 我卫生院, 我疾控中心)."""
    after = text[at + 1:at + 1 + _NAME]
    for k in range(2, len(after) + 1):
        name = after[:k]
        if name[-1] in _UNIT_END and (lex.freq(name) > 0 or lex.is_name(name) or whole.count(name) > 1):
            return True
    return False


def _name(report_text: str) -> str | None:
    """The unit word the report names itself with most often (我局 or 本局 → 局), if any."""
    names = Counter(m[1] for m in _UNIT_WORD.finditer(report_text))
    return names.most_common(1)[0][0] if names else None


def bare_self(report: Report, units: list[TextUnit]) -> list[Finding]:
    """One finding for the report's bare 我s (each place listed)."""
    if not any("我" in u.text for u in units):
        return []
    places: list[tuple[TextUnit, int, int]] = []
    # a reposted copy's traditional characters read as simplified, one for one (我區 is 我区): the
    # language checks read the text as written
    texts = [fold_traditional(u.text) if has_traditional(u.text) else u.text for u in units]
    whole = "\n".join(texts)
    if "绩效" not in whole:
        return []
    lex = lexicon()
    for unit, text in zip(units, texts, strict=True):
        for at in (k for k, ch in enumerate(text) if ch == "我"):
            after = text[at + 1:at + 2]
            if not after or not (after.isdigit() or "\u4e00" <= after <= "\u9fff"):
                continue
            if after in _UNIT or after in _PERSON or (at > 0 and text[at - 1] in _BEFORE):
                continue
            if _quoted(text, at) or not in_prose(text, at, at + 1) or _named_unit(text, at, whole, lex):
                continue
            end = at + 1
            while end < len(text) and end - at <= _SPAN and ("\u4e00" <= text[end] <= "\u9fff" or text[end].isdigit()):
                end += 1
            places.append((unit, at, end))
    if not places or len(places) > _HABIT:
        return []
    named = _name(whole)
    right = f"“我{named}”（报告别处的自称）" if named else "单位的简称，如“我局”“我镇”“我单位”"
    unit, start, end = places[0]
    return [one_finding(
        report, places, kind=Kind.TYPO,
        message=f"疑似漏字：“{unit.text[start:end]}”的“我”后缺少单位名称",
        evidence="公文以“我”加单位名称自称（我局、我县、我镇、我会、我单位），报告以单位的口吻写成，不单用“我”字",
        suggestion=f"在“我”后补上{right}", rule=RULE)]
