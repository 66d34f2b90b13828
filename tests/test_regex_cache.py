"""The command's compiled patterns kept between runs: a pattern put back is the one ``re`` compiles,
and nothing about the file can stop a command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafting.io import regex_cache

if regex_cache._engine() is None:
    pytest.skip("this Python's re has no compiled form to keep", allow_module_level=True)

PATTERNS = [
    (r"(?P<org>[\u4e00-\u9fff]{2,10})\s*〔(?P<year>(?:19|20)\d\d)〕(?P<num>\d{1,4})号", 0),
    (r"([\u4e00-\u9fff]{2,4})\1", 0),
    (r"""(?x) (?<![\d.]) \d+ (?: \. \d+ )? \s* (?:万元|亿元|%)  # a figure and its unit""", 0),
    (r"[ａ-ｚ]+", re.IGNORECASE),
]
TEXTS = ["依据湘办〔2021〕28号文件", "用于用于项目", "支出12.5万元，增长3%", "ＡＢＣabc", ""]

_STORE_AND_LOAD = """
import re, sys
from pathlib import Path
from drafting.io import regex_cache
folder = Path(sys.argv[1])
loaded = regex_cache.load(folder)
patterns = {patterns!r}
compiled = [re.compile(p, f) for p, f in patterns]
stored = regex_cache.save(folder)
found = [[(m.span(), m.groups(), m.groupdict()) for m in c.finditer(t)] for c in compiled for t in {texts!r}]
print(loaded, stored, repr(found), [(c.flags, c.groups, dict(c.groupindex)) for c in compiled])
"""


def _run(folder: Path) -> tuple[int, int, str]:
    code = _STORE_AND_LOAD.format(patterns=PATTERNS, texts=TEXTS)
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True)
    loaded, stored, rest = out.stdout.split(" ", 2)
    return int(loaded), int(stored), rest


def test_patterns_put_back_match_as_freshly_compiled_ones(tmp_path):
    first = _run(tmp_path)
    assert first[:2] == (0, 0)  # nothing to load yet; compiled once, so only remembered
    second = _run(tmp_path)
    assert second[0] == 0 and second[1] >= len(PATTERNS)  # compiled again: now stored
    third = _run(tmp_path)
    assert third[0] >= len(PATTERNS) and third[1] == 0  # all put back, nothing new
    assert third[2] == second[2] == first[2]  # the same matches, groups, flags and group names


def _runs(code: str, folder, times: int) -> list[subprocess.CompletedProcess[str]]:
    """``code`` run in ``times`` fresh processes, one after the other, with ``folder`` as its argument."""
    return [subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True)
            for _ in range(times)]


def test_a_pattern_that_differs_in_every_run_is_never_stored(tmp_path):
    """Some patterns are built afresh in each process (from a set, in hash order): storing them
    would fill the file with patterns no later run asks for."""
    code = ("import marshal, re, sys, uuid; from pathlib import Path; from drafting.io import regex_cache; "
            "folder = Path(sys.argv[1]); regex_cache.load(folder); re.compile('每次都有的模式'); "
            "re.compile('只此一次' + uuid.uuid4().hex); regex_cache.save(folder); "
            "(path,) = folder.glob('regex-*.bin'); print(sorted(e[0] for e in marshal.loads(path.read_bytes())[1]))")
    runs = _runs(code, tmp_path, 4)
    assert [r.stdout.strip() for r in runs] == [str([])] + [str(["每次都有的模式"])] * 3


def test_an_entry_is_stored_only_when_it_gives_back_the_same_pattern():
    engine = regex_cache._engine()
    for pattern, flags in PATTERNS:
        entry = regex_cache._entry(pattern, flags, re.compile(pattern, flags), engine)
        assert entry is not None
        assert regex_cache._entry(pattern, flags, re.compile(pattern + "x", flags), engine) is None


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xe9" * 100])
def test_a_damaged_file_is_ignored_and_written_again(tmp_path, damage):
    _run(tmp_path)
    (path,) = tmp_path.glob("regex-*.bin")
    path.write_bytes(damage)
    assert _run(tmp_path)[:2] == (0, 0)
    loaded, stored, _ = _run(tmp_path)
    assert loaded == 0 and stored >= len(PATTERNS)
    assert _run(tmp_path)[0] >= len(PATTERNS)


def test_a_folder_someone_else_made_is_not_read(tmp_path, monkeypatch):
    if not hasattr(os, "getuid"):
        pytest.skip("no user ids here")
    _run(tmp_path)
    _run(tmp_path)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    assert regex_cache.load(tmp_path) == 0


def test_no_folder_or_an_unwritable_one_costs_only_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would go")
    assert regex_cache.load(None) == 0 and regex_cache.save(None) == 0
    re.compile(r"[\u4e00-\u9fff]+新的模式")
    assert regex_cache.save(blocker / "cache") == 0


def test_the_command_keeps_its_patterns_in_the_cache_folder(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("一、基本情况\n依据湘办〔2021〕28号文件，用于用于项目。\n", encoding="utf-8")
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(3):
        subprocess.run([sys.executable, "-m", "drafting", "parse", str(report), "-o", str(tmp_path / "r.json")],
                       env=env, capture_output=True, check=True)
    assert len(list((tmp_path / "cache").glob("regex-*.bin"))) == 1


def test_only_the_patterns_compiled_during_the_command_are_stored(tmp_path):
    """Inside another program (or a test) the CLI stores what it compiled, not the caller's patterns."""
    code = ("import marshal, re, sys; from pathlib import Path; from drafting.io import regex_cache; "
            "re.compile('调用方自己的模式'); folder = Path(sys.argv[1]); regex_cache.load(folder); "
            "re.compile('命令编译的模式'); regex_cache.save(folder); "
            "(path,) = folder.glob('regex-*.bin'); print(sorted(e[0] for e in marshal.loads(path.read_bytes())[1]))")
    for _ in range(2):  # stored when a second run compiles it too
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(["命令编译的模式"])


def test_more_patterns_than_re_keeps_are_all_put_back(tmp_path):
    """A review compiles about 500 patterns, more than ``re``'s own cache holds (512, the oldest
    dropped): all of them are stored and put back, so a later run compiles none."""
    code = ("import re, sys; from pathlib import Path; from drafting.io import regex_cache; "
            "folder = Path(sys.argv[1]); loaded = regex_cache.load(folder); "
            "before = set(re._cache); [re.compile(f'第{i}个[\\u4e00-\\u9fff]+模式') for i in range(700)]; "
            "compiled = len(set(re._cache) - before); regex_cache.save(folder); print(loaded, compiled)")
    runs = _runs(code, tmp_path, 3)
    assert [r.stdout.split() for r in runs] == [["0", "700"], ["0", "700"], ["700", "0"]]


def test_a_first_run_compiling_more_than_the_file_holds_leaves_none_of_the_second_runs_patterns_for_the_third(tmp_path):
    """A first run that builds the lexicon too compiles more patterns than the file stores (1,034 for the
    sample): the ones it compiled first, which every run compiles, are remembered all the same, stored by
    the second run, and the third compiles none of them (it wrote the file again before)."""
    code = ("import re, sys, uuid; from pathlib import Path; from drafting.io import regex_cache; "
            "folder = Path(sys.argv[1]); loaded = regex_cache.load(folder); "
            "[re.compile(f'第{i}个[\\u4e00-\\u9fff]+常用') for i in range(900)]; "
            "[re.compile(f'{uuid.uuid4().hex}第{i}个一次') for i in range(300)]; "
            "print(loaded, regex_cache.save(folder))")
    runs = _runs(code, tmp_path, 3)
    assert [r.stdout.split() for r in runs] == [["0", "0"], ["0", "900"], ["900", "0"]]


_IMPORT_PATTERNS = """
import re
re._MAXCACHE = 1 << 20  # as the command makes it (``load``): every pattern the modules compile is kept
re._cache.clear()
import drafting.cli, drafting.io.reading, drafting.render, drafting.review
print(sorted(repr((k[1], k[2])) for k in re._cache if isinstance(k[1], str)))
"""


def test_the_patterns_a_review_compiles_read_the_same_whatever_the_hash_seed():
    """A pattern built from a set's members reads differently in every process (a set's order follows
    the hash seed): it was compiled in every run, never kept, and the patterns file written anew after
    every review (the grid's units of measure)."""
    seen = [subprocess.run([sys.executable, "-c", _IMPORT_PATTERNS], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert seen[0] == seen[1] == seen[2] and seen[0].count("(") > 300


def test_every_pattern_a_review_of_the_real_sample_compiles_fits_in_the_file(tmp_path):
    """Past the file's cap, the patterns left out are compiled in every run again (session 42: 1,033 for
    the sample against a cap of 1,024, +46 M instructions a run); the cap keeps room for them all."""
    import marshal

    report = Path(__file__).resolve().parent.parent / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # a pattern is stored when two runs in a row compiled it
        subprocess.run([sys.executable, "-m", "drafting", "review", str(report), "--format", "json",
                        "-o", str(tmp_path / "r.json")], env=env, capture_output=True, timeout=600)
    [stored] = (tmp_path / "cache").glob("regex-*.bin")
    _, entries, _ = marshal.loads(stored.read_bytes()[:-4])
    assert 900 < len(entries) < regex_cache._MAX_ENTRIES


_OPENINGS = [  # a repeat of one or more, a group holding one, a look-ahead: each opens with a known set
    (r"[\u4e00-\u9fff]+", 0),
    (r"([\u4e00-\u9fff]{2,4})([:：]?)\1\2", 0),
    (r"[^。！？\n]+?。", 0),
    (r"(?=[（(\d第])(?:[（(](\d{1,2})[）)]|第([一二三四五六七八九十]{1,3})[，、])", 0),
    (r"(?<=[\u4e00-\u9fff])(?<![第号])(\d+)(?=[一二三][级类])", 0),  # look-behinds match no character
    (r"(?<![\d\-])((?:19|20)\d{2}|二[〇○零]{3})年", 0),  # a choice: each choice's set
    (r"(?!完成率)(?:完成|达到)[^，。]{0,4}", 0),
    (r"(?<=[\u4e00-\u9fff])\d+", 0),
]
_LEFT_ALONE = [  # may open with anything, or match nothing, or open with ^ or \\b: re's own code
    (r"[\u4e00-\u9fff]*", 0),
    (r"(?:[a-z]?)+x", 0),
    (r"(?i:[a-z])+", 0),
    (r"^\s*第", re.M),
    (r"\b[a-z]{2}", 0),
    (r"(?:第|[一二]?)项", 0),
]
_TEXTS = ["依据（2）项目资金2021年第三，完成。", "完成：完成：完成：结束", "", "abc（12）第一、第二，", "用于用于。\n其中",
          "县12二级指标，第3号1一类；二〇二三年完成率达到95%，完成了全部", "ab cd\n 第一项 第项"]


def _searched_from_its_set(pattern: str, flags: int) -> bool:
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    code = _compiler._code(_parser.parse(pattern, flags), flags)
    return code[0] == _constants.INFO and bool(code[2] & _constants.SRE_INFO_CHARSET)


def test_a_pattern_opening_with_a_repeat_or_a_look_ahead_is_searched_from_its_first_characters():
    """While the command runs, ``re`` knows the set a match of ``[…]+`` or ``(?=[…])…`` opens with, as it
    knows it for ``[…]``: a search skips to those characters instead of starting a match at each."""
    assert not any(_searched_from_its_set(p, f) for p, f in _OPENINGS)  # re's own
    with regex_cache.first_characters():
        assert all(_searched_from_its_set(p, f) for p, f in _OPENINGS)
        assert not any(_searched_from_its_set(p, f) for p, f in _LEFT_ALONE)
    assert not any(_searched_from_its_set(p, f) for p, f in _OPENINGS)  # and re as it was after


def test_a_pattern_searched_from_its_first_characters_matches_the_same():
    from re import _compiler  # type: ignore[attr-defined]

    for pattern, flags in _OPENINGS + _LEFT_ALONE:
        plain = _compiler.compile(pattern, flags)
        with regex_cache.first_characters():
            fast = _compiler.compile(pattern, flags)
        for text in _TEXTS:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert fast.split(text) == plain.split(text) and fast.sub("#", text) == plain.sub("#", text)
