"""``jixiao review FOLDER``: every report reviewed, each one's output written where ``-o`` says, and a
summary table.

Where the reviews go, as for one report: ``-o DIR`` one file a report (mirroring the subfolders),
``-o all.md`` / ``all.json`` one file for the folder; without ``-o`` (or with ``-o -``) md and json go
to the terminal, the same document ``-o all.md`` writes (a folder review printed only its table, and
the findings were nowhere), and html and docx go beside the input, into the folder ``<FOLDER>.审核``
(never inside it: a later review of the folder would take the commented copies for reports).
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

from .cli_exit import ExitStatus
from .cli_output import file_only, guard, say
from .cli_progress import ProgressLine
from .errors import InputError

__all__ = ["folder_targets", "review_folder"]


def review_folder(folder: Path, args, data, prior, threshold) -> ExitStatus:
    """Each report's output written as soon as it is reviewed (in the worker that reviewed it); the
    run keeps one summary row a report, so memory does not grow with the folder."""
    import tempfile

    from . import decisions as d
    from .folder import stream_folder
    from .folder_output import FolderOutput, record_accepted
    from .processes import default_jobs
    from .render import folder_summary_table
    from .review import ReviewOptions

    files, out, one_file, outputs = folder_targets(args, folder)
    printed = args.format in ("md", "json") and out is None  # the whole document, to the terminal
    where = d.decisions_path(folder, args.decisions)
    entries = tuple(d.read_decisions(where))
    with tempfile.TemporaryDirectory(prefix="jixiao-") as spool:
        sink = FolderOutput(args.format, outputs, where, entries, tuple(args.accept or ()), args.note or "",
                            Path(spool) if one_file or printed else None)
        shown = args.progress or sys.stderr.isatty()  # as for one report: a log file gets no redraws
        with ProgressLine() if shown else nullcontext() as line:  # cleared at the end: an error stands alone
            options = ReviewOptions(judge=args.judge, stock_claims=args.stock_claims, standard_forms=args.standard_forms)
            rows = stream_folder(files, sink, data, prior, options,
                                 progress=line, jobs=args.jobs or default_jobs())
        if args.accept:
            say(f"已接受 {record_accepted(args.accept, where, entries, rows)} 条审核意见，记入 {where}（删除其中一条即恢复提示）")
        table = folder_summary_table([(r.name, r.errors, r.warnings, r.infos) for r in rows])
        if out is not None and one_file:
            sink.write_document(out, files, table)
            say(f"已写入 {out}")
        elif printed:
            sink.print_document(files, table)
    if outputs:
        say(f"已写入 {len(outputs)} 份审核结果到 {out}")
    if printed and args.format == "json":
        say(table)  # the terminal's JSON stays JSON; the summary beside it
    elif not (printed and args.format == "md"):  # the Markdown opens with the table
        print(table)
    worst = [r.worst for r in rows if r.worst is not None]
    return ExitStatus.FINDINGS if worst and max(w.rank for w in worst) >= threshold.rank else ExitStatus.OK


def folder_targets(args, folder: Path) -> tuple[list[Path], Path | None, bool, dict]:
    """The reports to review and where their reviews go: -o X.md or X.json names one file (never a
    directory called X.md); any other -o is a folder mirroring the input's subfolders; without -o,
    html and docx go to ``<FOLDER>.审核`` beside the folder (md and json to the terminal: no output
    path). No output may land on an input."""
    from .folder import report_files
    from .io.paths import folder_outputs

    given = None if args.output == "-" and args.format in ("md", "json") else args.output
    file_only(given)
    out = Path(given) if given else _beside(folder) if args.format in ("html", "docx") else None
    one_file = out is not None and out.suffix.lower() in (".md", ".json", ".html", ".htm", ".docx") and not out.is_dir()
    if out is not None and one_file and args.format not in ("md", "json"):
        raise InputError(f"文件夹审核输出 {args.format} 时 -o 应为一个目录（每份报告一个文件），"
                         f"不能是 {out.name}", path=out)
    out_dir = out if out is not None and not one_file else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise InputError("审核文件夹时 -o 应为一个文件夹（每份报告一个输出文件）", path=out_dir)
    files = report_files(folder, exclude=out_dir)
    ext = {"json": ".json", "md": ".md", "html": ".html", "docx": ".docx"}[args.format]
    outputs = folder_outputs(files, folder, out_dir, ext) if out_dir else {}
    guard([*outputs.values(), *([out] if one_file else [])], *files, args.data, args.prior)
    return files, out, one_file, outputs


def _beside(folder: Path) -> Path:
    """``<FOLDER>.审核`` beside the reviewed folder, where a page or commented copy of one report goes
    beside the report."""
    whole = folder.resolve()
    if not whole.name:
        raise InputError("审核根目录时请用 -o 指定输出文件夹", path=folder)
    return whole.with_name(whole.name + ".审核")
