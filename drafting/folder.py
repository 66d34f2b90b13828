"""Reviewing a folder of reports: each report on its own, then boilerplate shared across them.

Why in the library: a county finance bureau reviews every unit's report at once; tools built on
jixiao need the same results the CLI prints, without parsing its table.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .checks.crossreport import boilerplate_findings
from .department import DepartmentData
from .errors import InputError
from .findings import ReviewResult, Severity, with_ids, with_place_labels
from .io.reading import read_report
from .report import Report
from .review import ReviewOptions, review

__all__ = ["REPORT_SUFFIXES", "FolderReview", "ReviewedFile", "default_jobs", "report_files", "review_folder"]

REPORT_SUFFIXES = {".docx", ".txt", ".text"}


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
    """Every .docx and .txt report under ``folder``, hidden files and ``exclude`` (an output folder
    inside the input folder, holding earlier outputs) left out, in a stable order."""
    skip = exclude.resolve() if exclude is not None else None
    files = sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".") and p.is_file()
        and not (skip is not None and p.resolve().is_relative_to(skip))
    )
    if not files:
        raise InputError("文件夹中没有 .docx 或 .txt 报告", path=folder)
    return files


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def review_folder(
    folder: str | Path,
    data: DepartmentData | None = None,
    prior: Report | None = None,
    options: ReviewOptions | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
    *,
    jobs: int = 1,
    files: list[Path] | None = None,
) -> FolderReview:
    """Review every report in ``folder`` (with the same options, the judge included) and add the
    boilerplate each shares with the others. ``jobs`` > 1 reviews reports in that many processes;
    the result is the same as with one (reports come back in file order)."""
    files = files if files is not None else report_files(Path(folder))
    reviewed = list(_review_each(files, data, prior, options, progress, jobs))
    shared = boilerplate_findings([r for _, r, _ in reviewed])
    done: list[ReviewedFile] = []
    for path, report, result in reviewed:
        mine = with_ids(with_place_labels(shared.get(report.source or "", []), report), report)
        done.append(ReviewedFile(path, report, ReviewResult.of(result.findings + mine, source=str(path))))
    return FolderReview(done)



_Done = tuple[Path, Report, ReviewResult]


def _review_one(path: Path, data: DepartmentData | None, prior: Report | None,
                options: ReviewOptions | None) -> _Done:
    report = read_report(path)
    return path, report, review(report, data=data, prior=prior, options=options)


def _review_each(files: list[Path], data: DepartmentData | None, prior: Report | None,
                 options: ReviewOptions | None, progress: Callable[[int, int, Path], None] | None,
                 jobs: int) -> Iterator[_Done]:
    """Each file reviewed, in file order. The first is reviewed here before any worker starts, so
    forked workers inherit the lexicons it loaded instead of each loading them again."""
    n = len(files)
    for i, path in enumerate(files[:1] if jobs > 1 else files, 1):
        if progress:
            progress(i, n, path)
        yield _review_one(path, data, prior, options)
    rest = files[1:]
    if jobs <= 1 or not rest:
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(rest)), mp_context=_context()) as pool:
        done = pool.map(_review_one, rest, *(itertools.repeat(x, len(rest)) for x in (data, prior, options)),
                        chunksize=max(1, len(rest) // (jobs * 8)))
        for i, item in enumerate(done, 2):
            if progress:
                progress(i, n, item[0])
            yield item


def _context() -> multiprocessing.context.BaseContext:
    """fork where it exists (workers share the parent's loaded lexicons), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
