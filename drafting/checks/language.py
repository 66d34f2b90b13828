"""Language checks for 公文 besides wrong characters: 发文字号, doubled words and clauses, punctuation.

Why these first: they are what a reviewer marks most after wrong characters, and each has a form
rule (GB/T 9704-2012 for 发文字号: 年份 in 六角括号〔〕, no 第, no leading zero, ending in 号) or a
shape that is wrong whatever the words (用于用于, 。。, 《…〉). Precision first: anything a layout
habit can explain (half-width marks used throughout, a bracket closed on the next line, the cut-off
last line of an excerpt) is left alone, and a doubled word must be a word (jieba's dictionary or the
vocabulary, ``lexicon.py``). One finding per problem: the same malformed shape of 发文字号 throughout a
report is one finding listing every place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ..findings import Finding, FindingLocation, Kind, Severity
from ..numbers.textnorm import fold_width
from ..numbers.traditional import fold_traditional
from ..report import Location, Report, TextUnit
from .bare_counts import bare_counts
from .bare_self import bare_self
from .basis_fragments import basis_fragments
from .bracketed_twice import bracketed_twice
from .cited_numbers import cited_twice, titled_twice
from .columns import in_alike_columns, in_wrapped_columns
from .concessives import unfinished_concessives
from .context import target_and_actual
from .cut_headings import cut_headings
from .cut_verbs import cut_verbs
from .digit_groups import misgrouped_figures
from .docnumbers import document_numbers, numbers_in_titles
from .doubled_chars import ONE_BY_ONE
from .doubled_levels import doubled_autonomous, doubled_levels
from .doubled_marks import doubled_marks
from .doubled_phrases import doubled_phrases, doubled_word, inside_words
from .doubled_tokens import doubled_tokens
from .fiscal_terms import fiscal_term_slips
from .form_cells import (
    after_run_together_headers,
    cells_run_together,
    ends_indicator_row,
    in_prose,
    in_unseparated_row,
)
from .form_labels import form_label_slips
from .form_labels import labels as form_labels
from .halfwidth_stops import halfwidth_stops
from .joined_names import joined_names
from .lead_semicolons import lead_semicolons
from .lexicon import COMMON, lexicon
from .line_seams import broken_lines, seam_chars
from .list_marks import item_colons, list_colons, list_commas, unparted_items
from .list_repeats import repeated_members
from .marks import halfwidth_angles, halfwidth_clause_marks, lookalikes
from .name_variants import name_variants
from .open_marks import stray_closers, stray_title_closers, unclosed, unopened_numbers, unopened_titles
from .pair_marks import mismatched_brackets
from .rare_homophones import rare_homophones
from .repeated_sentences import repeated_sentences
from .short_names import short_names_twice
from .stacked_words import stacked_approximations, stacked_connectives, stacked_inclusions
from .stray_dots import stray_dots
from .stray_units import stray_units
from .title_issuers import cut_issuers
from .title_kinds import kinds_again
from .title_marks import closed_after_clause_marks, names_outside_titles, titles_in_titles
from .titles import FILE_SUFFIX
from .unended_paragraphs import unended_paragraphs
from .unit_letters import doubled_unit_letters
from .verb_twice import verbs_twice
from .year_slips import reversed_ranges, years_twice, years_without_nian

__all__ = ["check_language"]

_HAN = r"\u4e00-\u9fff"

# -- doubled words and clauses -------------------------------------------------------------------

# XYXY: a two-to-four-character word written twice in a row (用于用于, 财政财政, 服务对象对象)
_DOUBLED = re.compile(rf"([{_HAN}]{{2,4}})([:：]?)\1\2")  # (其中：其中：, a label with its colon)
# verbs a writer may reduplicate on purpose (研究研究); not in 公文 style, but not an error either
_REDUPLICATED_OK = {"研究", "讨论", "学习", "商量", "考虑", "了解", "检查", "看看", "想想", "说说", "试试",
                    "干干净净", "清清楚楚", "明明白白", "实实在在", "认认真真", "扎扎实实", "踏踏实实", "仔仔细细",
                    "哈哈", "谢谢", "恭喜", "欢迎", "常常", "渐渐", "人人", "天天", "年年", "处处", "事事", "时时"}
_CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?、]")
# a figure glued to the word's start: a score cell and the next row's indicator names (…100%9财务管理财务管理制度)
_DIGITS = frozenset("0123456789")


def _doubled_words(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    whole: str | None = None  # the report's text, joined only where a doubled unit is no dictionary word
    for i, unit in enumerate(units):
        text = unit.text
        for m in _DOUBLED.finditer(text):
            word = m.group(1)
            if word in _REDUPLICATED_OK or len(set(word)) == 1 or word[:2] in _REDUPLICATED_OK:
                continue
            if len(word) == 2 and (word[1] == "着" or (word[1] == "一" and text.startswith("下", m.end()))
                                   or (word[0] == "一" and word[1] in ONE_BY_ONE)):
                continue  # 走着走着 (going on), 想一想一下 (a light try), 一户一户 (one by one): on purpose
            whole = "\n".join(u.text for u in units) if whole is None and not in_prose(text, m.start(), m.end()) else whole
            if not (in_prose(text, m.start(), m.end()) or inside_words(text, m.start(), m.end(), word, whole or "")) \
                    or text[m.start() - 1:m.start()] in _DIGITS \
                    or _form_labels_after(word, text, m.end()) or _opens_printed_label(word, text, m.end() - len(word)) \
                    or in_alike_columns(text, m.start(), m.end()) or in_wrapped_columns(text, m.start(), m.end()) \
                    or cells_run_together(units, i, m.start(), m.end()) \
                    or in_unseparated_row(units, i, m.start(), m.end()) or ends_indicator_row(text, m.start(), m.end()):
                continue  # 结束评价|评价方式, 项目执行|执行规范, 9|财务管理|财务管理制度: a flattened form's cells run together
            if not _a_word(word):
                whole = "\n".join(u.text for u in units) if whole is None else whole
                if not _own_term(word, whole):
                    continue  # 纪委监委监督: 委监 is no word, only the seam of 纪委·监委·监督
            if _seam_of_words(word, text, m.start(), m.end()) or _forwarded(word, text, m.start()) \
                    or _title_run_on(text, m.start() + len(word), units):
                continue
            second = text[m.start(1) + len(word):m.end()]
            if not m.group(2) and (lexicon().freq(second + _next_char(units, i, m.end())) >= _OPENS_WORD
                                   or (len(text) >= m.end() + 2 and second + text[m.end():m.end() + 2] in lexicon().vocabulary)):
                continue  # 改造工程工程款, 民政部门部门整体: the second copy opens a longer word or term, the first closes a name
            yield doubled_word(report, unit, m, word)


# a notice forwarding another names both: 转发省农业厅关于…工作的通知的通知 (the forwarded one's title, then its own)
_FORWARDED = re.compile(r"转发[^。；;！？!?]{2,80}$")


def _forwarded(word: str, text: str, start: int) -> bool:
    return word.endswith(("通知", "意见", "办法", "批复", "决定")) and bool(_FORWARDED.search(text, 0, start))


def _title_run_on(text: str, end: int, units: list[TextUnit]) -> bool:
    """The line up to the first copy's end is a whole line elsewhere (a document's name: …评价报告.doc): a site
    ran the name into the words after it (…评价报告|报告使用范围很广), no word written twice."""
    head = text[text.rfind("\n", 0, end) + 1:end].strip()
    return len(head) >= 8 and any(FILE_SUFFIX.sub("", u.text.strip()) == head for u in units if u.text is not text)


def _seam_words(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A word written twice across a line break inside a sentence (…，根据 / 根据县财政局…), by the rules above."""
    for n, tail, head, lead in broken_lines(units):
        for k in (4, 3, 2):
            word, joined = head[:k], tail + head
            if len(word) < k or not tail.endswith(word) or word in _REDUPLICATED_OK or len(set(word)) == 1 \
                    or not _a_word(word) or _seam_of_words(word, joined, len(tail) - k, len(tail) + k) \
                    or lexicon().freq(head[:k + 1]) >= _OPENS_WORD or (k == 2 and (word[1] == "着" or (
                        word[0] == "一" and word[1] in ONE_BY_ONE))):
                continue
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING, message=f"“{word}”在换行处连写了两次",
                location=FindingLocation.of(report, units[n].at(lead, lead + k)),
                evidence=f"上一行以“{word}”结尾，下一行又以“{word}”开头",
                suggestion=f"删去下一行开头重复的“{word}”", rule="language.doubled_word")
            break


def _next_char(units: list[TextUnit], i: int, end: int) -> str:
    """The character after ``end``: at a line's end, the next line's first (a copy breaks lines mid-word)."""
    if end < len(units[i].text):
        return units[i].text[end]
    return units[i + 1].text.lstrip()[:1] if i + 1 < len(units) else ""


# grammatical words of one character (copula, prepositions, conjunctions, particles, adverbs): a
# phrase that holds one is said, not listed; a run of nouns repeated (区森林区森林) is a table's or a
# column's seam more often than a slip
_FUNCTION_CHARS = frozenset("是的了在对将把被和与及并也都就还要有为以从向由于其之按等")
_RESULT = frozenset("好实牢")  # a verb's result complement: 守好, 抓实, 守牢


_OPENS_WORD = 5  # jieba's count for a word the second copy opens with the next letter (工程款 26, 管理费 63)


def _seam_of_words(word: str, text: str, start: int, end: int) -> bool:
    """Whether the run reads as three other words with its neighbours (规定制定制度 = 规定·制定·制度,
    where 定制定制 is only the end of one word and the start of the next): a doubled word is the same
    word twice, so a run that splits into a word closing before it, a word across the middle and a
    word opening after it was never written twice."""
    lex = lexicon()

    def word_(w: str) -> bool:
        return bool(lex.freq(w)) or w in lex.vocabulary

    if start < 1 or end >= len(text):
        return False
    return any(word_(text[start - 1] + word[:k]) and word_(word[k:] + word[:k]) and word_(word[k:] + text[end])
               for k in range(1, len(word)))


def _own_term(unit: str, whole: str) -> bool:
    """Whether four characters no dictionary knows are a term of the report's own: written by themselves
    elsewhere in it (统贷统还 of a loan scheme, written twice in a row once: a slip, not a seam of words)."""
    return len(unit) == 4 and whole.count(unit) - 2 * whole.count(unit * 2) >= 1


def _a_word(unit: str) -> bool:
    """Whether what is written twice is a word (jieba's dictionary or the vocabulary), four
    characters that are two words (项目资金), or a phrase of a word and a grammatical word (主要是):
    only a word or a phrase said twice is a slip; two characters that repeat across the seam of other
    words (纪委监委监督) are not, nor a run of nouns at a column break (区森林区森林)."""
    lex = lexicon()

    def word(w: str) -> bool:
        return bool(lex.freq(w)) or w in lex.vocabulary

    if word(unit):
        return True
    if len(unit) == 4 and word(unit[:2]) and word(unit[2:]):
        return True
    if len(unit) == 2 and unit[1] in _RESULT and unit[0] not in _FUNCTION_CHARS and lex.freq(unit[0]) >= COMMON:
        return True  # a verb and its result (守好, 抓实, 守牢): a phrase 公文 builds freely, no dictionary lists them all
    return len(unit) >= 3 and any(
        word(unit[:k]) and word(unit[k:]) and (unit[:k] in _FUNCTION_CHARS or unit[k:] in _FUNCTION_CHARS)
        for k in (1, len(unit) - 1))


# a measure word typed twice after its figure (下降0.1个个百分点): after a number a measure word is
# never reduplicated; the second one may start the next word (3项项目, 2个个人, 5家家庭)
_MEASURE_TWICE = re.compile(r"(?<=\d)\s*([个项次名家户台套件座处条所批期只头辆间]|[万亿千]元)\1")  # 11.96万元万元 too
# what every match holds, searched for first (a pattern opening with a lookbehind is tried at every character)
_MEASURE_PAIR = re.compile(r"([个项次名家户台套件座处条所批期只头辆间]|[万亿千]元)\1")


def _doubled_measures(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    lex = lexicon()
    for unit in units:
        text = unit.text
        for m in _MEASURE_TWICE.finditer(text) if _MEASURE_PAIR.search(text) else ():
            after = text[m.end() - 1:m.end() + 1]
            if len(after) == 2 and (lex.freq(after) >= COMMON or after in lex.vocabulary or after[1] == "均"):
                continue  # the second starts a word, or an average per measure (1,260户户均增收, 5万人次次均费用)
            unit_ch, what = m.group(1), "量词" if len(m.group(1)) == 1 else "单位"
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING, message=f"{what}“{unit_ch}”连写了两次",
                location=FindingLocation.of(report, unit.at(m.start(1), m.end())),
                evidence=f"数字后的{what}“{unit_ch}”紧接着又写了一次" + (f"，“{after}”不成词" if len(unit_ch) == 1 else ""),
                suggestion=f"删去一个“{unit_ch}”", rule="language.doubled_char")


def _clauses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each clause; words are the clause without its marks."""
    bounds = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(text)), len(text)]
    return [(a, b, _CLAUSE_SPLIT.sub("", text[a:b]).strip()) for a, b in pairwise(bounds) if a < b]


# a form's column headers (名称 计量单位 指标性质 指标值 权重 完成值 得分 备注 …, the planned and actual columns 计划
# 实际): two or more of them right after a doubled word say it is where a group's label and the first column's
# meet (绩效指标|指标名称计量单位…, 公共产品或服务|服务名称计划实际…, 二级指标|指标内容指标值备注)
_HEADER_LABELS = re.compile(r"名称|计量单位|性质|指标值|权重|完成值|实际值|目标值|得分|分值|预算数|执行数|执行率|计划|实际|备注")
_HEADER_REACH = 12


# a form's field label that opens with a common noun (项目|类型, 单位|名称, 资金|来源, 年度|目标): a value
# that ends with the noun run into the next label (…建设项目|项目实施年度, 新增性项目|项目类型) doubles it
_LABEL_HEADS = frozenset(("项目", "单位", "部门", "资金", "年度", "指标"))
_LABEL_TAIL = re.compile(r"名称|类型|属性|单位|实施(?:年度|期限|周期|地点|单位)|负责人|联系人|地址|起止|总额|(?:总体)?目标"
                         r"|性质|编码|代码|期限|周期|概况|来源")


# the first of a field's numbered items right after the doubled word: the label cell (年度总体目标) met the item
# that opens its value (目标1:支持…, 目标2:…)
_FIRST_ITEM = re.compile(r"\s*[1１][:：]")


def _label_after(word: str, text: str, end: int) -> bool:
    """Whether the second copy of ``word`` opens a form's field label (项目|类型): a value and the next label met."""
    return word in _LABEL_HEADS and bool(_LABEL_TAIL.match(text, end))


def _form_labels_after(word: str, text: str, end: int) -> bool:
    """A form's column headers or field label right after the doubled word, read as simplified (a traditional
    copy's 新增性項目|項目類型 is a value and the next label met too)."""
    ahead = fold_traditional(text[end : end + _HEADER_REACH + 2])
    return _headers_after(ahead, 0) or _label_after(fold_traditional(word), ahead, 0) or bool(_FIRST_ITEM.match(ahead))


def _opens_printed_label(word: str, text: str, second: int) -> bool:
    """The second copy opens a printed label of the forms (项目执行|执行规范 in a flattened 自评表 whose score cells
    stand on the line: 3 分)项目执行执行规范), on a line with no sentence's mark: two cells met, no word said twice.
    Not where the line keeps its cell marks (| or a tab): the doubled word is then inside one cell (社会效益效益指标)."""
    line_start, line_end = text.rfind("\n", 0, second) + 1, text.find("\n", second)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not re.search(r"[，,。；;|\t]", line) and any(
        len(label) > len(word) and text.startswith(label, second) for label in form_labels() if label.startswith(word))


def _headers_after(text: str, end: int) -> bool:
    """Whether two or more distinct column headers start within ``_HEADER_REACH`` characters of ``end``."""
    return len({m.group() for m in _HEADER_LABELS.finditer(text, end, end + _HEADER_REACH)}) >= 2


def _repeated_clauses(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """One to three clauses (eight or more characters) said again right after themselves."""
    for n, unit in enumerate(units):
        pieces = [piece.strip() for piece in _CLAUSE_SPLIT.split(unit.text)]  # each clause's words (``_clauses``)
        if len(set(pieces)) == len(pieces):
            continue  # no two clauses alike (one clause among them): nothing said again
        clauses = _clauses(unit.text)
        i = 0
        while i < len(clauses):
            k = next((k for k in (1, 2, 3) if i + 2 * k <= len(clauses) and clauses[i][2] == clauses[i + k][2]
                      and [c[2] for c in clauses[i:i + k]] == [c[2] for c in clauses[i + k:i + 2 * k]]
                      and len(re.findall(f"[{_HAN}]", "".join(c[2] for c in clauses[i:i + k]))) >= 8), None)
            if k is None or target_and_actual(unit.text, clauses[i][0]) or after_run_together_headers(unit.text, clauses[i][0]) \
                    or cells_run_together(units, n, clauses[i][0], clauses[i + 2 * k - 1][1]):  # a target cell and its actual
                i += 1
                continue
            first, again = clauses[i:i + k], clauses[i + k:i + 2 * k]
            words = "，".join(c[2] for c in first)
            yield Finding(
                kind=Kind.REPEATED_WORD, severity=Severity.WARNING,
                message=f"同一内容紧接着重复了一遍：“{words[:24]}”",
                location=FindingLocation.of(report, unit.at(again[0][0], again[-1][1])),
                related=[FindingLocation.of(report, unit.at(first[0][0], first[-1][1]))],
                evidence="相邻的分句逐字相同",
                suggestion="删去重复的一遍",
                rule="language.repeated_clause")
            i += 2 * k


# -- punctuation ----------------------------------------------------------------------------------

_QUOTES = re.compile("[“”]")


# a comma between a figure and its unit (70,734,万元): what follows the comma still belongs to the figure
_COMMA_BEFORE_UNIT = re.compile(r"[,，](?<=\d[,，])(?=(?:万元|亿元|千元|元|%|％))")
_COMMA_UNIT = re.compile(r"[,，](?:万元|亿元|千元|元|%|％)")  # the same without its lookbehind, searched for first


def _comma_before_unit(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if _COMMA_UNIT.search(u.text)):  # a comma before a unit, searched for first
        for m in _COMMA_BEFORE_UNIT.finditer(unit.text):
            figure = re.search(r"[\d,，.]*$", unit.text[:m.start()])
            start = figure.start() if figure else m.start()
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"数字与单位之间多了一个逗号：“{unit.text[start:m.end() + 1]}”",
                location=FindingLocation.of(report, unit.at(start, m.end())),
                evidence="逗号把数字和它的单位隔开了，单位应紧跟数字",
                suggestion=f"删去“{m.group()}”", rule="language.comma_before_unit")


def _unbalanced_quotes(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    """A “ never closed before its sentence ends and its paragraph ends, or a ” with no “ before it.
    A quotation still open where a paragraph stops mid-sentence (a line broken in a copy, even after
    a sentence the quotation holds: “要加强管理。要注重实效， / 确保安全。”) carries on into the next
    paragraph. Two ” around a few words with no “ (”重建设、轻管理”) are one quotation whose opening
    mark was typed as a closing one: one finding for the paragraph, not one per mark. A partner typed
    half-width in the same sentence (“收支两条线"制度) is named as such."""
    carried = False
    for unit in (u for u in units if "“" in u.text or "”" in u.text):  # a paragraph without any carries on what is open
        text, opened = unit.text, [-1] if carried else []
        carried = False
        marks = [(m.start(), m.group()) for m in _QUOTES.finditer(text)]
        reversed_pairs: list[tuple[int, int]] = []
        k = 0
        while k < len(marks):
            i, ch = marks[k]
            if ch == "“":
                opened.append(i)
            elif opened:
                opened.pop()
            elif k + 1 < len(marks) and marks[k + 1][1] == "”" and _QUOTED.fullmatch(text, i + 1, marks[k + 1][0]):
                reversed_pairs.append((i, marks[k + 1][0] + 1))
                k += 1
            elif k + 1 < len(marks) and marks[k + 1][1] == "“" and _WORDS.fullmatch(text, i + 1, marks[k + 1][0]) \
                    and (k + 2 >= len(marks) or marks[k + 2][1] == "“"):
                reversed_pairs.append((i, marks[k + 1][0] + 1))  # ”最美家庭“: both marks swapped, closed by nothing after
                k += 1
            elif i >= 2:
                yield _quote_finding(report, unit, i, "前引号写成了半角的“\"”" if '"' in _sentence_before(text, i)
                                     else "多出一个后引号（”），前面没有对应的前引号（“）")
            k += 1
        if reversed_pairs:
            yield _reversed_quotes(report, unit, reversed_pairs)
        if opened and opened[-1] >= 0 and re.search(r"[。！？]", text[opened[-1]:]) and text.rstrip()[-1] in _STOPS:
            half = '"' in re.split(r"[。！？]", text[opened[-1]:], maxsplit=1)[0]
            yield _quote_finding(report, unit, opened[-1], "后引号写成了半角的“\"”" if half
                                 else "前引号（“）之后没有对应的后引号（”）")
        elif opened:
            carried = True


_STOPS = frozenset("。！？!?；;：:…）)”")  # a paragraph ending in one of these stops there; ending in another, its line was broken
# what a short quotation holds between its marks: a few words, no sentence end, no other quote mark
_QUOTED = re.compile(r"[^“”。！？\n]{1,20}")
_WORDS = re.compile(rf"[{_HAN}]{{2,20}}")  # a name between swapped marks: Chinese words only


def _reversed_quotes(report: Report, unit: TextUnit, pairs: list[tuple[int, int]]) -> Finding:
    """One finding for the quotations of a paragraph opened with ” instead of “ (or with both marks swapped)."""
    start, end = pairs[0]
    words, written = unit.text[start + 1:end - 1], unit.text[start:end]
    count = f"（本段共{len(pairs)}处）" if len(pairs) > 1 else ""
    swapped = written.endswith("“")
    return Finding(
        kind=Kind.PUNCTUATION, severity=Severity.WARNING,
        message=f"引号不配对：{'前后引号颠倒' if swapped else '前引号写成了后引号'}，{written}应为“{words}”{count}",
        location=FindingLocation.of(report, unit.at(start, end)),
        related=[FindingLocation.of(report, unit.at(a, b)) for a, b in pairs[1:]],
        evidence="先写了后引号（”），后写了前引号（“）" if swapped else "引文两端都是后引号（”），前面没有前引号（“）",
        suggestion=f"改为“{words}”", rule="language.unbalanced_quote")


def _sentence_before(text: str, at: int) -> str:
    """The words of ``at``'s sentence before it."""
    return text[max(text.rfind(c, 0, at) for c in "。！？") + 1:at]


def _quote_finding(report: Report, unit: TextUnit, at: int, message: str) -> Finding:
    half = "半角" in message  # its partner typed as the keyboard's ASCII mark
    return Finding(
        kind=Kind.PUNCTUATION, severity=Severity.WARNING, message=f"引号不配对：{message}",
        location=FindingLocation.of(report, unit.at(at, at + 1)),
        evidence="同一段中的引号应成对出现" + ("，同一句中另一端是半角引号" if half else ""),
        suggestion=f"把半角的“\"”改为“{'”' if unit.text[at] == '“' else '“'}”" if half else "补上缺少的引号，或删去多余的一个",
        rule="language.unbalanced_quote")


# A figure's unit running straight into a year that starts the next clause: "…859.6万元2023年支出…"
# Not after a measure word that counts the noun the year begins (41个2023年预算项目, 3户2024年脱贫户)
_RUN_ON_YEAR = re.compile(r"(?<=\d)(?:万元|亿元|元|%|人次|人)(?=(?:19|20)\d\d年)")
_UNIT_YEAR = re.compile(r"[元%次人](?:19|20)\d\d年")  # the same without its lookbehind, searched for first
# An amount before the name of the money it measures is one noun phrase: "下达我区87万元2021年省级旅游发展
# 资金" — the year opens the fund's name, and the clause ends on the fund, with no verb of its own
_FUND_NAMED = re.compile(r"(?:19|20)\d\d年度?(?:(?!拨付|下达|支出|支付|安排|使用|完成|到位|兑付|发放|投入|收到)"
                         r"[^，,。；;：:！？!?\s\d]){0,30}?(?:资金|经费|补助|补贴|专款|款项)(?=$|[，,。；;！？!?\s）)])")


def _run_on_years(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "年" in u.text):  # the year the pattern looks ahead for (fold_width keeps 年)
        text = fold_width(unit.text)
        for m in _RUN_ON_YEAR.finditer(text) if _UNIT_YEAR.search(text) else ():
            if not in_prose(text, m.start(), m.end()) or _FUND_NAMED.match(text, m.end()) \
                    or after_run_together_headers(text, m.start()):  # a form's cells run together
                continue
            year_end = text.index("年", m.end()) + 1
            yield Finding(
                kind=Kind.PUNCTUATION, severity=Severity.WARNING,
                message=f"“{unit.text[m.start():year_end]}”之间缺少标点",
                location=FindingLocation.of(report, unit.at(m.start(), year_end)),
                evidence="数字的单位后紧跟着下一分句开头的年份，两个分句连在了一起",
                suggestion=f"在“{m.group(0)}”后加逗号或句号", rule="language.run_on")



# a cited notice whose 转发/印发 passes on nothing (《…关于转发的通知》): the document it names was lost
_OBJECTLESS = re.compile(r"关于(转发|印发|下发)的(通知|意见|函|批复)")


def _objectless_titles(report: Report, units: list[TextUnit]) -> Iterator[Finding]:
    for unit in (u for u in units if "关于" in u.text):
        for m in _OBJECTLESS.finditer(unit.text):
            yield Finding(
                kind=Kind.TYPO, severity=Severity.WARNING,
                message=f"文件名称缺少被{m[1]}的文件：“{m[0]}”",
                location=FindingLocation.of(report, unit.at(m.start(), m.end())),
                evidence=f"“{m[1]}”后应接所{m[1]}的文件名称（关于{m[1]}《……》的{m[2]}），此处为空",
                suggestion=f"补全文件名称：关于{m[1]}《……》的{m[2]}", rule="language.dropped")


def check_language(report: Report) -> list[Finding]:
    """发文字号, doubled words and clauses, doubled and mismatched punctuation, run-on clauses."""
    units = list(report.units())  # built once: each unit is a validated model
    checks = (document_numbers, _doubled_words, doubled_phrases, doubled_tokens, bracketed_twice, short_names_twice, rare_homophones, cut_headings, _seam_words, seam_chars, _doubled_measures, _repeated_clauses, years_without_nian, years_twice, reversed_ranges,
              doubled_marks, _comma_before_unit, mismatched_brackets, halfwidth_angles, halfwidth_clause_marks, lookalikes, _unbalanced_quotes,
              unclosed, _run_on_years, stray_dots, _objectless_titles, kinds_again, repeated_sentences, name_variants,
              unopened_titles, unopened_numbers, stray_title_closers, cited_twice, titled_twice, numbers_in_titles, stray_closers, stacked_connectives, stacked_inclusions,
              stacked_approximations, doubled_levels, doubled_autonomous, halfwidth_stops, list_colons,
              list_commas, bare_counts, names_outside_titles, titles_in_titles, closed_after_clause_marks, cut_issuers,
              unparted_items, joined_names, stray_units, form_label_slips, fiscal_term_slips, unfinished_concessives,
              lead_semicolons, item_colons, doubled_unit_letters, verbs_twice, cut_verbs, repeated_members, bare_self,
              misgrouped_figures, unended_paragraphs, basis_fragments)
    found = [f for check in checks for f in check(report, units)]
    clauses = {f.location.location for f in found if f.rule == "language.repeated_clause"}
    # a count with no measure word inside a head count read as having lost its 人 (计划内合同工1): one slip, told once
    headcounts = {at.location for f in found if f.rule == "language.dropped" for at in (f.location, *f.related)}
    return [f for f in found if not (f.rule == "language.repeated_sentence"
                                     and any(_within(at.location, clauses) for at in (f.location, *f.related)))
            and not (f.rule == "language.bare_count" and _within(f.location.location, headcounts))]


def _within(at: Location, spans: set[Location]) -> bool:
    """Whether a place lies inside one of ``spans``: a copy of a sentence the clause rule read as said again."""
    return any(at.block == s.block and at.row == s.row and at.col == s.col and s.start <= at.start < s.end for s in spans)
