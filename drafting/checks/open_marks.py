"""Title marks and brackets left open or closed with nothing opened: 根据《…办法，…。 (closed nowhere),
县财政局关于…的批复》 (its 《 dropped), 春节防火宣传】 (a stray closer), 《…的通知》某财〔2021〕15号) (the
document number's opening bracket dropped).

Why apart from ``language.py``: each is read across the lines of a copy, which breaks them anywhere (a
PDF's page width, a form's narrow cell): 《某省财政厅 on one line and 关于…的通知》 on the next, or
（注：…报表。 with its ） alone on the next line. A mark opened on one line and closed on the next was
neither left out nor left open (``left_open``, ``closed_next``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..report import Report, TextUnit
from .marks import fold_angles
from .title_issuers import ORGAN_ENDS

__all__ = ["closed_next", "left_open", "stray_closers", "stray_title_closers", "unclosed", "unclosed_scores", "unopened_numbers",
           "unopened_titles"]


# a title mark or bracket opened and the sentence ended (。！？, or a paragraph's closing 如下： — 现将…报告如下：
# ends the opening sentence, the sections follow) before it is closed: 根据《…办法，…。
# (not a note whose own sentence ends inside its brackets: （注：数据来源于财决07表。）)
_UNCLOSED = re.compile(r"[《（(][^《》〈〉（）()。！？]*(?:[。！？](?![）)》])|如下[：:](?=\s*$))")
# … and on one line, a 《 may hold a closed bracket on its way (《…的通知(闽财绩函〔2017〕1号)的文件精神，…。: the
# document number cited inside the title left open), and so may a （ (（里程*【定额-扣减系数(…)】；…。: a formula's
# outer bracket left open); not across lines, where a copy's next line may be anything
_UNCLOSED_HOLDING = re.compile(r"(?:《(?:[^《》〈〉（）()。！？]|[（(][^《》〈〉（）()。！？]*[）)])*"
                               # (a bracket may hold a closed title: (裕党办[2018]81号、《关于印发…的通知》(新财预…)…。; and a
                               # lead-in that ends its paragraph with a colon ends its sentence: …现按规定予以公开:)
                               r"|[（(](?:[^《》〈〉（）()。！？]|[（(][^《》〈〉（）()。！？]*[）)]|《[^《》。！？]*》)*)"
                               r"(?:[。！？](?![）)》])|如下[：:](?=\s*$)|(?<=[\u4e00-\u9fff，,])[\u4e00-\u9fff]{2}[：:](?=\s*$))")


def unclosed(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A 《 or （ still open when its sentence ends, pointed at from the mark to the sentence's end
    (where the closing mark went missing). One left open where the paragraph stops is left alone: a
    copy may have broken the line there."""
    said: set[tuple[int, int]] = set()  # where a bracket is told open: the score rule below says no more of it
    for i, unit in enumerate(units):
        if _INTERVAL.search(unit.text):
            continue  # a scoring rule's ranges ([80%,100%), (50%,80%]): half-open by design, its brackets never pair
        for m in (*_UNCLOSED_HOLDING.finditer(unit.text), *_open_across(units, i)):
            if "《" in m[0] and m[0][0] in "（(" and _SCORE_OPEN.match(unit.text, m.start()):
                continue  # an item's score bracket (（3分 :根据《…》…。): ``unclosed_scores`` tells it, with its closer
            closer = "》" if m[0][0] == "《" else "）"
            if m.end() <= len(unit.text) and closed_next(units, i, m.end(), "》" if closer == "》" else "）)"):
                continue  # （注：…报表。 and its ） alone on the next line
            if m.end() <= len(unit.text) and _closed_after_stop(unit.text, m.end(), "》" if closer == "》" else "）)"):
                continue  # (年初预算…万元。压减75万元,核减8.81万元): a bracket that holds two sentences
            said.add((i, m.start()))
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"“{m[0][0]}”在句末之前没有对应的“{closer}”",
                location=FindingLocation.of(report, unit.at(m.start(), min(m.end(), len(unit.text)))),
                evidence=f"“{m[0][:16]}{'…' if len(m[0]) > 16 else ''}”：句子结束时{'书名号' if closer == '》' else '括号'}仍未闭合",
                suggestion=f"在应结束处补上“{closer}”", rule="language.unclosed")
    yield from unclosed_scores(report, units, said)
    yield from _nested_open(report, units)
    yield from _reopened(report, units, said)


# the rest of a bracket's second sentence, up to its closer: no other mark opened or sentence ended before it
_SECOND_SENTENCE = re.compile(r"[^《》〈〉（）()。！？!?\n]{1,60}")


def _closed_after_stop(text: str, end: int, closers: str) -> bool:
    """The mark is closed right after the next sentence, in the same paragraph: (…万元。压减75万元,核减8.81万元)
    holds two sentences, its ） where the second ends — closed, not left open (a lost closer leaves the mark open to
    the paragraph's end, or to the next mark opened)."""
    m = _SECOND_SENTENCE.match(text, end)
    return m is not None and text[m.end():m.end() + 1] in tuple(closers)


# a range written as an interval: (50%,80%), [0,60)
_INTERVAL = re.compile(r"[（(\[【]\s*\d+(?:\.\d+)?\s*[%％]?\s*[,，]\s*\d+(?:\.\d+)?\s*[%％]?\s*[）)\]】]")


# a title that quotes a title, its outer 《 never closed: 《市局关于转发《省厅关于…的通知》的通知(市财〔2020〕3号)要求,…。
# The inner 》 closes the quoted title; the outer title goes on to its own kind (的通知) and its sentence ends
# with no 》 for it (the inner title is written 〈〉 where both are closed: 《关于转发〈…〉的通知》)
_OPENING_ENDS = re.compile(r"如下[：:]\s*$")  # 现将…报告如下： ends the opening sentence (as in ``_UNCLOSED``)
_NESTED_OPEN = re.compile(r"《[^《》〈〉。！？!?]*《[^《》〈〉。！？!?]*》的(?:通知|批复|函|意见|决定)")


def _nested_open(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        for m in _NESTED_OPEN.finditer(unit.text) if unit.text.count("《") >= 2 else ():
            rest = unit.text[m.end():]
            for k, nxt in enumerate(units[i + 1:i + 1 + _LINES_ON], start=1):
                if _SENTENCE_END.search(rest) or nxt.kind != "paragraph" or nxt.location.block != unit.location.block + k:
                    break
                rest += nxt.text.strip()  # a line broken inside the sentence (a copy's width)
            end = _SENTENCE_END.search(rest) or _OPENING_ENDS.search(rest)
            if end is None or "》" in rest[:end.start()] or "〉" in rest[:end.start()]:
                continue  # closed further on, or the sentence runs past what is read
            yield _open_title(report, unit, m, "外层文件名称的“《”没有对应的“》”",
                              f"“{m[0][:10]}…{m[0][-8:]}”：引用的文件名称已用“》”结束，外层的文件名称到句末仍未闭合",
                              f"在“{m[0][-3:]}”后补上“》”，内层书名号改为〈〉")


def _open_title(report: Report, unit: TextUnit, m: re.Match[str], message: str, evidence: str, suggestion: str) -> Finding:
    """A cited title's 《 left open, pointed at from the mark to where its 》 belongs."""
    return Finding(kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"书名号不配对：{message}",
                   location=FindingLocation.of(report, unit.at(m.start(), m.end())), evidence=evidence,
                   suggestion=suggestion, rule="language.unclosed")


# a title closed by its kind and its document number but not by its 》, before the next title opens: 根据《…的通知
# (红交发〔2020〕70号)下达计划,《…  — the first title ended at its number, wherever the sentence or the line ends
_REOPENED = re.compile(r"《[^《》〈〉\n。！？!?]{4,80}?的(?:通知|批复|函|意见|决定|办法|方案|规定|细则)\s*"
                       r"[(（][^()（）《》\n]{2,30}?号\s*[)）](?=[^《》\n。！？!?]{0,40}《)")


def _reopened(report: Report, units: list[TextUnit], said: set[tuple[int, int]]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        for m in _REOPENED.finditer(unit.text) if unit.text.count("《") >= 2 else ():
            if (i, m.start()) in said:
                continue  # told open at its sentence's end already
            kind_end = max(unit.text.rfind(c, m.start(), m.end()) for c in "(（")
            yield _open_title(report, unit, m, "文件名称的“《”没有对应的“》”",
                              f"“{m[0][:10]}…{m[0][-12:]}”：文件名称后已写出文号，下一个文件名称又以“《”开始，前一个仍未闭合",
                              f"在“{unit.text[kind_end - 2:kind_end]}”后补上“》”")


# a mark still open where a line stops mid-sentence (a PDF's line or page break)
_OPEN_AT_END = re.compile(r"[《（(][^《》〈〉（）()。！？]*$")
_LINES_ON = 2  # the lines a broken sentence is read on
_LATIN_OPEN = re.compile(r"[（(][A-Za-z\s]+")


def _open_across(units: list[TextUnit], i: int) -> list[re.Match[str]]:
    """The mark left open at the end of ``units[i]`` whose sentence, read on over the next lines of
    running text (a line or page broken mid-sentence), ends before it is closed; the match runs over
    the lines joined, from the mark to the sentence's end."""
    m = _OPEN_AT_END.search(units[i].text)
    if m is None or i + 1 >= len(units) or _LATIN_OPEN.fullmatch(m[0]):
        return []  # (a bracket opened on Latin letters alone, (sh of a cut pinyin, runs on with no sentence)
    joined = units[i].text
    for k, nxt in enumerate(units[i + 1:i + 1 + _LINES_ON], start=1):
        if nxt.kind != "paragraph" or nxt.location.block != units[i].location.block + k:
            return []  # a heading, a table's cell, or a line not right after: no sentence goes on there
        joined += nxt.text.strip()
        if (end := _SENTENCE_END.search(joined, m.end())) is not None:
            whole = _UNCLOSED.match(joined, m.start())
            return [whole] if whole is not None and whole.end() == end.end() else []
    return []


# a document's title closed by 》 that no 《 opened in its sentence: 根据县财政局关于下达…的批复》(县财〔2020〕3号);
# or the next title of a list after a closed one (根据《彩票公益金管理办法》、民政部…信息公开办法》等规定)
_NEXT_UNOPENED = re.compile(r"》、([^《》〈〉。！？!?；;，,、\n]{4,60}?(?:通知|批复|意见|办法|方案|决定|规定|细则|条例|规划|计划))》")
_UNOPENED = re.compile(r"(关于(?<![《〈]关于)[^《》〈〉。！？!?；;，,]{2,60}?(?:通知|批复|意见|办法|方案|决定|规定|细则|函|报告|规划|计划))》")


def unopened_titles(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A 》 closing a title (关于…的通知》) with no 《 before it in its sentence: the opening mark dropped."""
    for unit in (u for u in units if "》、" in u.text):
        folded = fold_angles(unit.text)
        for m in _NEXT_UNOPENED.finditer(folded):
            if folded[:m.start()].count("《") - folded[:m.start()].count("》") != 1:
                continue  # the first 》 closes no title opened on this line, or an inner one (《…〈A〉、B〉…》)
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message="书名号“》”之前没有对应的“《”",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end())),
                evidence=f"“{m[1][:16]}{'…' if len(m[1]) > 16 else ''}》”：并列的文件名称中，这一个只有结尾的书名号",
                suggestion=f"在“{m[1][:8]}”前补上“《”", rule="language.unclosed")
    for i, unit in enumerate(units):
        for m in _UNOPENED.finditer(unit.text) if "》" in unit.text else ():
            sentence = max(unit.text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
            if "《" in unit.text[sentence:m.start()] or ("》" not in unit.text[:m.start()] and left_open(units, i, "《", "》")):
                continue  # 《某县财政局关于…》: the mark opened before the issuer's name (on this line or the one before)
            start = _issuer_start(unit.text, sentence, m.start(1))
            title = unit.text[start:m.end() - 1]
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message="书名号“》”之前没有对应的“《”",
                location=FindingLocation.of(report, unit.at(start, m.end())),
                evidence=f"“{title[:16]}{'…' if len(title) > 16 else ''}》”：文件名称只有结尾的书名号",
                suggestion=f"在“{title[:8]}”前补上“《”", rule="language.unclosed")


# the words that lead a cited title in (按照《…》, 根据《…》): an issuer's name begins after the last of them
_LEADS = re.compile(r"按照|根据|依据|依照|遵照|参照|对照|结合|落实|贯彻|执行|印发|转发|下发|收到|学习|通过")
_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff \u3000、]{0,40}$")  # names, apart by blanks or 、
_NO_NAME = frozenset("的了是在对将把被已")  # characters of a clause, never of an organ's name
_PIECE_ENDS = ORGAN_ENDS | {"央"}  # 中共中央, 党中央


def _issuer_start(text: str, sentence: int, at: int) -> int:
    """Where a title's issuer begins before its 关于 at ``at`` (中共中央 国务院关于…, 省委办公厅、省政府办公厅关于…):
    the 《 that was dropped stood there. The issuer is the organs' names right before 关于, each ending in an
    organ's character, after the word that leads the title in (按照) or a mark; ``at`` where it is no name."""
    run = _RUN_BEFORE.search(text, sentence, at)
    if run is None:
        return at
    leads = list(_LEADS.finditer(run[0]))
    start = run.start() + (leads[-1].end() if leads else 0)
    if not leads and run.start() > sentence and not re.match(r"[，,、；;：:（(\s]", text[run.start() - 1]):
        return at  # the run goes on from before a mark the sentence has not: no name's start is known
    while start < at and text[start] in " \u3000、":
        start += 1
    pieces = re.split(r"[ \u3000、]+", text[start:at].strip())
    if not pieces[0] or _NO_NAME.intersection(text[start:at]) or any(len(p) < 2 or p[-1] not in _PIECE_ENDS for p in pieces):
        return at
    return start


# a document number cited right after its title's 》 and closed by a bracket: its opening bracket was dropped
# (《…的通知》某财行〔2021〕15号)) — a cited title puts its number in brackets, 《…》（某财〔2021〕15号）
_UNOPENED_NUMBER = re.compile(r"》([\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］][ \u3000]*\d{1,4}[ \u3000]*号[ \u3000]*[)）])")


def unopened_numbers(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "》" in u.text and "号" in u.text):
        for m in _UNOPENED_NUMBER.finditer(unit.text):
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"发文字号“{m[1]}”缺少左括号",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end(1))),
                evidence="文件名称后的发文字号以右括号结尾，前面没有与之成对的左括号",
                suggestion=f"在“{m[1][:-1].strip()}”前补上“（”", rule="language.unclosed")


# a square bracket closed that nothing opened in its paragraph, right after a Chinese character
# (春节防火宣传]): a stray mark — not a list's 1] or a bracket of figures, and not where any [ or 【 stands
_STRAY_CLOSER = re.compile(r"[\]】](?<=[\u4e00-\u9fff][\]】])(?![\[【])")


# a round bracket closed right after a word's last character, then a colon or a figure (年度预算资金总额): 1084.25),
# with no bracket left open before it on its line or the lines above: a label's stray mark; or at its line's end (a form's
# subtitle 2021年度), …结转148.44万元)): its opener dropped. Not a list's 1) or 一) (a marker opens its item,
# no word before it), nor one whose opener a line before left open (a copy's broken line)
_STRAY_ROUND = re.compile(r"(?<=[\u4e00-\u9fff]{2})[)）](?=\s*[:：]|\s*\d|[ \t\u3000]*$)")


def _stray_rounds(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        for m in _STRAY_ROUND.finditer(unit.text) if ")" in unit.text or "）" in unit.text else ():
            before = unit.text[:m.start()]
            if _round_depth(before) > 0 or left_open(units, i, "(（", ")）") or _open_above(units, i):
                continue  # closes a bracket opened before it, on its line or a line before
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"多余的“{m.group(0)}”：前面没有与之成对的括号",
                location=FindingLocation.of(report, unit.at(m.start() - 2, m.end())),
                evidence="这个右括号前面没有左括号与之成对，" + ("紧跟在词语之后、冒号或数字之前，是标签中多出的标点"
                                                         if unit.text[m.end():].strip() else "在行末：左括号漏写了"),
                suggestion=f"删去“{m.group(0)}”", rule="language.unclosed")


def _round_depth(text: str) -> int:
    """Round brackets ``text`` leaves open, read in turn: a closer with none open is a stray of its own, and opens
    nothing back ((财监2022)1号) leaves none open, so the (冬春救助资金) after it is closed by its own ``)``)."""
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth


def _open_above(units: list[TextUnit], i: int) -> bool:
    """More round brackets opened than closed over the lines above: a PDF's columns break a header cell's
    (包含数字 | 及文字描述) over lines, its ) two lines down after the next column's."""
    above = "".join(u.text for u in units[max(0, i - _LINES_BACK):i])
    return above.count("(") + above.count("（") > above.count(")") + above.count("）")


# a round bracket closed twice in a row (…(财农〔2016〕107号))、): where the first closes the only one open on
# its line, the second closes nothing — a doubled key, as 。。 is
_TWICE_CLOSED = re.compile(r"[)）]\s*[)）]")


def _doubled_rounds(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for i, unit in enumerate(units):
        for m in _TWICE_CLOSED.finditer(unit.text) if ")" in unit.text or "）" in unit.text else ():
            before = unit.text[:m.start()]
            if before.count("(") + before.count("（") - before.count(")") - before.count("）") != 1 \
                    or left_open(units, i, "(（", ")）"):
                continue  # two brackets open (…(…(…))): each closes its own
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"括号多了一个：“{unit.text[m.start() - 2:m.end()]}”",
                location=FindingLocation.of(report, unit.at(m.start() - 2, m.end())),
                evidence="前面只有一个左括号未闭合，第一个右括号已与之成对，第二个右括号无从配对",
                suggestion=f"删去一个“{m.group(0)[-1]}”", rule="language.unclosed")


def stray_closers(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    yield from _stray_rounds(report, units)
    yield from _doubled_rounds(report, units)
    for i, unit in enumerate(units):
        if ("]" not in unit.text and "】" not in unit.text) or "[" in unit.text or "【" in unit.text \
                or left_open(units, i, "[【", "]】"):
            continue
        for m in _STRAY_CLOSER.finditer(unit.text):
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"多余的“{m.group(0)}”：前面没有与之成对的括号",
                location=FindingLocation.of(report, unit.at(m.start() - 1, m.end())),
                evidence="本段没有左方括号，这个右方括号无从配对", suggestion=f"删去“{m.group(0)}”",
                rule="language.unclosed")


# a title closed, then its own tail (的通知, 的实施意见) closed again: 《…关于印发〈…办法〉》的通知》 — the
# document issuing another is named whole inside one pair, so the 》 before 的 closed it too early
_TAIL_AGAIN = re.compile(r"》(的[\u4e00-\u9fff]{1,8})》")


def stray_title_closers(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A 》 that closes a title before its tail (…暂行办法〉》的通知》): the 》 after the tail then closes
    nothing. Only where the 《 was opened on the same line (a copy's broken line may hold the outer 《
    a line before, its inner title marked 《》 too)."""
    for i, unit in enumerate(units):
        text = fold_angles(unit.text) if "》的" in unit.text else ""
        for m in _TAIL_AGAIN.finditer(text):
            depth = sum(1 if c in "《" else -1 for c in text[:m.start()] if c in "《》")
            if depth != 1 or left_open(units, i, "《", "》"):
                continue  # the first 》 closes an inner 《 (nested 《《…》的通知》), or no 《 on this line
            opened = text.rfind("《", 0, m.start())
            start = max(opened + 1, m.start() - 5)
            inner = text[m.start() - 1] in "〉>"
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message="书名号“》”多了一个：文件名称在“" + m[1] + "》”处才结束",
                location=FindingLocation.of(report, unit.at(start, m.end())),
                evidence=f"“{m[1]}”是文件名称的一部分，其前的“》”已把书名号闭合，其后的“》”无从配对",
                suggestion=f"删去“{m[1]}”前的“》”" + ("" if inner else "，被印发的文件名用〈〉"),
                rule="language.unclosed")


_SENTENCE_END = re.compile("[。！？!?]")
_LINES_BACK = 3  # a title broken over at most this many lines


def left_open(units: list[TextUnit], i: int, openers: str, closers: str) -> bool:
    """Whether the text before ``units[i]`` left one of ``openers`` open at its end: its last opener
    stands after its last closer with no sentence's end after it. A copy (a PDF's, a form's narrow
    cell) breaks its lines anywhere, 《某省财政厅 on one line and 关于…的通知》 on the next: the mark that
    closes on the next line was opened, not left out."""
    for before in (u.text for u in reversed(units[max(0, i - _LINES_BACK):i])):
        opened = max(before.rfind(c) for c in openers)
        if opened < 0 and max(before.rfind(c) for c in closers) < 0 and _SENTENCE_END.search(before) is None:
            continue  # a line of the title's words only (关于印发某某): the mark may stand a line further up
        return opened > max(before.rfind(c) for c in closers) and _SENTENCE_END.search(before, opened) is None
    return False


def closed_next(units: list[TextUnit], i: int, end: int, closers: str) -> bool:
    """Whether ``units[i]`` stops at ``end`` and the next line opens with one of ``closers``: the mark
    that closes what ends there, put on the next line by the copy."""
    return not units[i].text[end:].strip() and i + 1 < len(units) and units[i + 1].text.lstrip()[:1] in set(closers)


# a score in brackets after an item's name (项目预算规范性（3分）：…): what the bracket holds is the score alone, or a
# formula of it ((20分*执行率)), and it closes on its line; one never closed there lost its closer (…(3分 :根据…)
_SCORE_OPEN = re.compile(r"(?<=[\u4e00-\u9fff])[（(]\s*\d{1,3}(?:\.\d+)?\s*分(?!\s*[）)])")


def unclosed_scores(report: Report, units: list[TextUnit], said: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()
                    ) -> Iterator[Finding]:
    """An item's score bracket (（3分） after its name) that nothing closes on its line nor at the next line's start;
    ``said``: the brackets ``unclosed`` has told open already (one problem, one finding)."""
    for i, unit in enumerate(units):
        text = unit.text
        for m in _SCORE_OPEN.finditer(text) if "分" in text else ():
            if (i, m.start()) in said:
                continue
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if _closes(text[m.end():line_end]) or (line_end == len(text) and closed_next(units, i, len(text), "）)")):
                continue
            closer = ")" if m[0][0] == "(" else "）"
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"分值括号“{m[0].strip()}”没有对应的“{closer}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"项目名称后的分值“{m[0].strip()}”应写在一对括号内，本行其后没有闭合它的括号",
                suggestion=f"改为“{m[0].strip()}{closer}”", rule="language.unclosed")


def _closes(rest: str) -> bool:
    """Whether a bracket opened just before ``rest`` is closed in it (brackets opened inside it closed first)."""
    depth = 1
    for ch in rest:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return True
    return False
