"""What a folder review does with each reviewed report, in the process that reviewed it.

Why not in the CLI: ``folder.stream_folder`` calls this in its worker processes, so it must pickle
(a dataclass) and hand back only a small ``Row``: the reviewer's decisions applied (``--accept``
added), the report's output file written atomically, and, for a one-file output, the decided result
spooled until the whole document is written in file order.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import decisions as d
from .findings import ReviewResult, Severity
from .report import Report

__all__ = ["FolderOutput", "Row", "record_accepted"]


@dataclass(frozen=True)
class Row:
    """All the run keeps of one report: its line of the summary table and what ``--accept`` added."""

    name: str
    errors: int
    warnings: int
    infos: int
    worst: Severity | None
    added: tuple[dict[str, str], ...] = ()
    found: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FolderOutput:
    """``fmt`` and the output file of each report (``outputs``; none without ``-o``); the decisions
    file and its entries; the ids to ``accept``; ``spool``: where decided results wait for a one-file
    output."""

    fmt: str
    outputs: dict[Path, Path]
    decisions: Path
    entries: tuple[dict[str, str], ...] = ()
    accept: tuple[str, ...] = ()
    note: str = ""
    spool: Path | None = field(default=None)

    def __call__(self, path: Path, report: Report, result: ReviewResult) -> Row:
        name = d.report_key(path, self.decisions)
        added: list[dict[str, str]] = []
        found: set[str] = set()
        if self.accept:
            present = {f.id for f in result.findings}
            found = {i for i in self.accept if i in present}
            wanted = [i for i in self.accept if i == d.ACCEPT_ALL or i in present]
            if wanted:
                every, _ = d.accept(self.entries, [(name, result)], wanted, note=self.note)
                added = every[len(self.entries):]
        decided = d.apply_decisions(result, [*self.entries, *added], name)
        if path in self.outputs:
            self._write(path, report, decided, self.outputs[path])
        if self.spool is not None:
            self._spooled(path).write_bytes(pickle.dumps(decided, protocol=pickle.HIGHEST_PROTOCOL))
        counts = decided.summary.by_severity
        return Row(path.name, counts.get("error", 0), counts.get("warning", 0), counts.get("info", 0),
                   decided.worst(), tuple(added), frozenset(found))

    def results(self, files: list[Path]) -> Iterator[ReviewResult]:
        """The decided results, read back from the spool one at a time, in file order."""
        for path in files:
            yield pickle.loads(self._spooled(path).read_bytes())

    def write_document(self, out: Path, files: list[Path], table: str) -> None:
        """The one-file output (-o X.json or X.md), written piece by piece from the spool, atomically."""
        from .io.atomic import write_atomic
        from .render import folder_document_parts

        def write(tmp: Path) -> None:
            with tmp.open("w", encoding="utf-8") as fh:
                fh.writelines(folder_document_parts(self.results(files), self.fmt, table))

        write_atomic(out, write)

    def print_document(self, files: list[Path], table: str) -> None:
        """The same document to standard output (no -o, or -o -), piece by piece."""
        import sys

        from .render import folder_document_parts

        sys.stdout.writelines(folder_document_parts(self.results(files), self.fmt, table))

    def _spooled(self, path: Path) -> Path:
        assert self.spool is not None
        return self.spool / (hashlib.sha1(str(path).encode("utf-8")).hexdigest() + ".pickle")

    def _write(self, path: Path, report: Report, result: ReviewResult, out: Path) -> None:
        from .io.atomic import write_text
        from .render import findings_html, findings_json, findings_markdown

        if self.fmt == "docx":
            from .io.docx_writer import write_commented_docx

            write_commented_docx(report, result.findings, out, source=path if path.suffix.lower() == ".docx" else None)
        elif self.fmt == "html":
            write_text(out, findings_html(result, report))
        else:
            write_text(out, (findings_json if self.fmt == "json" else findings_markdown)(result))


def record_accepted(ids: list[str], where: Path, entries: tuple[dict[str, str], ...], rows: list[Row]) -> int:
    """Add what ``--accept`` took in each report to the decisions file (in file order); an id that no
    report has is refused, naming it. Returns the number of entries added."""
    missing = set(ids) - {d.ACCEPT_ALL} - {i for r in rows for i in r.found}
    if missing:
        d.accept(entries, [], sorted(missing))  # raises InputError naming the ids no finding has
    added = [e for r in rows for e in r.added]
    d.write_decisions(where, [*entries, *added])
    return len(added)
