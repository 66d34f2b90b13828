"""The ``jixiao`` command line: parse, schema, verify, review, draft, check, template, demo.

The evals are not part of the library or its CLI: ``python -m evals.runner`` (``make eval``).

Thin by design: each command parses arguments, calls one library function and renders its result.
Exit status like a linter: 0 clean, 1 findings at or above --fail-on, 2 bad input (or an output path
that is an input, a folder or a device), 3 model failure, 4 the machine refused (cannot write, disk
full, out of memory), 5 an internal error (a bug: one line, ``JIXIAO_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from . import cli_parser
from .cli_exit import ExitStatus, failure, silence_stdout
from .cli_output import emit, file_only, guard, say
from .cli_progress import ProgressLine
from .errors import InputWarning


def _load_data(path: str):
    """Load department data; arithmetic the data implies but breaks is shown, never silently fixed."""
    from .io.loading import load_department_with_warnings

    data, warnings = load_department_with_warnings(path)
    for w in warnings:
        say(f"数据核对警告（{path}）：{w.message}［{', '.join(w.paths)}］")
    return data


# -- commands -------------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace) -> ExitStatus:
    from .io.reading import read_report
    from .render import report_json, report_markdown

    guard([args.output], args.file)
    report = read_report(args.file)
    emit(report_json(report) if args.format == "json" else report_markdown(report), args.output)
    return ExitStatus.OK


def cmd_schema(args: argparse.Namespace) -> ExitStatus:
    from .io.schema_export import export_schemas, schema_is_current

    if args.check:
        stale = schema_is_current(args.out)
        if stale:
            say(f"{args.out} 中的 JSON Schema 已过期：{', '.join(stale)}；请运行 `jixiao schema` 重新生成")
            return ExitStatus.FINDINGS
        say(f"{args.out} 中的 JSON Schema 与数据模型一致")
        return ExitStatus.OK
    for path in export_schemas(args.out):
        say(f"已写入 {path}")
    return ExitStatus.OK


def cmd_verify(args: argparse.Namespace) -> ExitStatus:
    from .io.reading import read_report
    from .numbers.guard import verify

    guard([args.output], args.report, args.data)
    data = _load_data(args.data)
    report = read_report(args.report)
    result = verify(report, data)
    text = (result.model_dump_json(indent=2) + "\n" if args.format == "json"
            else result.to_markdown(report, full=args.all))
    emit(text, args.output)
    if args.output and args.output != "-":  # written to a file: the count on the terminal, as for a review
        say(result.count_line())
    return ExitStatus.OK if result.ok else ExitStatus.FINDINGS


def cmd_review(args: argparse.Namespace) -> ExitStatus:
    _records_for(args)
    from .findings import Severity
    from .io.reading import read_report
    from .processes import default_jobs
    from .review import ReviewOptions, review

    target = Path(args.report)
    if not target.is_dir():
        guard(_review_outputs(args, target), target, args.data, args.prior)
    data = _load_data(args.data) if args.data else None
    prior = read_report(args.prior) if args.prior else None
    threshold = Severity(args.fail_on)
    if target.is_dir():
        from .cli_folder import review_folder

        return review_folder(target, args, data, prior, threshold)
    shown = args.progress or sys.stderr.isatty()
    with ProgressLine() if shown else nullcontext() as line:  # cleared at the end: a clean line follows
        if line:
            line(0, 1, "读取报告")
        report = read_report(target)
        options = ReviewOptions(judge=args.judge, stock_claims=args.stock_claims, standard_forms=args.standard_forms)
        result = review(report, data=data, prior=prior, options=options,
                        progress=(lambda i, n, name: line(i, n, f"审核：{name}")) if line else None,
                        jobs=args.jobs or default_jobs())
        if line:
            line(1, 1, "写出审核结果")
        (result,) = _decide(args, target, [(target, result)])
        if args.dedup:
            # With --dedup, -o names the de-duplicated copy: the findings are not printed over it; a
            # page or commented copy still goes beside the input, md/json only as a one-line summary.
            _write_dedup(report, result, args.output, target)
            if args.format in ("html", "docx"):
                _write_review(result, report, args.format, None, source=target)
            else:  # the count sentence a review written to a file says
                from .render import count_sentence, decided_note

                say(count_sentence(result) + decided_note(result))
        else:
            _write_review(result, report, args.format, args.output, source=target)
    worst = result.worst()
    return ExitStatus.FINDINGS if worst is not None and worst.rank >= threshold.rank else ExitStatus.OK


_program = False  # the ``jixiao`` program runs (``run``), not a program calling ``main``


def _records_for(args: argparse.Namespace) -> None:
    """The program's review of one text, written as JSON or Markdown, builds its reports and findings
    as records, not pydantic models (``model_base``): the same output without loading pydantic (0.05 s
    of the sample's 0.3 s of CPU). Not with data, a model judge, a folder or a Word or HTML output,
    whose code reads the models as pydantic's; never for a program calling ``main``, whose own use
    of the library after it must find pydantic's models."""
    from . import model_base

    if _program and args.format in ("json", "md") and not (
            args.data or args.judge or args.dedup or Path(args.report).is_dir()):
        model_base.use_records()


def _decide(args: argparse.Namespace, target: Path, reviewed: list) -> list:
    """Each result without the findings the reviewer accepted (``.jixiao-review.yaml``); with
    ``--accept`` the named findings are added to that file first."""
    from . import decisions as d

    path = d.decisions_path(target, args.decisions)
    entries = d.read_decisions(path)
    named = [(d.report_key(p, path), r) for p, r in reviewed]
    if args.accept:
        entries, added = d.accept(entries, named, args.accept, note=args.note or "")
        d.write_decisions(path, entries)
        say(f"已接受 {added} 条审核意见，记入 {path}（删除其中一条即恢复提示）")
    return [d.apply_decisions(r, entries, name) for name, r in named]


def _review_outputs(args, source: Path) -> list:
    """Every file a single-report review writes, known before it runs."""
    if args.dedup or args.format == "docx":
        file_only(args.output)
    if args.dedup:
        return [args.output or source.with_name(source.stem + ".去重.docx"), _default_review_out(args.format, None, source)]
    return [_default_review_out(args.format, args.output, source)]


def _default_review_out(fmt: str, out: str | None, source: Path) -> str | None:
    if out is None and fmt in ("docx", "html"):
        return str(source.with_name(source.stem + (".审核.docx" if fmt == "docx" else ".审核.html")))
    return out


def _write_review(result, report, fmt: str, out: str | None, source: Path) -> None:
    """The review in its format; written to a file, its count follows on stderr (0 and 90 problems looked alike)."""
    from .render import count_sentence, decided_note, findings_html, findings_json, findings_markdown

    out = _default_review_out(fmt, out, source)
    guard([out], source)
    if fmt == "docx":
        from .io.docx_writer import write_commented_docx

        file_only(out)
        assert out is not None
        write_commented_docx(report, result.findings, out, source=source if source.suffix.lower() == ".docx" else None)
        say(f"已写入带批注的审核稿 {out}")
    elif fmt == "json":
        emit(findings_json(result), out)
    elif fmt == "md":
        emit(findings_markdown(result), out)
    else:
        emit(findings_html(result, report), out)
    if out and out != "-":  # the first line of the Markdown, the same in every output
        say(count_sentence(result) + decided_note(result))


def _write_dedup(report, result, out: str | None, source: Path) -> None:
    from .checks.dedup import deduplicate
    from .io.docx_writer import write_docx

    file_only(out)
    dest = Path(out) if out else source.with_name(source.stem + ".去重.docx")
    guard([dest], source)
    write_docx(deduplicate(report, result.findings), dest)
    say(f"已写入去重稿 {dest}")


def cmd_draft(args: argparse.Namespace) -> ExitStatus:
    from .draft.drafter import draft
    from .io.paths import safe_filename
    from .io.reading import read_report

    data = _load_data(args.data)
    file_only(args.output)
    out = args.output or safe_filename(f"{data.department.name}{data.year}年度绩效自评报告") + ".docx"
    guard([out, Path(out).with_suffix(".json")], args.data, args.prior)
    prior = read_report(args.prior) if args.prior else None
    sections = [s.strip() for s in args.sections.split(",")] if args.sections else None
    model = _model_from_args(args)
    from .draft.chain import ChainSettings

    result = draft(data, prior=prior, model=model, sections=sections, progress=lambda s: say(f"起草：{s}"),
                   use_cache=not args.no_cache, settings=ChainSettings(on_model_error=args.on_model_error))
    paths = result.write(out)
    for p in paths:
        say(f"已写入 {p}")
    for w in result.sidecar.warnings:
        say(f"注意：{w}")
    return ExitStatus.OK


def _model_from_args(args: argparse.Namespace):
    if args.model in (None, "offline"):
        return "offline"
    from .llm.models import get_model

    options = {"temperature": args.temperature, "timeout": args.timeout, "max_retries": args.max_retries,
               "budget": args.model_budget, "structured_output": args.structured_output}
    return get_model(args.model, **{k: v for k, v in options.items() if v is not None})


def cmd_check(args: argparse.Namespace) -> ExitStatus:
    """Check a data file alone: every problem (line and field, or sheet and cell), else every arithmetic
    warning, and the parts of the outline a draft would leave 【待补充】 (these alone exit 0)."""
    from .draft.drafter import gap_notices
    from .errors import DataFileError
    from .io.loading import load_department_with_warnings
    from .io.workbook_reading import workbook_places

    try:
        data, warnings = load_department_with_warnings(args.data)
    except DataFileError as exc:
        if len(exc.problems) == 1:
            say(f"错误：{exc}")  # one problem: one line, as every command says it
        else:
            say(f"错误：{args.data}：共 {len(exc.problems)} 处问题")
            for problem in exc.problems:
                say(f"  {problem}")
        return ExitStatus.BAD_INPUT
    workbook = Path(args.data).suffix.lower() in (".xlsx", ".xlsm")
    for w in warnings:  # a workbook's warnings point at its cells, a data file's at its fields
        say(f"警告：{w.message}［{'、'.join(workbook_places(args.data, w.paths)) if workbook else ', '.join(w.paths)}］")
    gaps = gap_notices(data, workbook=workbook)
    for line in gaps:
        say(f"待补充：{line}")
    say(f"{args.data}：{data.department.name}{data.year}年度，" + (f"核对警告 {len(warnings)} 条" if warnings else "检查通过")
         + (f"；起草时 {len(gaps)} 部分缺数据未起草（见上）" if gaps else ""))
    return ExitStatus.FINDINGS if warnings else ExitStatus.OK


def cmd_template(args: argparse.Namespace) -> ExitStatus:
    """The Excel workbook to fill in: empty, or holding a data file's figures (``--data``)."""
    from .io.workbook_writer import write_workbook

    file_only(args.output)
    guard([args.output], args.data)
    data = _load_data(args.data) if args.data else None
    say(f"已写入 {write_workbook(args.output, data)}（填好后运行 jixiao check {args.output}）")
    return ExitStatus.OK


def cmd_demo(args: argparse.Namespace) -> ExitStatus:
    from .demo import run_demo

    run_demo(Path(args.out))
    return ExitStatus.OK


# -- parser (``cli_parser``) ----------------------------------------------------------------------

_HANDLERS = {"parse": cmd_parse, "schema": cmd_schema, "verify": cmd_verify, "review": cmd_review,
             "draft": cmd_draft, "check": cmd_check, "template": cmd_template, "demo": cmd_demo}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``command``, only that command's arguments (all a run of it parses)."""
    return cli_parser.build_parser(_HANDLERS, command)


# A command makes hundreds of thousands of objects (models, indexes, caches) and keeps most: with the
# collector's default young generation (700) a review of the sample spent a tenth of its CPU in
# collections that freed next to nothing. With 10,000 it still ran five (two young ones and an older
# one while the checks' modules loaded, 4-17 ms each: each walks every young table and index), about
# 40 ms; with 100,000 it runs none, and a cycle left as garbage waits at most that many allocations.
_YOUNG = 100_000


@contextmanager
def collector() -> Iterator[None]:
    """The command's garbage collector: a larger young generation; a program calling ``main`` gets
    its own setting back (and a collector switched off stays off)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _YOUNG) if old[0] else 0, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def main(argv: Sequence[str] | None = None, *, raise_errors: bool | None = None) -> int:
    """Run the CLI. Errors become one line on stderr; ``raise_errors`` (or JIXIAO_DEBUG=1) re-raises."""
    if raise_errors is None:
        raise_errors = os.environ.get("JIXIAO_DEBUG") == "1"
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser(argv[0] if argv and argv[0] in _HANDLERS else None).parse_args(argv)
    except SystemExit as done:  # --help, --version or a usage error, already printed
        if _flushed(ExitStatus.OK):
            raise SystemExit(ExitStatus.ENVIRONMENT) from None
        raise done from None
    except OSError as exc:  # --help or --version not written: stdout closed or full
        raise SystemExit(_flushed(ExitStatus.OK, exc)) from None
    with collector(), _terminate_as_interrupt():
        return _flushed(_main(args, raise_errors))


def run() -> int:
    """The ``jixiao`` program (and ``python -m drafting``): ``main`` with the command's collector
    setting (``collector``) kept to the end, then every object left frozen (``gc.freeze``), so no
    collection walks the objects the command made once it is done, in memory about to be given back.
    Before, ``main`` gave the default young generation back and the next allocation collected the run's
    objects (about 43,000 and the lexicon's loaded tables: 20-29 ms), and the exit's collection walked
    them all again (51 M instructions, 2%). Outputs are written and closed before ``main`` returns; a
    program calling ``main`` keeps its collector as it was, and gets pydantic's models (``_records_for``)."""
    global _program
    _program = True
    young, *older = gc.get_threshold()
    if young:  # a collector switched off stays off
        gc.set_threshold(max(young, _YOUNG), *older)
    status = main()
    gc.freeze()
    return status


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, a service stopping): the command ends as on Ctrl-C."""

    status = 128 + 15
    # set when the signal arrives: raised inside a library (pydantic building a validator on first use),
    # Terminated may come back wrapped in that library's own error, which is still the signal's doing;
    # ``interrupted`` likewise for Ctrl-C (SIGINT)
    arrived = False
    interrupted = False


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While the command runs, SIGTERM ends it as Ctrl-C does, through every ``finally``: a folder
    run's worker processes are stopped and its spool folder and half-written outputs removed, with
    one line and status 143. Python's default let the process die on the spot: the workers slept on
    for ever, orphaned, and the spool folder stayed in the temp folder. A handler a program calling
    ``main`` set is left alone, as is any thread but the main one (which cannot set handlers). Ctrl-C
    keeps Python's behaviour, noted as it arrives (see ``Terminated.interrupted``)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        Terminated.arrived = True
        raise Terminated

    def interrupt(signum: int, frame: object) -> None:
        Terminated.interrupted = True
        raise KeyboardInterrupt

    Terminated.arrived = Terminated.interrupted = False
    pairs: dict[signal.Signals, tuple[Any, Callable[[int, object], None]]] = {
        signal.SIGTERM: (signal.SIG_DFL, stop), signal.SIGINT: (signal.default_int_handler, interrupt)}
    ours = {sig: pair for sig, pair in pairs.items() if signal.getsignal(sig) is pair[0]}
    try:
        for sig, (_, handler) in ours.items():
            signal.signal(sig, handler)
    except ValueError:  # not the main thread, the only one that may set handlers (told so without threading)
        ours = {}
    try:
        yield
    finally:
        for sig, (default, _) in ours.items():
            signal.signal(sig, default)


def _flushed(status: int, exc: OSError | None = None) -> int:
    """``status`` once standard output is flushed; a reader that has gone or a full disk is one line
    and status 4 here (unless the command already ended on it), not a message of Python's at exit."""
    try:
        if exc is not None:
            raise exc
        sys.stdout.flush()
    except OSError as failed:
        if status != ExitStatus.ENVIRONMENT:
            say(failure(failed)[1])
        silence_stdout()
        return ExitStatus.ENVIRONMENT
    return status


_TERMINATED = "已中止：收到终止信号（SIGTERM）；未写完的输出和临时文件已删除"


def _main(args: argparse.Namespace, raise_errors: bool) -> int:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", InputWarning)
            warnings.showwarning = _show_warning
            return _run(args)
    except KeyboardInterrupt as exc:
        if not isinstance(exc, Terminated):
            return 130
        say(_TERMINATED)
        return Terminated.status
    except BaseException as exc:
        if Terminated.arrived and not isinstance(exc, SystemExit):
            say(_TERMINATED)  # the signal, raised inside a library that wrapped it in an error of its own
            return Terminated.status
        if Terminated.interrupted and not isinstance(exc, SystemExit):
            return 130  # Ctrl-C, likewise wrapped
        if raise_errors or isinstance(exc, SystemExit):
            raise
        status, line = failure(exc)
        say(line)
        if isinstance(exc, OSError):  # perhaps stdout's: its last flush must not fail again
            silence_stdout()
        return status


def _run(args: argparse.Namespace) -> int:
    """The command, with the patterns and the code earlier runs compiled put back first (start-up)
    and any new ones stored after (``io/regex_cache``, ``io/code_cache``)."""
    from .io import code_cache, regex_cache
    from .io.cache_folder import cache_dir

    folder = cache_dir()
    with regex_cache.first_characters():
        regex_cache.load(folder)
        with code_cache.active(folder), _without_pydantic_plugins():
            status = int(args.func(args))
        regex_cache.save(folder)
    return status


@contextmanager
def _without_pydantic_plugins() -> Iterator[None]:
    """pydantic looks for plugins (observers of every validation) among the entry points of every
    installed distribution when it builds the first model, 17 M instructions (about 0.6% of a review
    of the sample) for plugins the command has no use for; its documented switch turns that off while
    the command runs. A setting of the user's own is left as it is."""
    name = "PYDANTIC_DISABLE_PLUGINS"
    if name in os.environ:
        yield
        return
    os.environ[name] = "__all__"
    try:
        yield
    finally:
        os.environ.pop(name, None)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Input warnings (e.g. control characters removed) as one line each; others as Python shows them."""
    if issubclass(category, InputWarning):
        say(f"注意：{message}")
    else:
        say(warnings.formatwarning(message, category, filename, lineno, line).rstrip())
