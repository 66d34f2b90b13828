"""One workbook cell → the exact value it shows: a Decimal, a text, a date, a list of lines.

Why not the cell's value as openpyxl gives it: a number typed into Excel comes back as a binary
float (5.18 → 5.1799999999999997 in the file, 0.1 + 0.2 as 0.30000000000000004). The value is
read from its shortest repr (noise past 15 significant digits dropped) and given the decimals its
number format shows, so 7065.30 in a 0.00 cell is 7065.30, never 7065.299999…; a number typed as
text (“1,209.14”, full-width digits) is read as written. A percent-formatted cell (0.9205 shown as
92.05%) is read as the 92.05 it shows. Anything that is not a number comes back as its text, for
the model's validation to name.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["cell_date", "cell_ids", "cell_lines", "cell_number", "cell_text", "shown_places"]

SIGNIFICANT = 15  # digits a double holds faithfully; Excel shows no more


def shown_places(number_format: str | None) -> tuple[int | None, bool]:
    """The decimals a number format shows at least (0.00 → 2; General → None) and whether it is a percent."""
    if not number_format or number_format.lower() == "general":
        return None, False
    section = number_format.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.', "", section)
    percent = "%" in section
    if "0" not in section and "#" not in section:
        return None, percent
    _, dot, decimals = section.partition(".")
    return (len(re.match(r"0*", decimals).group(0)) if dot else 0), percent  # type: ignore[union-attr]


def cell_number(value: Any, number_format: str | None = None) -> Decimal | str | None:
    """A number cell as the Decimal it shows; a text cell holding a number as written; other text as is."""
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time | dt.timedelta):
        return str(value)
    if isinstance(value, str):
        return _number_in_text(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        number = Decimal(repr(value))
        if len(number.as_tuple().digits) > SIGNIFICANT:
            number = Decimal(format(value, f".{SIGNIFICANT}g"))
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    else:  # pragma: no cover - openpyxl gives only the types above
        return str(value)
    places, percent = shown_places(number_format)
    if percent:
        number = number.scaleb(2)
    exponent = number.as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent < places:
        number = number.quantize(Decimal(1).scaleb(-places))
    return number


def _number_in_text(text: str) -> Decimal | str | None:
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    compact = re.sub(r"[,\s]", "", folded)
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", compact):
        try:
            return Decimal(compact)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return text.strip()
    return text.strip()


def cell_text(value: Any) -> str | None:
    """Text as written (ends trimmed); a number typed into a text column as its digits (518, not 518.0)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value):
        number = Decimal(repr(value))
        return format(number.normalize() if number == number.to_integral_value() else number, "f")
    text = str(value).strip()
    return text or None


_CN_DATE = re.compile(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")


def cell_date(value: Any) -> dt.date | str | None:
    """A date cell, or a date typed as text (2024-02-27, 2024/2/27, 2024年2月27日); else the text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if text is None:
        return None
    m = _CN_DATE.fullmatch(unicodedata.normalize("NFKC", text))
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return text
    return text


def cell_lines(value: Any) -> list[str]:
    """One item per line of the cell, blank lines dropped."""
    text = cell_text(value)
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text) if line.strip()] if text else []


def cell_ids(value: Any) -> list[str]:
    """Items separated by 、 , ， ; ； or line breaks."""
    text = cell_text(value)
    return [part for part in re.split(r"[、,，;；\s]+", text) if part] if text else []
