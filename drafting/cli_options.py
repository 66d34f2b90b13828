"""The CLI's shared option pieces: help texts, argument types and ``--version``.

Kept apart from ``cli`` so that the command module stays a thin list of commands.
"""

from __future__ import annotations

import argparse

__all__ = ["FORMAT_HELP", "OUTPUT_HELP", "VersionAction", "positive_int", "version"]

FORMAT_HELP = "输出格式（默认 %(default)s）"
OUTPUT_HELP = "写入此文件（原子写入）；不给则输出到终端"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数，实际为“{text}”")
    return value


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("jixiao")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class VersionAction(argparse.Action):
    """--version, read from the installed metadata only when asked (importing it costs start-up)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"jixiao {version()}")
        parser.exit()
