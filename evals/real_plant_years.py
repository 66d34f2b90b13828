"""Last year's number left in a place that must carry the evaluated year, planted into the real corpus (see
``evals.real_planted``).

Why: issue 9 asks that the report year be read from all the evidence and the field guide lists "截至 last year's
12月31日" among the commonest signs of a copied report: the writer types this year's figures over last year's file
and leaves a year behind. The planter moves the evaluated year one back at one of two places that can only mean the
evaluated year, only in a text whose title names that year and whose body names it more often than any other, and
still does with the year moved (so a reader knows which year the report is on), and where no span of years runs
from last year into it (2019—2021年: a project of several years, whose dates of last year are its own):
- a status date at the year's end (截至2022年12月31日, 截止2022年底/年末/12月底) in a sentence that compares no
  years (no 上年, 同比, 较, 比, 增长, no other year);
- a section's numbered heading that names the year in its title (（二）2020年度重点工作; not in text run on after
  its colon), not one about an earlier evaluation and what followed it (结果, 整改, 问题, 反馈, 应用), money given
  before it (提前下达), a span of years or history (以来, 上年, 至, —, -).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.real_planted import Plant

# a year-end status date: 截至2022年12月31日, 截止到2022年底, 截至2022年末, 截止2022年12月底
YEAR_END = re.compile(r"(?:截至|截止)(?:到|至)?\s*(20[0-3]\d)\s*年\s*(?:12\s*月\s*(?:31\s*日|底|末)|年?底|年?末)")
COMPARES = re.compile(r"上年|去年|同比|较|比|增长|减少|增加|下降|以来|累计")
SPAN = re.compile(r"(20[0-3]\d)\s*年?\s*[—\-－~～至到]\s*(20[0-3]\d)")  # a span of years: 2019—2021年
# a heading about an earlier year on purpose: its evaluation and what followed, money given before it, a span
EARLIER_ON_PURPOSE = re.compile(r"结果|整改|问题|反馈|应用|提前|以来|上年|同比|[至—\-~～]")


def evaluated_year(text: str) -> str | None:
    """The year the title names, where the body names it more often than any other (a date counts at year end)."""
    from evals.real_planted import YEAR, title_line
    found = title_line(text)
    if found is None or not (m := YEAR.search(found[1])):
        return None
    at, line = found
    stated = re.findall(r"(?<!\d)(20[0-3]\d)\s*年(?!\s*(?:0?[1-9]|1[01])\s*月)", text[:at] + text[at + len(line):])
    body = Counter(stated).most_common(2)
    if not body or body[0][0] != m.group(1) or (len(body) > 1 and body[1][1] == body[0][1]):
        return None
    return m.group(1)


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    ends = [e for e in (text.find(c, at) for c in "。；;\n") if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def _sites(text: str, year: str) -> list[int]:
    """Where the evaluated year stands (the offset of its four digits) at a year-end date or in a section's heading."""
    from evals.real_planted import NUMBERED, TOC_ENTRY
    sites = [m.start(1) for m in YEAR_END.finditer(text) if m.group(1) == year
             and not COMPARES.search(s := _sentence(text, m.start()))
             and len(set(re.findall(r"20[0-3]\d(?=\s*年)", s))) == 1]
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        s = re.split("[:：]", s)[0]  # the heading's own title, not the text run on after its colon
        if NUMBERED.match(s) and len(s) <= 40 and not re.search("[。；;，,]", s) and not TOC_ENTRY.search(s) \
                and not EARLIER_ON_PURPOSE.search(s) and len(re.findall(r"20[0-3]\d", s)) == 1:
            sites += [pos + m.start(1) for m in re.finditer(rf"({year})\s*年", line)]
        pos += len(line) + 1
    return sorted(sites)


def _spans_last_year(text: str, year: str) -> bool:
    """The text tells a span of years running from last year into this one (2019—2021年): a project of several
    years, whose dates of last year are its own."""
    return any(int(a) < int(year) <= int(b) for a, b in SPAN.findall(text))


def plant_body_year(text: str, rng: random.Random) -> Plant | None:
    """The evaluated year one back at a year-end date or in a section's heading (截至2021年12月31日 in the report on
    2022): last year's number left behind when the figures were typed over."""
    from evals.real_planted import Plant, _context
    year = evaluated_year(text)
    if year is None or _spans_last_year(text, year) or not (sites := _sites(text, year)):
        return None
    at = rng.choice(sites)
    old = str(int(year) - 1)
    planted = text[:at] + old + text[at + 4:]
    if evaluated_year(planted) != year:
        return None  # the body would no longer name its year more often than last: no evidence which one is wrong
    return Plant("body_year", planted, (at, at + 4), f"年份「{_context(text, at, at + 4)}」{year}→{old}")
