"""Which files a command reads and writes: an output never lands on an input.

Why by (device, inode) and not by name: ``-o ./r.txt``, a symlink to ``r.txt`` and a hard link to it
are all the same file, and overwriting any of them destroys the input. Folder outputs mirror the
input's relative paths so that two ``a.txt`` in different subfolders never share one output; file
names built from data (a department name) are cleaned so they cannot leave the working folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import InputError, OutputPathError
from .atomic import resolve_target
from .limits import check_limit

__all__ = ["STDOUT", "check_outputs", "folder_outputs", "read_input_bytes", "safe_filename", "same_file"]

STDOUT = "-"
MAX_NAME = 120  # characters of a file name built from data; file systems allow 255 bytes


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (symlinks followed, hard links included); False if either is missing."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def check_outputs(outputs: Sequence[str | Path], inputs: Iterable[str | Path | None]) -> None:
    """Refuse, before any work, outputs that are an input, are each other, or are no regular file.
    Each path is looked at once (a folder of a thousand reports and their outputs: linear)."""
    given = [i for i in inputs if i is not None]
    by_identity: dict[tuple[int, int] | None, str | Path] = {}
    by_name: dict[str, str | Path] = {}
    for src in reversed(given):  # the first input named wins
        by_identity[_identity(src)] = src
        by_name[os.path.realpath(src)] = src
    by_identity.pop(None, None)
    seen: dict[str, str | Path] = {}
    for out in outputs:
        if str(out) == STDOUT:
            continue
        ident = _identity(out)
        clash = (by_identity.get(ident) if ident is not None else None) or by_name.get(os.path.realpath(out))
        if clash is not None:
            raise OutputPathError(f"输出文件与输入文件 {clash} 是同一个文件（含符号链接、硬链接），"
                                  "写入会毁掉输入；请用 -o 指定另一个文件名", path=out)
        resolved = str(resolve_target(out))
        if resolved in seen:
            raise OutputPathError(f"两个输出都会写到同一个文件（另一个是 {seen[resolved]}）；请换一个文件名", path=out)
        seen[resolved] = out


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def safe_filename(name: str, fallback: str = "报告") -> str:
    """A file name from text (e.g. the department name) that stays in the working folder.

    Path separators, Windows-reserved characters and control characters become ``_``; leading dots
    and spaces go (no hidden files, no ``..``); the result is at most ``MAX_NAME`` characters."""
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name))
    cleaned = cleaned.strip().lstrip(". ").rstrip(". ")
    cleaned = cleaned[:MAX_NAME]
    return cleaned if cleaned.strip("_") else fallback


def folder_outputs(files: Sequence[Path], folder: Path, out_dir: Path, ext: str) -> dict[Path, Path]:
    """Each report's output under ``out_dir`` at the report's path relative to ``folder``.

    ``a.txt`` → ``a.json``; when two reports in one folder share a stem (``a.txt``, ``a.docx``) both
    keep their suffix (``a.txt.json``, ``a.docx.json``), so no two outputs collide."""
    rel = {f: f.relative_to(folder) for f in files}
    stems: dict[Path, int] = {}
    for r in rel.values():
        stems[r.with_suffix("")] = stems.get(r.with_suffix(""), 0) + 1
    out: dict[Path, Path] = {}
    for f, r in rel.items():
        name = r.stem + ext if stems[r.with_suffix("")] == 1 else r.name + ext
        out[f] = out_dir / r.parent / name
    return out


def read_input_bytes(path: str | Path, error: type[InputError] = InputError, limit: str | None = None) -> bytes:
    """Read an input file whole, or raise ``error`` naming it: missing, a folder, unreadable; over
    the named size limit (``io.limits``) raises ``LimitError`` before reading."""
    p = Path(path)
    try:
        if limit is not None:
            check_limit(limit, p.stat().st_size, p)
        return p.read_bytes()
    except FileNotFoundError:
        raise error("文件不存在；请检查路径是否正确", path=p) from None
    except IsADirectoryError:
        raise error("这是一个文件夹，不是文件；请指定文件", path=p) from None
    except PermissionError:
        raise error("没有读取权限；请检查文件权限（或复制一份可读的副本）", path=p) from None
    except OSError as exc:
        raise error(f"无法读取（{exc.strerror or exc}）；请检查文件", path=p) from None
