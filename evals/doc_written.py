"""For tests and evals only: write a minimal Word 97 (.doc) file ([MS-DOC] in a [MS-CFB] container).

No converter that writes .doc is installed here, and binary fixtures are not committed (the tests write
invented text; ``evals.real_doc`` the dev texts, into a temporary folder): this writes the
parts the reader reads, as Word lays them out. The container: 512-byte sectors, FAT sectors first, one
directory sector (Root Entry and the streams), every stream padded to 4096 bytes or more so no mini
stream is needed. The WordDocument stream: the FIB (FibBase, FibRgW, FibRgLw with ccpText, FibRgFcLcb97
with Stshf, PlcfBtePapx and Clx), the text in pieces (8-bit where every character is cp1252, UTF-16LE
elsewhere), the FKP pages of paragraph properties. The table stream: the CLX (one Prc, then the PlcPcd),
the style sheet (Normal, heading 1, heading 2), the PlcBtePapx.

A document is a list of items: a ``str`` is a Normal paragraph (its text may hold \\x13 field \\x14
result \\x15, \\x0b, \\x0c, \\x01, and DELETED[ … ]DELETED around text deleted with changes tracked); ``Heading(level, text)`` a paragraph in the style heading N;
``Rows`` a table (each cell's text, its paragraphs split at "\\n").
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
MIN_STREAM = 4096


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Rows:
    """A table: each row's cells (None: the cell above merged down onto this one), and each cell's width
    in grid columns (``widths``, one each when not given: a wider cell is merged across columns)."""

    cells: list[list[str | None]] = field(default_factory=list)
    widths: list[list[int]] | None = None
    flagged: bool = False  # a wide cell written as Word 97 did: one cell a column, flagged merged (horzMerge)

    def written(self) -> Rows:
        """The table as the file holds it: with ``flagged``, each wide cell as its first cell (horzMerge 3)
        and empty cells flagged merged onto it (1), one a column."""
        if not self.flagged or not self.widths:
            return self
        cells: list[list[str | None]] = []
        for r, row in enumerate(self.cells):
            cells.append([])
            for text, width in zip(row, self.widths[r], strict=True):
                cells[-1].extend([text, *[_FLAGGED] * (width - 1)])
        return Rows(cells)

    def starts(self, r: int) -> list[int]:
        widths = self.widths[r] if self.widths else [1] * len(self.cells[r])
        return [sum(widths[:k]) for k in range(len(widths) + 1)]


# -- the container ---------------------------------------------------------------------------------


def cfb(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file holding ``streams`` (each padded to MIN_STREAM) under the root."""
    datas = {name: data + b"\0" * max(0, MIN_STREAM - len(data)) for name, data in streams.items()}
    sizes = {name: len(data) for name, data in datas.items()}
    data_sectors = sum(-(-len(d) // SECTOR) for d in datas.values())
    nfat = 1
    while nfat * 128 < nfat + 1 + data_sectors:
        nfat += 1
    fat = [FATSECT] * nfat + [END]  # the FAT's sectors, then the one directory sector
    body = b""
    starts = {}
    for name, data in datas.items():
        n = -(-len(data) // SECTOR)
        first = len(fat)
        starts[name] = first
        fat.extend(range(first + 1, first + n))
        fat.append(END)
        body += data + b"\0" * (n * SECTOR - len(data))
    fat += [FREE] * (nfat * 128 - len(fat))
    names = sorted(datas, key=lambda s: (len(s), s.upper()))
    entries = [_entry("Root Entry", 5, child=1, start=END, size=0)]
    for k, name in enumerate(names):
        entries.append(_entry(name, 2, right=k + 2 if k + 1 < len(names) else NOSTREAM,
                              start=starts[name], size=sizes[name]))
    while len(entries) < 4:
        entries.append(_entry("", 0, start=0, size=0))
    directory = b"".join(entries)
    header = bytearray(SECTOR)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, nfat, nfat, 0, 0x1000, END, 0, END, 0)
    difat = list(range(nfat)) + [FREE] * (109 - nfat)
    struct.pack_into("<109I", header, 76, *difat)
    return bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + directory + body


def _entry(name: str, kind: int, *, right: int = NOSTREAM, child: int = NOSTREAM, start: int, size: int) -> bytes:
    raw = name.encode("utf-16-le") + b"\0\0" if name else b""
    e = bytearray(128)
    e[0:len(raw)] = raw
    struct.pack_into("<HBBIII", e, 64, len(raw), kind, 1, NOSTREAM, right, child)
    struct.pack_into("<IQ", e, 116, start, size)
    return bytes(e)


# -- the document ----------------------------------------------------------------------------------

_IN_TABLE, _TTP, _OUTLINE, _DEF_TABLE = 0x2416, 0x2417, 0x2640, 0xD608
DELETED = ("\ue000", "\ue001")  # around text deleted with changes tracked (written with sprmCFRMarkDel)
_FLAGGED = "\x00merged"  # (a flagged cell's place in ``Rows.written``: written empty, horzMerge 1)
_STYLES = [("Normal", 0, None), ("heading 1", 1, 0), ("heading 2", 2, 1)]


def _paragraphs(items: list[object]) -> list[tuple[str, str, int, bytes]]:
    """(text, mark, istd, sprms) for every paragraph: a table's cells end with \\x07, its rows with a
    paragraph of their own whose \\x07 carries sprmPFTtp (after a sprmTDefTable, as Word writes them)."""
    out = []
    for item in items:
        if isinstance(item, Heading):
            out.append((item.text, "\r", item.level, b""))
        elif isinstance(item, Rows):
            in_table = struct.pack("<HB", _IN_TABLE, 1)
            item = item.written()
            for r, row in enumerate(item.cells):
                for cell in row:
                    *first, last = ("" if cell in (None, _FLAGGED) else cell or "").split("\n")
                    out.extend((p, "\r", 0, in_table) for p in first)
                    out.append((last, "\x07", 0, in_table))
                define = struct.pack("<H", _DEF_TABLE) + _def_table(item, r)
                out.append(("", "\x07", 0, in_table + define + struct.pack("<HB", _TTP, 1)))
        else:
            out.append((str(item), "\r", 0, b""))
    return out


def _def_table(table: Rows, r: int) -> bytes:
    """sprmTDefTable's operand for row ``r``: its cells' edges (1,000 twips a grid column) and a TC80 each
    whose tcgrf says a vertical merge (3: its first cell, the cell below merged onto it; 1: merged on)."""
    row, starts = table.cells[r], table.starts(r)
    below = dict(zip(table.starts(r + 1), table.cells[r + 1], strict=False)) if r + 1 < len(table.cells) else {}
    body = bytes([len(row)]) + struct.pack(f"<{len(starts)}h", *(1000 * s for s in starts))
    for k, cell in enumerate(row):
        vertical = 1 if cell is None else 3 if starts[k] in below and below[starts[k]] is None else 0
        horizontal = 1 if cell == _FLAGGED else 3 if k + 1 < len(row) and row[k + 1] == _FLAGGED else 0
        body += struct.pack("<H", horizontal | vertical << 5) + b"\0" * 18
    return struct.pack("<H", len(body) + 1) + body


def _pieces(text: str, utf16: bool, split: int | None) -> list[tuple[str, bool]]:
    """Runs of 8-bit-able characters (compressed) and others (UTF-16), as Word writes a mixed text;
    ``split``: also cut every that many characters (a several-piece table)."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        try:
            small = not utf16 and len(ch.encode("cp1252")) == 1
        except UnicodeEncodeError:
            small = False
        if runs and runs[-1][1] == small and (split is None or len(runs[-1][0]) < split):
            runs[-1] = (runs[-1][0] + ch, small)
        else:
            runs.append((ch, small))
    return runs


def _deletions(paras: list[tuple[str, str, int, bytes]]) -> tuple[list[tuple[str, str, int, bytes]], list[tuple[int, int]]]:
    """The paragraphs without the DELETED markers, and the (first, end) characters between them."""
    out, ranges, cp = [], [], 0
    for text, mark, istd, grpprl in paras:
        kept = ""
        for ch in text:
            if ch == DELETED[0]:
                ranges.append((cp, cp))
            elif ch == DELETED[1]:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                kept += ch
                cp += 1
        out.append((kept, mark, istd, grpprl))
        cp += len(mark)
    return out, ranges


def _chpx_fkp(ranges: list[tuple[int, int]], fc_of: list[int]) -> bytes:
    """One character-properties FKP: the text in runs, the deleted ones with sprmCFRMarkDel on."""
    bounds = [fc_of[0]]
    marked = []
    for first, end in ranges:
        lo, hi = fc_of[first], fc_of[end - 1] + (2 if fc_of[end] - fc_of[end - 1] == 2 else 1)
        if lo > bounds[-1]:
            bounds.append(lo)
            marked.append(False)
        bounds.append(hi)
        marked.append(True)
    if bounds[-1] < fc_of[-1]:
        bounds.append(fc_of[-1])
        marked.append(False)
    page = bytearray(SECTOR)
    crun = len(marked)
    struct.pack_into(f"<{crun + 1}I", page, 0, *bounds)
    chpx = bytes([3]) + struct.pack("<HB", 0x0800, 1)
    top = (511 - len(chpx)) & ~1
    page[top:top + len(chpx)] = chpx
    for i, on in enumerate(marked):
        page[4 * (crun + 1) + i] = top // 2 if on else 0
    page[511] = crun
    return bytes(page)


def _papx(istd: int, grpprl: bytes) -> bytes:
    body = struct.pack("<H", istd) + grpprl
    if len(body) % 2:
        return bytes([(len(body) + 1) // 2]) + body
    return bytes([0, len(body) // 2]) + body


def _fkp(runs: list[tuple[int, int, bytes]]) -> bytes:
    """One FKP page: rgfc, rgbx (offsets in words), the PAPXs from the page's end backwards."""
    page = bytearray(SECTOR)
    crun = len(runs)
    fcs = [runs[0][0]] + [r[1] for r in runs]
    struct.pack_into(f"<{crun + 1}I", page, 0, *fcs)
    top = 511
    for i, (_, _, papx) in enumerate(runs):
        top = (top - len(papx)) & ~1
        if top < 4 * (crun + 1) + 13 * crun:
            raise ValueError("too many paragraphs for one FKP")
        page[top:top + len(papx)] = papx
        page[4 * (crun + 1) + 13 * i] = top // 2
    page[511] = crun
    return bytes(page)


def _stsh() -> bytes:
    """A style sheet of Normal and the headings (built-in identifiers; names as Chinese Word writes them)."""
    stds = b""
    for name, sti, outline in _STYLES:
        shown = {"Normal": "正文", "heading 1": "标题 1", "heading 2": "标题 2"}[name]
        stdf = struct.pack("<HHHHH", sti, (0 << 4) | 1 if sti else 0xFFF0 | 1, 0, 0, 0) + b"\0" * 8
        xstz = struct.pack("<H", len(shown)) + shown.encode("utf-16-le") + b"\0\0"
        grpprl = struct.pack("<HB", _OUTLINE, outline) if outline is not None else b""
        upx = struct.pack("<H", 0) + grpprl
        upx_papx = struct.pack("<H", len(upx)) + upx + b"\0" * (len(upx) % 2)
        std = stdf + xstz
        std += b"\0" * (len(std) % 2) + upx_papx + struct.pack("<H", 0)  # the character UPX: empty
        stds += struct.pack("<H", len(std)) + std
    stshif = struct.pack("<HHHHHHHHH", len(_STYLES), 0x12, 1, 0x5B, 0x0F, 0, 0, 0, 0)
    return struct.pack("<H", len(stshif)) + stshif + stds


def build_doc(items: list[object], *, utf16: bool = False, split: int | None = None, encrypted: bool = False,
              table_stream: str = "1Table", papx: bool = True, stories: str = "",
              nfib: int = 0xC1) -> bytes:
    """The .doc file's bytes for ``items`` (see the module); ``stories``: text after the main document's
    (footnotes, headers, comments are stored there, past ccpText)."""
    paras, deletions = _deletions(_paragraphs(items))
    main = "".join(t + m for t, m, _, _ in paras)
    text = main + stories
    word = bytearray(1024)
    pieces = []
    cp = 0
    fc_of: list[int] = []  # the fc of every character
    for run, small in _pieces(text, utf16, split):
        if not small and len(word) % 2:
            word += b"\0"
        offset = len(word)
        word += run.encode("cp1252") if small else run.encode("utf-16-le")
        width = 1 if small else 2
        fc_of.extend(offset + k * width for k in range(len(run)))
        pieces.append((cp, cp + len(run), offset * 2 | 0x40000000 if small else offset))
        cp += len(run)
    fc_of.append(len(word))
    word += b"\0" * (-len(word) % SECTOR)
    runs: list[tuple[int, int, bytes]] = []
    cp = 0
    start = fc_of[0]
    for t, m, istd, grpprl in paras:
        cp += len(t) + len(m)  # (the stories' paragraphs are left without properties)
        end = fc_of[cp - 1] + (2 if fc_of[cp] - fc_of[cp - 1] == 2 else 1)
        runs.append((start, end, _papx(istd, grpprl)))
        start = end
    first_page = len(word) // SECTOR
    pages = [runs[i:i + 8] for i in range(0, len(runs), 8)]
    for chunk in pages:
        word += _fkp(chunk)
    n = len(pages)
    chpx_page = first_page + n
    if deletions:
        word += _chpx_fkp(deletions, fc_of)
    plcpcd = struct.pack(f"<{len(pieces) + 1}I", *[p[0] for p in pieces], len(text))
    plcpcd += b"".join(struct.pack("<HIH", 0, p[2], 0) for p in pieces)
    clx = b"\x01" + struct.pack("<h", 3) + b"\x00\x00\x00" + b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd
    stsh = _stsh()
    bte = struct.pack(f"<{n + 1}I", *[c[0][0] for c in pages], pages[-1][-1][1])
    bte += struct.pack(f"<{n}I", *range(first_page, first_page + n))
    table = clx + stsh + (bte if papx else b"")
    entries = {1: (len(clx), len(stsh)), 33: (0, len(clx))}
    if papx:
        entries[13] = (len(clx) + len(stsh), len(bte))
    if deletions:
        chpx_bte = struct.pack("<III", fc_of[0], fc_of[-1], chpx_page)
        entries[12] = (len(table), len(chpx_bte))
        table += chpx_bte
    flags = (0x0200 if table_stream == "1Table" else 0) | (0x0100 if encrypted else 0)
    struct.pack_into("<HHHHHH", word, 0, 0xA5EC, nfib, 0, 0x0804, 0, flags)
    struct.pack_into("<H", word, 0x20, 14)
    struct.pack_into("<H", word, 0x3E, 22)
    struct.pack_into("<ii", word, 0x40, len(word), 0)
    struct.pack_into("<i", word, 0x4C, len(main))
    struct.pack_into("<H", word, 0x98, 0x5D)
    for index, (fc, lcb) in entries.items():
        struct.pack_into("<II", word, 0x9A + 8 * index, fc, lcb)
    return cfb({"WordDocument": bytes(word), table_stream: table})
