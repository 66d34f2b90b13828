"""Invented 绩效自评表 with blank cells, flattened the ways real copies flatten them: findings each layout
adds or hides against the same rows written as a "|" table.

Why: the real corpus holds few forms (``real_layouts`` re-lays them all), and on unseen pages most wrong
findings come from a form flattened one cell a line or one row a line and read misaligned. A blank cell
is what makes a flattened form ambiguous — a web copy drops its line, a PDF's text layer its place in the
row — so three forms in four here have one or two (a target, an actual, a weight or a score left blank; the
fourth none, to measure what a whole form keeps), some rows a reason, the budget block above the indicator table and a 总分 row below it. The forms are invented with a
seeded generator (two headers: the plain form and the 四川 form with comparator, direction and unit
columns). *New*: findings (rule and quote, layout ignored) only in the flattened layout — false alarms the
layout caused; *lost*: findings of the table the layout hides. Tuned on in session 53 (s53flat).

    python -m evals.flat_forms_invented [--out evals/results] [--forms 200]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from drafting.io.atomic import write_text
from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real_layouts import FLATTENED, VARIANTS, key

ROOT = Path(__file__).resolve().parent.parent
TITLE = "2023年度项目支出绩效自评表"
BUDGET = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
PLAIN = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
WIDE = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
        "偏差原因分析及改进措施"]
NAMES = ["培训人数", "覆盖乡镇数", "资金到位率", "项目完成及时率", "设备完好率", "检查次数", "宣传场次", "受益农户数",
         "验收合格率"]
SATISFIED = ["群众满意度", "受益对象满意度", "学员满意度"]  # the 满意度 group's indicator
GROUPS = [("产出指标", "数量指标"), ("", "质量指标"), ("", "时效指标"), ("效益指标", "社会效益指标"),
          ("满意度指标", "服务对象满意度指标")]
UNITS = ["%", "人", "个", "次", "户"]
REASONS = ["部分乡镇未完成", "设备到货延迟", "个别农户外出务工"]


def form(seed: int) -> list[list[str]]:
    """One invented form's rows (cells), its header plain or wide by the seed, one or two cells blank."""
    rng = random.Random(seed)
    wide = seed % 2 == 1
    budget = rng.choice(["50", "80", "120.5", "36.8"])
    spent = rng.choice([budget, str(round(float(budget) * 0.95, 2))])
    rate = f"{float(spent) / float(budget) * 100:.1f}%"
    rows = [BUDGET, ["年度资金总额", budget, budget, spent, "10", rate, str(round(float(spent) / float(budget) * 10, 2))],
            ["其中：财政拨款", budget, budget, spent, "", rate, ""], WIDE if wide else PLAIN]
    for (first, second), name in zip(GROUPS, [*rng.sample(NAMES, len(GROUPS) - 1), rng.choice(SATISFIED)], strict=True):
        target = rng.choice([100, 95, 90, 20, 12, 8])
        actual = rng.choice([target, target - 1, target + 2])
        weight = rng.choice([10, 15, 20])
        score = weight if actual >= target else weight - 1
        unit = rng.choice(UNITS)
        reason = rng.choice(REASONS) if actual < target and rng.random() < 0.6 else ""
        if wide:
            rows.append([first, second, name, "正向", "大于等于", str(target), str(actual), unit, str(weight), str(score), reason])
        else:
            rows.append([first, second, name, f"≥{target}{unit}", f"{actual}{unit}", str(weight), str(score), reason])
    fields = [5, 6, 8, 9] if wide else [3, 4, 5, 6]
    for _ in range((seed // 2) % 4 and 1 + ((seed // 2) % 4 == 3)):  # a quarter with none, a quarter with two
        rows[rng.randrange(4, 4 + len(GROUPS))][rng.choice(fields)] = ""
    return [*rows, ["总分", "100", rng.choice(["95", "96"])]]


def as_bars(rows: list[list[str]]) -> str:
    return TITLE + "\n" + "\n".join("| " + " | ".join(r) + " |" for r in rows) + "\n"


def _keys(text: str) -> set[tuple[str, str]]:
    """The findings as ``real_layouts.key`` has them, a cell's bar left out of a quote across cells too."""
    return {(r, q.replace("|", "")) for r, q in map(key, review(read_text_string(text)).findings)}


def run(forms: int = 200) -> tuple[dict[str, Counter[str]], dict[str, list[str]]]:
    """Per flattened layout: the forms, the findings on the table, new and lost; examples of each."""
    counts = {v: Counter[str]() for v in FLATTENED}
    examples: dict[str, list[str]] = {v: [] for v in FLATTENED}
    lost: dict[str, list[str]] = {v: [] for v in FLATTENED}
    for seed in range(forms):
        text = as_bars(form(seed))
        base = _keys(text)
        for name in FLATTENED:
            got = _keys(VARIANTS[name](text))
            c = counts[name]
            c["forms"] += 1
            c["findings"] += len(base)
            c["new"] += len(got - base)
            c["lost"] += len(base - got)
            for r, _ in base - got:
                c[f"lost {r}"] += 1
            examples[name] += [f"form {seed} new `{r}` 「{q[:30]}」" for r, q in sorted(got - base)]
            lost[name] += [f"form {seed} lost `{r}` 「{q[:30]}」" for r, q in sorted(base - got)]
    return counts, {v: examples[v] + lost[v] for v in FLATTENED}  # the new first


def markdown(counts: dict[str, Counter[str]], examples: dict[str, list[str]]) -> str:
    lines = ["# Invented forms with blank cells, flattened (evals/flat_forms_invented.py)", "",
             "Each form written as a `|` table, then re-laid as `real_layouts` re-lays the corpus: *cells*, *cells_spaced*, "
             "*runs*. *New*: findings only in the flattened layout (false alarms it caused); *lost*: findings of "
             "the table it hides.", "",
             "| layout | forms | findings on the table | new | lost |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {v} | {c['forms']} | {c['findings']} | {c['new']} | {c['lost']} |" for v, c in counts.items()]
    for v, c in counts.items():
        by_rule = ", ".join(f"`{k.removeprefix('lost ')}` {n}" for k, n in sorted(c.items()) if k.startswith("lost "))
        lines += ["", f"Lost under *{v}*, by rule: {by_rule or 'none'}."]
    for v, ex in examples.items():
        lines += ["", f"## {v}", ""] + ([f"- {e}" for e in ex[:40]] or ["- none"])
        lines += [f"- … and {len(ex) - 40} more"] if len(ex) > 40 else []
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.flat_forms_invented", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "results")
    parser.add_argument("--forms", type=int, default=200)
    args = parser.parse_args(argv)
    counts, examples = run(args.forms)
    write_text(args.out / "flat_forms_invented.json",
               json.dumps({"counts": counts, "examples": examples}, ensure_ascii=False, indent=2) + "\n")
    md = markdown(counts, examples)
    write_text(args.out / "flat_forms_invented.md", md)
    print(md.split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
