"""What a finance officer sees for the common mistakes on the command line and with files: one line
in Chinese saying what is wrong and what to do, exit status 2, nothing on standard output."""

from __future__ import annotations

import pytest

from drafting.cli import main


def _mistake(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    assert done.value.code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("错误：") and "usage" not in err and "error:" not in err
    return lines[0]


@pytest.mark.parametrize(("argv", "said"), [
    (["verify", "报告.docx"], "缺少必需的参数 --data：部门数据文件"),
    (["review"], "缺少必需的参数 report：报告文件"),
    ([], "缺少命令：应为 parse、schema、verify、review、draft、check、template、demo 之一"),
    (["review", "报告.docx", "--format", "pdf"], "参数 --format 不能取“pdf”；可选：json、md、html、docx"),
    (["reveiw", "报告.docx"], "没有命令“reveiw”；可用的命令：parse、"),
    (["review", "报告.docx", "--bogus"], "无法识别的参数：--bogus"),
    (["review", "报告.docx", "--jobs"], "参数 --jobs 后面缺少取值"),
    (["review", "报告.docx", "--jobs", "0"], "参数 --jobs：应为正整数，实际为“0”"),
    (["draft", "我局.yaml", "--timeout", "一分钟"], "参数 --timeout 应为数字，实际为“一分钟”"),
])
def test_a_command_line_mistake_is_one_chinese_line_pointing_at_the_commands_help(argv, said, capsys):
    line = _mistake(argv, capsys)
    assert said in line
    command = argv[0] if argv and argv[0] in ("verify", "review", "draft") else None
    assert line.endswith(f"用法见 jixiao {command} --help" if command else "用法见 jixiao --help")
