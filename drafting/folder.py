"""Reviewing a folder of reports: each report on its own, then boilerplate shared across them.

Why in the library: a county finance bureau reviews every unit's report at once; tools built on
jixiao need the same results the CLI prints, without parsing its table.

Why memory stays flat with the number of reports (``stream_folder``): each report is read, reviewed,
keyed for the cross-report step (``paragraph_keys``) and handed to ``finish`` — which writes its
output — in the process that reviewed it; only the keys and what ``finish`` returns come back. The
reports that share a paragraph with another are read again at the end and finished once more with
those findings added (their own findings wait in a spool file meanwhile), so no report, text or
finding is held for the whole run.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import tempfile
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from .checks.crossreport import BoilerplateIndex, ParagraphKey, Share, paragraph_keys, share_findings
from .department import DepartmentData
from .errors import EnvironmentFailure, InputError, InputWarning
from .findings import ReviewResult, Severity, with_ids, with_place_labels
from .io import temporaries
from .io.reading import read_report
from .numbers.memo import clear_text_caches
from .processes import default_jobs, die_with_parent
from .report import Report
from .review import ReviewOptions, review

__all__ = ["REPORT_SUFFIXES", "FolderReview", "ReviewedFile", "default_jobs", "report_files", "review_folder",
           "stream_folder"]

REPORT_SUFFIXES = {".docx", ".txt", ".text", ".pdf", ".doc", ".wps"}
LEGACY_SUFFIXES = {".doc", ".wps"}  # Word 97–2003 files (WPS saves .doc and .wps in that format)
T = TypeVar("T")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ReviewedFile:
    path: Path
    report: Report
    result: ReviewResult


@dataclass(frozen=True)
class FolderReview:
    files: list[ReviewedFile]

    def worst(self) -> Severity | None:
        worst = [w for f in self.files if (w := f.result.worst()) is not None]
        return max(worst, key=lambda s: s.rank) if worst else None


def report_files(folder: Path, exclude: Path | None = None) -> list[Path]:
    """Every .docx, .doc/.wps, .pdf and .txt report under ``folder``, hidden files and ``exclude`` (an output
    folder inside the input folder, holding earlier outputs) left out, in a stable order. A PDF beside a
    .docx, .doc or .txt of its name is that report printed (``printed_copies``): the editable one is read;
    a .doc beside a .docx of its name is its older copy (``legacy_copies``): the .docx is read."""
    skip = exclude.resolve() if exclude is not None else None
    unreadable: list[OSError] = []
    files = []
    # ``os.walk``, not ``Path.rglob``: rglob skips a folder it may not list without a word, so the
    # reports in it were left out of the review and the run exited 0. Links to folders are not
    # followed (as rglob did not follow them).
    for top, folders, names in os.walk(folder, onerror=unreadable.append):
        here = Path(top)
        if skip is not None:
            folders[:] = [f for f in folders if not (here / f).resolve().is_relative_to(skip)]
        for name in [*folders, *names]:
            p = here / name
            if p.suffix.lower() in REPORT_SUFFIXES and not name.startswith(".") and _is_file(p, unreadable) \
                    and not (skip is not None and p.resolve().is_relative_to(skip)):
                files.append(p)
    if unreadable:  # refused, as an unreadable report is: a review that silently left reports out would pass
        exc = unreadable[0]
        why = "没有读取权限" if isinstance(exc, PermissionError) else f"无法读取（{exc.strerror or exc}）"
        more = f"（另有 {len(unreadable) - 1} 处）" if len(unreadable) > 1 else ""
        raise InputError(f"{why}{more}，其中的报告无法审核；请检查权限，或只审核可读的文件夹",
                         path=exc.filename or folder)
    if not files:
        raise InputError("文件夹中没有 .docx、.doc、.pdf 或 .txt 报告", path=folder)
    printed = printed_copies(files)
    if printed:
        first = min(printed)
        warnings.warn(InputWarning(f"未审核 {len(printed)} 个 PDF（如 {first.name}）：同一文件夹中有同名的 .docx 或 .txt，"
                                   "审核的是那份可编辑的原稿"), stacklevel=2)
    legacy = legacy_copies(files)
    if legacy:
        first = min(legacy)
        warnings.warn(InputWarning(f"未审核 {len(legacy)} 个旧版 Word 文件（如 {first.name}）：同一文件夹中有同名的 .docx，"
                                   "审核的是 .docx"), stacklevel=2)
    return sorted(set(files) - printed - legacy)


def printed_copies(files: list[Path]) -> set[Path]:
    """The PDFs among ``files`` that have a .docx or .txt of the same name in their folder.

    Why: a unit publishes its report as PDF and keeps the Word file beside it; reviewed both, one
    report would be two, each the other's copy (the cross-report step flags every paragraph), with
    twice the findings."""
    stems = {f.with_suffix("") for f in files if f.suffix.lower() != ".pdf"}
    return {f for f in files if f.suffix.lower() == ".pdf" and f.with_suffix("") in stems}


def legacy_copies(files: list[Path]) -> set[Path]:
    """The .doc/.wps files among ``files`` that have a .docx of the same name in their folder: the
    report saved again in Word's newer format (reviewed both, one report would be two, as a PDF's)."""
    stems = {f.with_suffix("") for f in files if f.suffix.lower() == ".docx"}
    return {f for f in files if f.suffix.lower() in LEGACY_SUFFIXES and f.with_suffix("") in stems}


def _is_file(path: Path, unreadable: list[OSError]) -> bool:
    """``path`` is a regular file (links followed); one that cannot be looked at (its folder may be
    listed but not entered) is noted in ``unreadable``; a dangling link is not a report."""
    try:
        return path.is_file()  # False for a missing target; raises for a file that cannot be looked at
    except OSError as exc:
        unreadable.append(exc)
        return False


def review_folder(
    folder: str | Path,
    data: DepartmentData | None = None,
    prior: Report | None = None,
    options: ReviewOptions | None = None,
    progress: Progress | None = None,
    *,
    jobs: int = 1,
    files: list[Path] | None = None,
) -> FolderReview:
    """Review every report in ``folder`` (with the same options, the judge included) and add the
    boilerplate each shares with the others. ``jobs`` > 1 reviews reports in that many processes;
    the result is the same as with one. Every report and result is kept, for tools that want them;
    ``stream_folder`` keeps none."""
    files = files if files is not None else report_files(Path(folder))
    return FolderReview(stream_folder(files, ReviewedFile, data, prior, options, progress, jobs=jobs))


def stream_folder(
    files: list[Path],
    finish: Callable[[Path, Report, ReviewResult], T],
    data: DepartmentData | None = None,
    prior: Report | None = None,
    options: ReviewOptions | None = None,
    progress: Progress | None = None,
    *,
    jobs: int = 1,
) -> list[T]:
    """``finish(path, report, result)`` of every file, in file order. ``finish`` runs where the
    report was reviewed (with ``jobs`` > 1 a worker process, so it must pickle: a module-level
    function or a dataclass) as soon as it is reviewed, and once more at the end for a report that
    shares paragraphs with another, now with those findings; its last value is the one returned.
    ``progress(i, n, label)`` is told as each report is done."""
    out: list[Any] = [None] * len(files)
    with tempfile.TemporaryDirectory(prefix="jixiao-folder-") as spool, \
            _Runner(_Job(data, prior, options, finish, Path(spool)), jobs) as runner:
        index = BoilerplateIndex()
        waiting: dict[int, tuple[str, list[ParagraphKey]]] = {}
        for n, (i, source, value, keys) in enumerate(runner.map(_first, list(enumerate(files))), 1):
            if progress:
                progress(n, len(files), files[i].name)
            out[i] = value
            waiting[i] = (source, keys)
            while len(index.sources) in waiting:  # the index is fed in file order: the same groups
                index.add(*waiting.pop(len(index.sources)))
        shares = index.shares()
        del index
        tasks = [(i, files[i], s) for i, s in sorted(shares.items())]
        for n, (i, value) in enumerate(runner.map(_second, tasks), 1):
            if progress:
                progress(n, len(tasks), f"跨报告比对 {files[i].name}")
            out[i] = value
    return out


@dataclass(frozen=True)
class _Job(Generic[T]):
    """What every task needs, given to each worker once (inherited when forked)."""

    data: DepartmentData | None
    prior: Report | None
    options: ReviewOptions | None
    finish: Callable[[Path, Report, ReviewResult], T]
    spool: Path


_JOB: _Job | None = None
_SIGNED: dict[bytes, Any] = {}  # signatures of paragraphs this process has keyed (a template recurs)


def _start(job: _Job | None) -> None:
    global _JOB
    _JOB = job
    _SIGNED.clear()


def _job() -> _Job:
    assert _JOB is not None, "a folder task ran outside stream_folder"
    return _JOB


def _first(task: tuple[int, Path]) -> tuple[int, str, Any, list[ParagraphKey]]:
    """Read, review, spool the findings, finish; the paragraph keys go back to the index."""
    i, path = task
    job = _job()
    report = read_report(path)
    result = review(report, data=job.data, prior=job.prior, options=job.options)
    result = ReviewResult.of(result.findings, source=str(path))
    spooled = (_stamp(path), result)
    (job.spool / f"{i}.pickle").write_bytes(pickle.dumps(spooled, protocol=pickle.HIGHEST_PROTOCOL))
    if len(_SIGNED) > 20_000:
        _SIGNED.clear()
    keys = paragraph_keys(report, signed=_SIGNED)
    value = job.finish(path, report, result)
    clear_text_caches()  # the next report has other paragraphs: memory stays flat with the count
    return i, report.source or f"#{i}", value, keys


def _second(task: tuple[int, Path, list[Share]]) -> tuple[int, Any]:
    """A report that shares paragraphs with others: read again, finished with those findings added."""
    i, path, shares = task
    job = _job()
    spooled = job.spool / f"{i}.pickle"
    stamp, own = pickle.loads(spooled.read_bytes())
    spooled.unlink()  # here, in parallel, not all at the end by the parent while both cores wait
    if _stamp(path) != stamp:
        raise InputError("报告在审核过程中被修改或替换；请在文件不再变动时重新审核", path=path)
    report = read_report(path)
    mine = with_ids(with_place_labels(share_findings(report, shares), report), report)
    value = job.finish(path, report, ReviewResult.of(own.findings + mine, source=str(path)))
    clear_text_caches()
    return i, value


def _stamp(path: Path) -> tuple[int, int, int]:
    """Size, modification time and inode: the second pass reads the same file the first reviewed."""
    try:
        st = path.stat()
    except OSError:
        return (-1, -1, -1)
    return st.st_size, st.st_mtime_ns, st.st_ino


class _Runner:
    """Runs tasks here (``jobs`` 1), or in a pool of worker processes made when first needed, after
    this process has run one task itself: forked workers then share what it loaded (lexicons,
    compiled patterns) instead of each loading them again. Results come back as they are done.

    Why ``concurrent.futures`` and not ``multiprocessing.Pool``: a worker that dies (killed by the
    system for memory, or by hand) loses its task, and ``Pool`` waited for that task for ever; here
    the run ends with one line (``EnvironmentFailure``, exit 4). Workers leave Ctrl-C to this process,
    which stops them, so one interrupt is one message, not one traceback a worker."""

    def __init__(self, job: _Job, jobs: int) -> None:
        self.job, self.jobs = job, jobs
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        _start(self.job)
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            if kind is not None:  # an error or an interrupt: the reports still running are not waited for
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.terminate()  # a worker's SIGTERM removes its temporary files and ends it
            pool.shutdown(wait=True, cancel_futures=True)
        _start(None)

    def map(self, fn: Callable[[Any], T], tasks: list[Any]) -> Iterator[T]:
        if self.pool is None and (self.jobs <= 1 or len(tasks) <= 2):
            yield from map(fn, tasks)
            return
        if self.pool is None:
            yield fn(tasks[0])
            tasks = tasks[1:]
        chunks = _chunks(tasks, self.jobs)
        gc.freeze()  # what is loaded now stays untouched by the collector: shared pages stay shared
        mask = _hold_stops()  # till each worker has its own handlers (``_worker``)
        try:
            if self.pool is None:
                _PARENT[:] = [os.getpid()]
                self.pool = ProcessPoolExecutor(min(self.jobs, len(tasks)), mp_context=_context(),
                                                initializer=_worker, initargs=(self.job,))
            pending = {self.pool.submit(_each, fn, chunk) for chunk in chunks}  # forks the workers
        finally:
            gc.unfreeze()
            _MASK.clear()
            if mask is not None:  # last: a Ctrl-C held till now is raised here
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        try:
            for done in as_completed(pending):
                pending.discard(done)
                yield from done.result()
        except BrokenProcessPool:
            raise EnvironmentFailure("一个审核进程意外终止（可能被系统因内存不足结束）；请重新运行，"
                                     "或用 --jobs 1 逐份审核") from None


def _worker(job: _Job | None) -> None:
    """A worker's start: Ctrl-C is the parent's to handle; SIGTERM (the parent stopping the run)
    ends it at once, its half-written temporary files removed (``_stop``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    if _MASK:  # a Ctrl-C held since the fork is dropped (ignored); a SIGTERM is taken now
        signal.pthread_sigmask(signal.SIG_SETMASK, _MASK[0])
    _die_with_parent()
    _start(job)


_STOPS = {signal.SIGINT, signal.SIGTERM}
_MASK: list[Any] = []  # the parent's signal mask while it forks workers, for them to restore


def _hold_stops() -> Any:
    """Ctrl-C and SIGTERM held back (blocked) in this thread while it forks workers; the mask before,
    or None where masks are not available. A forked worker starts with the parent's handlers: a
    Ctrl-C before its own were set raised KeyboardInterrupt there, and multiprocessing printed
    "Process ForkProcess-2:" and a traceback. Held, a Ctrl-C waits until the worker ignores it (and
    is dropped) and the parent's is taken when the workers are made."""
    if not hasattr(signal, "pthread_sigmask") or _context().get_start_method() != "fork":
        return None
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    _MASK[:] = [mask]
    return mask


_PARENT: list[int] = []  # the process that made the pool, set before it forks


def _die_with_parent() -> None:
    """The workers waited on their task queue for ever once the parent was killed (SIGKILL, or by the
    system for memory), orphaned, each holding the loaded lexicon (``processes.die_with_parent``)."""
    if _PARENT:
        die_with_parent(_PARENT[0])


def _stop(signum: int, frame: object) -> None:
    """SIGTERM in a worker (the parent stopping the run): the temporary files it is writing are
    removed and it exits, at once, wherever the signal lands (inside a rename of several files, at
    its end). Not by raising an exception through the task: one raised in a finalizer (a ``__del__``,
    a generator the collector closes) printed "Exception ignored in …" with a traceback and the task
    went on, and one raised right after a temporary file was made left it behind."""

    def end() -> None:
        temporaries.remove_all()
        os._exit(128 + signum)

    temporaries.stop_safely(end)


def _each(fn: Callable[[Any], T], tasks: list[Any]) -> list[T]:
    return [fn(task) for task in tasks]


def _chunks(tasks: list[T], jobs: int) -> list[list[T]]:
    """Up to 4 tasks a chunk (one message each way for several reports), and the last ``4 · jobs``
    tasks one a chunk: every worker then ends within one report of the others, not one chunk, before
    the cross-report step (which waits for all of them) or the end of the run."""
    size = max(1, min(4, len(tasks) // (jobs * 16)))
    bulk = max(0, len(tasks) - 4 * jobs) // size * size
    return [tasks[k:k + size] for k in range(0, bulk, size)] + [[t] for t in tasks[bulk:]]


def _context() -> multiprocessing.context.BaseContext:
    """fork where it exists (workers share the parent's loaded lexicons), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
