"""The code the standard library compiles from text while the command's modules load, kept between
runs of the command, as the patterns are (``io/regex_cache``).

Why: ``dataclasses`` writes every class's ``__init__``, ``__repr__`` and ``__eq__`` (a frozen one's
``__setattr__``, ``__delattr__`` and ``__hash__`` too) as source text and compiles each with
``exec``, and ``typing`` compiles every annotation written as a string (``ForwardRef``): pydantic
reads each model's annotations that way, and the package's modules all write them as strings. The
imports of a review of the sample compiled 300 such functions and 820 annotations, 500 distinct
texts: 170 M of the 770 M instructions the imports took, as much as the models' own schema
building. Python keeps no such code across processes (only modules' bytecode, in ``.pyc`` files).

How: while the command runs, ``dataclasses``'s ``exec`` and ``typing``'s ``compile`` are the ones
here (a module's global shadows the builtin of that name), which look the text up before compiling
it and hand the builtin the code object. The code objects are stored with ``marshal``, as ``.pyc``
files store code, in a file beside the compiled patterns, named by the interpreter's exact build
and optimisation level. A text compiles to the same code object wherever it is compiled from (both
modules compile with no ``__future__`` flags, checked before they are patched), so what the
command runs is what it ran without the file. Afterwards both modules are as they were.

Running stored code means trusting the folder as Python trusts ``__pycache__``: the file is read
only from a folder and file the user owns and no one else may write. Anything unexpected (another
Python, a damaged file) means the text is compiled as usual; nothing here ever stops a command. A
text is stored once two runs in a row compiled it, so text made afresh in every run is not.
"""

import __future__

import builtins
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..digests import sha256
from .cache_folder import read_private, write_private

# No ``from __future__ import annotations`` here: ``compile`` called from this module would give
# the code this module's flags, not those of the module it stands in for.

__all__ = ["active"]

_FORMAT = "jixiao-code-1"
_MAX_ENTRIES = 4096
_MAX_BYTES = 64 << 20  # the sample's file is far smaller: a larger one is not this module's
_codes: dict[tuple[str, str, str], Any] = {}  # (mode, filename, source) -> code, stored or compiled now
_stored: set[tuple[str, str, str]] = set()  # keys read from the file
_seen: set[tuple[str, str, str]] = set()  # keys the last storing run compiled but did not store


def _code(source: str, filename: str, mode: str) -> Any:
    key = (mode, filename, source)
    code = _codes.get(key)
    if code is None:
        code = _codes[key] = builtins.compile(source, filename, mode, 0, True)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kw: Any) -> None:
    """``exec`` as ``dataclasses`` calls it (the text's code looked up first)."""
    if isinstance(source, str):
        source = _code(source, "<string>", "exec")
    builtins.exec(source, globals, locals, **kw)


def _compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
             optimize: int = -1, **kw: Any) -> Any:
    """``compile`` as ``typing`` calls it: the plain call's code looked up first, any other passed on
    (with the caller's own flags, which are none)."""
    if isinstance(source, str) and isinstance(filename, str) and not flags and optimize == -1 and not kw:
        return _code(source, filename, mode)
    return builtins.compile(source, filename, mode, flags, True, optimize, **kw)


_PATCHES = (("dataclasses", "exec", _exec), ("typing", "compile", _compile))


def _plain(module: Any, name: str) -> bool:
    """The module calls the builtin ``name`` and compiles with no ``__future__`` flags."""
    return name not in vars(module) and not any(isinstance(v, __future__._Feature) for v in vars(module).values())


def _path(folder: Path) -> Path:
    ranges = "no_debug_ranges" in sys._xoptions or bool(os.environ.get("PYTHONNODEBUGRANGES"))
    tag = f"{_FORMAT} {sys.version} {sys.implementation.cache_tag} {marshal.version} {sys.flags.optimize} {ranges}"
    return folder / f"code-{sha256(tag.encode()).hexdigest()[:16]}.bin"


def _load(folder: Path | None) -> None:
    if folder is None:
        return
    try:
        # None unless a regular file of this user's alone in a folder of this user's alone, not
        # followed through a link, never blocking on a pipe (``__pycache__``'s trust, made explicit)
        data = read_private(_path(folder), _MAX_BYTES)
        if data is None:
            return
        fmt, entries, seen = marshal.loads(data)
        if fmt != _FORMAT:
            return
        for mode, filename, source, code in entries[:_MAX_ENTRIES]:
            key = (mode, filename, source)
            _codes.setdefault(key, code)
            _stored.add(key)
        _seen.update((mode, filename, source) for mode, filename, source in seen)
    except Exception:  # a missing, damaged or foreign file: the texts are compiled as usual
        return


def _save(folder: Path | None) -> None:
    """Store the texts this run compiled that the last run compiled too; remember the others."""
    if folder is None:
        return
    fresh = [key for key in _codes if key not in _stored]
    again = [key for key in fresh if key in _seen]
    seen = [key for key in fresh if key not in _seen][-_MAX_ENTRIES:]
    if not again and not seen:
        return  # nothing new: the file stays as it is
    keys = [*_stored, *again][-_MAX_ENTRIES:]
    try:
        write_private(_path(folder), marshal.dumps((_FORMAT, [(*k, _codes[k]) for k in keys], seen)))
    except Exception:  # an unwritable folder only costs time
        return
    _stored.update(again)
    _seen.clear()
    _seen.update(seen)


@contextmanager
def active(folder: Path | None) -> Iterator[None]:
    """While the block runs, ``dataclasses`` and ``typing`` compile through the stored code; on a
    normal exit the new texts are stored (``folder`` None: kept in memory only)."""
    done: list[tuple[Any, str]] = []
    _load(folder)
    for module_name, name, function in _PATCHES:
        module = sys.modules.get(module_name) or __import__(module_name)
        if _plain(module, name):
            setattr(module, name, function)
            done.append((module, name))
    try:
        yield
        _save(folder)
    finally:
        for module, name in done:
            delattr(module, name)
