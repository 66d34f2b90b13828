"""`make demo`: the main job, offline, on the bundled fixtures — load, draft, guard, review.

Writes everything under the output folder and prints where. Uses only the library's public pieces,
so it doubles as an end-to-end smoke test. Its data are package resources (``drafting/data/demo/``,
byte-for-byte copies of the ``fixtures/`` files it needs, pinned by a test), so an installed wheel
runs it with no checkout.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from .findings import KIND_ZH
from .io.atomic import write_text

#: The bundled demo data. A wheel installs it as plain files, so it is a real folder.
FIXTURES = Path(str(files("drafting").joinpath("data", "demo")))
SAMPLE = FIXTURES / "jingzhou-hrss-2022"
#: A report's block kinds as step 2 names them.
BLOCK_ZH = {"heading": "标题", "paragraph": "段落", "table": "表格"}


def _say(msg: str = "") -> None:
    print(msg, flush=True)


def run_demo(out: Path) -> None:
    from .io.loading import load_department_with_warnings
    from .io.reading import read_report
    from .render import findings_html, findings_json, findings_markdown
    from .review import review

    out.mkdir(parents=True, exist_ok=True)
    _say("== 1. 部门数据（内置演示数据，同 fixtures/*/data.yaml） ==")
    folders = sorted(p.parent for p in FIXTURES.glob("*/data.yaml"))
    latest: dict[str, Path] = {}
    for folder in folders:
        data, warnings = load_department_with_warnings(folder / "data.yaml")
        figures = sum(1 for _ in data.figures())
        _say(f"  {folder.name}: {data.department.name} {data.year}年度，{figures} 个数据项，"
             f"{len(data.indicators)} 个绩效指标，核对警告 {len(warnings)} 条")
        for w in warnings:
            _say(f"    ! {w.message}")
        dept = folder.name.rsplit("-", 1)[0]
        if dept not in latest or folder.name > latest[dept].name:
            latest[dept] = folder

    _say("\n== 2. 解析样本报告 ==")
    sample = read_report(SAMPLE / "report.txt")
    kinds: dict[str, int] = {}
    for b in sample.blocks:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    parts = "、".join(f"{BLOCK_ZH.get(k, k)} {n}" for k, n in kinds.items())
    _say(f"  {SAMPLE.name}/report.txt: {len(sample.blocks)} 块（{parts}），{len(sample.plain_text())} 字")

    _draft_latest(latest, out)

    _say("\n== 4. 审核样本报告（真实报告，含真实问题；对照的上年报告 prior.txt 为合成） ==")
    prior = read_report(SAMPLE / "prior.txt") if (SAMPLE / "prior.txt").exists() else None
    findings = review(sample, data=None, prior=prior)
    review_dir = out / "review"
    write_text(review_dir / "sample.json", findings_json(findings))
    write_text(review_dir / "sample.md", findings_markdown(findings))
    write_text(review_dir / "sample.html", findings_html(findings, sample))
    from .io.docx_writer import write_commented_docx

    write_commented_docx(sample, findings.findings, review_dir / "sample.docx")
    for kind, n in sorted(findings.summary.by_kind.items(), key=lambda kv: -kv[1]):
        _say(f"  {KIND_ZH.get(kind, kind)}：{n}")
    _say(f"  共 {findings.summary.total} 条 -> {review_dir}/sample.{{json,md,html,docx}}")
    _screenshots(review_dir, [f.location.quote for f in findings.findings])
    _say(f"\n完成。所有输出在 {out.resolve()}")
    sys.stdout.flush()


def _draft_latest(latest: dict[str, Path], out: Path) -> None:
    """Step 3: draft each department's latest year offline, guard it, review it, write .docx (+ .pdf)."""
    from .draft.drafter import draft
    from .io.loading import load_department_with_warnings
    from .io.pdf import render_pdf
    from .io.reading import read_report
    from .numbers.guard import verify
    from .review import review

    _say("\n== 3. 离线起草（每个部门最新年度）并核验数字 ==")
    drafts_dir = out / "drafts"
    for _dept, folder in sorted(latest.items()):
        data, _ = load_department_with_warnings(folder / "data.yaml")
        prior_path = next((folder / n for n in ("prior.docx", "prior.txt") if (folder / n).exists()), None)
        prior = read_report(prior_path) if prior_path else None
        result = draft(data, prior=prior, model="offline")
        paths = result.write(drafts_dir / f"{folder.name}.docx")
        guard = verify(result.report, data)
        checked = [c for c in guard.checks if c.mention.is_claim]
        r = review(result.report, data=data, prior=prior)
        errors = r.summary.by_severity.get("error", 0)
        pdf = render_pdf(paths[0])
        _say(f"  {folder.name}: {len(checked)} 个数字，{len(guard.failures)} 个无依据；"  # the path as written, as step 4's
             f"自审错误 {errors} 条 -> {paths[0]}" + ("（及 .pdf）" if pdf else ""))


def _screenshots(review_dir: Path, anchors: list[str]) -> None:
    """Step 5: pictures of the review page and of a commented page of the .docx, where the tools are
    installed (the README's are these); a missing tool skips its picture with one line, never fails."""
    from .io.screenshots import commented_page_png, page_png

    _say("\n== 5. 截图（有 chromium、LibreOffice、pdftoppm 时生成） ==")
    shots = [("审核网页", page_png(review_dir / "sample.html", review_dir / "sample-html.png")),
             ("批注版 .docx", commented_page_png(review_dir / "sample.docx", review_dir / "sample-docx.png", anchors))]
    for name, shot in shots:
        _say(f"  {name} -> {shot.path}" if shot.path else f"  跳过{name}截图：{shot.why_not}")
