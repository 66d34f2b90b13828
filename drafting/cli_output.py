"""Where a command's words and files go: messages on the terminal (below the progress line), text to
standard output or atomically to a file, and the refusals before anything is written (an output that
is an input, a folder or a device; a Word file to standard output). Shared by the commands in ``cli``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .cli_progress import ProgressLine
from .errors import InputError

__all__ = ["emit", "file_only", "guard", "say"]


def say(msg: str) -> None:
    line = ProgressLine.active
    if line is not None:  # the progress line cleared first, so the message stands on its own line
        line.say(msg)
    else:
        print(msg, file=sys.stderr)


def emit(text: str, out: str | None) -> None:
    """Write text to a file atomically, or to stdout (no -o, or -o -)."""
    if out and out != "-":
        from .io.atomic import write_text

        write_text(out, text)
        say(f"已写入 {out}")
    else:
        if ProgressLine.active is not None:  # stdout may be the same terminal: the line goes first
            ProgressLine.active.close()
        sys.stdout.write(text)


def guard(outputs: list, *inputs) -> None:
    """Refuse outputs that are an input (also by symlink or hard link), a folder or a device."""
    from .io.paths import check_outputs

    check_outputs([o for o in outputs if o], inputs)


def file_only(out: str | Path | None) -> None:
    """Word files and folders cannot go to standard output."""
    if str(out) == "-":
        raise InputError("Word 文档或文件夹不能写到标准输出；请用 -o 指定文件名（或文件夹）", path="-")
