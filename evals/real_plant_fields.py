"""Figure defects planted into real text (see ``evals.real_planted``): a figure left as the template's
placeholder, a part after 其中 larger than the whole it is part of, and staff in post above the posts.

Why: issue 9 lists template placeholders left in (XX, ××) and a part larger than its whole (实有 vs 编制,
其中) among what must generalise, and both rules were measured only on invented excerpts and the few real
cases labelled. Planted into real pages they meet real layouts: forms flattened a cell per line, figures
with thousands separators, units written apart from their figure. Each planter edits one place and only
where a careful reviewer could tell from the text alone.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.real_planted import Plant

# a figure and its unit, not a year, a date's part, a document number's or a code's digits
FIGURE = re.compile(r"(?<![\d.,\-/〔\[【(（A-Za-z])(\d[\d,]*(?:\.\d+)?)(万元|亿元|元|人次|人|户|个|项|家|所|名|件|%)")
MASKS = ("XX", "××", "＿＿")


def plant_placeholder(text: str, rng: random.Random) -> Plant | None:
    """A figure in a sentence written as the template's placeholder (共有在职人员XX人, 下达资金××万元): the
    filler never typed the value. Only a figure in a line with a sentence mark, not a date's or a
    year's digits, in a text that holds no such placeholder already."""
    from evals.real_planted import Plant, _context
    if any(mask in text for mask in (*MASKS, "ＸＸ", "xx")):
        return None  # (a text that masks its names so reads a placeholder as the publisher's)
    sites, pos = [], 0
    for line in text.split("\n"):
        if re.search(r"[。；，,;]", line):
            sites += [(pos + m.start(1), pos + m.end(1)) for m in FIGURE.finditer(line)]
        pos += len(line) + 1
    if not sites:
        return None
    s, e = rng.choice(sites)
    mask = rng.choice(MASKS)
    planted = text[:s] + mask + text[e:]
    change = f"数字「{_context(text, s, e)}」{text[s:e]}→{mask}"
    return Plant("placeholder", planted, (s, s + len(mask)), change)


# a whole, then 其中 and one part in the same unit, in one line (a form flattened a cell per line puts
# a column's 其中 under another column's figure): 下达资金120万元，其中中央资金80万元; 核定编制141名，其中：公务员131人
WHOLE_PART = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(万元|亿元|元|人|名|个|项|家|所|件|户)[，,；;]?[ \t\u3000]*[(（]?其中[：:，,]?"
    r"[ \t\u3000]*([\u4e00-\u9fff“”]{1,14}?)[为是:：]?[ \t\u3000]*(\d[\d,]*(?:\.\d+)?)(万元|亿元|元|人|名|个|项|家|所|件|户)")
PEOPLE = {"人", "名"}
CHANGE = re.compile(r"增|减|比|较|上年|同比|人均|每|平均|超|节约|结余|差")


def _number(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _larger(part: str, whole: Decimal) -> list[str]:
    """``part`` with one of its integer digits typed twice, where that makes it larger than ``whole``."""
    head, dot, tail = part.replace(",", "").partition(".")
    out = [head[:i] + head[i] + head[i:] + dot + tail for i in range(len(head))]
    return sorted({v for v in out if _number(v) > whole})


def plant_part_over_whole(text: str, rng: random.Random) -> Plant | None:
    """The first part after 其中 with one of its digits typed twice, so that it is larger than the whole
    (核定编制141名，其中：公务员1131人): only where the whole is the sentence's only figure of its measure
    before 其中, the part a plain category (no change, no figure per head) in the whole's own measure."""
    from evals.real_planted import Plant, _context
    sites = []
    for m in WHOLE_PART.finditer(text):
        same = m.group(2) == m.group(5) or {m.group(2), m.group(5)} <= PEOPLE
        before = re.split(r"[。；;\n]", text[:m.start()])[-1]
        if not same or CHANGE.search(m.group(3)) or re.search(rf"\d{m.group(2)}", before):
            continue
        sites += [(m.start(4), m.end(4), v, m.start(1)) for v in _larger(m.group(4), _number(m.group(1)))[:1]]
    if not sites:
        return None
    s, e, new, whole_at = rng.choice(sites)
    planted = text[:s] + new + text[e:]
    change = f"其中「{_context(text, s, e)}」{text[s:e]}→{new}"
    # the span runs from the whole to the part: a finding on either names the defect
    return Plant("part_over_whole", planted, (whole_at, s + len(new)), change)


# posts and staff in post in one paragraph: 核定编制24人 … 实有人员13人
POSTS = re.compile(r"(?:编制|核定)[^。；;，,\n\d]{0,10}?(?:为|数)?[:：]?\s*(\d{1,5})\s*[人名]")
IN_POST = re.compile(r"实有[^。；;，,\n\d]{0,8}?(?:为)?[:：]?\s*(\d{1,5})\s*[人名]")
IN_POSTS_APART = re.compile(r"在编[^。；;，,\n\d实]{0,6}?\d{1,5}\s*[人名]")  # 在编人员6人, not 在编实有人员48人
OUTSIDE = re.compile(r"编外|聘用|临聘|临时|借调|劳务|派遣|购买服务|公益性岗位|协管|辅警|合同制|兼职|见习|顶岗")


def plant_staff_over_posts(text: str, rng: random.Random) -> Plant | None:
    """The staff in post written larger than the unit's posts, a digit typed twice (编制24人 … 实有人员133人): only
    where one paragraph states both, the posts first, all its posts together at least the staff in the clean text,
    and nothing in it names staff outside the posts (编外, 聘用 …, or 在编 staff apart from 实有), with whom more staff
    than posts is no defect."""
    from evals.real_planted import Plant, _context
    sites, pos = [], 0
    for line in text.split("\n"):
        posts = [int(m.group(1)) for m in POSTS.finditer(line)]
        staff = IN_POST.search(line)
        first = POSTS.search(line)
        # (在编 staff given apart from 实有: 实有66人, 在编人员6人 says sixty are outside the posts)
        if posts and staff and first and first.start() < staff.start() and not OUTSIDE.search(line) \
                and not IN_POSTS_APART.search(line) and int(staff.group(1)) <= sum(posts):
            sites += [(pos + staff.start(1), pos + staff.end(1), v) for v in _larger(staff.group(1), Decimal(sum(posts)))[:1]]
        pos += len(line) + 1
    if not sites:
        return None
    s, e, new = rng.choice(sites)
    planted = text[:s] + new + text[e:]
    change = f"实有「{_context(text, s, e)}」{text[s:e]}→{new}"
    return Plant("staff_over_posts", planted, (s, s + len(new)), change)
