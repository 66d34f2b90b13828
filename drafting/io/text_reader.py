"""Plain-text reports (Word's "save as text"): tab-indented table cells, narrative paragraphs.

Word writes each table cell as a line starting with a TAB; a cell's further paragraphs follow
without the TAB; a blank line closes a row. Rules used here (generic, not tuned to one report):

* **Cells and rows** — a TAB line is one cell. A TAB line preceded by a blank line (or by
  non-table text) starts a new row; a TAB line directly after a cell or continuation line
  continues the same row.
* **Continuation lines** — a line without TAB belongs to the cell above it when (a) it directly
  follows a cell or continuation line (no blank line in between), or (b) it sits in a run of
  untabbed lines that lies *between two TAB lines* and that run contains no heading-like line
  (``一、…``, ``（一）…``, a title ending in 报告). Word cannot put a paragraph inside a table without
  a cell, so text sandwiched between cells is cell text unless it looks like a new section.
* **Tables** — a maximal run of rows; it ends at the first untabbed line that is not a
  continuation.
* **Narrative** — one ``Paragraph`` per non-empty line (stripped). Short lines are headings:
  a line ending in 报告 → level 0 (a short line just before it is merged into the title),
  ``一、`` → 1, ``（一）``/``(一)`` → 2, ``1、``/``1．`` → 3.
* **Tables that lost their tabs** — a run of ≥12 consecutive short lines (blank lines between
  them ignored), at least 40 % and at least 6 of them numbers or percentages, starting with a label
  line, becomes a ``Table``: the lines before the first label-followed-by-a-number form the
  header row; from there each label starts a row and numbers fill it. Ordinary paragraphs are
  long or end in punctuation, so they never form such a run.
* **A flattened indicator form** — a run of cells headed by the 绩效指标 table's column names is cut
  into rows of those columns (``flat_forms``), before the rule above; it ends any run before it.
"""

from __future__ import annotations

import codecs
import itertools
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputWarning, ReportFileError
from ..report import Block, Cell, Heading, Paragraph, Report, Table, nfkc
from .flat_forms import flat_form
from .paths import read_input_bytes
from .pdf_text import unwrap
from .serial_rows import serial_lines

__all__ = [
    "EMPTY_CELL",
    "decode_report_bytes",
    "drop_readings",
    "heading_level",
    "read_text_report",
    "read_text_string",
    "strip_controls",
    "strip_readings",
]

_CN_NUM = "一二三四五六七八九十百零〇"
_LEVEL1 = re.compile(rf"^[{_CN_NUM}]+[、．.]")
_LEVEL2 = re.compile(rf"^[（(][{_CN_NUM}]+[）)]")
_LEVEL3 = re.compile(r"^\d{1,2}[、．.](?!\d)")
_TERMINAL = tuple("。；;！!？?，,：:")
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?\s*%?$")
_HAN = re.compile("[\u4e00-\u9fff]")
# an amount standing as a cell of its own (a blank before it, a blank or the end after it): 126.50, 1,043
_AMOUNT_CELL = re.compile(r"\s[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+|(?<=\d,\d{3}))(?=\s|$)")
# a cell that says "nothing here": in a form that lost its tabs it is the row's empty cell, not a new row's label
EMPTY_CELL = re.compile(r"^\s*(?:[—\-－/／…]+|无)\s*$")

MAX_TITLE = 40
MAX_HEADING = 30
MAX_SUBHEADING = 25
MIN_LOST_TABLE = 12
MAX_LOST_CELL = 20
MAX_ROW_TEXT = 120  # a task's 主要内容 in a form's row


# -- entry points ----------------------------------------------------------------------------------


def read_text_report(path: str | Path) -> Report:
    """Read a plain-text report; encodings UTF-8, UTF-8 with BOM, else GB18030 (covers GBK)."""
    p = Path(path)
    text = decode_report_bytes(read_input_bytes(p, ReportFileError, limit="text_bytes"), p)
    report = read_text_string(text)
    report.source = str(p)
    return report


def decode_report_bytes(raw: bytes, path: str | Path | None = None) -> str:
    """Decode text bytes or raise ``ReportFileError`` for empty, binary or undecodable content.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one (told by its zero bytes),
    else GB18030. Control characters XML cannot hold are removed with an ``InputWarning``: Word's
    "save as text" leaves a few, and a Word output must stay well-formed."""
    if not raw.strip():
        raise ReportFileError("文件为空；请提供含报告正文的 .docx 或 .txt 文件", path=path)
    text = _decode(raw, path)
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise ReportFileError("文件内容不像文本（控制字符过多）；请提供 .docx 或 .txt 报告", path=path)
    return strip_readings(strip_controls(text, path), path)


# Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) but tab, line feed, form
# feed and carriage return: counted by a pattern, not a test of every character of a long text
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(raw: bytes, path: str | Path | None) -> str:
    by_bom = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    guessed = by_bom or _utf16_without_bom(raw)
    encodings = [guessed] if guessed else []
    if not encodings:
        if b"\x00" in raw[:8192]:
            raise ReportFileError("这不是文本文件（含二进制内容）；请提供 .docx，或在 Word 中另存为 .txt", path=path)
        encodings = ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    named = f"按 {encodings[0]} 编码" if len(encodings) == 1 else "不是 UTF-8、UTF-16 或 GBK/GB18030"
    raise ReportFileError(f"无法识别文件编码（{named}解码失败）；请在 Word 中另存为 UTF-8 文本", path=path)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM: every ASCII character (line breaks, digits, spaces) has a zero byte, all
    on the same side; in binary data zeros fall on both sides alike."""
    head = raw[:8192]
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 4 and odd > 8 * even:
        return "utf-16-le"
    if even >= 4 and even > 8 * odd:
        return "utf-16-be"
    return None


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\ufffe\uffff]")


def strip_controls(text: str, path: str | Path | None = None) -> str:
    """``text`` without the control characters XML 1.0 forbids; one ``InputWarning`` says how many
    and the first line. (\\v, \\f and \\x1c–\\x1e are line breaks to ``str.splitlines`` and stay.)"""
    first = _XML_FORBIDDEN.search(text)
    if first is None:
        return text
    count = len(_XML_FORBIDDEN.findall(text))
    line = text.count("\n", 0, first.start()) + 1
    where = f"{path}: " if path else ""
    warnings.warn(InputWarning(f"{where}删去了 {count} 个控制字符（第一个 U+{ord(first.group()):04X} 在第{line}行）"),
                  stacklevel=3)
    return _XML_FORBIDDEN.sub("", text)


# a pinyin reading a website's converter put after a character (聯(lián)合社, 發(fā)展), with its tone mark
# (led by its bracket, the Chinese character looked back at from after it: a pattern that opens with a
# look-behind is tried at every character of a text, one led by a literal only where it stands; the
# reading was 8 M instructions of the sample's review, asked twice)
_READING = re.compile(r"\((?<=[\u4e00-\u9fff]\()([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
_READINGS = 3  # a converter annotates many characters; one or two such brackets may be the writer's


def strip_readings(text: str, path: str | Path | None = None) -> str:
    """``text`` without the pinyin readings a repost's converter put inside words (聯(lián)合社 is
    联合社 as written): they split the words every check reads. One ``InputWarning`` says how many."""
    found = _READING.findall(text) if "(" in text else []
    if len(found) < _READINGS:
        return text
    where = f"{path}: " if path else ""
    warnings.warn(InputWarning(f"{where}删去了 {len(found)} 处转贴网页插入的拼音注音（如“({found[0]})”）"), stacklevel=3)
    return drop_readings(text)


def drop_readings(text: str) -> str:
    """``text`` without any inline pinyin reading, however few (a quote of a text ``strip_readings`` read)."""
    return _READING.sub("", text)


# a line of nothing but a web page's images in markdown (![资源得分](/images/score_1.gif)), as a page copied
# from a document site holds them: the site's picture, not the report's text (the line stays, blank)
_IMAGE_LINE = re.compile(r"^[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)[ \t]*)+$", re.M)


def read_text_string(text: str, *, sandwiched: bool = True) -> Report:
    """Parse report text (already decoded) into blocks; text copied from a PDF is unwrapped first, and
    a repost's inline pinyin readings are removed (``strip_readings``). ``sandwiched``: text between
    two tables may be the first one's last cell (rule (b): Word's text puts a blank line before a
    cell's later paragraphs); False where every cell's paragraphs follow it straight (the PDF reader's
    tables), so that text between two tables is the report's."""
    text = _IMAGE_LINE.sub("", strip_readings(text))
    return Report(blocks=_Parser(unwrap(text.splitlines()), sandwiched).parse())


def heading_level(text: str) -> int | None:
    """Heading level of a line by 公文 numbering and length, or None for an ordinary paragraph."""
    t = text.strip()
    if not t or t.endswith(_TERMINAL[:6]) or _AMOUNT_CELL.search(t):
        return None  # (二、事业收入 126.50 二、项目支出 1,043.16: a table's row run together on a line)
    if len(t) <= MAX_TITLE and t.endswith("报告") and not any(p in t for p in "：:，,。；;"):
        return 0
    if len(t) <= MAX_HEADING and _LEVEL1.match(t):
        return 1
    if len(t) <= MAX_HEADING and _LEVEL2.match(t):
        return 2
    if len(t) <= MAX_SUBHEADING and _LEVEL3.match(t) and not t.endswith(_TERMINAL):
        return 3
    return None


# -- parser ----------------------------------------------------------------------------------------


@dataclass
class _Table:
    """A table's rows as the text writes them, cell by cell."""
    rows: list[list[str]] = field(default_factory=list)


class _Parser:
    def __init__(self, lines: list[str], sandwiched: bool = True) -> None:
        self.lines = [ln.rstrip("\r\n") for ln in lines]
        self.kinds = [_kind(ln) for ln in self.lines]
        self.sandwiched = sandwiched
        self.joined = self._continuations()

    def _continuations(self) -> list[bool]:
        """Which untabbed text lines continue the cell above (rules (a) and (b) in the docstring)."""
        n = len(self.lines)
        joined = [False] * n
        i = 0
        while i < n:
            if self.kinds[i] != "tab":
                i += 1
                continue
            # rule (a): text lines directly after a cell line, no blank in between
            j = i + 1
            while j < n and self.kinds[j] == "text":
                joined[j] = True
                j += 1
            # rule (b): untabbed run sandwiched between this tab run and the next tab line
            k = j
            while k < n and self.kinds[k] != "tab":
                k += 1
            if k < n and self.sandwiched:
                run = [m for m in range(j, k) if self.kinds[m] == "text"]
                if not any(heading_level(self.lines[m]) in (0, 1) for m in run):
                    for m in run:
                        joined[m] = True
            i = k if k > i else i + 1
        return joined

    def parse(self) -> list[Block]:
        blocks: list[Block] = []
        narrative: list[str] = []
        table: _Table | None = None
        prev_blank = True
        for i, line in enumerate(self.lines):
            kind = self.kinds[i]
            if kind == "blank":
                prev_blank = True
                continue
            if kind == "tab" or self.joined[i]:
                if table is None:
                    blocks.extend(_narrative_blocks(narrative))
                    narrative = []
                    table = _Table()
                if kind == "tab":
                    if prev_blank or not table.rows:
                        table.rows.append([])
                    table.rows[-1].append(line[1:].strip())
                else:
                    row = table.rows[-1]
                    row[-1] = (row[-1] + "\n" + line.strip()) if row[-1] else line.strip()
            else:
                if table is not None:
                    blocks.extend(_close_table(table, narrative_next=line))
                    table = None
                narrative.append(line.strip())
            prev_blank = False
        if table is not None:
            blocks.extend(_close_table(table, narrative_next=None))
        blocks.extend(_narrative_blocks(narrative))
        return _merge_titles(blocks)


def _kind(line: str) -> str:
    if line.startswith("\t"):
        return "tab"
    return "text" if line.strip() else "blank"


def _close_table(table: _Table, narrative_next: str | None) -> list[Block]:
    """Finish a table. A last one-cell row that starts a 报告 title (Word exported a framed title
    with a TAB) is returned as a paragraph so that title merging can join it with the next line."""
    out: list[Block] = []
    tail: Block | None = None
    last = table.rows[-1] if table.rows else []
    if (
        len(last) == 1
        and narrative_next is not None
        and "\n" not in last[0]
        and len(last[0]) <= MAX_HEADING
        and heading_level(last[0] + narrative_next.strip()) == 0
    ):
        table.rows.pop()
        tail = Paragraph(text=last[0])
    if len(table.rows) == 1 and len(table.rows[0]) == 1:
        text = table.rows[0][0]
        level = heading_level(text)
        out.append(Heading(text=text, level=level) if level is not None else Paragraph(text=text))
    elif table.rows:
        out.append(Table(rows=[[Cell(text=t) for t in row] for row in table.rows], nested_in=None))
    if tail is not None:
        out.append(tail)
    return out


def _narrative_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        form = flat_form(lines, i)
        if form is not None:
            blocks.append(form[0])
            i = form[1]
            continue
        run_end = _lost_table_end(lines, i)
        cut = next((h for h in range(i + 1, run_end) if flat_form(lines, h)), None) if run_end else None
        if cut is not None:  # an indicator form flattened after the budget block: read on its own
            run_end = _lost_table_end(lines, i, stop=cut)
        if run_end is not None:
            # a run right after a bare figure is a table's middle, its first rows cut off above (a cell too
            # long for a table's line between them): read, its 合计 would close only the rows left
            cut_off = i > 0 and _is_number(lines[i - 1])
            blocks.extend([_line_block(t) for t in lines[i:run_end]] if cut_off else _lost_table(lines[i:run_end]))
            i = run_end
            continue
        blocks.append(_line_block(lines[i]))
        i += 1
    return blocks


def _line_block(text: str) -> Block:
    level = heading_level(text)
    return Heading(text=text, level=level) if level is not None else Paragraph(text=text)


def _is_number(text: str) -> bool:
    """A figure alone (NFKC: full-width digits read). A Chinese character is its own NFKC form and no
    part of a figure, so a line holding one is none, told without normalising it (most lines: their
    full-width marks made NFKC copy every one, a sixth of reading the sample)."""
    return not _HAN.search(text) and bool(_NUMBER.match(nfkc(text)))


def _cell_like(text: str) -> bool:
    return (
        len(text) <= MAX_LOST_CELL
        and not text.endswith(_TERMINAL)
        and heading_level(text) not in (0, 1, 2)
    )


def _row_text(lines: list[str], i: int) -> bool:
    """A row's longer text cell between its label and its figures (a task's 主要内容: 实施耕地地力保护
    补贴发放，开展耕地质量监测 | 3,215.60): no sentence's end, no heading, right after a worded cell and
    right before a figure. Prose ends its sentence; a paragraph's line broken before a figure is joined
    (``unwrap``) before this reading."""
    text = lines[i]
    return (len(text) <= MAX_ROW_TEXT and not text.endswith(_TERMINAL) and heading_level(text) is None
            and i + 1 < len(lines) and _is_number(lines[i + 1]) and not _is_number(lines[i - 1]))


def _lost_table_end(lines: list[str], start: int, stop: int | None = None) -> int | None:
    """End index of a table-that-lost-its-tabs starting at ``start`` (ending by ``stop``), or None."""
    first = lines[start]
    if _is_number(first) or not _cell_like(first) or heading_level(first) is not None:
        return None
    end, stop = start, len(lines) if stop is None else stop
    while end < stop and (_cell_like(lines[end]) or (end > start and _row_text(lines, end))):
        end += 1
    run = lines[start:end]
    numbers = sum(1 for t in run if _is_number(t))
    if len(run) < MIN_LOST_TABLE or numbers < 6 or numbers * 10 < len(run) * 4:
        return None
    if not any(not _is_number(a) and _is_number(b) for a, b in itertools.pairwise(run)):
        return None
    return end


def _lost_table(run: list[str]) -> list[Block]:
    """The table a run of lines that lost their tabs holds (``_lost_table_end``), its header aligned
    with its data rows (``_aligned_header``), a caption read into the header set before it."""
    serials = serial_lines(run, _is_number)  # a 序号 column's 1, 2, …: each opens its row, no amount
    first_data = min(serials, default=None) or next(
        i for i in range(len(run) - 1) if not _is_number(run[i]) and _is_number(run[i + 1]))
    data: list[list[str]] = []
    for i, text in enumerate(run[first_data:], first_data):
        if i in serials or (not _is_number(text) and not (data and EMPTY_CELL.match(text)) and i - 1 not in serials):
            data.append([text])
        else:
            data[-1].append(text)
    if serials:  # a 合计 row's label stands over both 序号 and 项目: its figures under the rows' figures
        width = max(len(r) for r in data)
        data = [[r[0], "", *r[1:]] if len(r) == width - 1 and not _is_number(r[0]) else r for r in data]
    captions, header = _aligned_header(run[:first_data], data)
    rows = [header, *data] if header else data
    width = max(len(r) for r in rows)
    table = Table(rows=[[Cell(text=t) for t in r] + [Cell() for _ in range(width - len(r))] for r in rows], nested_in=None)
    return [*_narrative_blocks(captions), table]


# a table's caption or unit line read into its header's cells: 表1 …, 附表2 …, 单位：万元, …情况（万元）
_CAPTION = re.compile(r"^(?:附?表\s*[0-9０-９一二三四五六七八九十]|(?:金额|计量)?单位\s*[:：])|[（(](?:单位\s*[:：]\s*)?[万亿千]?元[)）]$")


def _aligned_header(header: list[str], data: list[list[str]]) -> tuple[list[str], list[str]]:
    """(captions, header): a flattened header set over its columns. A header longer than every data
    row that opens with captions (表1 …, 单位：万元) has them taken out (they stand before the table);
    a header one cell short of data rows all of one width, each opening with its label, lost its
    blank corner cell (over the labels), put back. Any other header shorter than the data has lost cells —
    the run began inside it (其中： above its parts ends a run of cells), a header of two levels was
    flattened, or a row's blank cells dropped their lines — and which column each of its cells names is not
    told: its lines stand before the table, as lines (padded at its end, its cells would name the first
    columns: 汇总 over a part's figure, 执行率 over the 分值 column).
    Otherwise the header as it is, its columns named by position (the checks name a column only from a
    header of the data's width)."""
    if not header or not data:
        return [], header
    width = max(len(r) for r in data)
    lead = 0
    while lead < len(header) - width and _CAPTION.search(header[lead]):
        lead += 1
    if lead and len(header) - lead == width:
        return header[:lead], header[lead:]
    if len(header) == width - 1 and all(len(r) == width and not _is_number(r[0]) for r in data):
        return [], ["", *header]
    return ([], header) if len(header) >= width else (header, [])


# a form's grade alone on its line (评价等次 / 优) ends the form; it opens no title wrapped onto the next line,
_GRADES = frozenset({"优", "良", "中", "差", "优秀", "良好", "合格", "较差", "不合格"})
# nor does a form's closing label (its value left blank): 评价等次 / …自评报告 is a blank field and a title
_FORM_LABEL = re.compile(r"(?:评价|自评)(?:等次|等级)|自评(?:总分|得分)|综合得分|填报人|联系人|联系电话|填报日期"
                         r"|^(?:附件|附表)\s*[\d一二三四五六七八九十]*\s*[:：]?$"  # an attachment's label, no part of its title
                         # a government site's field over the page (时效性有效, 发布机构…, 索引号…): the page's, not the title's
                         r"|^(?:索引号|发布机构|发文机关|文号|发布日期|成文日期|时效性|有效性|主题分类|公开方式|公开范围|信息来源)")


def _merge_titles(blocks: list[Block]) -> list[Block]:
    """Join a short untitled line with the 报告 title line right after it (titles wrap in Word)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(block, Heading)
            and block.level == 0
            and isinstance(prev, Paragraph)
            and len(prev.text) <= MAX_HEADING
            and not prev.text.endswith(_TERMINAL)
            and prev.text.strip() not in _GRADES and not _FORM_LABEL.match(prev.text.strip())
            and heading_level(prev.text + block.text) == 0
        ):
            out[-1] = Heading(text=prev.text + block.text, level=0)
            continue
        out.append(block)
    return out
