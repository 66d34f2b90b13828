"""Screenshots compared by structure, not pixels, and the README's reference pictures refreshed.

A picture is cut into ``BLOCK`` x ``BLOCK`` pixel squares and each square reduced to its mean grey
level (0-255). Another font, font version or antialiasing moves a square's mean a few levels; a
layout break (a pane empty or gone, the filters missing, the list shifted) moves whole squares of
text to background or back by tens of levels. Measured on the sample's review page at 1100x760
(``tests/test_screenshots.py``): the whole page re-set in another typeface (Noto Sans CJK instead
of the serif) moves no square more than 12 levels, while hiding the findings list, the filters, the
per-kind counts, the search box or the highlights, or emptying the report pane, moves 3.5-18 % of
the squares by more than ``LEVELS``. So a picture matches when at most ``SPARE`` of its squares
moved more than ``LEVELS``. Text 3 % larger reflows every line and fails too (4.3 %): the reference
belongs to one kind of machine (Debian's chromium, the Noto CJK fonts) and is refreshed on purpose.

Refresh the committed pictures after an intended change of the page (or of the sample's review)::

    make demo && .venv/bin/python -m tests.screenshots

which copies ``out/review/sample-html.png`` to ``docs/screenshots/review-page.png`` (the reference
of the test) and ``out/review/sample-docx.png`` to ``docs/screenshots/review-docx.png`` (reduced to
64 colours so that it stays under 200 KB).
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "screenshots" / "review-page.png"
DOCX_PICTURE = ROOT / "docs" / "screenshots" / "review-docx.png"

BLOCK = 40  # pixels per side of a square: a few lines of text, about one table cell
LEVELS = 16  # grey levels a square's mean may move: above the 12 another typeface moves it
SPARE = 0.01  # share of squares allowed to move more (a caret, a scrollbar); breaks move 3.5 % or more


def squares(png: Path) -> tuple[tuple[int, int], list[float]]:
    """The picture's size and the mean grey level of each ``BLOCK`` square, row by row."""
    with Image.open(png) as im:
        grey = im.convert("L")
        w, h = grey.size
        small = grey.resize((w // BLOCK, h // BLOCK), Image.Resampling.BOX)
        return (w, h), [float(small.getpixel((x, y))) for y in range(small.height) for x in range(small.width)]


@dataclass(frozen=True)
class Comparison:
    same_size: bool
    moved: float  # share of squares whose mean moved more than LEVELS
    largest: float  # the largest move of one square, in grey levels

    @property
    def matches(self) -> bool:
        return self.same_size and self.moved <= SPARE

    def __str__(self) -> str:
        if not self.same_size:
            return "the pictures differ in size"
        return f"{self.moved:.1%} of the squares moved more than {LEVELS} grey levels (largest {self.largest:.0f})"


def compare(reference: Path, shot: Path) -> Comparison:
    size_a, a = squares(reference)
    size_b, b = squares(shot)
    if size_a != size_b:
        return Comparison(False, 1.0, 255.0)
    moves = [abs(x - y) for x, y in zip(a, b, strict=True)]
    return Comparison(True, sum(m > LEVELS for m in moves) / len(moves), max(moves, default=0.0))


def refresh(out: Path = ROOT / "out" / "review") -> list[Path]:
    """Copy ``make demo``'s pictures over the committed ones (see the module docstring)."""
    page, docx = out / "sample-html.png", out / "sample-docx.png"
    written = []
    if page.exists():
        written.append(Path(shutil.copyfile(page, REFERENCE)))
    if docx.exists():
        with Image.open(docx) as im:
            im.convert("RGB").quantize(64).save(DOCX_PICTURE, optimize=True)
        written.append(DOCX_PICTURE)
    return written


if __name__ == "__main__":
    done = refresh()
    for p in done:
        print(f"{p.relative_to(ROOT)}: {p.stat().st_size // 1024} KB")
    if not done:
        print("no pictures in out/review: run make demo first (needs chromium, LibreOffice, pdftoppm)")
        sys.exit(1)
