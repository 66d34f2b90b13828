"""The sample's review from a fresh process, start-up included (issue 14: at most 0.3 s of CPU), before
and after, side by side in one run; writes evals/results/bench_startup.md (``make bench``).

Two measures, each the median of ``--runs`` fresh processes, the two versions taken in turn so that
the machine's load falls on both alike:

1. ``jixiao review SAMPLE --format json -o OUT`` as a user runs it: the CPU of the whole process
   (``os.wait4``), and whether the two JSON outputs are the same.
2. Where that CPU goes, from a driver that takes the CLI's steps one at a time inside the process:
   the interpreter's own start (before the first line runs), the compiled patterns
   (``io/regex_cache``) and code (``io/code_cache``) put back where the version has them, imports,
   opening the lexicon file, reading the report, each check, and writing the JSON; with the
   command's garbage-collector setting where the version has one (``cli.collector``), from the CLI
   module's import on, as ``main`` runs.

Both versions run in the same interpreter and virtual environment, each with its own cache folder
(the lexicon file is named by the code that builds it); a first run of each builds its files and is
reported apart. Bytecode is written as Python normally does (``PYTHONDONTWRITEBYTECODE`` unset), so
imports read ``.pyc`` files as an installed copy does.

    python -m evals.bench_startup [--before REV] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from drafting.io.atomic import write_text

from .bench_speed import unpack
from .shared import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
OUT = ROOT / "evals" / "results" / "bench_startup.md"
BEFORE = "5abb1fd"  # main before the third round of start-up work (issue 14)
TARGET_S = 0.3

# the CLI's review, one step at a time; prints the CPU seconds of each step as JSON
_DRIVER = r"""
import json, sys, time
steps = {"interpreter start-up": time.process_time()}
def mark(name, _last=[steps["interpreter start-up"]]):
    now = time.process_time()
    steps[name] = steps.get(name, 0.0) + now - _last[0]
    _last[0] = now
try:
    from drafting.io import regex_cache
    from drafting.io.cache_folder import cache_dir
    regex_cache.load(cache_dir())
    mark("compiled patterns put back")
except ImportError:
    regex_cache = None
try:  # the code dataclasses and typing compile from text, as the CLI's run puts it back
    from drafting.io import code_cache
    compiled_code = code_cache.active(cache_dir())
    compiled_code.__enter__()
    mark("compiled code put back")
except (ImportError, NameError):
    compiled_code = None
import drafting.cli
if hasattr(drafting.cli, "_without_pydantic_plugins"):  # as the command's run sets it
    plugins_off = drafting.cli._without_pydantic_plugins()
    plugins_off.__enter__()
if hasattr(drafting.cli, "collector"):  # the command's garbage-collector setting, as main() sets it
    held = drafting.cli.collector()  # kept: a dropped one is closed at once and restores the default
    held.__enter__()
from drafting.io.reading import read_report
from drafting.review import review
from drafting.render import findings_json
mark("imports")
from drafting.checks.lexicon import lexicon
lexicon()
mark("lexicon file opened")
report = read_report(sys.argv[1])
mark("report read")
current = []
def progress(i, n, name):
    if current:
        mark("check: " + current[-1])
    current.append(name)
result = review(report, progress=progress)
mark("check: " + current[-1] + " (and merging)")
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(findings_json(result))
mark("JSON written")
if compiled_code is not None:
    compiled_code.__exit__(None, None, None)
if regex_cache is not None:
    regex_cache.save(cache_dir())
    mark("compiled patterns and code stored")
print(json.dumps(steps))
"""


def _env(code: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPATH": str(code), "JIXIAO_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}


def _cpu(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """CPU seconds (user + system) of one child process, and what it printed."""
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{argv[:4]} failed with {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime, out


def measure(sides: dict[str, Path], report: Path, runs: int, tmp: Path) -> dict[str, dict]:
    out: dict[str, dict] = {side: {"cli": [], "steps": [], "first": None, "json": None} for side in sides}
    for k in range(runs + 1):
        for side, code in sides.items():
            env, result = _env(code, tmp / f"cache-{side}"), tmp / f"{side}.json"
            cli = [sys.executable, "-m", "drafting", "review", str(report), "--format", "json", "-o", str(result)]
            cpu, _ = _cpu(cli, env, code)
            if k == 0:  # builds the lexicon file and the compiled patterns, writes the .pyc files
                out[side]["first"] = cpu
                continue
            out[side]["cli"].append(cpu)
            out[side]["json"] = result.read_bytes()
            _, printed = _cpu([sys.executable, "-c", _DRIVER, str(report), str(tmp / f"{side}-driver.json")], env, code)
            out[side]["steps"].append(json.loads(printed))
    return out


def _median_steps(runs: list[dict[str, float]]) -> dict[str, float]:
    names = list(dict.fromkeys(n for r in runs for n in r))
    return {n: statistics.median(r.get(n, 0.0) for r in runs) for n in names}


def to_lines(r: dict[str, dict], rev: str, report: Path, runs: int) -> list[str]:
    before, after = r.get("before"), r["after"]
    cli = {side: statistics.median(v["cli"]) for side, v in r.items()}
    same = "—" if before is None else ("yes" if before["json"] == after["json"] else "**no**")
    lines = ["### 样例审核的启动与 CPU (evals/bench_startup.py)", "",
             f"`jixiao review {report.name} --format json -o OUT` in a fresh process; before = `{rev}`, after = "
             f"this tree; median of {runs} runs each, taken in turn; load average {os.getloadavg()[0]:.1f} on "
             f"{os.cpu_count()} cores. Target: {TARGET_S} s of CPU.", "",
             "| measure | before | after | after / before |", "|---|---:|---:|---:|"]
    b = cli.get("before")
    lines.append(f"| whole command, CPU s | {b:.3f} | {cli['after']:.3f} | **{cli['after'] / b:.2f}** |" if b
                 else f"| whole command, CPU s | — | {cli['after']:.3f} | — |")
    firsts = [r[s]["first"] for s in ("before", "after") if s in r]
    lines += [f"| first run (lexicon file and patterns built), CPU s | {firsts[0]:.2f} | {firsts[-1]:.2f} | |"
              if before else f"| first run, CPU s | — | {firsts[-1]:.2f} | |",
              f"| same JSON | {same} | | |", "", "Where the CPU goes (the driver; medians, seconds):", "",
              "| step | before | after |", "|---|---:|---:|"]
    steps = {side: _median_steps(v["steps"]) for side, v in r.items()}
    names = list(dict.fromkeys([*steps["after"], *steps.get("before", {})]))
    for name in names:
        cells = [f"{steps[s][name]:.3f}" if name in steps.get(s, {}) else "—" for s in ("before", "after")]
        lines.append(f"| {name} | {cells[0]} | {cells[1]} |")
    totals = [f"{sum(steps[s].values()):.3f}" if s in steps else "—" for s in ("before", "after")]
    lines += [f"| **total** | {totals[0]} | {totals[1]} |", ""]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.bench_startup", description=__doc__)
    parser.add_argument("--before", default=BEFORE, help="git revision to compare with (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per version (default: %(default)s)")
    args = parser.parse_args(argv)
    report = SAMPLE if SAMPLE.exists() else FIXTURE
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "before").mkdir()
        before = unpack(args.before, tmp / "before")
        sides = ({"before": before} if before else {}) | {"after": ROOT}
        lines = to_lines(measure(sides, report, args.runs, tmp), args.before, report, args.runs)
    md = "\n".join(lines)
    print(md)
    write_text(OUT, md)
    print(f"已写入 {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
