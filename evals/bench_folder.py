"""A county's folder at scale (issue 14), run by ``make bench``; writes evals/results/bench_folder.md.

Side by side in one run, as ratios:
1. a folder of N generated reports reviewed with ``--jobs 2`` against ``--jobs 1`` (wall time), each in
   a fresh process, with the peak memory of the reviewing process;
2. the same at 200 and at N reports: does the peak memory stay flat?
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
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

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
    """In a fresh process: review the folder and print wall, CPU and peak memory as JSON."""
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
                      "rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024}))


def _run(folder: Path, jobs: int, out: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "evals.bench_folder", "--one", str(folder), str(jobs), str(out)],
                          capture_output=True, text=True, cwd=ROOT, check=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return json.loads(done.stdout.strip().splitlines()[-1])


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


def run(n: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        small, large = tmp / "small", tmp / "large"
        make_folder(small, min(200, n))
        make_folder(large, n)
        _run(small, 1, tmp / "warm.json")  # the lexicon file built before anything is timed
        one, two = _run(large, 1, tmp / "one.json"), _run(large, 2, tmp / "two.json")
        same = (tmp / "one.json").read_bytes() == (tmp / "two.json").read_bytes()
        flat = _run(small, 1, tmp / "small.json")
        cross = cross_report(large)
    load = os.getloadavg()
    return [
        "### 文件夹规模基准 (evals/bench_folder.py)", "",
        f"{n} 份生成报告（由 fixtures 文本变异，固定种子）；机器 {os.cpu_count()} 核，"
        f"测量结束时负载（1/5/15 分钟平均）{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}。", "",
        "| measure | value | ratio / target |", "|---|---:|---|",
        f"| `--jobs 1`, {n} reports: wall s / CPU s | {one['wall']:.1f} / {one['cpu']:.1f} | |",
        f"| `--jobs 2`, {n} reports: wall s / CPU s | {two['wall']:.1f} / {two['cpu']:.1f} | "
        f"wall **{two['wall'] / one['wall']:.2f}**× (target ≤ 0.6); outputs identical: {'yes' if same else 'NO'} |",
        f"| peak memory of the reviewing process, {min(200, n)} → {n} reports (MB) | "
        f"{flat['rss_mb']:.0f} → {one['rss_mb']:.0f} | **{one['rss_mb'] / flat['rss_mb']:.2f}**× (target ≤ 400 MB, flat) |",
        f"| peak memory of a worker with `--jobs 2` (MB) | {two['worker_rss_mb']:.0f} | |",
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
    ap.add_argument("--one", nargs=3, metavar=("FOLDER", "JOBS", "OUT"))
    args = ap.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]), args.one[2])
        return
    md = "\n".join(run(args.reports))
    print(md)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(md, encoding="utf-8")
    print(f"已写入 {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
