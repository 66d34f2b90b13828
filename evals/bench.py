"""The project benchmark: ``python -m evals.bench`` (``make bench``); writes evals/results/bench.md.

Three comparisons, each run side by side in one process and printed as times and ratios:
1. review of a ~50,000-character report against the same kind of report ten times as long
   (linear work gives a ratio near 10);
2. cross-report boilerplate over 1,000 generated reports against 100, and the indexed search
   against a naive all-pairs comparison of the same 100 (same findings expected, fewer comparisons);
3. the number guard's self-consistency check against the naive regex-and-lookup baseline
   (``evals.bench_guard.run()``): precision and recall on number cases generated from ``build_facts``,
   and time;
4. the hand-written guard benchmark (``evals.bench_guard_hand.run()``): recall of wrong numbers and
   false alarms on sentences a person wrote and judged;
5. the language checks on a 50,000-character report after start-up (``evals.bench_language``).
Wall times are best-of-n on one core; they vary by machine, the ratios much less.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafting.io.reading import read_report
from drafting.report import Heading, Paragraph, Report, Table

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "evals" / "results" / "bench.md"
CLEAN = ["anhua-edu-2022", "anhua-edu-2023", "liuyang-health-2022", "liuyang-health-2023",
         "pingjiang-agri-2022", "pingjiang-agri-2023", "jingzhou-hrss-2022"]


def _best(n: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def _count(x: Any) -> int | None:
    for attr in ("findings", "clusters", "groups", "pairs"):
        v = getattr(x, attr, None)
        if v is not None and hasattr(v, "__len__"):
            return len(v)
    return len(x) if hasattr(x, "__len__") else None


def big_report(chars: int, seed: int = 0) -> Report:
    """A long report of real fixture text: each copy of a fixture gets its own years and figures
    shifted, so paragraphs are similar across copies (as in real long reports) but not identical."""
    sources = [read_report(ROOT / "fixtures" / n / "report.txt") for n in CLEAN
               if (ROOT / "fixtures" / n / "report.txt").exists()]
    rng = random.Random(seed)
    blocks: list[Any] = []
    size, copy = 0, 0
    while size < chars:
        src = sources[copy % len(sources)]
        shift = str(copy)
        for b in src.blocks:
            if isinstance(b, Table):
                blocks.append(b.model_copy(deep=True))
                size += sum(len(c.text) for row in b.rows for c in row)
                continue
            text = b.text
            if isinstance(b, Paragraph) and len(text) > 20:
                words = ["全面", "扎实", "持续", "深入", "有序", "稳步"]
                text = text.replace("。", f"，第{shift}批{rng.choice(words)}推进。", 1)
            blocks.append(Heading(text=text, level=b.level) if isinstance(b, Heading) else Paragraph(text=text))
            size += len(text)
            if size >= chars:
                break
        copy += 1
    return Report(blocks=blocks)


def bench_review() -> dict[str, Any]:
    from drafting.review import review

    small, large = big_report(50_000), big_report(500_000)
    n_small, n_large = len(small.plain_text()), len(large.plain_text())
    t1, r1 = _best(3, lambda: review(small))
    t10, r10 = _best(1, lambda: review(large))
    return {"chars_1x": n_small, "chars_10x": n_large, "seconds_1x": t1, "seconds_10x": t10,
            "ratio": t10 / t1, "findings_1x": len(r1.findings), "findings_10x": len(r10.findings)}


def bench_crossreport() -> dict[str, Any]:
    from drafting.checks.crossreport import find_boilerplate, find_boilerplate_naive, generate_corpus

    c100, c1000 = generate_corpus(100, seed=1), generate_corpus(1000, seed=1)
    t100, r100 = _best(3, lambda: find_boilerplate(c100))
    t1000, r1000 = _best(1, lambda: find_boilerplate(c1000))
    tn, rn = _best(1, lambda: find_boilerplate_naive(c100))
    return {"seconds_100": t100, "seconds_1000": t1000, "ratio_1000_100": t1000 / t100,
            "seconds_naive_100": tn, "ratio_naive_indexed": tn / t100,
            "found_100": _count(r100), "found_1000": _count(r1000), "found_naive_100": _count(rn)}


def bench_guard() -> dict[str, Any]:
    from . import bench_guard

    out = bench_guard.run()
    try:  # time the naive baseline on the same text the guard is timed on
        from .baseline import baseline_verify

        text = bench_guard._timing_text()
        data_text = bench_guard._fixtures()[0][2]
        t1, _ = _best(3, lambda: baseline_verify(text, data_text))
        t10, _ = _best(1, lambda: baseline_verify(text * 10, data_text))
        out.setdefault("timing", {}).update({"baseline_1x_s": round(t1, 4), "baseline_10x_s": round(t10, 4)})
    except (ImportError, AttributeError, IndexError) as exc:
        out.setdefault("timing", {})["baseline_error"] = str(exc)
    return out


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return f"{x:.3f}"
    return "—" if x is None else str(x)


def to_markdown(results: dict[str, Any]) -> str:
    lines = ["# 基准（evals/bench.py）", "", "单核、同一进程内并排运行；时间为多次运行的最优值（秒）。", ""]
    r = results.get("review")
    if isinstance(r, dict):
        lines += ["## 1. 审核：10 倍输入 vs 1 倍输入", "", "| input | chars | seconds | findings |", "|---|---:|---:|---:|",
                  f"| 1× | {r['chars_1x']} | {_fmt(r['seconds_1x'])} | {r['findings_1x']} |",
                  f"| 10× | {r['chars_10x']} | {_fmt(r['seconds_10x'])} | {r['findings_10x']} |",
                  "", f"时间比 10×/1× = **{r['ratio']:.2f}**（线性为 10）。", ""]
    else:
        lines += ["## 1. 审核", "", f"未运行：{r}", ""]
    c = results.get("crossreport")
    if isinstance(c, dict):
        lines += ["## 2. 跨报告套话（MinHash LSH）", "", "| run | reports | seconds | found |", "|---|---:|---:|---:|",
                  f"| indexed | 100 | {_fmt(c['seconds_100'])} | {_fmt(c['found_100'])} |",
                  f"| indexed | 1000 | {_fmt(c['seconds_1000'])} | {_fmt(c['found_1000'])} |",
                  f"| naive all-pairs | 100 | {_fmt(c['seconds_naive_100'])} | {_fmt(c['found_naive_100'])} |",
                  "", f"1000/100 时间比 = **{c['ratio_1000_100']:.2f}**（报告数 10 倍，两两比较 100 倍）；"
                  f"同样 100 份，naive/indexed = **{c['ratio_naive_indexed']:.2f}**。", ""]
    else:
        lines += ["## 2. 跨报告套话", "", f"未运行：{c}", ""]
    g = results.get("guard")
    if isinstance(g, dict):
        lines += ["## 3. 数字核验自洽检查（用例由 build_facts 生成）vs 朴素基线（正则 + 查表）", "",
                  f"{len(g.get('fixtures', []))} 份数据，{g.get('cases')} 个用例，其中植入错误 {g.get('planted')} 个。", "",
                  "| detector | precision | recall | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|"]
        for name in ("guard", "baseline"):
            s = g.get(name) or {}
            lines.append(f"| {name} | {_fmt(s.get('precision'))} | {_fmt(s.get('recall'))} | {s.get('tp')} | "
                         f"{s.get('fp')} | {s.get('fn')} |")
        t = g.get("timing") or {}
        if t:
            lines += ["", "| timing | seconds |", "|---|---:|"] + [f"| {k} | {_fmt(v)} |" for k, v in t.items()]
        by = g.get("by_plant") or {}
        if by:
            lines += ["", "| plant | cases | guard flagged | baseline flagged |", "|---|---:|---:|---:|"]
            lines += [f"| {p} | {s['n']} | {s['guard_flagged']} | {s['baseline_flagged']} |" for p, s in by.items()]
    else:
        lines += ["## 3. 数字核验", "", f"未运行：{g}"]
    h = results.get("guard_hand")
    if isinstance(h, dict):
        from .bench_guard_hand import to_lines

        lines += ["", "## 4. 数字核验手写基准（evals/guard_hand）", "", "```", *to_lines(h["main"]),
                  "留出集（在调整 guard 之后才写、从未用于调整）：", *to_lines(h["held_out"]), "```"]
    else:
        lines += ["", "## 4. 数字核验手写基准", "", f"未运行：{h}"]
    lang = results.get("language")
    if isinstance(lang, dict):
        from .bench_language import to_lines as language_lines

        lines += ["", "## 5. 语言检查（错别字、重复、标点、发文字号）", "", *language_lines(lang)]
    return "\n".join(lines) + "\n"


def bench_guard_hand() -> dict[str, Any]:
    from . import bench_guard_hand

    return {"main": bench_guard_hand.run(), "held_out": bench_guard_hand.run(bench_guard_hand.HELD_OUT)}


def bench_language() -> dict[str, Any]:
    from . import bench_language

    return bench_language.run()


def run() -> dict[str, Any]:
    results: dict[str, Any] = {}
    for name, fn in (("review", bench_review), ("crossreport", bench_crossreport), ("guard", bench_guard),
                     ("guard_hand", bench_guard_hand), ("language", bench_language)):
        try:
            results[name] = fn()
        except ImportError as exc:  # a module not built yet: say so instead of failing the whole bench
            results[name] = f"{type(exc).__name__}: {exc}"
    return results


def main() -> None:
    results = run()
    md = to_markdown(results)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(md, encoding="utf-8")
    print(md)
    print(f"已写入 {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
