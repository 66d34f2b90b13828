"""The ``jixiao`` command line: parse, schema, verify, review, draft, demo.

The evals are not part of the library or its CLI: ``python -m evals.runner`` (``make eval``).

Thin by design: each command parses arguments, calls one library function and renders its result.
Exit status like a linter: 0 clean, 1 findings at or above --fail-on, 2 bad input, 3 model failure.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from .errors import DraftingError, InputError, ModelError


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    MODEL_ERROR = 3



def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def _emit(text: str, out: str | None) -> None:
    """Write text to a file atomically, or to stdout."""
    if out:
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

    data = _load_data(args.data) if args.data else None
    prior = read_report(args.prior) if args.prior else None
    target = Path(args.report)
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


def _write_review(result, report, fmt: str, out: str | None, source: Path) -> None:
    from .render import findings_html, findings_json, findings_markdown

    if out is None and fmt in ("docx", "html"):
        out = str(source.with_name(source.stem + (".审核.docx" if fmt == "docx" else ".审核.html")))
    if out and Path(out).resolve() == source.resolve():
        raise InputError("输出文件不能覆盖输入报告，请用 -o 指定另一个文件名", path=out)
    if fmt == "docx":
        from .io.docx_writer import write_commented_docx

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

    dest = Path(out) if out else source.with_name(source.stem + ".去重.docx")
    if dest.resolve() == source.resolve():
        raise InputError("去重稿不能覆盖输入报告，请用 -o 指定另一个文件名", path=dest)
    write_docx(deduplicate(report, result.findings), dest)
    _say(f"已写入去重稿 {dest}")


def _review_folder(folder: Path, args, data, prior, threshold) -> ExitStatus:
    from .folder import review_folder
    from .review import ReviewOptions

    done = review_folder(folder, data=data, prior=prior, options=ReviewOptions(judge=args.judge),
                         progress=lambda i, n, path: _progress(i, n, path.name))
    _say("")
    out_dir = Path(args.output) if args.output else None
    rows = []
    for f in done.files:
        s = f.result.summary
        rows.append((f.path.name, s.by_severity.get("error", 0), s.by_severity.get("warning", 0), s.by_severity.get("info", 0)))
        if out_dir:
            _write_folder_item(f, args.format, out_dir)
    width = max(len(r[0]) for r in rows)
    print(f"{'报告'.ljust(width)}  错误  警告  提示")
    for name, e, w, n in rows:
        print(f"{name.ljust(width)}  {e:>4}  {w:>4}  {n:>4}")
    print(f"{'合计'.ljust(width)}  {sum(r[1] for r in rows):>4}  {sum(r[2] for r in rows):>4}  {sum(r[3] for r in rows):>4}")
    worst = done.worst()
    return ExitStatus.FINDINGS if worst is not None and worst.rank >= threshold.rank else ExitStatus.OK


def _write_folder_item(f, fmt: str, out_dir: Path) -> None:
    from .io.atomic import write_text
    from .render import findings_json, findings_markdown

    ext = {"json": ".json", "md": ".md", "html": ".html", "docx": ".docx"}[fmt]
    if fmt in ("docx", "html"):
        _write_review(f.result, f.report, fmt, str(out_dir / (f.path.stem + ext)), source=f.path)
    else:
        write_text(out_dir / (f.path.stem + ext), (findings_json if fmt == "json" else findings_markdown)(f.result))


def _progress(i: int, n: int, label: str) -> None:
    width = 30
    done = int(width * i / n)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {label[:40]:<40}")
    sys.stderr.flush()


def cmd_draft(args: argparse.Namespace) -> ExitStatus:
    from .draft.drafter import draft
    from .io.reading import read_report

    data = _load_data(args.data)
    prior = read_report(args.prior) if args.prior else None
    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    model = _model_from_args(args)
    result = draft(data, prior=prior, model=model, sections=sections, progress=lambda s: _say(f"起草：{s}"))
    out = args.output or f"{data.department.name}{data.year}年度绩效自评报告.docx"
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


def cmd_check(args: argparse.Namespace) -> ExitStatus:
    """Check a data file alone: every schema problem (line and field each), else every arithmetic warning."""
    from .errors import DataFileError
    from .io.loading import load_department_with_warnings

    try:
        data, warnings = load_department_with_warnings(args.data)
    except DataFileError as exc:
        _say(f"错误：{args.data}：共 {len(exc.problems)} 处问题")
        for problem in exc.problems:
            _say(f"  {problem}")
        return ExitStatus.BAD_INPUT
    for w in warnings:
        _say(f"警告：{w.message}［{', '.join(w.paths)}］")
    _say(f"{args.data}：{data.department.name}{data.year}年度，" + (f"核对警告 {len(warnings)} 条" if warnings else "检查通过"))
    return ExitStatus.FINDINGS if warnings else ExitStatus.OK


def cmd_demo(args: argparse.Namespace) -> ExitStatus:
    from .demo import run_demo

    run_demo(Path(args.out))
    return ExitStatus.OK


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

    s = sub.add_parser("check", help="检查部门数据文件：列出全部问题（字段、行号）和核对警告")
    s.add_argument("data")
    s.set_defaults(func=cmd_check)

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
        return int(args.func(args))
    except InputError as exc:
        if raise_errors:
            raise
        _say(f"错误：{exc}")
        return ExitStatus.BAD_INPUT
    except ModelError as exc:
        if raise_errors:
            raise
        _say(f"模型调用失败：{exc}")
        return ExitStatus.MODEL_ERROR
    except DraftingError as exc:
        if raise_errors:
            raise
        _say(f"错误：{exc}")
        return ExitStatus.BAD_INPUT
    except KeyboardInterrupt:
        return 130
