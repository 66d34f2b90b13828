"""A county's folder at scale (issue 14), run by ``make bench``; writes evals/results/bench_folder.md.

Side by side in one run, as ratios:
1. a folder of N generated reports reviewed with ``--jobs 2`` against ``--jobs 1`` (wall time), each in
   a fresh process, alternating three times (the machine is shared: a busy spell hits both), median
   and spread of the ratio; the two output folders compared byte for byte;
2. the peak memory of the whole run — the proportional set size of the reviewing process and its
   workers, summed, sampled every 200 ms — at 200, 500 and N reports: does it stay flat?
3. the cross-report step (``find_boilerplate``) against a plain datasketch pipeline on the same
   reports and the same masked shingles (``MinHash.update`` per shingle, ``MinHashLSH`` insert and
   query, every candidate pair joined): CPU seconds and peak Python memory (tracemalloc).

The reports are mutated copies of the fixtures' real-like text (seeded): a department name, 6–14
paragraphs drawn from the fixtures, figures and years shifted, a few phrases swapped, and sometimes a
paragraph another report also has. ``python -m evals.bench_folder --reports 1000`` (default 1000;
smaller while developing).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from drafting.io.atomic import write_text

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "evals" / "results" / "bench_folder.md"
_DEPTS = ("教育局", "卫生健康局", "农业农村局", "水利局", "交通运输局", "民政局", "财政局", "自然资源局",
          "住房和城乡建设局", "文化旅游广电局", "市场监督管理局", "人力资源和社会保障局")
_SWAPS = (("进一步", "持续"), ("加强", "强化"), ("提高", "提升"), ("全面", "扎实"), ("开展", "组织"))


def _paragraphs() -> list[str]:
    out = []
    for src in sorted((ROOT / "fixtures").glob("*/*.txt")):
        out += [line.strip() for line in src.read_text(encoding="utf-8").splitlines()
                if len(line.strip()) >= 30 and "\t" not in line]
    return out


def make_folder(folder: Path, n: int, seed: int = 14) -> None:
    """``n`` deterministic reports in ``folder`` (see the module docstring)."""
    pool = _paragraphs()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        year = rng.choice((2021, 2022, 2023))
        lines = [f"示例{i:04d}县{rng.choice(_DEPTS)}{year}年度部门整体支出绩效自评报告", "一、部门基本情况"]
        for k in range(rng.randint(6, 14)):
            text = rng.choice(pool)
            text = re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group()) * rng.uniform(0.5, 1.5), 2))
                          if "." in m.group() else str(int(int(m.group()) * rng.uniform(0.5, 1.5)) or 1), text)
            text = re.sub(r"20\d\d年", f"{year}年", text)
            for a, b in _SWAPS:
                if rng.random() < 0.3:
                    text = text.replace(a, b)
            lines.append(text)
            if k == 3:
                lines.append("二、绩效目标完成情况")
        (folder / f"r{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _one(folder: str, jobs: int, out: str) -> None:
    """In a fresh process: review the folder into the output folder ``out`` (one file a report, as
    the CLI streams them) and print wall, CPU and peak memory as JSON."""
    from drafting.cli import main

    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        sys.stdout, real = sink, sys.stdout
        try:
            main(["review", folder, "--jobs", str(jobs), "--format", "json", "-o", out])
        except SystemExit:
            pass
        finally:
            sys.stdout = real
    wall = time.perf_counter() - t0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                      "parent_cpu": me.ru_utime + me.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime,
                      "rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024}))


def _tree(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def _pss_mb(pids: list[int]) -> float:
    """Proportional set size of the processes, summed: a page shared by a forked worker and its
    parent counts half to each, so the sum is what the run takes from the machine."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def _run(folder: Path, jobs: int, out: Path, sample: bool = True) -> dict[str, float]:
    """One review in a fresh process; with ``sample``, the whole process tree's memory sampled every
    200 ms (reading smaps costs the kernel time: at 50 ms the sampling took about a tenth of a core).
    The timed runs are not sampled: a sample of the three processes of ``--jobs 2`` took about 10 ms
    of this process's CPU, 5 % of a core taken from the two busy workers (``--jobs 1`` leaves that
    core idle), which made the wall ratio about 0.01 worse than the review's own."""
    # the typo lexicon's file in a folder of the bench's own: another checkout of another version on
    # this machine replaces the shared one, and a run that rebuilds it is not the run being measured
    cache = folder.parent / "lexicon-cache"
    proc = subprocess.Popen([sys.executable, "-m", "evals.bench_folder", "--one", str(folder), str(jobs), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONWARNINGS": "ignore", "JIXIAO_CACHE_DIR": str(cache)})
    peak = 0.0
    while sample and proc.poll() is None:
        peak = max(peak, _pss_mb(_tree(proc.pid)))
        time.sleep(0.2)
    printed = proc.communicate()[0]
    assert proc.returncode == 0, f"the review failed ({proc.returncode})"
    done = json.loads(printed.strip().splitlines()[-1])
    return {**done, "tree_mb": peak}


def _same_outputs(a: Path, b: Path) -> bool:
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    return files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()) and all(
        (a / f).read_bytes() == (b / f).read_bytes() for f in files)


def _plain_datasketch(reports: list, threshold: float = 0.8, num_perm: int = 128) -> int:
    """The plain pipeline, as datasketch documents it: one MinHash per paragraph (permutations made
    once and shared, ``update_batch``), into MinHashLSH; every candidate pair from two reports
    joined, unverified. Returns the number of groups spanning two reports."""
    from datasketch import MinHash, MinHashLSH

    from drafting.checks.segments import MIN_CHARS, segments

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    template = MinHash(num_perm=num_perm, seed=1)
    owner: list[int] = []
    parent: list[int] = []

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for ri, report in enumerate(reports):
        for seg in segments(report, MIN_CHARS):
            m = template.copy()
            m.update_batch([g.encode("utf-8") for g in seg.shingles])
            k = len(owner)
            owner.append(ri)
            parent.append(k)
            for other in lsh.query(m):
                if owner[other] != ri:
                    parent[find(k)] = find(other)
            lsh.insert(k, m)
    groups: dict[int, set[int]] = {}
    for k in range(len(owner)):
        groups.setdefault(find(k), set()).add(owner[k])
    return sum(1 for g in groups.values() if len(g) >= 2)


def _measure(fn, *args) -> tuple[float, float, object]:
    """CPU seconds of one call (best of two), and its peak traced memory (MB) in a third call:
    tracing slows Python down, so it is not on while timing."""
    cpu, out = float("inf"), None
    for _ in range(2):
        c0 = time.process_time()
        out = fn(*args)
        cpu = min(cpu, time.process_time() - c0)
    tracemalloc.start()
    fn(*args)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return cpu, peak, out


def cross_report(folder: Path) -> dict[str, float]:
    from drafting.checks.crossreport import find_boilerplate
    from drafting.io.reading import read_report

    reports = [read_report(p) for p in sorted(folder.glob("*.txt"))]
    ours, plain = _measure(find_boilerplate, reports), _measure(_plain_datasketch, reports)
    return {"ours_cpu": ours[0], "ours_mb": ours[1], "ours_groups": len(ours[2]),  # type: ignore[arg-type]
            "plain_cpu": plain[0], "plain_mb": plain[1], "plain_groups": plain[2]}  # type: ignore[dict-item]


def _median(xs: list[float]) -> float:
    return statistics.median(xs)


def _spread(xs: list[float]) -> str:
    return f"{min(xs):.2f}–{max(xs):.2f}"


def run(n: int, rounds: int = 3) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sizes = sorted({min(200, n), min(500, n), n})
        for k in sizes:
            make_folder(tmp / f"r{k}", k)
        large = tmp / f"r{n}"
        _run(tmp / f"r{sizes[0]}", 1, tmp / "warm")  # caches and the page cache warm before anything is timed
        mem = {(k, j): _run(tmp / f"r{k}", j, tmp / f"m{k}-{j}") for k in sizes for j in (1, 2)}
        ones, twos = [], []
        for r in range(rounds):  # alternating, so a busy spell on the shared machine hits both
            ones.append(_run(large, 1, tmp / "one", sample=False))
            twos.append(_run(large, 2, tmp / "two", sample=False))
            if r == 0:
                same = _same_outputs(tmp / "one", tmp / "two")
            shutil.rmtree(tmp / "one", ignore_errors=True)
            shutil.rmtree(tmp / "two", ignore_errors=True)
        cross = cross_report(large)
    load = os.getloadavg()
    ratios = [t["wall"] / o["wall"] for o, t in zip(ones, twos, strict=True)]
    # the serial share by CPU time, which the other sessions' load does not change: all that the
    # parent did with --jobs 2 counted as serial (an upper bound: it feeds the index while the workers
    # run), over the one-core run's CPU; Amdahl's law gives the wall ratio on two idle cores
    serial = [t["parent_cpu"] / o["cpu"] for o, t in zip(ones, twos, strict=True)]
    bound = [s + (t["workers_cpu"] / o["cpu"]) / 2 for s, o, t in zip(serial, ones, twos, strict=True)]
    pss = {j: [mem[(k, j)]["tree_mb"] for k in sizes] for j in (1, 2)}
    return [
        "### 文件夹规模基准 (evals/bench_folder.py)", "",
        f"{n} 份生成报告（由 fixtures 文本变异，固定种子）；机器 {os.cpu_count()} 核，"
        f"测量结束时负载（1/5/15 分钟平均）{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}。"
        f"`--jobs 1` 与 `--jobs 2` 交替各运行 {rounds} 次，每次一个新进程，输出为每份报告一个文件；"
        f"计时的运行不采样内存（采样本身占 CPU），峰值内存另行运行测量。", "",
        "| measure | value | ratio / target |", "|---|---:|---|",
        f"| `--jobs 1`, {n} reports: wall s (median; runs) / CPU s | {_median([o['wall'] for o in ones]):.1f} "
        f"({', '.join(f'{w:.0f}' for w in (o['wall'] for o in ones))}) / {_median([o['cpu'] for o in ones]):.1f} | |",
        f"| `--jobs 2`, {n} reports: wall s (median; runs) / CPU s | {_median([t['wall'] for t in twos]):.1f} "
        f"({', '.join(f'{w:.0f}' for w in (t['wall'] for t in twos))}) / {_median([t['cpu'] for t in twos]):.1f} | "
        f"wall **{_median(ratios):.2f}**× median of the {rounds} pairs ({_spread(ratios)}; target ≤ 0.6); "
        f"outputs identical: {'yes' if same else 'NO'} |",
        f"| `--jobs 2`: CPU s of the parent (start-up, the first report, the index) / of the workers; "
        f"the parent's over the one-core run's CPU (serial share, upper bound) | "
        f"{_median([t['parent_cpu'] for t in twos]):.1f} / {_median([t['workers_cpu'] for t in twos]):.1f}; "
        f"{_median(serial):.3f} | on two idle cores (parent + workers ÷ 2, over one core's CPU): "
        f"**{_median(bound):.2f}**× ({_spread(bound)}) |",
        f"| peak memory of the whole run (PSS of every process, sampled), `--jobs 1`, "
        f"{' → '.join(str(k) for k in sizes)} reports (MB) | {' → '.join(f'{x:.0f}' for x in pss[1])} | "
        f"**{pss[1][-1] / pss[1][0]:.2f}**× from {sizes[0]} to {n} (target ≤ 400 MB, flat) |",
        f"| same, `--jobs 2` (MB) | {' → '.join(f'{x:.0f}' for x in pss[2])} | **{pss[2][-1] / pss[2][0]:.2f}**× |",
        f"| peak resident memory of the parent / of a worker, `--jobs 2`, {n} reports (MB) | "
        f"{mem[(n, 2)]['rss_mb']:.0f} / {mem[(n, 2)]['worker_rss_mb']:.0f} | |",
        f"| cross-report CPU s: ours / plain datasketch | {cross['ours_cpu']:.2f} / {cross['plain_cpu']:.2f} | "
        f"**{cross['ours_cpu'] / cross['plain_cpu']:.2f}**× (target ≤ 1.0) |",
        f"| cross-report peak Python memory MB: ours / plain | {cross['ours_mb']:.0f} / {cross['plain_mb']:.0f} | "
        f"**{cross['ours_mb'] / cross['plain_mb']:.2f}**× |",
        f"| groups shared by two or more reports: ours / plain | {cross['ours_groups']} / {cross['plain_groups']} | |",
        "",
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3, help="alternating --jobs 1 / --jobs 2 runs")
    ap.add_argument("--one", nargs=3, metavar=("FOLDER", "JOBS", "OUT"))
    args = ap.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]), args.one[2])
        return
    md = "\n".join(run(args.reports, args.rounds))
    print(md)
    write_text(OUT, md)
    print(f"已写入 {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
