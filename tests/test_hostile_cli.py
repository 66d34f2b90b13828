"""The command line built for one command (``cli_parser``) answers every mistake exactly as the
whole parser does: the same message, the same usage line, the same exit status."""

from __future__ import annotations

import contextlib
import io

import pytest

from drafting import cli

ARGVS = [
    [], ["-h"], ["--version"], ["revew"], ["Review", "x"], ["--bogus"], ["-h", "review"],
    ["review"], ["review", "-h"], ["review", "x", "-h"], ["review", "x", "--bogus"], ["review", "x", "y"],
    ["review", "x", "revew"], ["review", "--jobs", "0", "x"], ["review", "x", "--format", "pdf"],
    ["review", "x", "--jobs"], ["schema", "extra"], ["parse", "a", "b"], ["verify", "r"], ["check"],
    ["template", "-h"], ["draft", "--model"], ["demo", "--out"], ["help"],
]


def _parse(argv: list[str], command: str | None) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            cli.build_parser(command).parse_args(argv)
            code: object = "parsed"
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_parser_built_for_one_command_answers_as_the_whole_one(argv, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    lazy = _parse(argv, argv[0] if argv and argv[0] in cli._HANDLERS else None)
    assert lazy == _parse(argv, None)


def test_an_unrecognised_argument_is_named_with_the_commands_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["review", "x.txt", "--bogus"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err == "错误：无法识别的参数：--bogus。用法见 jixiao review --help\n"
