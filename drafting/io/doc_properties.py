"""A Word 97 document's paragraph properties that say what its text is: in a table, a row's end, a style.

Why: in a .doc's text a table cell ends with \\x07 and so does a row (an extra mark after its last
cell), so an empty cell and a row's end look alike; and a cell's earlier paragraphs end with \\r as a
body paragraph does. Word writes, for every paragraph mark, its properties ([MS-DOC] PAPX in FKP
pages, found through the PlcBtePapx): sprmPFInTable and sprmPFTtp say which marks are a table's and
which one closes its row, without guessing from the text. The style (its built-in identifier, name and
outline level, from the STSH) and a paragraph's own outline level say what Word's Heading N says in a
.docx. Everything here is read from bytes the caller has; any structure that does not hold together
raises ``struct.error``/``IndexError``/``ValueError`` for the reader to name the file damaged.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["FKP_PAGE", "PapxRuns", "ParaProps", "Style", "deleted_ranges", "papx_runs", "sprms", "styles"]

FKP_PAGE = 512
SPRM_IN_TABLE = 0x2416
SPRM_TTP = 0x2417  # the mark closes a table row
SPRM_OUTLINE = 0x2640  # outline level 0-8; 9 = body text
SPRM_ITAP = 0x6649  # the table depth (Word 2000 on writes it beside sprmPFInTable)
SPRM_CHG_TABS = 0xC615  # the one variable operand whose size byte may be 255
SPRM_DEF_TABLE = 0xD608  # a row's cell edges and each cell's merge flags (on its row-end mark)
SPRM_VERT_MERGE = 0xD62B  # one cell's vertical merge (Word 2000 on)
SPRM_DELETED = 0x0800  # sprmCFRMarkDel: text deleted with changes tracked (1; 0x81: the style's opposite)
_WIDE_SIZED = (0xD608, 0xD606)  # sprmTDefTable(10): a two-byte size, counted from its second byte
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra (the sprm's top three bits); 6: sized


@dataclass(frozen=True)
class ParaProps:
    """What a paragraph mark's properties say (defaults: a body paragraph in the Normal style)."""

    istd: int = 0
    in_table: bool = False
    row_end: bool = False
    outline: int | None = None
    edges: tuple[int, ...] = ()  # a row's cell edges in twips (one more than its cells), on its row-end mark
    merges: tuple[tuple[int, int], ...] = ()  # per cell (horzMerge: 1 merged on, 2/3 first; vertMerge: 1 merged on, 3 first)


def _row_layout(op: bytes) -> tuple[tuple[int, ...], list[list[int]]]:
    """sprmTDefTable's operand: the cells' edges, and each cell's merge flags from its TC80 (tcgrf:
    horzMerge bits 0-1, vertMerge bits 5-6), as far as the operand holds them."""
    count = op[2]
    edges = struct.unpack_from(f"<{count + 1}h", op, 3)
    merges = []
    start = 3 + 2 * (count + 1)
    for k in range(count):
        at = start + 20 * k
        tcgrf = struct.unpack_from("<H", op, at)[0] if at + 2 <= len(op) else 0
        merges.append([tcgrf & 0x3, (tcgrf >> 5) & 0x3])
    return edges, merges


@dataclass(frozen=True)
class Style:
    name: str
    sti: int  # built-in style identifier: 0 Normal, 1-9 heading 1-9, 62 Title, 0xFFE a user's style
    outline: int | None


def sprms(grpprl: bytes) -> list[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a property list ([MS-DOC] 2.2.5.1: the operand's size by spra)."""
    out: list[tuple[int, bytes]] = []
    i = 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        spra = sprm >> 13
        if spra != 6:
            size = _OPERAND[spra]
        elif sprm in _WIDE_SIZED:
            size = struct.unpack_from("<H", grpprl, i)[0] + 1
        elif sprm == SPRM_CHG_TABS and grpprl[i] == 255:
            size = _chg_tabs_size(grpprl, i)
        else:
            size = grpprl[i] + 1
        if i + size > len(grpprl):
            break  # a list cut short (Word pads FKP entries): what was whole is kept
        out.append((sprm, grpprl[i:i + size]))
        i += size
    return out


def _chg_tabs_size(b: bytes, i: int) -> int:
    """sprmPChgTabs' operand when its size byte is 255: tabs deleted (two lists), then tabs added."""
    deleted = b[i + 1]
    j = i + 2 + 4 * deleted
    added = b[j]
    return j + 1 + 3 * added - i


def _props(papx: bytes) -> ParaProps:
    """A GrpPrlAndIstd: the style index, then the paragraph's own sprms."""
    if len(papx) < 2:
        return ParaProps()
    istd = struct.unpack_from("<H", papx, 0)[0]
    in_table = row_end = False
    outline = None
    edges: tuple[int, ...] = ()
    merges: list[list[int]] = []
    for sprm, op in sprms(papx[2:]):
        if sprm == SPRM_IN_TABLE:
            in_table = bool(op[0])
        elif sprm == SPRM_TTP:
            row_end = bool(op[0])
        elif sprm == SPRM_OUTLINE:
            outline = op[0] if op[0] < 9 else None
        elif sprm == SPRM_ITAP:
            in_table = in_table or struct.unpack_from("<i", op, 0)[0] > 0
        elif sprm == SPRM_DEF_TABLE:
            edges, merges = _row_layout(op)
        elif sprm == SPRM_VERT_MERGE and op[1] < len(merges):
            merges[op[1]][1] = op[2]
    return ParaProps(istd=istd, in_table=in_table or row_end, row_end=row_end, outline=outline, edges=edges,
                     merges=tuple((h, v) for h, v in merges))


class PapxRuns:
    """The paragraph properties in force at each byte of the WordDocument stream: FKP runs by fc."""

    def __init__(self, runs: list[tuple[int, int, ParaProps]]):
        runs.sort(key=lambda r: r[0])
        self._starts = [r[0] for r in runs]
        self._runs = runs

    def __len__(self) -> int:
        return len(self._runs)

    def at(self, fc: int) -> ParaProps | None:
        """The properties of the paragraph whose mark is at ``fc``; None where no FKP says."""
        k = bisect_right(self._starts, fc) - 1
        if k >= 0:
            start, end, props = self._runs[k]
            if start <= fc < end:
                return props
        return None


def papx_runs(word: bytes, table: bytes, fc_plc: int, lcb_plc: int) -> PapxRuns:
    """Read the PlcBtePapx (in the table stream) and each FKP page it names (in the WordDocument
    stream) into runs (first fc, end fc, properties)."""
    runs: list[tuple[int, int, ParaProps]] = []
    for page in _fkp_pages(word, table, fc_plc, lcb_plc):
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        base = 4 * (crun + 1)
        for i in range(crun):
            offset = page[base + 13 * i] * 2
            props = ParaProps()
            if offset:
                cb = page[offset]
                if cb:
                    papx = page[offset + 1:offset + 1 + 2 * cb - 1]
                else:
                    papx = page[offset + 2:offset + 2 + 2 * page[offset + 1]]
                props = _props(papx)
            runs.append((fcs[i], fcs[i + 1], props))
    return PapxRuns(runs)


def _fkp_pages(word: bytes, table: bytes, fc_plc: int, lcb_plc: int) -> list[bytes]:
    """The FKP pages a PlcBte (PlcBtePapx, PlcBteChpx) in the table stream names in the WordDocument stream."""
    if lcb_plc < 8:
        return []
    plc = table[fc_plc:fc_plc + lcb_plc]
    if len(plc) != lcb_plc or (lcb_plc - 4) % 8:
        raise ValueError("PlcBte out of the table stream")
    n = (lcb_plc - 4) // 8
    pages = []
    for k in range(n):
        pn = struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * k)[0] & 0x3FFFFF
        page = word[pn * FKP_PAGE:(pn + 1) * FKP_PAGE]
        if len(page) != FKP_PAGE:
            raise ValueError("FKP page out of the WordDocument stream")
        pages.append(page)
    return pages


def deleted_ranges(word: bytes, table: bytes, fc_plc: int, lcb_plc: int) -> list[tuple[int, int]]:
    """The stream's byte ranges (fc, end) of text deleted with changes tracked, from the character
    properties' FKPs (PlcBteChpx): Word keeps such text in place, marked only there (a .docx moves it
    into w:del, which is not read either)."""
    out: list[tuple[int, int]] = []
    for page in _fkp_pages(word, table, fc_plc, lcb_plc):
        crun = page[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for i in range(crun):
            offset = page[4 * (crun + 1) + i] * 2
            if offset:
                chpx = page[offset + 1:offset + 1 + page[offset]]
                if any(sprm == SPRM_DELETED and op[0] in (1, 0x81) for sprm, op in sprms(chpx)):
                    out.append((fcs[i], fcs[i + 1]))
    return sorted(out)


def styles(table: bytes, fc: int, lcb: int) -> dict[int, Style]:
    """The style sheet (STSH) by index: each style's built-in identifier, name and outline level (its
    own, else its base style's)."""
    if lcb < 2:
        return {}
    stsh = table[fc:fc + lcb]
    cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
    cstd, cb_base = struct.unpack_from("<HH", stsh, 2)
    pos = 2 + cb_stshi
    raw: dict[int, tuple[int, int, str, int | None]] = {}
    for istd in range(cstd):
        if pos + 2 > len(stsh):
            break
        cb_std = struct.unpack_from("<H", stsh, pos)[0]
        std = stsh[pos + 2:pos + 2 + cb_std]
        pos += 2 + cb_std
        if cb_std < 10 or cb_base + 2 > len(std):
            continue
        sti = struct.unpack_from("<H", std, 0)[0] & 0x0FFF
        word1 = struct.unpack_from("<H", std, 2)[0]
        stk, base = word1 & 0x000F, word1 >> 4
        cch = struct.unpack_from("<H", std, cb_base)[0]
        name = std[cb_base + 2:cb_base + 2 + 2 * cch].decode("utf-16-le", errors="replace")
        outline = None
        upx = cb_base + 2 + 2 * cch + 2  # after the name and its terminating zero
        if stk == 1 and upx + 2 <= len(std):  # a paragraph style: its first UPX holds its paragraph sprms
            cb_upx = struct.unpack_from("<H", std, upx)[0]
            outline = _props(std[upx + 2:upx + 2 + cb_upx]).outline
        raw[istd] = (sti, base, name, outline)
    out: dict[int, Style] = {}
    for istd, (sti, base, name, outline) in raw.items():
        seen = {istd}
        while outline is None and base in raw and base not in seen:  # inherited from the base style
            seen.add(base)
            outline, base = raw[base][3], raw[base][1]
        out[istd] = Style(name=name, sti=sti, outline=outline)
    return out
