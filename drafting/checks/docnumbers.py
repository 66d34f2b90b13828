"""发文字号 (document numbers) as GB/T 9704-2012 writes them: the year in 六角括号〔〕, no 第, no
leading zero, ending in 号.

Part of the language checks (``language.check_language`` runs it). Why apart: the shapes a 发文字号
takes when it is mistyped (湘财预[2021]5号, 〔20211〕, 建村〔2017〕]87号, 保财教[2021]41、181下达…) are a
concern of their own. One finding per problem: the same malformed shape throughout a report is one
finding listing every place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width, no_blanks
from ..numbers.traditional import fold_traditional
from ..report import Report, TextUnit
from .grouped import one_finding

__all__ = ["document_numbers", "numbers_in_titles"]

_HAN = r"\u4e00-\u9fff"

# 机关代字 (2–10 Chinese characters), the year, the serial number, 号; brackets of any kind or none.
# In each pattern here the 机关代字's run is possessive (``{2,10}+``): what follows it (a blank, a
# bracket, the year) is never a Chinese character, so a shorter run cannot match where the longest
# failed; trying each shorter one at every character was a third of the language check (callgrind).
_DOCNO = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝\[【（(［{{｛]?)\s*(?P<year>(?:19|20)(?:\d\d|[xX]{{2}}))\s*"
    r"(?P<close>[〕﹞\]】）)］}｝]?)\s*(?P<di>第?)\s*(?P<num>\d{1,4})\s*(?P<hao>[号號])"
)
_GOOD_OPEN, _GOOD_CLOSE = "〔﹝", "〕﹞"
_MARKS = re.compile(r"[，。；：《》（）〔〕()]")  # a paragraph's marks (its list's 、 may be a site's numbering: 1、 1 …)
_NAMED = 3  # at most this many other documents of one shape are named in the message
_WRONG_BRACKETS = {"[": "[ ]", "【": "【 】", "（": "（ ）", "(": "( )", "［": "［ ］", "{": "{ }", "｛": "｛ ｝"}
# words that end a 机关代字 in running text but are not part of it (…印发了湘政发〔2019〕10号, 按市文体改…), or the
# 年 or 年度 of a date just before it (2021年保财教[2021]41…, 2023年度天财社(2022)97号)
_NOT_ORG_TAIL = re.compile(r"^(?:.*?(?:印发|根据|按照|按|依据|另据|又据|执行|转发|关于|下达|文件|通知|精神|要求|的)|年度?(?=.))")


def _docno_problem(m: re.Match[str]) -> tuple[str, str] | None:
    """(shape key, what is wrong) for a malformed 发文字号, or None when it is well formed."""
    open_, close, year, num = m["open"], m["close"], m["year"], m["num"]
    if not year.isdigit() and not (open_ and close):
        return None  # a year masked in a published copy (〔20xx〕) is read only where both its brackets stand
    if _firm_number(m):
        return None  # a firm's report number, not a 公文's: GB/T 9704 does not govern it
    if not open_ and not close and m.string[m.end("org"):m.start("year")].isspace() \
            and m.string[m.end("year"):m.start("num")].isspace() and not _MARKS.search(m.string):
        return None  # a blank where each bracket stood (国发 2013 36 号) in a paragraph with no mark at all: a text layer turned them to blanks
    if not open_ and not close:
        # 益赫政发201612号: the year run into the number; only when no 年 or 第 could make it a date
        # …or a finance bureau's division code, 财 and one character (保财农201919号: 财农, 财社, 财建)
        org = fold_traditional(m["org"])  # (a traditional copy's 益赫政發201612號 read as written simplified)
        return ("no-brackets", f"年份{year}未加六角括号〔〕") if org[-1] in "发字函办预绩教财规" or org[-2:-1] == "财" else None
    if open_ in _GOOD_OPEN and not close:
        return "no-close", f"年份{year}后缺少“〕”"
    if close in _GOOD_CLOSE and not open_:
        return "no-open", f"年份{year}前缺少“〔”"
    if open_ and close and (open_ in _GOOD_OPEN) != (close in _GOOD_CLOSE) and open_ not in "（(":
        # one side a 六角括号, the other another bracket (〔2021)5号, [2021〕5号): a pair no style writes
        # (a round bracket opened and never closed is ``open_marks.unclosed``'s finding)
        return "mixed", f"年份{year}两侧括号不成对（“{open_}”与“{close}”），应为六角括号〔 〕"
    if open_ in _WRONG_BRACKETS and close and close not in _GOOD_CLOSE:
        return f"brackets-{open_}", f"年份用了{_WRONG_BRACKETS[open_]}，应为六角括号〔 〕"
    if m["di"]:
        return "di", f"序号前不加“第”（应为〔{year}〕{num}号）"
    if num.startswith("0"):
        return "zero", f"序号不编虚位（{num}号应为{int(num)}号）"
    return None


# a firm that numbers its own reports (会计师事务所, 资产评估公司, 咨询公司), named shortly before a number
_FIRM = re.compile(r"会计师事务所|税务师事务所|评估(?:有限)?(?:责任)?公司|资产评估|咨询(?:有限)?(?:责任)?公司|审计(?:有限)?公司")


def _firm_number(m: re.Match[str]) -> bool:
    """An accounting, audit or appraisal firm's report number (上会湘报字(2022)第0001号, 某审字[2024]第19号):
    its code ends in 报字/审字/鉴字/评字/咨字/验字, or it is numbered 第N号 right after the firm's name. A
    firm writes its year in any bracket and its serial with 第 and leading zeros; GB/T 9704, which
    governs an office's 发文字号, is no rule for it."""
    org = fold_traditional(m["org"])  # (匯鼎會諮報字〔2024〕第0019號 in a traditional copy)
    if org.endswith("字") and org[-2:-1] in "报审咨验评鉴":
        return True
    return bool(m["di"]) and bool(_FIRM.search(fold_traditional(m.string[max(0, m.start() - 40):m.start() + len(m["org"])])))


# 机关代字, the year in brackets that only a 发文字号 uses (or its 〕 alone), and one or more serial numbers with no 号
# after them (保财教[2021]41、181、193下达…): a date, an issue or an edition would say 月, 期, 版; a
# number that ends the text is an excerpt cut off, not a slip
_DOCNO_NO_HAO = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝\[［]?)\s*(?P<year>(?:19|20)\d\d)\s*(?P<close>[〕﹞\]］])\s*"
    r"(?P<di>第?)\s*(?P<num>\d{1,4})(?P<more>(?:\s*[、，,]\s*\d{1,4})*)(?!\s*[\d号號年月日期届版.．\-/]|\s*[、，,]\s*\d)(?=\s*\S)"
)

# a 发文字号 whose bracketed "year" is no year: three or five digits, or four not starting 19/20
# (湘财预〔202〕5号, 〔20211〕): only inside 〔〕, which nothing but a 发文字号 uses
_DOCNO_BAD_YEAR = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝])\s*(?P<year>\d{{3}}|\d{{5}}|(?!19|20)\d{{4}})\s*[〕﹞]"
    r"\s*(?P<num>\d{1,4})\s*[号號]")

# the year and the serial number run together in an opened 〔, neither its 〕 nor 号 written, the citation's bracket
# closing right after them ((绥财绩〔20216)要求): only a 发文字号 opens 〔 before a year
_DOCNO_RUN_SHUT = re.compile(rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝])\s*(?P<year>(?:19|20)\d\d)(?P<num>\d{{1,3}})\s*(?=[)）])")

_CITED_KIND = re.compile(r"(?:纪要|通知|意见|办法|方案|决定|规定|细则|批复|函|规划|报告)$")  # a document's title ends so
# the year in its 六角括号 with one bracket too many around it (建村〔2017〕]87号, 湘财〔〔2021〕5号)
_DOCNO_EXTRA = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝\[【（(]?\s*[〔﹝])\s*(?P<year>(?:19|20)\d\d)\s*"
    r"(?P<close>[〕﹞]\s*[\]】）)〕﹞]?)\s*(?P<num>\d{1,4})\s*[号號]")
# the year in its brackets and 号 right after it, no serial number between (国发〔2015〕号): every 发文字号
# numbers its document (GB/T 9704-2012: 机关代字、年份、发文顺序号), so one was left out, or a template's
# blank left unfilled; a masked year (〔20xx〕) is the publisher's, not read here
_DOCNO_NO_NUM = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝\[［])\s*(?P<year>(?:19|20)\d\d)\s*(?P<close>[〕﹞\]］])\s*[号號]")
# 号 said twice after the serial number (湘财社指〔2023〕8号号): a key struck twice; the number is whole otherwise
_DOCNO_HAO_TWICE = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+)\s*(?P<open>[〔﹝\[［])\s*(?P<year>(?:19|20)\d\d)\s*(?P<close>[〕﹞\]］])\s*"
    r"(?P<num>\d{1,4})\s*[号號]\s*[号號]")
# what the patterns above hold after their 机关代字, searched for first: they are tried at every
# Chinese character, and a paragraph without these holds no match
# the year in 【】 after a 机关代字 (one may carry a bracketed part: 黑财指农(资环)【2021】), whatever follows:
# 【YYYY】 stands for nothing but a 发文字号's year (every one in the dev texts and pools 55–63 is one), and a
# published copy may mask the serial number ((略), ××号) that the shapes above read
_DOCNO_MASKED = re.compile(
    rf"(?P<org>[{_HAN}]{{2,10}}+(?:[（(][{_HAN}]{{1,4}}[)）])?)\s*(?P<open>【)\s*(?P<year>(?:19|20)\d\d)\s*(?P<close>】)"
    r"(?!\s*第?\s*\d{1,4}\s*[号號])")
_DOCNO_TAIL = re.compile(r"(?:19|20)(?:\d\d|[xX]{2})\s*[〕﹞\]】）)］}｝]?\s*第?\s*\d{1,4}\s*[号號]")
_CLOSED_YEAR = re.compile(r"(?:19|20)\d\d\s*[〕﹞]")  # a year's 〕 whose 〔 was left out
_BRACKETED_DIGITS = re.compile(r"[〔﹝\[［]\s*\d{3,5}\s*[〕﹞\]］]")


def _no_hao(m: re.Match[str]) -> tuple[str, str]:
    """The shape key and message of a 发文字号 written without its 号."""
    if not m["open"]:
        return "no-hao-no-open", f"年份{m['year']}前缺少“〔”，序号后缺少“号”"
    brackets = "" if m["open"] in _GOOD_OPEN else f"，年份用了{_WRONG_BRACKETS.get(m['open'], m['open'])}"
    return f"no-hao-{m['open']}", f"序号后缺少“号”{brackets}"


def _no_serial_shapes(folded: str) -> Iterator[tuple[str, re.Match[str], str]]:
    """The shapes read without a serial number and 号 after the year's brackets: a year run into its serial in an
    opened 〔 (〔20216)), and a year in 【】 (its serial perhaps masked)."""
    for m in _DOCNO_RUN_SHUT.finditer(folded) if "〔" in folded or "﹝" in folded else ():
        yield "run-shut", m, f"年份{m['year']}后缺少“〕”，序号后缺少“号”"
    for m in _DOCNO_MASKED.finditer(folded) if "【" in folded else ():
        yield "masked-【", m, "年份用了【 】，应为六角括号〔 〕"


_COVER = 12  # a report's cover and head: its first units
_CODE_LABEL = re.compile(r"(?:项目|报告|合同|档案)?编号\s*[:：]\s*$")


def document_numbers(report: Report, units: list[TextUnit]) -> list[Finding]:
    shapes: dict[str, list[tuple[TextUnit, re.Match[str], str]]] = {}
    before = ""
    # a firm's report (评价机构：某会计师事务所 on its cover) numbers itself 第N号 on a line of its own under its title
    firm_report = any(_FIRM.search(u.text) for u in units[:_COVER])
    for unit in units:
        folded = fold_width(unit.text).replace("號", "号")  # a traditional-character copy writes 號
        # …or right under the firm's name (评价机构：某会计师事务所 / 藏源财绩【2022】第186号)
        firm_above, before = firm_report or bool(_FIRM.search(before[-60:])), unit.text
        if "号" in folded and _DOCNO_TAIL.search(folded):  # every 发文字号 ends in 号
            for m in _DOCNO.finditer(folded):
                if m.start() > 0 and unit.text[m.start() - 1].isdigit() \
                        and not (m["org"][0] == "年" and len(_NOT_ORG_TAIL.sub("", m["org"])) >= 2):
                    continue  # a run after figures, but a date's 年 before the code (2023年度天财社(2022)97号)
                if firm_above and m["di"] and not folded[:m.start()].strip() and not folded[m.end():].strip():
                    continue  # the firm's own report number, as ``_firm_number`` reads one on the firm's line
                if _CODE_LABEL.search(folded, 0, m.start()):
                    continue  # 项目编号：金财绩评(2024)004号 — a project's or report's code, no 公文's 发文字号
                problem = _docno_problem(m)
                if problem:
                    shapes.setdefault(problem[0], []).append((unit, m, problem[1]))
        for key, m, what in _no_serial_shapes(folded):
            shapes.setdefault(key, []).append((unit, m, what))
        if (("〔" in folded or "[" in folded or "﹝" in folded) and _BRACKETED_DIGITS.search(folded)) \
                or ("〕" in folded and _CLOSED_YEAR.search(folded)):
            for m in _DOCNO_NO_HAO.finditer(folded):
                if not m["open"] and m["close"] not in _GOOD_CLOSE:
                    continue  # with no bracket before the year, only a 〕 after it says a 发文字号 (保财预2020〕95)
                key, what = _no_hao(m)
                shapes.setdefault(key, []).append((unit, m, what))
            for m in _DOCNO_EXTRA.finditer(folded):
                if m["open"][0] in "（(" and _CITED_KIND.search(m["org"]):
                    continue  # …会议纪要(〔2019〕3号): the citation's bracket after a document's title, whose number has no code
                if len(m["open"].replace(" ", "")) + len(m["close"].replace(" ", "")) > 2:
                    shapes.setdefault("extra-bracket", []).append((unit, m, f"年份{m['year']}的六角括号外多了一个括号"))
            for m in _DOCNO_HAO_TWICE.finditer(folded) if "号号" in no_blanks(folded) else ():
                shapes.setdefault("hao-twice", []).append((unit, m, "序号后的“号”写了两次"))
            for m in _DOCNO_NO_NUM.finditer(folded):
                shapes.setdefault("no-number", []).append((unit, m, f"〔{m['year']}〕与“号”之间缺少发文顺序号"))
            for m in _DOCNO_BAD_YEAR.finditer(folded):
                shapes.setdefault(f"year-{m['year']}", []).append(
                    (unit, m, f"“{m['year']}”不是年份（年份应为四位，如2021）"))
    if "no-brackets" in shapes and _marks_stripped(units):
        del shapes["no-brackets"]  # the copy's loss: the same copy printed 《》 and 〔〕 nowhere
    out = []
    for key, places in shapes.items():
        unit, m, what = places[0]
        org_tail = _NOT_ORG_TAIL.sub("", m["org"]) or m["org"]
        start = _org_start(m)
        # every place whole, from its 机关代字: the shape is one, the documents several, each to be found
        others = [FindingLocation.of(report, u.at(_org_start(mm), mm.end())) for u, mm, _ in places[1:]]
        count = f"（全文共{len(places)}处同样写法{_also(places)}）" if len(places) > 1 else ""
        out.append(Finding(
            kind=Kind.DOCUMENT_NUMBER, severity=Severity.WARNING,
            message=f"发文字号格式不规范：{what}{count}",
            location=FindingLocation.of(report, unit.at(start, m.end())), related=others,
            evidence="GB/T 9704-2012：发文字号由机关代字、年份、发文顺序号组成，年份用六角括号〔〕，序号不加“第”、不编虚位",
            suggestion=_suggestion(key, org_tail, m),
            rule="language.document_number"))
    return out


# a 发文字号 in brackets closed inside the title's 》: 《…的通知(财社〔2023〕63号)》 for 《…的通知》(财社〔2023〕63号)
_NUMBER_IN_TITLE = re.compile(r"[（(]\s*[\u4e00-\u9fff]{2,10}\s*[〔﹝\[【]\s*(?:19|20)\d\d\s*[〕﹞\]】]\s*\d{1,4}\s*[号號]\s*[)）]》")


def numbers_in_titles(report: Report, units: list[TextUnit]) -> list[Finding]:
    """A document's number written inside its title's 《》: the title ends before the number."""
    places = [(u, m.start(), m.end()) for u in units if "号" in u.text and "》" in u.text
              for m in _NUMBER_IN_TITLE.finditer(u.text)]
    if not places:
        return []
    unit, start, end = places[0]
    shown = unit.text[start:end]
    return [one_finding(
        report, places, kind=Kind.PUNCTUATION, message=f"书名号位置不对：发文字号写进了文件名称的书名号内“{shown}”",
        evidence="发文字号不是文件名称的一部分，应在书名号之后：《……的通知》（某财〔2023〕63号）",
        suggestion=f"改为“》{shown[:-1]}”", rule="language.mismatched_pair")]


# a document's title with no 《》 around it: 关于…的通知 standing bare in running text
_BARE_TITLE = re.compile(r"(?<!《)关于[^。；;，,《》]{2,40}的(?:通知|意见|办法|决定|批复|规定)(?!》)")


def _marks_stripped(units: list[TextUnit]) -> bool:
    """Whether the copy has lost its paired marks: a document's title cited bare and no 《》 or 〔〕 anywhere
    on the page (a document site's text layer: 琼财绩2014226号海南省财政厅关于开展…的通知). A writer who
    leaves a year unbracketed still names the document in 《》; a page with neither shows what the copy dropped."""
    if any(c in u.text for u in units for c in "《〔﹝"):
        return False
    # (read across lines: a PDF's text breaks a title anywhere, 关于开展2016年度省级财 / 政资金…的通知; a traditional
    # copy's 關於…的通知 folded)
    return bool(_BARE_TITLE.search(fold_traditional("".join(u.text for u in units))))


def _org_start(m: re.Match[str]) -> int:
    """Where a 发文字号's 机关代字 starts: the words of running text before it left out (印发了, 根据)."""
    return m.end("org") - len(_NOT_ORG_TAIL.sub("", fold_traditional(m["org"])) or m["org"])  # (根據 folded)


def _also(places: list[tuple[TextUnit, re.Match[str], str]]) -> str:
    """The other documents written in the same shape, named (另有渝财教【2019】208号) when they are a few:
    the finding stands at the first, and each of them needs the same fix."""
    def key(m: re.Match[str]) -> str:  # a 机关代字's end and the rest: words before the 代字 may differ
        return m["org"][-2:] + m.string[m.end("org"):m.end()]

    named: dict[str, str] = {key(places[0][1]): ""}
    for u, mm, _ in places[1:]:
        named.setdefault(key(mm), u.text[_org_start(mm):mm.end()])
    shown = list(named.values())[1:]
    return f"，另有{'、'.join(shown)}" if 0 < len(shown) <= _NAMED else ""


def _suggestion(key: str, org_tail: str, m: re.Match[str]) -> str:
    """How the 发文字号 should read, or what to look up where the text cannot say (a year, a serial number)."""
    if key == "no-number":
        return f"核对原文件，补上发文顺序号：{org_tail}〔{m['year']}〕×号"
    if key == "masked-【":
        return f"改为 {org_tail}〔{m['year']}〕，并核对原文件的发文顺序号"
    if key.startswith("year-"):
        return f"核对原文件的四位发文年份，写作 {org_tail}〔年份〕{_serials(m)}"
    return f"改为 {org_tail}〔{m['year']}〕{_serials(m)}"


def _serials(m: re.Match[str]) -> str:
    """The serial numbers as they should read: 4号, or 41号、181号、193号 for a list."""
    more = m.groupdict().get("more") or ""
    return "、".join(f"{int(n)}号" for n in [m["num"], *re.findall(r"\d+", more)])
