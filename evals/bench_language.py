"""The language checks' speed (issue 10): a 50,000-character report in under 0.5 s after start-up.

The report is real-looking text that does not repeat itself much (the checks read each distinct run
of Chinese characters once, so a report made of copies would flatter them): the clean reports of the
synthetic and styles suites, then the fixtures' reports, joined until 50,000 characters. Start-up
(``typos.lexicon()``: opening the lexicon file, reading the vocabulary and shape tables, compiling the
curated confusions) is timed apart, once. The checks (``check_typos`` and ``check_language``) are
timed as a review runs them, on the report held still (its units built once, inside the time): first
with every per-character cache emptied and no bucket of the lexicon file loaded (the first report a
process reads: the buckets it needs are read inside the time), then as the best of three (a folder
run's later reports). CPU seconds of this process; wall seconds beside them.

Side by side, the sample's review in a fresh process (CPU of the whole command, start-up included):
the first run, which builds the lexicon file from jieba's dictionary and pypinyin's tables, against
later runs, which read it (``JIXIAO_CACHE_DIR`` set to a new temporary folder, so the first run is
really the first).

    python -m evals.bench_language
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafting.checks import typos, typos_candidates
from drafting.checks.language import check_language
from drafting.io.reading import read_report
from drafting.report import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
TARGET = 50_000
LIMIT_S = 0.5


def _sources() -> list[Path]:
    from .language_clean import _clean_reports

    return [*_clean_reports(), *sorted((ROOT / "fixtures").glob("*/report.txt"))]


def long_report(chars: int = TARGET) -> Report:
    blocks: list[Any] = []
    size = 0
    while size < chars:
        for path in _sources():
            for block in read_report(path).blocks:
                n = len(Report(blocks=[block]).plain_text())
                if size + n > chars:
                    continue  # a smaller block may still fit
                blocks.append(block)
                size += n
                if size > chars - 100:
                    return Report(blocks=blocks)
    return Report(blocks=blocks)


def _checks(report: Report) -> int:
    """The language checks as a review runs them: on the report held still (its units built once,
    here inside the time)."""
    with report.held_still():
        return len(typos.check_typos(report)) + len(check_language(report))


def _clear_caches() -> None:
    c = typos_candidates
    for fn in (c._reading, c._word_readings, c._fuzzy, c._fuzzy_readings, c._live_readings, c.alike):
        fn.cache_clear()


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(CPU seconds, wall seconds, result)."""
    cpu, wall = time.process_time(), time.perf_counter()
    out = fn()
    return time.process_time() - cpu, time.perf_counter() - wall, out


def _child_cpu(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, capture_output=True, cwd=ROOT, check=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def review_cpu() -> dict[str, float]:
    """CPU seconds of ``jixiao review`` of the sample in a new process: the first (the lexicon file
    built) and the best of two later runs (read)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "JIXIAO_CACHE_DIR": str(Path(tmp) / "cache")}
        argv = [sys.executable, "-m", "drafting", "review", str(SAMPLE), "--format", "json",
                "-o", str(Path(tmp) / "s.json")]
        first = _child_cpu(argv, env)
        later = min(_child_cpu(argv, env) for _ in range(2))
    return {"first": round(first, 2), "later": round(later, 2)}


def _first_report(command_gc: bool) -> float:
    """CPU seconds of the first report's checks in this (fresh) process; with ``command_gc``, under the
    garbage-collector setting ``jixiao review`` runs with (``cli.collector``)."""
    from contextlib import nullcontext

    from drafting.cli import collector

    report = long_report()
    with collector() if command_gc else nullcontext():
        typos.lexicon()
        return _timed(lambda: _checks(report))[0]


def fresh_firsts(runs: int = 3) -> dict[str, float]:
    """The first report's checks in fresh processes, Python's default collector and the command's taken
    in turn (medians): a process's first report is what a single review pays."""
    times: dict[str, list[float]] = {"default": [], "command": []}
    for _ in range(runs):
        for name in times:
            argv = [sys.executable, "-c", "import sys; from evals.bench_language import _first_report; "
                    f"print(_first_report({name == 'command'}))"]
            out = subprocess.run(argv, capture_output=True, cwd=ROOT, check=True, text=True).stdout
            times[name].append(float(out.strip().splitlines()[-1]))
    return {name: round(statistics.median(v), 3) for name, v in times.items()}


def run() -> dict[str, Any]:
    fresh = fresh_firsts()
    processes = review_cpu()
    report = long_report()
    typos.lexicon.cache_clear()
    startup, startup_wall, _ = _timed(typos.lexicon)
    _clear_caches()
    first, first_wall, findings = _timed(lambda: _checks(report))
    best = min((_timed(lambda: _checks(report)) for _ in range(3)), key=lambda t: t[0])
    return {"chars": len(report.plain_text()), "startup_s": round(startup, 3), "first_s": round(first, 3),
            "best_s": round(best[0], 3), "wall_s": [round(startup_wall, 3), round(first_wall, 3), round(best[1], 3)],
            "findings": findings, "limit_s": LIMIT_S, "review_cpu": processes, "fresh": fresh}


def to_lines(r: dict[str, Any]) -> list[str]:
    ok = "met" if r["first_s"] < r["limit_s"] else "not met"
    wall, cpu = r["wall_s"], r["review_cpu"]
    return ["| measure | CPU s | wall s |", "|---|---:|---:|",
            f"| start-up: the lexicon file opened, the curated confusions compiled (once per process) | {r['startup_s']:.3f} | {wall[0]:.3f} |",
            f"| language checks, {r['chars']:,} characters, first report (caches empty) | {r['first_s']:.3f} | {wall[1]:.3f} |",
            f"| same, best of three (a folder's later reports) | {r['best_s']:.3f} | {wall[2]:.3f} |",
            f"| first report in a fresh process, median of 3: Python's default collector | {r['fresh']['default']:.3f} | |",
            f"| same, under the collector setting `jixiao review` runs with | {r['fresh']['command']:.3f} | |", "",
            f"Target: under {r['limit_s']} s after start-up — {ok}. Findings: {r['findings']} (the fixtures include the sample, with its own slips).",
            "", "| the sample's review in a new process | CPU s |", "|---|---:|",
            f"| first run: the lexicon file built | {cpu['first']:.2f} |",
            f"| later runs: the file read | {cpu['later']:.2f} |",
            f"| ratio first / later | {cpu['first'] / cpu['later']:.1f} |"]


if __name__ == "__main__":
    print("\n".join(to_lines(run())))
