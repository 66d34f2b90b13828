"""The package's compiled modules kept in one file between runs of the program, so its start-up reads one
file instead of one ``.pyc`` file for each module.

Why: a review of a text imports about 190 of the package's modules, and for each the import system, in
Python code, searches the package's folder, checks the source's time and size, opens and reads its
``.pyc`` file and checks that file's header: about 4.5 ms of CPU (1.5 % of a review of the sample),
before the module's code runs. The code is the same as in the ``.pyc`` files (their bytes, taken from
them as Python wrote and checked them), stored in one file beside the compiled patterns
(``io/regex_cache``) with each source's size and modification time in nanoseconds; the file is mapped,
and a module's code is read from it when the module is imported.

A module is taken from the file only while its source has the size and time stored with it (the
check Python makes of a ``.pyc`` file, with a finer clock); an edited module, a module the file does
not hold, another Python or checkout (the file is named by the interpreter's exact build and the
package's folder), a missing or damaged file: the module is imported as usual, and stored at the end
of the run. Running stored code trusts the folder as Python trusts ``__pycache__`` (and as
``io/code_cache`` does): only a file of this user's alone, in a folder of this user's alone, is read.
Only the program (``python -m drafting``, ``jixiao``) uses this; importing the library reads and
writes nothing, and the program's own modules are what they are (``__file__``, tracebacks, resources)
whichever way they were loaded.
"""

from __future__ import annotations

import _imp
import marshal
import mmap
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import Any

from ..digests import sha256
from .cache_folder import cache_dir, open_private, write_private

__all__ = ["active"]

_FORMAT = "jixiao-modules-1"
_PACKAGE = "drafting"
_ROOT = Path(__file__).resolve().parent.parent  # the package's folder
_MAX_BYTES = 64 << 20  # the sample's file is about 3 MB: a larger one is not this module's
_MAGIC = sys.implementation.cache_tag  # the .pyc files' tag; their header's first word is checked too
_fix_filename: Any = getattr(_imp, "_fix_co_filename", lambda code, path: None)


def _path(folder: Path) -> Path:
    tag = f"{_FORMAT} {sys.version} {_MAGIC} {marshal.version} {sys.flags.optimize} {_ROOT}"
    return folder / f"modules-{sha256(tag.encode()).hexdigest()[:16]}.bin"


class _Loader:
    """Runs a module's stored code (the loader's two steps ``importlib`` asks for)."""

    def __init__(self, code: Any) -> None:
        self._code = code

    def create_module(self, spec: ModuleSpec) -> None:
        return None  # the usual module object

    def exec_module(self, module: Any) -> None:
        code = marshal.loads(self._code)
        _fix_filename(code, module.__spec__.origin)  # as the import system does for a moved .pyc file
        exec(code, module.__dict__)


class _Finder:
    """Finds the package's modules in the stored file, each while its source is unchanged."""

    def __init__(self, index: dict[str, tuple], data: Any) -> None:
        self.index = index
        self.data = data
        self.used: set[str] = set()

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        entry = self.index.get(fullname)
        if entry is None:
            return None
        origin, package, mtime, size, start, end = entry
        try:
            st = os.stat(origin)
        except OSError:
            return None
        if st.st_mtime_ns != mtime or st.st_size != size:
            return None  # edited since it was stored: imported as usual (and stored again)
        spec = ModuleSpec(fullname, _Loader(self.data[start:end]), origin=origin, is_package=package)  # type: ignore[arg-type]
        spec.has_location = True
        if package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        self.used.add(fullname)
        return spec


def _load(path: Path) -> _Finder | None:
    fd = open_private(path)  # None: missing, not this user's alone, not a regular file
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if len(data) > _MAX_BYTES or len(data) < 4:
            return None
        size = int.from_bytes(data[:4], "little")
        fmt, index = marshal.loads(data[4:4 + size])
        if fmt != _FORMAT or not isinstance(index, dict):
            return None
        view = memoryview(data)[4 + size:]
        if any(not 0 <= e[4] <= e[5] <= len(view) for e in index.values()):
            return None
    except Exception:  # a damaged or foreign file: the modules are imported as usual
        return None
    return _Finder(index, view)


def _pyc_code(origin: str) -> bytes | None:
    """The code of ``origin``'s ``.pyc`` file when its header says it was made from the source as it is
    now (timestamp form, the source's size and time in seconds), else None."""
    import importlib.util

    try:
        st = os.stat(origin)
        with open(importlib.util.cache_from_source(origin), "rb") as f:
            data = f.read()
    except (OSError, ValueError, NotImplementedError):
        return None
    if (len(data) < 16 or data[:4] != importlib.util.MAGIC_NUMBER or int.from_bytes(data[4:8], "little") != 0
            or int.from_bytes(data[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF
            or int.from_bytes(data[12:16], "little") != st.st_size & 0xFFFFFFFF):
        return None
    return data[16:]


def _fresh(finder: _Finder | None) -> dict[str, tuple[str, bool, int, int, bytes]]:
    """The package's modules this run imported as usual (not from the file) that it does not hold as
    they are, with their code: only those whose file is where the name puts it in this package's folder."""
    out: dict[str, tuple[str, bool, int, int, bytes]] = {}
    used = finder.used if finder else set()
    for name, module in list(sys.modules.items()):
        if name in used or name.partition(".")[0] != _PACKAGE:
            continue  # (asked first: another module's ``__file__`` may load it, as ``standin``'s does)
        origin = getattr(module, "__file__", None)
        if not isinstance(origin, str):
            continue
        package = hasattr(module, "__path__")
        parts = name.split(".")[1:]
        expected = _ROOT.joinpath(*parts, "__init__.py") if package else _ROOT.joinpath(*parts[:-1], parts[-1] + ".py")
        try:
            if Path(origin).resolve() != expected:
                continue
        except (OSError, ValueError):
            continue
        stored = finder.index.get(name) if finder else None
        try:
            st = os.stat(origin)
        except OSError:
            continue
        if stored is not None and stored[:4] == (origin, package, st.st_mtime_ns, st.st_size):
            continue  # held as it is (imported before the file was read: the program's first modules)
        code = _pyc_code(origin)
        if code is not None:
            out[name] = (origin, package, st.st_mtime_ns, st.st_size, code)
    return out


def _save(path: Path, finder: _Finder | None) -> None:
    """Store the modules imported as usual with those the file held (unless edited since)."""
    fresh = _fresh(finder)
    if not fresh:
        return  # nothing new: the file stays as it is
    entries: dict[str, tuple[str, bool, int, int, bytes]] = {}
    if finder is not None:
        for name, (origin, package, mtime, size, start, end) in finder.index.items():
            if name not in fresh:
                entries[name] = (origin, package, mtime, size, bytes(finder.data[start:end]))
    entries.update(fresh)
    index: dict[str, tuple] = {}
    blobs: list[bytes] = []
    at = 0
    for name, (origin, package, mtime, size, code) in entries.items():
        index[name] = (origin, package, mtime, size, at, at + len(code))
        blobs.append(code)
        at += len(code)
    head = marshal.dumps((_FORMAT, index))
    write_private(path, len(head).to_bytes(4, "little") + head + b"".join(blobs))


@contextmanager
def active() -> Iterator[None]:
    """While the block runs, the package's modules are imported from the stored file where it holds
    them unchanged; on a normal exit the modules imported as usual are stored."""
    folder = cache_dir()
    path = _path(folder) if folder else None
    finder = _load(path) if path else None
    if finder is not None:
        sys.meta_path.insert(0, finder)
    try:
        yield
        if path is not None:
            try:
                _save(path, finder)
            except Exception:  # an unwritable folder or an odd module only costs time
                pass
    finally:
        if finder is not None and finder in sys.meta_path:
            sys.meta_path.remove(finder)
