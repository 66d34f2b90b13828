"""The command line's arguments: what each ``jixiao`` command accepts (``cli`` runs them).

A run builds only the command it names (``cli.main``): all a run of it parses, and its help and its
errors are the whole parser's. Building all eight commands' arguments took 13 M instructions of every
start, the review's alone 5 M.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping

from .cli_options import FORMAT_HELP, OUTPUT_HELP, Parser, VersionAction, positive_int

Handler = Callable[[argparse.Namespace], object]


def build_parser(handlers: Mapping[str, Handler], command: str | None = None) -> argparse.ArgumentParser:
    """The command line, each command run by its handler; with ``command``, only that command's
    arguments (see the module's docstring)."""
    p = Parser(prog="jixiao", description="绩效自评报告：起草、审核、数字核验 (draft, review, guard numbers)")
    p.add_argument("--version", action=VersionAction, nargs=0, help="显示版本号并退出")
    # with one command built, the usage still names them all: an unrecognised argument's message
    # then shows the whole parser's usage line (the whole parser keeps argparse's own naming)
    every = "{" + ",".join(COMMANDS) + "}" if command else None
    sub = p.add_subparsers(title="命令", dest="command", required=True, metavar=every)
    for name, add in COMMANDS.items():
        if command in (None, name):
            add(sub).set_defaults(func=handlers[name])
    return p


def _add_parse_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("parse", help="解析报告结构 (show the parsed blocks)")
    s.add_argument("file", help="报告文件（.docx、.doc、.pdf 或 .txt）")
    s.add_argument("--format", choices=["json", "md"], default="md", help=FORMAT_HELP)
    s.add_argument("-o", "--output", help=OUTPUT_HELP)
    return s


def _add_schema_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("schema", help="导出数据模型的 JSON Schema 到 schemas/")
    s.add_argument("--out", default="schemas", help="输出目录（默认 %(default)s）")
    s.add_argument("--check", action="store_true", help="只检查 schemas/ 是否最新")
    return s


def _add_verify_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("verify", help="核验报告中每个数字是否有数据支撑")
    s.add_argument("report", help="报告文件（.docx、.doc、.pdf 或 .txt）")
    s.add_argument("--data", required=True, help="部门数据文件（.xlsx 或 YAML/JSON，见 jixiao template 和 schemas/）")
    s.add_argument("--format", choices=["json", "md"], default="md", help=FORMAT_HELP)
    s.add_argument("--all", action="store_true", help="列出全部数据性数字及其依据（默认只列需要核对的）")
    s.add_argument("-o", "--output", help=OUTPUT_HELP)
    return s


def _add_check_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("check", help="检查部门数据文件：列出全部问题（字段、行号或单元格）和核对警告")
    s.add_argument("data", help="部门数据文件（Excel .xlsx，或 YAML/JSON）")
    return s


def _add_template_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("template", help="生成填写部门数据的 Excel 工作簿（.xlsx）")
    s.add_argument("output", help="要写入的工作簿，如 我局2023.xlsx")
    s.add_argument("--data", help="可选：把这个数据文件（YAML/JSON/.xlsx）的内容填入工作簿")
    return s


def _add_demo_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("demo", help="离线演示：用内置数据起草并审核")
    s.add_argument("--out", default="out", help="输出目录（默认 %(default)s）")
    return s


def _add_review_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    s = sub.add_parser("review", help="审核报告：重复、拼接、无依据、年份、数字")
    s.add_argument("report", help="报告文件，或包含多份报告的文件夹")
    s.add_argument("--data", help="部门数据文件：给出时逐个核验报告中的数字")
    s.add_argument("--prior", help="上年报告：查找照搬上年的段落")
    s.add_argument("--format", choices=["json", "md", "html", "docx"], default="md",
                   help="md（默认）、json、html（带高亮的单个网页）或 docx（在原文上加 Word 批注）")
    s.add_argument("-o", "--output", help="写入此文件（文件夹审核时为输出目录）；不给则 md/json 输出到终端，"
                                          "html/docx 写在报告旁")
    s.add_argument("--fail-on", choices=["error", "warning", "info"], default="error",
                   help="有此级别或更严重的问题时退出码为 1（默认 %(default)s）")
    s.add_argument("--dedup", action="store_true", help="另存一份去除重复段落的 .docx（-o 指定其文件名）")
    s.add_argument("--judge", help="可选：用模型复核定性问题，如 openai:qwen-plus（默认不用）")
    s.add_argument("--stock-claims", action="store_true",
                   help="另列没有数据支撑的定性套话（成效明显、大幅提高等），作提示；属文风，默认不列")
    s.add_argument("--standard-forms", action="store_true",
                   help="另列常见但不合规范的写法（日期前用“截止”应为“截至”，“帐户”应为“账户”等）；属用字规范，默认不列")
    s.add_argument("--accept", action="append", metavar="ID",
                   help="接受编号为 ID 的审核意见（可重复；all = 全部），记入决定文件，以后不再提示")
    s.add_argument("--note", help="与 --accept 一起：记下接受的理由")
    s.add_argument("--decisions", metavar="FILE",
                   help="审核决定文件（默认：报告旁的 .jixiao-review.yaml；已接受的意见不再显示）")
    s.add_argument("--progress", action="store_true",
                   help="在标准错误上显示审核进度（在终端上默认显示；从不写入标准输出）")
    s.add_argument("--jobs", type=positive_int,
                   help="并行的进程数：文件夹中同时审核的报告数，或一份很长的报告（20 万字以上）的检查分几个进程运行"
                        "（默认：全部 CPU 核心；结果与 1 相同）")
    return s


def _add_draft_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """``jixiao draft``: its model options (time bounds, structured output, fallback, cache) make it the longest."""
    s = sub.add_parser("draft", help="根据部门数据起草报告")
    s.add_argument("data", help="部门数据文件（Excel .xlsx，或 YAML/JSON）")
    s.add_argument("--prior", help="上年报告 (.docx/.txt)，作为参考和风格")
    s.add_argument("-o", "--output", help="起草稿 .docx 的文件名（默认：部门名+年度）；旁边另写同名 .json 依据文件")
    s.add_argument("--model", default="offline", help="offline（默认）或 openai:<模型名>")
    s.add_argument("--sections", help="只起草这几章，逗号分隔（默认全部）：overview 一、部门概况，finance 二、资金管理与使用，"
                                      "performance 三、绩效情况，problems 四、问题，measures 五、措施，result_use 六、结果应用")
    s.add_argument("--temperature", type=float, help="模型温度（仅 --model openai:…）")
    s.add_argument("--timeout", type=float, help="每次模型请求的超时秒数（默认60；或 JIXIAO_TIMEOUT）")
    s.add_argument("--max-retries", type=int, help="失败请求的重试次数（默认1；或 JIXIAO_MAX_RETRIES）")
    s.add_argument("--model-budget", type=float,
                   help="整份起草的模型总用时上限，秒（默认600；或 JIXIAO_MODEL_BUDGET）；超出即按 --on-model-error 处理")
    s.add_argument("--structured-output", choices=["json_schema", "json_mode", "function_calling"],
                   help="结构化输出方式（默认按服务商：OpenAI 与本地服务 json_schema，DeepSeek/通义千问 json_mode）")
    s.add_argument("--on-model-error", choices=["stop", "offline"], default="stop",
                   help="模型请求失败时：stop 停止并以状态3退出（默认）；offline 该节改用离线初稿并给出警告")
    s.add_argument("--no-cache", action="store_true", help="不读也不写 .jixiao-cache/ 中的模型回答缓存")
    return s


# each command and what adds its arguments, in the order ``jixiao --help`` lists them
COMMANDS = {"parse": _add_parse_parser, "schema": _add_schema_parser, "verify": _add_verify_parser,
            "review": _add_review_parser, "draft": _add_draft_parser, "check": _add_check_parser,
            "template": _add_template_parser, "demo": _add_demo_parser}
