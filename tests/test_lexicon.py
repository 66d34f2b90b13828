"""The typo check's lexicon file: the answers jieba and pypinyin give, built once under the user's
cache folder (never the working folder), built again when damaged, in memory when nothing can be
written, whole even when processes build it at once."""

from __future__ import annotations

import logging
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pytest

from drafting.checks import confusions, curated, lexicon, typos_candidates
from drafting.checks.typos import check_typos
from drafting.io import cache_folder
from drafting.io.text_reader import read_text_string

SLIPS = ("局办公室负责机关日常运转，人事股负责干部选拔任用工作。\n\n专技股负贵人才引进，完善人才选拨机制。"
         "\n\n资金管里规范，他门按时完成任务。截止2023年12月31日，项目已完工。")


def _findings() -> list[tuple[str, str, str | None, str]]:
    return [(f.message, f.quote, f.suggestion, f.evidence) for f in check_typos(read_text_string(SLIPS))]


def _shipped() -> dict[str, int]:
    with (lexicon._package_dir("jieba") / "dict.txt").open(encoding="utf-8") as f:
        return {word: int(count) for word, count, *_ in (line.split() for line in f)}


# -- the answers are jieba's and pypinyin's ------------------------------------------------------


def test_the_segmentation_is_jiebas_own_on_jiebas_dictionary():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.ERROR)
    lex = lexicon.lexicon()
    words = _shipped()
    for word in lex.vocabulary:
        words[word] = max(words.get(word, 0), lexicon.COMMON)
    freq = dict(words)
    for word in words:
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total, reference.initialized = freq, sum(words.values()), True
    assert lex.total == reference.total
    report = (Path(__file__).resolve().parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt").read_text(encoding="utf-8")
    runs = sorted(set(lexicon._HAN_RUN.findall(report)))  # every run of a real report, ties included
    for run in ["局办公室负责机关日常运转", "专技股负贵人才引进", "义务教保障经费", "绩效自评报告工作", "他门按时完成", *runs]:
        route: dict[int, tuple[float, int]] = {}
        reference.calc(run, reference.get_DAG(run), route)
        ours = lex.route(run)
        assert ours[0] == route[0][0]
        assert [run[s:e] for s, e in ours[1]] == list(reference.cut(run, HMM=False))
        # the prefix map never hides a string the dictionary holds
        for n in (1, 2, 3, 4):
            for i in range(len(run) - n + 1):
                assert lex.freq(run[i:i + n]) == freq.get(run[i:i + n], 0)
                assert lex.starts_words(run[i:i + n]) == (run[i:i + n] in freq)


def test_a_reports_runs_segmented_at_once_read_as_each_alone():
    # ``routes`` loads the buckets of all runs in one pass; each route is the one ``route`` gives
    report = (Path(__file__).resolve().parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt").read_text(encoding="utf-8")
    runs = sorted(set(lexicon._HAN_RUN.findall(report)))
    lexicon.lexicon.cache_clear()
    together = lexicon.lexicon().routes(runs)
    lexicon.lexicon.cache_clear()
    lex = lexicon.lexicon()
    assert together == {run: lex.route(run) for run in runs}


def test_segmenting_reads_no_patterns_or_readings_and_asking_reads_only_the_ones_asked_for():
    # a bucket's patterns and readings are a part of their own, read when the candidate search asks
    # for them: a first report's segmentation read thousands it never used
    report = (Path(__file__).resolve().parents[1] / "fixtures" / "jingzhou-hrss-2022" / "report.txt").read_text(encoding="utf-8")
    lexicon.lexicon.cache_clear()
    lex = lexicon.lexicon()
    lex.routes(sorted(set(lexicon._HAN_RUN.findall(report))))
    assert lex._more == {} and lex.freq("负责") > 0
    assert "负责" in lex.like("负?") and lex.readings("银行") == ("yin2", "hang2")
    assert 0 < len(lex._more_buckets) <= 2


def test_the_curated_confusions_are_compiled_once_with_the_lexicon():
    lex = lexicon.lexicon()
    confusions._confusions.cache_clear()
    assert lex.curated is not None and confusions._confusions()[:2] == lex.curated
    assert all(p is q for p, q in zip(confusions._confusions()[:2], lex.curated, strict=True))
    anyone, entries = lex.curated
    assert [entry for _, entry in entries] == lex.confusions
    # an entry with a gate (a common first character) is outside the pattern of them all, tried on its gate
    assert [e for _, e in confusions._confusions()[2]] == [e for e in lex.confusions if "gate" in e]
    assert not anyone.search("公用用车运行维护费") and any(p.search("公用用车") for p, _ in confusions._confusions()[2])
    assert anyone.search("截止2024年12月31日") and not anyone.search("截至2024年12月31日")


def test_the_pattern_of_all_confusions_matches_at_the_places_one_of_them_does():
    # a lookahead for the characters a confusion can start with passes over every other place at
    # once; where it matches, and only there, one of the confusions matches
    anyone, entries = lexicon.lexicon().curated
    assert anyone.pattern.startswith("(?=[")
    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [path.read_text(encoding="utf-8") for path in sorted(root.glob("*/report.txt"))]
    texts.append("截止2023年底，台帐已建，拔付资金，工作布署，图象清晰，市场竟争，通迅设备，"
                 "2022年末完成，已经完成，采购物质储备，一如继往，做为试点。")
    for text in texts:
        for at in range(len(text)):
            assert (anyone.match(text, at) is not None) == any(p.match(text, at) for p, _ in entries)


def test_confusions_whose_first_characters_are_not_known_are_searched_without_the_lookahead():
    assert curated.anyone([{"wrong": "台帐"}, {"wrong": "(?<!交)通迅"}]) == "(?=[台通])(?:(?:台帐)|(?:(?<!交)通迅))"
    for unknown in (r"\w帐", "台?帐", "[^台]帐"):  # any word character; maybe none; any but one
        assert curated.anyone([{"wrong": "台帐"}, {"wrong": unknown}]) == f"(?:台帐)|(?:{unknown})"


def test_frequencies_names_and_patterns_are_the_dictionarys():
    lex, words = lexicon.lexicon(), _shipped()
    assert lex.freq("负责") == words["负责"] and lex.freq("负") == words["负"]
    assert lex.freq("负贵") == 0 and lex.freq("自评") >= lexicon.COMMON  # the vocabulary reads as words
    assert lex.is_name("北京") and not lex.is_name("负责")
    for pattern in ("负?", "?责", "选?", "管?", "他?", "人?引进"):
        i = pattern.index("?")
        expected = {w for w, c in words.items() if len(w) == len(pattern) and c >= lexicon.COMMON
                    and w[:i] == pattern[:i] and w[i + 1:] == pattern[i + 1:] and not lex.is_name(w)
                    and lexicon._HAN_RUN.fullmatch(w)}
        assert set(lex.like(pattern)) == expected


def test_every_single_character_reads_as_the_dictionary_has_it():
    # the character table is arrays by code point, a character's entry taken when a key asks for it:
    # every one of jieba's single characters (Chinese or not, word, prefix or name) as the dictionary
    # says, and a character it lacks unknown
    lexicon.lexicon.cache_clear()
    lex, words = lexicon.lexicon(), _shipped()
    with (lexicon._package_dir("jieba") / "dict.txt").open(encoding="utf-8") as f:
        names = {w for w, _, *tag in (line.split() for line in f) if tag and tag[0] in lexicon._PROPER_TAGS}
    starts = {w[0] for w in words} | {w[0] for w in lex.vocabulary}
    singles = {w for w in words if len(w) == 1} | starts
    assert any(ord(ch) not in lexicon._HAN for ch in singles)  # letters too (A, B, …)
    for ch in sorted(singles):
        assert lex.freq(ch) == words.get(ch, 0) and lex.starts_words(ch) and lex.is_name(ch) == (ch in names), ch
    assert lex.freq("㐀") == 0 and not lex.starts_words("㐀")  # outside the table's range
    assert not lex.starts_words("\u9fa6") or "\u9fa6" in singles


def test_readings_are_pypinyins():
    from pypinyin import Style, pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    lex = lexicon.lexicon()
    for word in ("银行", "负责", "管理", "行"):
        assert lex.readings(word) == tuple(r[0] for r in pinyin(word, style=Style.TONE3, heteronym=False))
    assert lex.readings("银行")[1] == "hang2"
    assert set(lex.toneless("行")) == {r.translate(lexicon._TONE_MARKS) for r in pinyin_dict[ord("行")].split(",")}


# -- the file ------------------------------------------------------------------------------------


@pytest.fixture
def builds(monkeypatch):
    """Building the file takes seconds: the tests hand back the bytes this process loaded."""
    calls: list[int] = []
    whole = bytes(lexicon.lexicon().blob)
    monkeypatch.setattr(lexicon, "_build", lambda vocabulary: calls.append(1) or whole)
    return calls


def _fresh(monkeypatch, folder: Path) -> None:
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(folder))
    lexicon.lexicon.cache_clear()
    c = typos_candidates
    for fn in (c._reading, c._word_readings, c._fuzzy_readings, confusions._confusions, c.alike):
        fn.cache_clear()


@pytest.fixture(autouse=True)
def _restore():
    yield
    lexicon.lexicon.cache_clear()


def test_the_file_is_built_once_and_then_read(tmp_path, monkeypatch, builds):
    _fresh(monkeypatch, tmp_path)
    first = _findings()
    (built,) = tmp_path.iterdir()
    assert built.name.startswith("lexicon-") and builds == [1]
    _fresh(monkeypatch, tmp_path)
    assert _findings() == first and builds == [1]


def test_findings_are_the_same_read_from_the_file_or_built_in_memory(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path / "cache")
    from_file = _findings()
    blocker = tmp_path / "file"
    blocker.write_text("")
    _fresh(monkeypatch, blocker / "cache")  # a folder that cannot be made: built in memory (seconds)
    assert _findings() == from_file and len(from_file) >= 4
    assert not (blocker / "cache").exists()


@pytest.mark.parametrize("damage", ["truncated", "one byte of the offsets changed", "one byte of a part read changed",
                                    "empty"])
def test_a_damaged_file_is_built_again_and_stored_whole(tmp_path, monkeypatch, builds, damage):
    """The header, offsets and prefix map are checked when the file is opened, each bucket's part
    when it is read (the character table, which every report reads, is the last part)."""
    _fresh(monkeypatch, tmp_path)
    first = _findings()
    (built,) = tmp_path.iterdir()
    data = bytearray(built.read_bytes())
    if damage == "truncated":  # a disk that filled up
        data = data[:len(data) // 2]
    elif damage == "one byte of the offsets changed":
        data[int.from_bytes(data[:4], "little") + 8 + 4 * 1000] ^= 0xFF
    elif damage == "one byte of a part read changed":
        data[-100] ^= 0xFF
    else:
        data = bytearray()
    built.write_bytes(bytes(data))
    _fresh(monkeypatch, tmp_path)
    assert _findings() == first and builds == [1, 1]
    _fresh(monkeypatch, tmp_path)
    assert _findings() == first and builds == [1, 1]  # and stored whole again


def test_a_new_version_replaces_files_unused_for_a_month(tmp_path, monkeypatch, builds):
    old = tmp_path / "lexicon-0123456789abcdef0123.bin"
    old.write_bytes(b"an older version")
    month = time.time() - cache_folder.UNUSED_S - 60
    os.utime(old, (month, month))
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    (only,) = tmp_path.iterdir()
    assert only.name == f"lexicon-{lexicon._key()}.bin"


def test_another_installations_file_in_use_is_kept(tmp_path, monkeypatch, builds):
    """Two virtual environments share the cache folder, each with a file named by its own tables:
    neither removes the other's, or each would rebuild on every run."""
    other = tmp_path / "lexicon-0123456789abcdef0123.bin"
    other.write_bytes(b"another installation's")
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([other.name, f"lexicon-{lexicon._key()}.bin"])


def test_a_file_read_is_marked_as_in_use(tmp_path, monkeypatch, builds):
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    (mine,) = tmp_path.iterdir()
    weeks = time.time() - 14 * 86_400
    os.utime(mine, (weeks, weeks))
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    assert time.time() - mine.stat().st_mtime < 3600 and builds == [1]


def _open_in(folder: str) -> None:
    os.environ["JIXIAO_CACHE_DIR"] = folder
    lexicon._open(set())


def test_processes_building_at_once_leave_one_whole_file(tmp_path, builds):
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork, so the children share the fixture's quick build")
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_open_in, args=(str(tmp_path),)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0] * 4
    (built,) = tmp_path.iterdir()  # no temporary file left behind
    assert lexicon._header(built.read_bytes()) is not None


def test_the_file_goes_to_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("JIXIAO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lexicon.cache_dir() == tmp_path / "jixiao"
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path / "mine"))
    assert lexicon.cache_dir() == tmp_path / "mine"


def test_the_file_is_never_written_in_the_working_folder(monkeypatch, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("JIXIAO_CACHE_DIR", raising=False)
    for setting in ("relative", str(work / "cache")):  # a relative XDG setting is ignored, as the spec says
        monkeypatch.setenv("XDG_CACHE_HOME", setting)
        assert lexicon.cache_dir() is not None and not cache_folder.inside(lexicon.cache_dir(), work)
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(work / "here"))
    assert not cache_folder.inside(lexicon.cache_dir(), work)
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(lexicon.os.path, "expanduser", lambda p: p)  # no home folder known
    monkeypatch.delenv("JIXIAO_CACHE_DIR")
    assert lexicon.cache_dir().is_absolute() and not cache_folder.inside(lexicon.cache_dir(), work)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(work))  # everything inside it
    assert lexicon.cache_dir() is None


def test_a_folder_someone_else_made_is_not_read(tmp_path, monkeypatch, builds):
    if not hasattr(os, "getuid"):
        pytest.skip("no user ids here")
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    monkeypatch.setattr(lexicon.os, "getuid", lambda: os.stat(tmp_path).st_uid + 1)
    _fresh(monkeypatch, tmp_path)
    lexicon.lexicon()
    assert builds == [1, 1]


def test_a_review_with_the_file_built_imports_neither_jieba_nor_pypinyin_nor_yaml():
    lexicon.lexicon()  # the file exists for this user and version
    code = ("import sys; from drafting.checks.typos import check_typos; "
            "from drafting.io.text_reader import read_text_string; "
            f"check_typos(read_text_string({SLIPS!r})); "
            "print(any(m in sys.modules for m in ('jieba', 'pypinyin', 'yaml')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_removed_working_folder_does_not_stop_the_check(monkeypatch, tmp_path):
    def gone() -> Path:
        raise FileNotFoundError("the working folder was removed")

    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lexicon.Path, "cwd", staticmethod(gone))
    assert lexicon.cache_dir() == tmp_path
