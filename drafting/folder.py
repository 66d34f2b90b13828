"""Reviewing a folder of reports: each report on its own, then boilerplate shared across them.

Why in the library: a county finance bureau reviews every unit's report at once; tools built on
jixiao need the same results the CLI prints, without parsing its table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .checks.crossreport import boilerplate_findings
from .department import DepartmentData
from .errors import InputError
from .findings import ReviewResult, Severity, with_ids, with_place_labels
from .io.reading import read_report
from .report import Report
from .review import ReviewOptions, review

__all__ = ["REPORT_SUFFIXES", "FolderReview", "ReviewedFile", "review_folder"]

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


def report_files(folder: Path) -> list[Path]:
    """Every .docx and .txt report under ``folder``, hidden files left out, in a stable order."""
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith("."))
    if not files:
        raise InputError("文件夹中没有 .docx 或 .txt 报告", path=folder)
    return files


def review_folder(
    folder: str | Path,
    data: DepartmentData | None = None,
    prior: Report | None = None,
    options: ReviewOptions | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> FolderReview:
    """Review every report in ``folder`` (with the same options, the judge included) and add the
    boilerplate each shares with the others."""
    files = report_files(Path(folder))
    reviewed = []
    for i, path in enumerate(files, 1):
        if progress:
            progress(i, len(files), path)
        report = read_report(path)
        reviewed.append((path, report, review(report, data=data, prior=prior, options=options)))
    shared = boilerplate_findings([r for _, r, _ in reviewed])
    done: list[ReviewedFile] = []
    for path, report, result in reviewed:
        mine = with_ids(with_place_labels(shared.get(report.source or "", []), report), report)
        done.append(ReviewedFile(path, report, ReviewResult.of(result.findings + mine, source=str(path))))
    return FolderReview(done)
