"""Benchmarks of the file-level work (issue 14), run by ``make bench``; writes evals/results/bench_files.md.

Side by side in one run, as ratios:
1. a folder review with ``--jobs 2`` against ``--jobs 1`` on the same reports (wall time), and
   whether the two outputs are identical;
2. output size against input size: the review's JSON for the sample repeated 4 times against once
   (a duplicate cluster lists its copies once, so the ratio should stay near 4, not 16);
3. the sample's review from a fresh process: CPU seconds (user + system) of the whole command and of
   the start-up alone (importing the CLI), next to the issue's 0.3 s target.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from drafting.folder import review_folder
from drafting.io.reading import read_report
from drafting.render import findings_json
from drafting.review import review

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "evals" / "results" / "bench_files.md"
SAMPLE = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"


def _folder(tmp: Path) -> Path:
    """Every fixture report and prior-year report as text: a small county's folder."""
    folder = tmp / "reports"
    folder.mkdir()
    for src in sorted((ROOT / "fixtures").glob("*/*.txt")):
        if src.name in ("report.txt", "prior.txt"):
            (folder / f"{src.parent.name}-{src.stem}.txt").write_bytes(src.read_bytes())
    return folder


def jobs_ratio(tmp: Path) -> tuple[list[str], bool]:
    folder = _folder(tmp)
    review(read_report(SAMPLE))  # load the lexicons first, so neither run pays for them
    times, cpu, outputs = {}, {}, {}
    for jobs in (1, 2):
        c0, t0 = _cpu(), time.perf_counter()
        done = review_folder(folder, jobs=jobs)
        times[jobs], cpu[jobs] = time.perf_counter() - t0, _cpu() - c0
        outputs[jobs] = [findings_json(f.result) for f in done.files]
    same = outputs[1] == outputs[2]
    n = len(outputs[1])
    return [
        "#### 1. 文件夹审核：--jobs 2 vs --jobs 1",
        "",
        "| jobs | reports | wall seconds | CPU seconds (all processes) |",
        "|---:|---:|---:|---:|",
        f"| 1 | {n} | {times[1]:.2f} | {cpu[1]:.2f} |",
        f"| 2 | {n} | {times[2]:.2f} | {cpu[2]:.2f} |",
        "",
        f"墙钟时间比 jobs2/jobs1 = **{times[2] / times[1]:.2f}**（目标 ≤ 0.6）；CPU 时间比 = **{cpu[2] / cpu[1]:.2f}**"
        f"（并行的额外开销）；两次输出完全相同：**{'是' if same else '否'}**。机器负载（1 分钟平均）"
        f"{os.getloadavg()[0]:.1f}，核心数 {os.cpu_count()}：负载高于核心数时墙钟时间比说明不了并行效果。",
        "",
    ], same


def output_growth(tmp: Path) -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    sizes = {}
    for k in (1, 4):
        p = tmp / f"x{k}.txt"
        p.write_text(text * k, encoding="utf-8")
        sizes[k] = len(findings_json(review(read_report(p))).encode("utf-8"))
    return [
        "#### 2. 输出大小：样例重复 4 次 vs 1 次",
        "",
        "| input | JSON bytes |",
        "|---|---:|",
        f"| 1× | {sizes[1]:,} |",
        f"| 4× | {sizes[4]:,} |",
        "",
        f"大小比 4×/1× = **{sizes[4] / sizes[1]:.2f}**（线性为 4，平方为 16）。",
        "",
    ]


def _cpu() -> float:
    """CPU seconds of this process and its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _child_cpu(argv: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, capture_output=True, cwd=ROOT, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(tmp: Path) -> list[str]:
    whole = min(_child_cpu([sys.executable, "-m", "drafting", "review", str(SAMPLE), "--format", "json",
                            "-o", str(tmp / "s.json")]) for _ in range(2))
    imports = min(_child_cpu([sys.executable, "-c", "import drafting.cli, drafting.review"]) for _ in range(2))
    bare = min(_child_cpu([sys.executable, "-c", "pass"]) for _ in range(2))
    return [
        "#### 3. 样例审核的 CPU 时间（新进程，含启动）",
        "",
        "| what | CPU seconds |",
        "|---|---:|",
        f"| `python -c pass` | {bare:.2f} |",
        f"| import drafting.cli + review | {imports:.2f} |",
        f"| `jixiao review` of the sample | {whole:.2f} |",
        "",
        f"目标 ≤ 0.3 s；实测 {whole:.2f} s（其中导入 {imports:.2f} s）。错别字检查的词表文件已预先建好"
        "（每台机器首次约 10 s，存于用户缓存目录），此处只计载入报告所需的部分。",
        "",
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lines = ["### 文件级基准 (evals/bench_files.py)", ""]
        jobs, same = jobs_ratio(tmp)
        lines += jobs + output_growth(tmp) + startup(tmp)
    md = "\n".join(lines)
    print(md)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(md, encoding="utf-8")
    print(f"已写入 {OUT.relative_to(ROOT)}")
    if not same:
        raise SystemExit("--jobs 2 的输出与 --jobs 1 不同")


if __name__ == "__main__":
    main()
