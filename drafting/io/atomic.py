"""Atomic file writes: a crash or a full disk never leaves a half-written output behind.

Every output of the library goes through ``write_atomic`` (or ``write_pair`` for files that belong
together), so the same rules hold everywhere: a symlink target is written through (the link stays),
a folder, device, pipe or socket is never replaced by a regular file, and an ``OSError`` from the
machine (permission, read-only file system, full disk) becomes one ``EnvironmentFailure``.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import EnvironmentFailure, OutputPathError
from . import temporaries

__all__ = ["environment_failure", "resolve_target", "write_atomic", "write_bytes", "write_pair", "write_text"]

Writer = Callable[[Path], object]

_REASONS = {
    errno.ENOSPC: "磁盘空间已满；请清理磁盘或换一个输出位置",
    errno.EDQUOT: "超出磁盘配额；请清理磁盘或换一个输出位置",
    errno.EACCES: "没有写入权限；请换一个可写的输出位置",
    errno.EPERM: "没有写入权限；请换一个可写的输出位置",
    errno.EROFS: "所在文件系统只读；请换一个可写的输出位置",
    errno.ENOENT: "所在文件夹不存在且无法创建；请检查输出路径",
    errno.ENOTDIR: "路径中有一段不是文件夹；请检查输出路径",
    errno.EISDIR: "这是一个文件夹；请给出文件名",
    errno.ENAMETOOLONG: "文件名过长；请用较短的输出文件名",
}


def environment_failure(exc: OSError, path: str | Path) -> EnvironmentFailure:
    """One line for an ``OSError`` met while writing ``path``, with the next action."""
    reason = _REASONS.get(exc.errno or -1) or f"无法写入（{exc.strerror or exc}）；请检查输出位置"
    return EnvironmentFailure(f"无法写入：{reason}", path=path)


def resolve_target(path: str | Path) -> Path:
    """The file a write to ``path`` lands in: symlinks followed; folders, devices, pipes refused."""
    target = Path(os.path.realpath(path))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise environment_failure(exc, path) from None
    if stat.S_ISDIR(mode):
        raise OutputPathError("这是一个已存在的文件夹，不能作为输出文件；请给出文件名", path=path)
    if not stat.S_ISREG(mode):
        raise OutputPathError("这是设备、管道或套接字，不是普通文件，不会被替换；"
                              "要写到标准输出请用 -o -，否则请换一个文件名", path=path)
    return target


def _temp_for(target: Path, temps: list[Path]) -> Path:
    """A new empty temporary file beside ``target``, added to ``temps`` before it exists (so the
    caller's ``finally`` removes it wherever an interrupt lands) and to this process's
    ``temporaries``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporaries.create(target.parent, f".{target.name[:100]}.", ".tmp", temps)
    os.close(fd)
    return tmp


def _finish(tmp: Path) -> None:
    # mkstemp creates 0600 files; outputs are ordinary documents, so honour the umask instead.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)


def write_atomic(path: str | Path, writer: Writer) -> Path:
    """Call ``writer(tmp_path)`` on a temporary file in the target folder, then rename it into place."""
    return write_pair([(path, writer)])[0]


def write_pair(items: Sequence[tuple[str | Path, Writer]]) -> list[Path]:
    """Write several files as one: every temporary file is complete before any is renamed, and if a
    rename fails the ones already renamed are put back, so readers see all new files or all old.

    Why: a draft's .docx and its sidecar must match; a full disk after the first would leave a new
    document beside an old sidecar. Returns the paths as given (a symlink stays a symlink)."""
    targets = [resolve_target(p) for p, _ in items]
    temps: list[Path] = []
    shown = items[0][0]
    try:
        for (given, writer), target in zip(items, targets, strict=True):
            shown = given
            tmp = _temp_for(target, temps)
            writer(tmp)
            _finish(tmp)
        with temporaries.held():  # a worker's stop waits until the files are all new or all old
            _rename_all(temps, targets)
    except OSError as exc:
        raise environment_failure(exc, shown) from None
    finally:
        for tmp in temps:
            temporaries.release(tmp)
    return [Path(p) for p, _ in items]


def _rename_all(temps: list[Path], targets: list[Path]) -> None:
    """Rename each temp onto its target; on failure restore the targets already replaced."""
    done: list[tuple[Path, Path | None]] = []  # (target, the old file moved aside, if any)
    backups: list[Path] = []
    try:
        for tmp, target in zip(temps, targets, strict=True):
            backup = None
            if len(targets) > 1 and target.exists():
                backup = _temp_for(target, backups)
                os.replace(target, backup)  # same folder: a rename, never a copy
            try:
                os.replace(tmp, target)
                temporaries.forget(tmp)
            except BaseException:
                if backup is not None:
                    os.replace(backup, target)
                raise
            done.append((target, backup))
    except BaseException:
        try:
            for target, backup in reversed(done):
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
        finally:
            for backup in backups:  # renamed back, or (a failed restore) the old file kept: never removed
                temporaries.forget(backup)
        raise
    for backup in backups:  # the old files, replaced
        temporaries.release(backup)


def write_text(path: str | Path, text: str) -> Path:
    return write_atomic(path, lambda p: p.write_text(text, encoding="utf-8"))


def write_bytes(path: str | Path, data: bytes) -> Path:
    return write_atomic(path, lambda p: p.write_bytes(data))
