"""The CLI's shared option pieces: help texts, argument types and ``--version``.

Kept apart from ``cli`` so that the command module stays a thin list of commands.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

__all__ = ["FORMAT_HELP", "OUTPUT_HELP", "Parser", "VersionAction", "positive_int", "version"]

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


class Parser(argparse.ArgumentParser):
    """argparse answering a mistake on the command line (a missing report, ``--data`` forgotten, a
    format it does not have, a typed command) as every other input error of jixiao is answered: one
    line in Chinese naming the argument and what it takes, and exit status 2. argparse's own answer
    was its usage block and an English line (``error: the following arguments are required:
    --data``) that a finance officer had to decode; the usage stays one ``--help`` away."""

    _command: str | None = None  # the command a run names, so that its help is the one pointed at

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        """The help in Chinese too: its headings and the -h line were argparse's English."""
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # the -h line is added below, in Chinese
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        if args and args[0] in self._commands():
            self._command = args[0]
        return super().parse_args(args, namespace)

    def _commands(self) -> list[str]:
        return [name for a in self._actions if isinstance(a, argparse._SubParsersAction) for name in a.choices]

    def error(self, message: str) -> None:  # type: ignore[override]
        prog = f"{self.prog} {self._command}" if self._command else self.prog
        self.exit(2, f"错误：{self._in_chinese(message)}。用法见 {prog} --help\n")

    def _in_chinese(self, message: str) -> str:
        if m := re.fullmatch(r"the following arguments are required: (.+)", message):
            if m[1] == "command" or m[1].startswith("{"):
                return "缺少命令：应为 " + "、".join(self._commands()) + " 之一"
            return "缺少必需的参数 " + "；".join(self._named(name) for name in m[1].split(", "))
        if m := re.fullmatch(r"unrecognized arguments: (.+)", message):
            return f"无法识别的参数：{m[1]}"
        if m := re.fullmatch(r"argument (\S+): invalid choice: '?(.*?)'? \(choose from (.+)\)", message):
            choices = "、".join(c.strip("'") for c in m[3].split(", "))
            if m[1] == "command" or m[1].startswith("{"):
                return f"没有命令“{m[2]}”；可用的命令：{choices}"
            return f"参数 {m[1]} 不能取“{m[2]}”；可选：{choices}"
        if m := re.fullmatch(r"argument (\S+): expected one argument", message):
            return f"参数 {m[1]} 后面缺少取值"
        if m := re.fullmatch(r"argument (\S+): invalid (int|float) value: '(.*)'", message):
            return f"参数 {m[1]} 应为{'整数' if m[2] == 'int' else '数字'}，实际为“{m[3]}”"
        if m := re.fullmatch(r"argument (\S+): (.+)", message):  # e.g. positive_int's own words
            return f"参数 {m[1]}：{m[2]}"
        if m := re.fullmatch(r"ambiguous option: (\S+) could match (.+)", message):
            return f"参数 {m[1]} 不明确，可能是：{m[2]}"
        return f"命令行参数有误：{message}"

    def _named(self, name: str) -> str:
        """A required argument with what it is (its help), so the line says what to give."""
        for action in self._actions:
            if name in (action.dest, *action.option_strings) or name == action.metavar:
                return f"{name}：{action.help}" if action.help else name
        return name


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        """argparse's width (the terminal's, less 2), found without importing ``shutil`` for it: every
        start builds formatters while the parser is made, and ``shutil`` (with ``bz2``, ``lzma`` and a
        ``namedtuple`` compiled from text) was 7 M instructions of every run, for one function."""
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def format_help(self) -> str:  # argparse ends a heading with an ASCII colon
        return re.sub(r"^(参数|选项|命令):$", r"\1：", super().format_help(), flags=re.M)


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, as that function finds it: ``$COLUMNS`` when a positive
    number, else the terminal's width on standard output (80 when it has none or is no terminal)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
