"""Compiled regular expressions kept between runs of the command, so start-up does not compile them again.

Why: the checks hold about 300 patterns, most with the Chinese range ``[\\u4e00-\\u9fff]``, which
Python's ``re`` compiles by setting 21,000 entries of a character map one at a time. Compiling them
took about 0.2 s of CPU in every process, as much as all the checks of a short report. Python keeps
no compiled pattern across processes, so the command does: the compiled form ``re`` builds (its
opcode list, flags and groups) of every pattern a run compiled is stored in a file beside the
lexicon's (``checks/lexicon.py``'s cache folder), and the next run hands those opcodes to ``_sre``,
which checks them, and puts each pattern in ``re``'s own cache, where ``re.compile`` finds it (the
command makes that cache large enough to hold them all: a review needs more than its default 512).

The stored form is ``re``'s own and private to one build of Python, so the file is named by the
interpreter's exact version and ``_sre``'s format number, and only entries that give back a pattern
equal to what ``re`` compiles (same opcodes, flags and groups: checked before an entry is written)
are stored. Anything unexpected (another Python, a damaged or foreign file, a folder someone else
owns) means the patterns are compiled as usual; nothing here ever stops a command. Only the CLI
uses this; importing the library reads and writes nothing.

A pattern is stored only when two runs in a row compiled it: some are built afresh in every process
(the standard library's ``tokenize`` joins a set of string prefixes, whose order follows the hash
seed), and storing those filled the file with patterns no later run asks for, pushing out the ones
every run needs. The file is written only when it changes.
"""

from __future__ import annotations

import marshal
import mmap
import os
import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..digests import sha256
from ..errors import DraftingError
from .cache_folder import open_private, write_private

__all__ = ["first_characters", "load", "save"]

# 6: first characters read through repeats and look-aheads (``first_characters``); 7: the opcodes of all
# patterns in one run of code units after the entries, read in place from the mapped file (``_read``)
_FORMAT = "jixiao-regex-7"
# A review of the sample compiles about 500 patterns, more than re's own cache holds (512 entries in
# 3.11-3.13, the oldest dropped when full): with the file capped below that, every run compiled the
# 20 or more left out (and stored them in turn, pushing out others). The command's cache is made large
# enough for every stored pattern and as many again compiled besides (``load``).
# Session 42's checks took the sample past 1,024 (the old cap): the patterns past it were compiled in
# every run again (+46 M instructions, 2 %), so the cap is twice what a review needs now.
_MAX_ENTRIES = 2048
_MAX_BYTES = 64 << 20  # the sample's file is about 0.5 MB: a larger one is not this module's
_ROOM = 512  # patterns compiled besides the stored ones (the caller's, new ones): re's own cache size
# patterns remembered as compiled once (to be stored when the next run compiles them too): a first run
# that also builds the lexicon (``checks/lexicon``) compiles more than ``_MAX_ENTRIES``, and with the list
# cut there the review's own patterns, compiled first, were dropped; stored a run later, their entries
# were made and the file written again in the third run (40 M to 100 M instructions under valgrind, 2-4 %
# of a review of the sample, in the third run after the cache folder was made)
_MAX_SEEN = 4 * _MAX_ENTRIES
# The file ends with a CRC-32 of the rest, checked before it is read, as the lexicon's parts are: it
# guards against damage (a torn write, a bad disk; a random change passes once in four billion), not
# against a writer, whom the folder's ownership keeps out (``cache_folder``). It was a SHA-256: 17 M
# instructions a run under valgrind (0.7 % of a review of the sample; 0.65 ms against 0.23 ms of CPU for
# the sample's 0.6 MB file here, where the processor hashes SHA-256 in hardware).
_stored: dict[tuple[str, int], tuple] = {}  # (pattern, flags) -> its entry, as read or written
_seen: set[tuple[str, int]] = set()  # (pattern, flags) the last storing run compiled but did not store
_before: set[tuple] = set()  # re's cache keys when ``load`` ran: compiled before the command, not by it
# ``re.DEBUG`` as a plain int: a flag of ``re``'s own, and ``int & flag`` its enum's Python code, about 7,000
# instructions for each of the thousand patterns ``save`` looks over (7 M, 0.3 % of a review of the sample)
_DEBUG = int(re.DEBUG)


def _engine() -> tuple[Any, Any, Any] | None:
    """``_sre`` and ``re``'s parser and compiler, where this Python has them as 3.11–3.13 do."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    needed = (hasattr(_sre, "compile") and hasattr(_compiler, "_code") and hasattr(_parser, "parse")
              and isinstance(getattr(re, "_cache", None), dict) and array("I").itemsize == _sre.CODESIZE)
    return (_sre, _parser, _compiler) if needed else None


def _path(folder: Path) -> Path | None:
    engine = _engine()
    if engine is None:
        return None
    sre = engine[0]
    tag = sha256(f"{_FORMAT} {sys.version} {sre.MAGIC} {sre.CODESIZE}".encode()).hexdigest()[:16]
    return folder / f"regex-{tag}.bin"


def load(folder: Path | None) -> int:
    """Put the stored patterns in ``re``'s cache; how many."""
    path = _path(folder) if folder else None
    engine = _engine()
    if path is None or engine is None:
        return 0
    sre = engine[0]
    _before.update(re._cache)  # type: ignore[attr-defined]
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), _MAX_ENTRIES + _ROOM)  # type: ignore[attr-defined]
    try:
        found = _read(path)
        if found is None:
            return 0
        entries, seen, codes = found
        _seen.update((pattern, flags) for pattern, flags in seen)
        cache = re._cache  # type: ignore[attr-defined]
        for pattern, flags, final_flags, start, end, groups, groupindex, indexgroup in entries[:_MAX_ENTRIES]:
            entry = (pattern, flags, final_flags, codes[4 * start:4 * end], groups, groupindex, indexgroup)
            key = (str, pattern, flags)
            if key not in cache:
                cache[key] = _compile(sre, entry)
            _stored[pattern, flags] = entry
    except Exception:  # a missing, damaged or foreign file: the patterns are compiled as usual
        return 0
    return len(_stored)


def _read(path: Path) -> tuple[list, list, memoryview] | None:
    """The file's entries, the patterns seen once, and all opcodes (one run of ``_sre`` code units)
    read in place (the file is mapped: its pages are the system's file cache, not a copy, and no bytes
    object is made for each pattern: 0.6 MB fewer pages touched, 2 ms less of a review's start-up than
    reading the file and each pattern's bytes); None for a file this user does not own alone, too
    large, damaged or of another format."""
    fd = open_private(path)  # None: missing, not this user's alone, not a regular file
    if fd is None:
        return None
    with os.fdopen(fd, "rb") as f:
        data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    if len(data) > _MAX_BYTES or len(data) < 4:
        return None
    body = memoryview(data)[:-4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        return None  # a damaged file (a changed opcode would match something else) is not read
    fmt, entries, seen = marshal.loads(body)  # the entries first; the opcodes follow them
    if fmt != _FORMAT:
        return None
    start = len(body) - 4 * max((e[4] for e in entries), default=0)
    if start < 0 or start % 4:
        return None
    return entries, seen, body[start:]


def _compile(sre: Any, entry: tuple) -> re.Pattern[str]:
    """The pattern an entry stores. Its opcodes are the bytes of ``_sre``'s code units (made in this run,
    or a view of the mapped file), made a list in one step: kept as lists of ints, the
    sample's 480 patterns took 30 M instructions to put back (38 M with the collector's default
    setting, which walked every list marshal made), as bytes 19 M."""
    pattern, _flags, final_flags, code, groups, groupindex, indexgroup = entry
    units = array("I")
    units.frombytes(code)  # one copy of the bytes: a view's own ``tolist`` reads each unit by its format (+9 M)
    return sre.compile(pattern, final_flags, units.tolist(), groups, groupindex, indexgroup)


def _entry(pattern: str, flags: int, compiled: re.Pattern[str], engine: tuple[Any, Any, Any]) -> tuple | None:
    """What ``_sre`` needs to make ``compiled`` again, or None when it would not be equal."""
    sre, parser, compiler = engine
    parsed = parser.parse(pattern, flags)
    code = array("I", compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (pattern, flags, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    again = _compile(sre, entry)
    same = (again == compiled and again.groupindex == compiled.groupindex and again.groups == compiled.groups)
    return entry if same else None


def save(folder: Path | None) -> int:
    """Store the patterns the command compiled (since ``load``) that the last run compiled too, with
    those stored before; remember the others for the next run. How many were stored anew. Patterns
    compiled before the command (the caller's own, when the CLI runs inside another program or a
    test) are not the command's and are left out."""
    path = _path(folder) if folder else None
    engine = _engine()
    if path is None or engine is None:
        return 0
    try:
        fresh = [(key[1], key[2], p) for key, p in list(re._cache.items())  # type: ignore[attr-defined]
                 if len(key) == 3 and key[0] is str and isinstance(key[1], str) and isinstance(key[2], int)
                 and not key[2] & _DEBUG and (key[1], key[2]) not in _stored and key not in _before]
        again = [e for e in (_entry(p, f, c, engine) for p, f, c in fresh if (p, f) in _seen) if e is not None]
        seen = [(p, int(f)) for p, f, _ in fresh if (p, f) not in _seen][-_MAX_SEEN:]
        if not again and not seen:
            return 0  # nothing new: the file stays as it is
        write_private(path, _file([*_stored.values(), *again][-_MAX_ENTRIES:], seen))
    except (OSError, DraftingError, ValueError, TypeError, RecursionError):
        return 0  # an unwritable folder or an odd pattern only costs time
    _stored.update(((e[0], e[1]), e) for e in again)
    _seen.clear()
    _seen.update(seen)
    return len(again)


def _file(entries: list[tuple], seen: list) -> bytes:
    """The file: the entries (each with where its opcodes lie among all, in code units) and the
    patterns seen once, marshalled; zero bytes up to a multiple of four; every entry's opcodes in
    turn; the checksum of all that (``_read``)."""
    listed: list[tuple] = []
    codes: list[bytes] = []
    at = 0
    for pattern, flags, final_flags, code, *groups in entries:
        raw = bytes(code)
        listed.append((pattern, flags, final_flags, at, at + len(raw) // 4, *groups))
        codes.append(raw)
        at += len(raw) // 4
    head = marshal.dumps((_FORMAT, listed, seen))
    body = head + bytes(-len(head) % 4) + b"".join(codes)
    return body + zlib.crc32(body).to_bytes(4, "little")  # its checksum last


@contextmanager
def first_characters() -> Iterator[None]:
    """While the command runs, ``re`` compiles a pattern that opens with a repeat of one or more (``[…]+``,
    ``(…{2,4})``), a look-ahead (``(?=[…])…``), look-behinds (``(?<=[…])\\d+``) or a choice whose choices
    each open with a known set, with the set its first character must come from, as it already does
    for one that opens with the set itself. Why: a search for a pattern without that set starts a match
    at every character of the text (about 100 instructions each), and with it skips to the candidates
    in C (``[\\u4e00-\\u9fff]+`` searched 2.5 times as fast); 206 of the sample's patterns open so. The
    set is ``re``'s own for what opens there (``_get_charset_prefix``), every first character of a
    match is in it, and ``re`` asks only for a pattern that matches no empty string, so every match is
    the same; only where a search tries one changes. Afterwards ``re`` compiles as it did (what it
    compiled meanwhile stays in its cache, matching the same). The stored patterns are these (the
    file's format says so)."""
    engine = _engine()
    compiler: Any = engine[2] if engine is not None else None
    original = getattr(compiler, "_get_charset_prefix", None)
    if original is None or not all(hasattr(compiler, n) for n in _NEEDED):
        yield
        return

    def charset_prefix(pattern: Any, flags: int) -> Any:
        found = original(pattern, flags)
        return found if found is not None else _through(compiler, original, pattern, flags)

    compiler._get_charset_prefix = charset_prefix
    try:
        yield
    finally:
        compiler._get_charset_prefix = original


_NEEDED = ("SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "ASSERT", "ASSERT_NOT", "BRANCH", "NEGATE",
           "_combine_flags", "SRE_FLAG_IGNORECASE", "SRE_FLAG_LOCALE")


def _through(compiler: Any, original: Any, pattern: Any, flags: int, depth: int = 0) -> Any:
    """The set the first character of a match of ``pattern`` comes from, read through its groups, a
    repeat of at least one, a look-ahead (to what it looks at), look-behinds and negative look-aheads
    (they match no character: to what follows them) and a choice (each choice's set, joined) to
    ``original``'s answer for what opens there, or this one's, a few levels down; None where that is
    not known (``^``, ``\\b`` and the like are left to ``re``, which ends a search for ``^`` at once)."""
    while pattern.data:
        op, av = pattern.data[0]
        if op is not compiler.SUBPATTERN:
            break
        _, add_flags, del_flags, pattern = av
        flags = compiler._combine_flags(flags, add_flags, del_flags)
        if flags & compiler.SRE_FLAG_IGNORECASE and flags & compiler.SRE_FLAG_LOCALE:
            return None
    else:
        return None
    if depth > 8:
        return None
    if op in (compiler.MAX_REPEAT, compiler.MIN_REPEAT, compiler.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _opening(compiler, original, av[2], flags, depth)  # matched at least once: the item's
    if op is compiler.ASSERT and av[0] == 1:  # a look-ahead: what it looks at, else what follows it
        return _opening(compiler, original, av[1], flags, depth) or _opening(compiler, original, pattern[1:], flags, depth)
    if op is compiler.ASSERT or op is compiler.ASSERT_NOT:
        return _opening(compiler, original, pattern[1:], flags, depth)
    if op is compiler.BRANCH:
        sets = [_opening(compiler, original, choice, flags, depth) for choice in av[1]]
        if all(sets) and not any(o is compiler.NEGATE for found in sets for o, _ in found):
            return [item for found in sets for item in found]  # one set or another: together
    return None


def _opening(compiler: Any, original: Any, pattern: Any, flags: int, depth: int) -> Any:
    """``original``'s set for what opens ``pattern``, else ``_through``'s."""
    found = original(pattern, flags)
    return found if found is not None else _through(compiler, original, pattern, flags, depth + 1)
