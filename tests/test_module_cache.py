"""The program's modules read from one stored file (``io/module_cache``): the same code as the ``.pyc``
files, taken from the file only while each module's source is as it was stored.

Each case runs in a fresh process on a copy of the package (its own folder, so its ``.pyc`` files and
stored file are its own), with its own cache folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# what the program does around its command (``drafting.__main__``), then which loader brought each module
_PROBE = """
import sys
from drafting.io.module_cache import active
with active():
    import drafting.review, drafting.checks.days
    from drafting.checks.calendar import check_calendar
loaders = {type(sys.modules[n].__loader__).__name__ for n in ("drafting.review", "drafting.checks.days", "drafting.checks.calendar")}
print(",".join(sorted(loaders)), getattr(drafting.checks.days, "EDITED", None), drafting.checks.days.__file__ == drafting.checks.days.month_days.__code__.co_filename)
"""


@pytest.fixture
def package(tmp_path: Path) -> Path:
    home = tmp_path / "pkg"
    shutil.copytree(ROOT / "drafting", home / "drafting", ignore=shutil.ignore_patterns("__pycache__"))
    return home


def _run(package: Path, cache: Path, code: str = _PROBE) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(package), "JIXIAO_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=package,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _stored(cache: Path) -> list[Path]:
    return sorted(cache.glob("modules-*.bin"))


def test_the_second_run_reads_the_modules_from_the_stored_file(package, tmp_path):
    cache = tmp_path / "cache"
    assert _run(package, cache) == ["SourceFileLoader", "None", "True"]  # the first run stores them
    (stored,) = _stored(cache)
    assert _run(package, cache) == ["_Loader", "None", "True"]  # the same modules, from the file
    assert _stored(cache) == [stored]


def test_an_edited_module_is_imported_as_usual_and_stored_again(package, tmp_path):
    cache = tmp_path / "cache"
    _run(package, cache)
    days = package / "drafting" / "checks" / "days.py"
    days.write_text(days.read_text(encoding="utf-8") + "\nEDITED = 1\n", encoding="utf-8")
    st = days.stat()
    os.utime(days, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))  # a later edit, whatever the clock
    assert _run(package, cache) == ["SourceFileLoader,_Loader", "1", "True"]  # the edit runs
    assert _run(package, cache) == ["_Loader", "1", "True"]  # and is what the file holds now


def test_a_damaged_file_means_the_usual_import(package, tmp_path):
    cache = tmp_path / "cache"
    _run(package, cache)
    (stored,) = _stored(cache)
    for damage in (b"", b"\xff" * 64, stored.read_bytes()[:1000]):
        stored.write_bytes(damage)
        stored.chmod(0o600)
        assert _run(package, cache) == ["SourceFileLoader", "None", "True"]
        (stored,) = _stored(cache)  # written again, whole


def test_importing_the_library_stores_nothing(package, tmp_path):
    cache = tmp_path / "cache"
    _run(package, cache, "import drafting.review, drafting.cli\nprint(drafting.review.review.__name__)")
    assert not _stored(cache)


def test_the_program_stores_its_modules_and_reviews_the_same(tmp_path):
    """``python -m drafting`` reads its modules from the file from the second run on; the review is the
    same, byte for byte."""
    report = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": str(ROOT), "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    work = tmp_path / "work"  # the cache folder must lie outside the working folder
    work.mkdir()
    outputs = []
    for i in range(2):
        out = tmp_path / f"out{i}.json"
        done = subprocess.run([sys.executable, "-m", "drafting", "review", str(report), "--format", "json", "-o",
                               str(out)], capture_output=True, text=True, env=env, cwd=work, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        outputs.append(out.read_bytes())
        assert len(_stored(tmp_path / "cache")) == 1
    assert outputs[0] == outputs[1]
