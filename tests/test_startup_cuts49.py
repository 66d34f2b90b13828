"""Standard modules a review of a text no longer loads (start-up, issue 14), each replaced by what it gave.

``calendar`` and ``datetime``'s Python module gave a month's length and a date (``drafting.checks.days``: the
builtin ``_datetime``'s date, which *is* ``datetime.date``); ``base64`` spelled a temporary file's random
name part (``temporaries.spelled``). Each replacement is compared with the module it stands for.
"""

from __future__ import annotations

import base64
import calendar
import datetime
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from drafting.checks.days import date, month_days
from drafting.io import temporaries

ROOT = Path(__file__).resolve().parent.parent
NOT_LOADED = {"calendar", "datetime", "base64"}


@pytest.mark.parametrize("year", [*range(1895, 2105), 1, 4, 100, 400, 1600, 1700, 1800, 1900, 2000, 2400, 9999,
                                  -4, 0, 10000, 12345])
def test_a_month_has_the_days_the_calendar_gives(year):
    assert [month_days(year, m) for m in range(1, 13)] == [calendar.monthrange(year, m)[1] for m in range(1, 13)]


@pytest.mark.parametrize("month", [0, 13, -1, 20])
def test_a_month_outside_the_year_is_a_value_error_as_in_the_calendar(month):
    with pytest.raises(ValueError):
        calendar.monthrange(2023, month)
    with pytest.raises(ValueError):
        month_days(2023, month)


def test_the_date_is_the_standard_librarys_own_class():
    assert date is datetime.date
    assert date(2023, 2, 28) == datetime.date(2023, 2, 28)
    with pytest.raises(ValueError):
        date(2023, 2, month_days(2023, 2) + 1)


def test_a_temporary_names_random_part_is_spelled_as_base32_spells_it():
    rng = random.Random(49)
    for raw in [b"\0" * 5, b"\xff" * 5, *(rng.randbytes(5) for _ in range(2000)), rng.randbytes(10)]:
        assert temporaries.spelled(raw) == base64.b32encode(raw).decode("ascii").lower()


def test_a_temporary_file_gets_eight_base32_letters(tmp_path):
    made: list[Path] = []
    fd, path = temporaries.create(tmp_path, ".out.", ".tmp", made)
    try:
        middle = path.name.removeprefix(".out.").removesuffix(".tmp")
        assert made == [path] and len(middle) == 8 and set(middle) <= set("abcdefghijklmnopqrstuvwxyz234567")
    finally:
        os.close(fd)
        temporaries.release(path)


def test_a_review_of_a_text_loads_neither_calendar_datetime_nor_base64(tmp_path):
    """The modules loaded until the review's own have loaded (a first run then builds the lexicon
    file, whose readers load ``datetime``: not a review's start-up)."""
    report = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafting", "review", str(report), "--format",
                           "json", "-o", str(tmp_path / "out.json")], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    names = [line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    loaded = set(names[:names.index("drafting.review") + 1])
    assert {"drafting.checks.report_dates", "drafting.checks.calendar", "drafting.io.temporaries"} <= loaded
    assert not loaded & NOT_LOADED
    assert (tmp_path / "out.json").stat().st_size > 0


_PATTERNS = """
import re, sys
from pathlib import Path
from drafting.io import regex_cache
folder = Path(sys.argv[1])
loaded = regex_cache.load(folder)
tests = [re.compile(p) for p in ("[\\u4e00-\\u9fff]{2,}局", "(?P<year>(?:19|20)\\\\d{2})年", "第[一二三四五六七八九十]+条")]
regex_cache.save(folder)
views = {type(entry[3]).__name__ for entry in regex_cache._stored.values()}
print(loaded, sorted(views), [bool(p.search("荆州市人社局 2022年 第十二条")) for p in tests])
"""


def test_stored_patterns_are_read_in_place_from_one_run_of_opcodes(tmp_path):
    """The file holds the entries, then every pattern's opcodes in one run of code units, then its
    checksum; a run reads the opcodes where the mapped file holds them (a view, no bytes object per
    pattern) and the patterns match as freshly compiled ones."""
    import marshal

    folder = tmp_path / "c"
    folder.mkdir(mode=0o700)
    runs = [subprocess.run([sys.executable, "-c", _PATTERNS, str(folder)], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120).stdout.split(" ", 1)
            for _ in range(3)]
    assert [r[0] for r in runs] == ["0", "0", "3"]  # seen, stored, read back
    assert runs[2][1].strip() == "['memoryview'] [True, True, True]"
    (path,) = folder.glob("regex-*.bin")
    data = path.read_bytes()
    entries = marshal.loads(data)[1]
    units = max(e[4] for e in entries)
    assert sorted(e[0] for e in entries) == sorted(["[\u4e00-\u9fff]{2,}局", "(?P<year>(?:19|20)\\d{2})年",
                                                    "第[一二三四五六七八九十]+条"])
    assert sorted((e[3], e[4]) for e in entries)[0][0] == 0 and (len(data) - 4 - 4 * units) % 4 == 0
