"""One document's allocation stated twice with two amounts: 某财〔2023〕41号…下达我县资金5万元 in one
place, 某财〔2023〕41号…下达我县…维养资金6万元 in another.

Part of the arithmetic check (see ``tables``). Reports list the fund documents that allocated the
year's money, often twice (in the overview, then project by project). Premise: a sentence that cites
one document number and says what it allocated (下达/拨付/安排/分配) with a single amount after the
citation states that document's allocation. Where a document is cited so twice, an amount named only as
the unit's funds (资金, 经费 after the place and year at most: the document's whole allocation) cannot
be smaller than an amount the other sentence gives a named purpose (a part of it), and two whole
allocations must agree. Two named purposes may be two parts: left alone. What a document allocated is
not what was paid (拨付: paid in instalments), nor one of its batches or years (第一批, 追加, 提前下达
2025年资金), nor another recipient's (全市, 各县); an amount with its purpose after it (资金45万元用于…)
names a part; two whole allocations to two named places or two years are two allocations. The sentence
must say the document allocated it: its verb right after the citation (文件 and the issuer between at
most) and the amount's name a plain noun phrase — 按…号文件要求，县财政安排配套资金 is the county's own money.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Finding, Kind, Severity
from ...report import Report, TextUnit
from .grid import Num, make_finding

__all__ = ["check_allocations"]

# (its first character apart, a class ``re`` skips to in C; the name's rest possessive: no bracket is a
# Chinese character, so giving a character back never let the bracket match, only cost a retry each)
_DOC = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]{0,11}+[〔【\[（(﹝]\s*\d{4}\s*[〕】\]）)﹞]\s*\d{1,4}\s*号")
_TITLE = re.compile(r"《[^《》]*》")
_ALLOT = re.compile(r"下达|安排|分配")
# one of a document's several allocations, not the whole: a batch, an instalment, an addition, an advance
_SHARE_OF = re.compile(r"第[一二三四五六七八九十\d]+批|[首一二三四两]批|批次|分批|追加|提前|预拨|预下达|清算|续拨|补下|剩余|余额|第[一二三四五六七八九十\d]+次|全[省市州盟县区旗]|各[省市州盟县区旗乡镇地]")
# between the citation and its verb: the word 文件 and the issuer at most (…41号文件《…》，市财政局下达); a
# document's 要求/精神/标准 followed by what the county itself arranged (县财政安排配套资金) is no allocation
_LEAD = re.compile(r"^[\s,，　]*(?:文件)?[\s,，　]*(?:[*＊\u4e00-\u9fff]{0,10}?(?:财政局|财政厅|财政部|人民政府|政府|上级)"
                   r"[\s,，　]*)?(?:共|已|再)?$")
_PURPOSE_AFTER = re.compile(r"\s*[,，]?\s*(?:专项|主要|全部|统筹)?用于")
_MONEY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
# what may stand between the verb and a whole allocation: the place (masked or named), the year, 的
_WHOLE = re.compile(r"^(?P<place>[*＊\u4e00-\u9fff]{0,12}?(?:省|市|州|盟|县|区|旗|镇|乡|街道|我县|我区|我市|我镇))?"
                    r"(?P<year>(?:19|20)\d\d年(?:度)?)?(?:的)?(?:资金|经费|补助资金|专项资金)$")
_SCALE = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
# where, value span, 元, as written, whole allocation (its place and year, "" where unnamed), or None
_Said = tuple[TextUnit, int, int, Decimal, str, tuple[str, str] | None]


def _allocations(report: Report) -> dict[str, list[_Said]]:
    out: dict[str, list[_Said]] = {}
    for unit in report.units():
        if "号" not in unit.text:
            continue
        for s in _SENTENCE.finditer(unit.text):
            docs = {_key(d) for d in _DOC.findall(s.group())}
            if len(docs) != 1:
                continue
            doc = _DOC.search(s.group())
            assert doc is not None
            # a document's title (《关于下达…的通知》) names the verb too: blanked, offsets kept
            rest = _TITLE.sub(lambda t: "　" * len(t.group()), s.group()[doc.end():])
            verb = _ALLOT.search(rest)
            money = list(_MONEY.finditer(rest))
            if verb is None or len(money) != 1 or money[0].start() < verb.end() or _SHARE_OF.search(rest) \
                    or not _LEAD.match(rest[:verb.start()]) or re.search(r"[，,；;：:]", rest[verb.end():money[0].start()]):
                continue
            m = money[0]
            label = re.sub(r"[\s,，　]", "", rest[verb.end():m.start()])
            at = s.start() + doc.end() + m.start()
            value = Decimal(m.group(1).replace(",", "")) * _SCALE[m.group(2)]
            whole = _WHOLE.match(label) if not _PURPOSE_AFTER.match(rest, m.end()) else None
            out.setdefault(docs.pop(), []).append((unit, at, at + len(m.group(0)), value, m.group(0), _whom(whole)))
    return out


def check_allocations(report: Report) -> list[Finding]:
    out = []
    for doc, said in _allocations(report).items():
        wholes = [x for x in said if x[5]]
        for whole in wholes[:1]:
            odd = next((x for x in said if x is not whole and (
                x[3] > whole[3] if not x[5] else x[3] != whole[3] and _same(x[5], whole[5]))), None)
            if odd is None:
                continue
            first, second = sorted((whole, odd), key=lambda x: (x[0].location.block, x[1]))
            n1, n2 = _num(first), _num(second)
            part = "" if odd[5] else "其中一项用途的金额"
            out.append(make_finding(
                Kind.NUMBER_CONTRADICTED, Severity.WARNING,
                f"同一文件（…{doc}）下达的资金前后不一：{n1.text}与{n2.text}", n2, [n1],
                f"两处都引用…{doc}说明其下达的资金，一处为{whole[4]}（下达的全部资金），另一处{part}为{odd[4]}，"
                + ("一项用途不会多于全部资金" if part else "两处应一致"),
                "核对该文件下达的金额，更正有误的一处", "allocation_twice"))
    return out


def _whom(whole: re.Match[str] | None) -> tuple[str, str] | None:
    """A whole allocation's named place (the writer's own — 我县 — or none is "") and year."""
    if whole is None:
        return None
    place = whole.group("place") or ""
    return ("" if place.startswith("我") else place, (whole.group("year") or "")[:4])


def _same(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Two whole allocations to one recipient in one year: a name the other leaves out may be the same."""
    assert a is not None and b is not None
    return all(x == y or not x or not y for x, y in zip(a, b, strict=True))


# what may stand before an issuer's code in a citation: the issuing body and the words leading to it
_BEFORE_CODE = re.compile(r"^.*(?:局|厅|部|委|府|院|办|会|处|根据|按照|依据|依照|按|据|经|的|及|和|与|、)")


def _key(doc: str) -> str:
    """A document by its number: the issuer's code, the year and the serial. The words before the code
    (县财政局, 根据) vary from one citation to the next and are left out; the code itself is kept whole,
    so two issuers' documents of one year and serial (内财农〔2024〕12号, 呼财农〔2024〕12号) stay two."""
    m = re.search(r"([\u4e00-\u9fff]+)\s*[〔【\[（(﹝]\s*(\d{4})\s*[〕】\]）)﹞]\s*(\d{1,4})\s*号$", doc)
    assert m is not None
    code = _BEFORE_CODE.sub("", m.group(1)) or m.group(1)[-2:]
    return f"{code}〔{m.group(2)}〕{m.group(3)}号"


def _num(x: _Said) -> Num:
    unit, s, e, value, text, _ = x
    return Num(value, 0, False, unit.at(s, e), text)
