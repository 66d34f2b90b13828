"""The ``jixiao`` command line: parse, schema, verify, review, draft, demo.

The evals are not part of the library or its CLI: ``python -m evals.runner`` (``make eval``).

Thin by design: each command parses arguments, calls one library function and renders its result.
Exit status like a linter: 0 clean, 1 findings at or above --fail-on, 2 bad input (or an output path
that is an input, a folder or a device), 3 model failure, 4 the machine refused (cannot write, disk
full, out of memory), 5 an internal error (a bug: one line, ``JIXIAO_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from .errors import DraftingError, EnvironmentFailure, InputError, InputWarning, ModelError


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    MODEL_ERROR = 3
    ENVIRONMENT = 4
    INTERNAL = 5



def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def _emit(text: str, out: str | None) -> None:
    """Write text to a file atomically, or to stdout (no -o, or -o -)."""
    if out and out != "-":
        from .io.atomic import write_text

        write_text(out, text)
        _say(f"已写入 {out}")
    else:
        sys.stdout.write(text)


def _load_data(path: str):
    """Load department data; arithmetic the data implies but breaks is shown, never silently fixed."""
    from .io.loading import load_department_with_warnings

    data, warnings = load_department_with_warnings(path)
    for w in warnings:
        _say(f"数据核对警告（{path}）：{w.message}［{', '.join(w.paths)}］")
    return data


# -- commands -------------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> ExitStatus:
    from .io.reading import read_report
    from .render import report_json, report_markdown

    _guard([args.output], args.file)
    report = read_report(args.file)
    _emit(report_json(report) if args.format == "json" else report_markdown(report), args.output)
    return ExitStatus.OK


def cmd_schema(args: argparse.Namespace) -> ExitStatus:
    from .io.schema_export import export_schemas, schema_is_current

    if args.check:
        stale = schema_is_current(args.out)
        if stale:
            _say(f"{args.out} 中的 JSON Schema 已过期：{', '.join(stale)}；请运行 `jixiao schema` 重新生成")
            return ExitStatus.FINDINGS
        _say(f"{args.out} 中的 JSON Schema 与数据模型一致")
        return ExitStatus.OK
    for path in export_schemas(args.out):
        _say(f"已写入 {path}")
    return ExitStatus.OK


def cmd_verify(args: argparse.Namespace) -> ExitStatus:
    from .io.reading import read_report
    from .numbers.guard import verify

    _guard([args.output], args.report, args.data)
    data = _load_data(args.data)
    report = read_report(args.report)
    result = verify(report, data)
    text = result.model_dump_json(indent=2) + "\n" if args.format == "json" else result.to_markdown()
    _emit(text, args.output)
    return ExitStatus.OK if result.ok else ExitStatus.FINDINGS


def cmd_review(args: argparse.Namespace) -> ExitStatus:
    from .findings import Severity
    from .io.reading import read_report
    from .review import ReviewOptions, review

    target = Path(args.report)
    if not target.is_dir():
        _guard(_review_outputs(args, target), target, args.data, args.prior)
    data = _load_data(args.data) if args.data else None
    prior = read_report(args.prior) if args.prior else None
    threshold = Severity(args.fail_on)
    if target.is_dir():
        return _review_folder(target, args, data, prior, threshold)
    report = read_report(target)
    result = review(report, data=data, prior=prior, options=ReviewOptions(judge=args.judge))
    if args.dedup:
        # With --dedup, -o names the de-duplicated copy; the findings go to stdout (or beside the input).
        _write_dedup(report, result, args.output, target)
        _write_review(result, report, args.format, None, source=target)
    else:
        _write_review(result, report, args.format, args.output, source=target)
    worst = result.worst()
    return ExitStatus.FINDINGS if worst is not None and worst.rank >= threshold.rank else ExitStatus.OK


def _guard(outputs: list, *inputs) -> None:
    """Refuse outputs that are an input (also by symlink or hard link), a folder or a device."""
    from .io.paths import check_outputs

    check_outputs([o for o in outputs if o], inputs)


def _file_only(out: str | Path | None) -> None:
    """Word files and folders cannot go to standard output."""
    if str(out) == "-":
        raise InputError("Word 文档或文件夹不能写到标准输出；请用 -o 指定文件名（或文件夹）", path="-")


def _review_outputs(args, source: Path) -> list:
    """Every file a single-report review writes, known before it runs."""
    if args.dedup or args.format == "docx":
        _file_only(args.output)
    if args.dedup:
        return [args.output or source.with_name(source.stem + ".去重.docx"), _default_review_out(args.format, None, source)]
    return [_default_review_out(args.format, args.output, source)]


def _default_review_out(fmt: str, out: str | None, source: Path) -> str | None:
    if out is None and fmt in ("docx", "html"):
        return str(source.with_name(source.stem + (".审核.docx" if fmt == "docx" else ".审核.html")))
    return out


def _write_review(result, report, fmt: str, out: str | None, source: Path) -> None:
    from .render import findings_html, findings_json, findings_markdown

    out = _default_review_out(fmt, out, source)
    _guard([out], source)
    if fmt == "docx":
        from .io.docx_writer import write_commented_docx

        _file_only(out)
        assert out is not None
        write_commented_docx(report, result.findings, out, source=source if source.suffix.lower() == ".docx" else None)
        _say(f"已写入带批注的审核稿 {out}")
        return
    render = {"json": findings_json, "md": findings_markdown}.get(fmt)
    text = render(result) if render else findings_html(result, report)
    _emit(text, out)


def _write_dedup(report, result, out: str | None, source: Path) -> None:
    from .checks.dedup import deduplicate
    from .io.docx_writer import write_docx

    _file_only(out)
    dest = Path(out) if out else source.with_name(source.stem + ".去重.docx")
    _guard([dest], source)
    write_docx(deduplicate(report, result.findings), dest)
    _say(f"已写入去重稿 {dest}")


def _review_folder(folder: Path, args, data, prior, threshold) -> ExitStatus:
    from .folder import default_jobs, report_files, review_folder
    from .io.paths import folder_outputs
    from .review import ReviewOptions

    _file_only(args.output)
    out_dir = Path(args.output) if args.output else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise InputError("审核文件夹时 -o 应为一个文件夹（每份报告一个输出文件）", path=out_dir)
    files = report_files(folder, exclude=out_dir)
    ext = {"json": ".json", "md": ".md", "html": ".html", "docx": ".docx"}[args.format]
    outputs = folder_outputs(files, folder, out_dir, ext) if out_dir else {}
    _guard(list(outputs.values()), *files, args.data, args.prior)
    done = review_folder(folder, data=data, prior=prior, options=ReviewOptions(judge=args.judge),
                         progress=lambda i, n, path: _progress(i, n, path.name),
                         jobs=args.jobs or default_jobs(), files=files)
    _say("")
    rows = []
    for f in done.files:
        s = f.result.summary
        rows.append((f.path.name, s.by_severity.get("error", 0), s.by_severity.get("warning", 0), s.by_severity.get("info", 0)))
        if out_dir:
            _write_folder_item(f, args.format, outputs[f.path])
    width = max(len(r[0]) for r in rows)
    print(f"{'报告'.ljust(width)}  错误  警告  提示")
    for name, e, w, n in rows:
        print(f"{name.ljust(width)}  {e:>4}  {w:>4}  {n:>4}")
    print(f"{'合计'.ljust(width)}  {sum(r[1] for r in rows):>4}  {sum(r[2] for r in rows):>4}  {sum(r[3] for r in rows):>4}")
    worst = done.worst()
    return ExitStatus.FINDINGS if worst is not None and worst.rank >= threshold.rank else ExitStatus.OK


def _write_folder_item(f, fmt: str, out: Path) -> None:
    from .io.atomic import write_text
    from .render import findings_json, findings_markdown

    if fmt in ("docx", "html"):
        _write_review(f.result, f.report, fmt, str(out), source=f.path)
    else:
        write_text(out, (findings_json if fmt == "json" else findings_markdown)(f.result))


def _progress(i: int, n: int, label: str) -> None:
    width = 30
    done = int(width * i / n)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {label[:40]:<40}")
    sys.stderr.flush()


def cmd_draft(args: argparse.Namespace) -> ExitStatus:
    from .draft.drafter import draft
    from .io.paths import safe_filename
    from .io.reading import read_report

    data = _load_data(args.data)
    _file_only(args.output)
    out = args.output or safe_filename(f"{data.department.name}{data.year}年度绩效自评报告") + ".docx"
    _guard([out, Path(out).with_suffix(".json")], args.data, args.prior)
    prior = read_report(args.prior) if args.prior else None
    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    model = _model_from_args(args)
    result = draft(data, prior=prior, model=model, sections=sections, progress=lambda s: _say(f"起草：{s}"))
    paths = result.write(out)
    for p in paths:
        _say(f"已写入 {p}")
    for w in result.sidecar.warnings:
        _say(f"注意：{w}")
    return ExitStatus.OK


def _model_from_args(args: argparse.Namespace):
    if args.model in (None, "offline"):
        return "offline"
    from .llm.models import get_model

    options = {"temperature": args.temperature, "timeout": args.timeout, "max_retries": args.max_retries}
    return get_model(args.model, **{k: v for k, v in options.items() if v is not None})


def cmd_demo(args: argparse.Namespace) -> ExitStatus:
    from .demo import run_demo

    run_demo(Path(args.out))
    return ExitStatus.OK


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数，实际为“{text}”")
    return value


# -- parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jixiao", description="绩效自评报告：起草、审核、数字核验 (draft, review, guard numbers)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("parse", help="解析报告结构 (show the parsed blocks)")
    s.add_argument("file")
    s.add_argument("--format", choices=["json", "md"], default="md")
    s.add_argument("-o", "--output")
    s.set_defaults(func=cmd_parse)

    s = sub.add_parser("schema", help="导出数据模型的 JSON Schema 到 schemas/")
    s.add_argument("--out", default="schemas")
    s.add_argument("--check", action="store_true", help="只检查 schemas/ 是否最新")
    s.set_defaults(func=cmd_schema)

    s = sub.add_parser("verify", help="核验报告中每个数字是否有数据支撑")
    s.add_argument("report")
    s.add_argument("--data", required=True)
    s.add_argument("--format", choices=["json", "md"], default="md")
    s.add_argument("-o", "--output")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("review", help="审核报告：重复、拼接、无依据、年份、数字")
    s.add_argument("report", help="报告文件，或包含多份报告的文件夹")
    s.add_argument("--data")
    s.add_argument("--prior", help="上年报告")
    s.add_argument("--format", choices=["json", "md", "html", "docx"], default="md")
    s.add_argument("-o", "--output")
    s.add_argument("--fail-on", choices=["error", "warning", "info"], default="error")
    s.add_argument("--dedup", action="store_true", help="另存一份去除重复段落的 .docx")
    s.add_argument("--judge", help="可选：用模型复核定性问题，如 openai:qwen-plus（默认不用）")
    s.add_argument("--jobs", type=_positive_int, help="审核文件夹时并行的进程数（默认：全部 CPU 核心；结果与 1 相同）")
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("draft", help="根据部门数据起草报告")
    s.add_argument("data")
    s.add_argument("--prior", help="上年报告 (.docx/.txt)，作为参考和风格")
    s.add_argument("-o", "--output")
    s.add_argument("--model", default="offline", help="offline（默认）或 openai:<模型名>")
    s.add_argument("--sections", help="逗号分隔的章节 id")
    s.add_argument("--temperature", type=float)
    s.add_argument("--timeout", type=float)
    s.add_argument("--max-retries", type=int)
    s.set_defaults(func=cmd_draft)

    s = sub.add_parser("demo", help="离线演示：用内置数据起草并审核")
    s.add_argument("--out", default="out")
    s.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None, *, raise_errors: bool | None = None) -> int:
    """Run the CLI. Errors become one line on stderr; ``raise_errors`` (or JIXIAO_DEBUG=1) re-raises."""
    if raise_errors is None:
        raise_errors = os.environ.get("JIXIAO_DEBUG") == "1"
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", InputWarning)
            warnings.showwarning = _show_warning
            return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:
        if raise_errors or isinstance(exc, SystemExit):
            raise
        status, line = _failure(exc)
        _say(line)
        return status


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Input warnings (e.g. control characters removed) as one line each; others as Python shows them."""
    if issubclass(category, InputWarning):
        _say(f"注意：{message}")
    else:
        _say(warnings.formatwarning(message, category, filename, lineno, line).rstrip())


def _failure(exc: BaseException) -> tuple[ExitStatus, str]:
    """The exit status and the one line for an error that ended a command."""
    if isinstance(exc, ModelError):
        return ExitStatus.MODEL_ERROR, f"模型调用失败：{exc}"
    if isinstance(exc, (InputError, DraftingError)) and not isinstance(exc, EnvironmentFailure):
        return ExitStatus.BAD_INPUT, f"错误：{exc}"
    if isinstance(exc, EnvironmentFailure):
        return ExitStatus.ENVIRONMENT, f"错误：{exc}"
    if isinstance(exc, MemoryError):
        return ExitStatus.ENVIRONMENT, "错误：内存不足；请关闭其他程序，或把大文件拆分后分别处理"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return ExitStatus.ENVIRONMENT, f"错误：{where}系统拒绝了操作（{exc.strerror or exc}）；请检查文件权限和磁盘空间"
    if isinstance(exc, RecursionError):
        return ExitStatus.BAD_INPUT, "错误：输入嵌套过深，无法处理；请简化文件结构"
    return ExitStatus.INTERNAL, (f"内部错误（{type(exc).__name__}: {str(exc)[:200]}）；这是 jixiao 的缺陷，"
                                 "请设置 JIXIAO_DEBUG=1 重新运行并把输出报告给维护者")
