"""Self-consistency check of the number guard, against the naive baseline: ``python -m evals.bench_guard``.

A self-consistency check, not a benchmark of what reviewers mean by a wrong number: its cases are
written *from* ``build_facts`` (so the guard can only fail here where it disagrees with the fact
builder); the hand-written benchmark is ``evals.bench_guard_hand``. Cases are written from each
fixture's data: sentences with correct figures as a report states them
(direct figures, derived 节约数/节约比例/比上年减少数 in 元 with the table's rounding, 亿元 and 万人
forms) and planted wrong ones (wrong value, wrong scale 万/亿, wrong percentage, swapped figures,
invented figure, last year's figure presented as this year's). Swapped figures are two named figures
of one table stated in one sentence under each other's names (“A为b，B为a。”), with the same sentence
unswapped as a correct case. A detector "flags" a case when it calls any of its numbers under test
unsupported or contradicted; precision and recall are over the planted (wrong) cases. Timing is
extraction + verification of a ~50,000-character report text and of ten times that text.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from drafting.department import DepartmentData
from drafting.numbers.extract import extract
from drafting.numbers.facts import Fact, FactIndex, FactKind, build_facts, family
from drafting.numbers.guard import FAILING, verify
from drafting.quantities import MONEY_UNITS, Unit, format_decimal, is_money

from .baseline import baseline_numbers, baseline_supported

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@dataclass(frozen=True)
class Case:
    fixture: str
    plant: str               # "correct" or the kind of planted error
    text: str
    at: tuple[int, ...]      # offsets of the numbers under test; the case is flagged when any of them is

    @property
    def wrong(self) -> bool:
        return self.plant != "correct"


def _case(fixture: str, plant: str, prefix: str, target: str) -> Case:
    """One sentence stating one figure: ``prefix`` then the number."""
    return Case(fixture, plant, f"{prefix}{target}。", (len(prefix),))


def _pair(fixture: str, plant: str, a: Fact, a_text: str, b: Fact, b_text: str) -> Case:
    """One sentence stating two named figures: “A为…，B为…。”."""
    first = f"{_name(a)}为"
    second = f"{first}{a_text}，{_name(b)}为"
    return Case(fixture, plant, f"{second}{b_text}。", (len(first), len(second)))


_DIRECTION_WORDS = ("增加", "减少", "节约", "超支")


def _name(f: Fact) -> str:
    """The first name a report uses for ``f``; for a change or a saving, one whose direction word agrees
    with the data (a decrease is not written “增加数”: that is the flipped sentence the guard contradicts)."""
    words = [w for w in _DIRECTION_WORDS if w in f.label]
    agreeing = [n for n in f.names if not any(w in n for w in _DIRECTION_WORDS) or any(w in n for w in words)]
    return agreeing[0] if agreeing else f.label


def _money(value_yuan: Decimal, unit: Unit, places: int = 2, thousands: bool = False) -> str:
    v = value_yuan / MONEY_UNITS[unit]
    return f"{format_decimal(v, places, thousands=thousands)}{unit.value}"


def _shown(f: Fact, unit: Unit) -> str:
    """``f`` written in ``unit`` (money converts; other units as stored)."""
    if is_money(f.unit) and is_money(unit):
        return _money(f.base_value, unit)
    return f"{format_decimal(f.value)}{unit.value}"


def cases_for(fixture: str, idx: FactIndex) -> list[Case]:
    """Correct and planted cases from one fixture's facts (deterministic)."""
    out: list[Case] = []
    facts = [f for f in idx if f.value > 0]
    money = [f for f in facts if is_money(f.unit)]
    for i, f in enumerate(money):
        name = _name(f)
        yuan = f.base_value
        out.append(_case(fixture, "correct", f"{name}为", _money(yuan, f.unit)))
        if f.kind is FactKind.DIFFERENCE and f.unit is Unit.WAN_YUAN and yuan >= 1000:
            # the table's 万元 figure is rounded: a report's 元 figure may differ within 50元
            out.append(_case(fixture, "correct", f"{name}为", _money(yuan - Decimal("6.07"), Unit.YUAN, thousands=True)))
            out.append(_case(fixture, "wrong_value", f"{name}为", _money(yuan + Decimal("106.07"), Unit.YUAN, thousands=True)))
        if yuan >= 100_000_000:
            out.append(_case(fixture, "correct", f"{name}为", _money(yuan, Unit.YI_YUAN)))
        out.append(_case(fixture, "wrong_value", f"{name}为", _money(yuan * Decimal("1.13"), f.unit)))
        wrong_unit = Unit.YI_YUAN if f.unit is not Unit.YI_YUAN else Unit.WAN_YUAN
        out.append(_case(fixture, "wrong_scale", f"{name}为", f"{format_decimal(f.value, 2)}{wrong_unit.value}"))
        if i % 3 == 0:
            out.append(_case(fixture, "invented", f"{name}为", _money(yuan * Decimal("3.7") + Decimal(111100), f.unit)))
    for f in facts:
        if f.unit is Unit.PERCENT:
            shown = format_decimal(f.value, 2)
            out.append(_case(fixture, "correct", f"{_name(f)}为", f"{shown}%"))
            out.append(_case(fixture, "wrong_percent", f"{_name(f)}为", f"{format_decimal(f.value + Decimal('0.1'), 2)}%"))
        elif f.kind is FactKind.DIRECT and f.unit not in (Unit.NONE, Unit.SCORE) and not is_money(f.unit) and f.path.startswith("key_figures"):
            unit = f.unit.value
            out.append(_case(fixture, "correct", f"{_name(f)}", f"{format_decimal(f.value)}{unit}"))
            if f.value >= 10_000:
                out.append(_case(fixture, "correct", f"{_name(f)}", f"{format_decimal(f.value / 10_000, 2)}万{unit}"))
                out.append(_case(fixture, "wrong_scale", f"{_name(f)}", f"{format_decimal(f.value / 10_000, 2)}亿{unit}"))
            bump = max(Decimal(1), (f.value / 7).to_integral_value())
            out.append(_case(fixture, "wrong_value", f"{_name(f)}", f"{format_decimal(f.value + bump)}{unit}"))
    # swapped figures: two named figures of one table (the same path prefix) stated in one sentence,
    # each under the other's name. Pairs that are columns of one item (预算数/决算数/上年数 of the
    # same row: ``FactIndex.related``) are left out: a sentence may state either under the item's name.
    by_prefix: dict[str, list[Fact]] = {}
    for f in facts:
        if f.kind is FactKind.DIRECT and f.names and f.unit not in (Unit.NONE, Unit.SCORE):
            by_prefix.setdefault(f.path.rsplit(".", 1)[0], []).append(f)
    for group in by_prefix.values():
        for a, b in pairwise(group):
            if (a.value == b.value or family(a.unit) != family(b.unit) or _name(a) in _name(b) or _name(b) in _name(a)
                    or b.path in idx.related(a) or a.path in idx.related(b)):
                continue
            a_text, b_text = _shown(a, a.unit), _shown(b, a.unit)
            out.append(_pair(fixture, "correct", a, a_text, b, _shown(b, b.unit)))
            out.append(_pair(fixture, "swapped", a, b_text, b, _shown(a, b.unit)))
    # last year's figure presented as this year's
    for f in facts:
        if ".prior." in f.path or f.path.endswith(".prior_value"):
            cur = idx.get(f.path.replace(".prior.", ".actual.").removesuffix(".prior_value"))
            if cur is not None and cur.value != f.value:
                target = _money(f.base_value, cur.unit) if is_money(cur.unit) else f"{format_decimal(f.value)}{cur.unit.value}"
                out.append(_case(fixture, "stale_prior_year", f"{_name(cur)}", target))
    return out


def _fixtures() -> list[tuple[str, DepartmentData, str]]:
    from drafting.io.loading import load_department

    found = []
    for path in sorted(FIXTURES.glob("*/data.yaml")):
        try:
            found.append((path.parent.name, load_department(path), path.read_text(encoding="utf-8")))
        except Exception as exc:  # a fixture being edited right now must not stop the benchmark
            print(f"跳过 {path}: {exc}", file=sys.stderr)
    return found


def _guard_flags(case: Case, idx: FactIndex) -> bool:
    checks = verify(case.text, idx).checks
    for at in case.at:
        hit = next((c for c in checks if c.mention.start <= at < c.mention.end), None)
        if hit is None or hit.verdict in FAILING:
            return True  # flagged, or not even read as a number
    return False


def _baseline_flags(case: Case, data_text: str) -> bool:
    found = baseline_numbers(case.text)
    for at in case.at:
        hit = next(((s, e, d) for s, e, d in found if s <= at < e), None)
        if hit is None or not baseline_supported(hit[2], data_text):
            return True
    return False


def _scores(flags: list[tuple[bool, bool]]) -> dict[str, float | int]:
    tp = sum(1 for flagged, wrong in flags if flagged and wrong)
    fp = sum(1 for flagged, wrong in flags if flagged and not wrong)
    fn = sum(1 for flagged, wrong in flags if not flagged and wrong)
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0}


def _timing_text(chars: int = 50_000) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/report.txt"))]
    if not parts:
        parts = ["2022年初“三公”经费预算数为9.69万元，其中：公务接待费 7.14万元，比上年减少14,293.93元，减少16%。\n"]
    text = ""
    while len(text) < chars:
        text += "\n".join(parts) + "\n"
    return text[:chars]


def _best_of(n: int, fn: Any) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run() -> dict[str, Any]:
    fixtures = _fixtures()
    rows: dict[str, list[tuple[bool, bool, bool, str]]] = {}
    for name, data, data_text in fixtures:
        idx = build_facts(data)
        for case in cases_for(name, idx):
            rows.setdefault(case.plant, []).append(
                (_guard_flags(case, idx), _baseline_flags(case, data_text), case.wrong, case.text))
    everything = [r for rs in rows.values() for r in rs]
    result: dict[str, Any] = {
        "fixtures": [n for n, _, _ in fixtures],
        "cases": len(everything),
        "planted": sum(1 for r in everything if r[2]),
        "guard": _scores([(g, w) for g, _, w, _ in everything]),
        "baseline": _scores([(b, w) for _, b, w, _ in everything]),
        "by_plant": {p: {"n": len(rs), "guard_flagged": sum(r[0] for r in rs), "baseline_flagged": sum(r[1] for r in rs)}
                     for p, rs in sorted(rows.items())},
        "guard_false_alarms": [t for g, _, w, t in everything if g and not w][:10],
        "guard_misses": [t for g, _, w, t in everything if not g and w][:10],
    }
    data = fixtures[0][1] if fixtures else None
    if data is not None:
        idx = build_facts(data)
        text = _timing_text()
        big = text * 10
        t_build = _best_of(3, lambda: build_facts(data))
        t1 = _best_of(3, lambda: (extract(text), verify(text, idx)))
        t10 = _best_of(1, lambda: (extract(big), verify(big, idx)))
        result["timing"] = {"chars": len(text), "build_facts_s": round(t_build, 4), "extract_verify_1x_s": round(t1, 4),
                            "extract_verify_10x_s": round(t10, 4), "ratio_10x_1x": round(t10 / t1, 2),
                            "mentions_1x": len(extract(text))}
    return result


def main() -> None:
    r = run()
    g, b = r["guard"], r["baseline"]
    print(f"数字核验自洽检查（用例由 build_facts 生成）：{len(r['fixtures'])} 份数据，{r['cases']} 个用例，"
          f"其中植入错误 {r['planted']} 个")
    print(f"{'':10}{'precision':>10}{'recall':>8}{'TP':>6}{'FP':>6}{'FN':>6}")
    for name, s in (("guard", g), ("baseline", b)):
        print(f"{name:10}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    print("\n按类型（标记数 / 用例数）：")
    for plant, s in r["by_plant"].items():
        print(f"  {plant:18} guard {s['guard_flagged']:>4}/{s['n']:<4} baseline {s['baseline_flagged']:>4}/{s['n']}")
    if r["guard_false_alarms"]:
        print("\nguard 误报示例：", *r["guard_false_alarms"][:5], sep="\n  ")
    if r["guard_misses"]:
        print("\nguard 漏报示例：", *r["guard_misses"][:5], sep="\n  ")
    if "timing" in r:
        t = r["timing"]
        print(f"\n计时（单核，最优值）：{t['chars']} 字 {t['mentions_1x']} 个数字 提取+核验 {t['extract_verify_1x_s'] * 1000:.1f} ms；"
              f"10 倍文本 {t['extract_verify_10x_s'] * 1000:.1f} ms；10x/1x = {t['ratio_10x_1x']}；"
              f"build_facts {t['build_facts_s'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
