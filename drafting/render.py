"""Renderers: review results and parsed reports as JSON, Markdown and a self-contained HTML page.

Renderers only format what checks computed; they never compute findings themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from .findings import KIND_ZH, Finding, Kind, ReviewResult, Severity
from .report import Block, Heading, Paragraph, Report, Table, clip, display_width

SEVERITY_ZH = {s: s.zh for s in Severity}


# -- reports (jixiao parse) ---------------------------------------------------------------------


def report_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def report_markdown(report: Report) -> str:
    out: list[str] = []
    for i, block in enumerate(report.blocks):
        if isinstance(block, Heading):
            out.append(f"{'#' * (block.level + 1)} {block.text}  <!-- {i} -->")
        elif isinstance(block, Paragraph):
            out.append(f"{block.text}  <!-- {i} -->")
        elif isinstance(block, Table):
            out.append(f"<!-- {i}: table {len(block.rows)}×{block.n_cols} -->")
            rows = block.texts()
            if rows:
                width = max(len(r) for r in rows)
                for r, row in enumerate(rows):
                    cells = [_md_cell(c) for c in row] + [""] * (width - len(row))
                    out.append("| " + " | ".join(cells) + " |")
                    if r == 0:
                        out.append("|" + "---|" * width)
        out.append("")
    return "\n".join(out)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


# -- review results -----------------------------------------------------------------------------


def findings_json(result: ReviewResult) -> str:
    """The review as JSON, written by pydantic's serializer: the same text as ``json.dumps`` of
    ``model_dump(mode="json")`` with ``indent=2``, without building every finding as a dict first
    (a 10 MB report's 15,000 findings: 2.3 s and the dicts' memory at the review's peak)."""
    return result.model_dump_json(indent=2) + "\n"


def count_sentence(result: ReviewResult) -> str:
    """“共 N 条问题，涉及 M 处（警告 a，提示 b）。”, the most severe first: the same in every output."""
    s = result.summary
    sev = "，".join(f"{SEVERITY_ZH[Severity(k)]} {v}" for k, v in sorted(s.by_severity.items(), key=lambda kv: -Severity(kv[0]).rank))
    return f"共 {s.total} 条问题，涉及 {s.places} 处（{sev or '无'}）。"


def findings_markdown(result: ReviewResult) -> str:
    s = result.summary
    lines = [f"# 审核结果：{result.source or '报告'}", ""]
    lines.append(count_sentence(result) + decided_note(result))
    lines.append("")
    if s.by_kind:
        lines += ["| 类型 | 数量 |", "|---|---|"]
        lines += [f"| {KIND_ZH.get(k, k)} (`{k}`) | {v} |" for k, v in sorted(s.by_kind.items(), key=lambda kv: -kv[1])]
        lines.append("")
    for n, f in enumerate(result.findings, 1):
        lines.append(f"{n}. **[{SEVERITY_ZH[f.severity]}] {KIND_ZH.get(f.kind.value, f.kind.value)}** "
                     f"{f.location.where}：{f.message}")
        lines.append(f"   - 原文：“{_short(f.location.quote)}”")
        if f.evidence:
            lines.append(f"   - 依据：{f.evidence}")
        if f.suggestion:
            lines.append(f"   - 建议：{f.suggestion}")
        if f.id:
            lines.append(f"   - 编号：`{f.id}`")
    return "\n".join(lines) + "\n"


def decided_note(result: ReviewResult) -> str:
    """What the reviewer's decisions file changed: accepted findings hidden, entries gone stale."""
    s = result.summary
    out = f"另有 {s.accepted} 条已接受，不再显示。" if s.accepted else ""
    if s.stale:
        out += (f"决定文件中 {len(s.stale)} 条已无对应问题（原文已改或问题已解决），可从文件中删除："
                + "、".join(s.stale) + "。")
    return out


def _short(text: str, limit: int = 80) -> str:
    return clip(text, limit - 1)


def _asset(name: str) -> str:
    """The page's stylesheet or script (``drafting/data``), inlined: the page stays one file."""
    from importlib.resources import files

    return files("drafting").joinpath("data", name).read_text(encoding="utf-8")


_Place = tuple[int, int | None, int | None]
_Spans = dict[_Place, list[tuple[int, int, int, Finding, bool]]]


def findings_html(result: ReviewResult, report: Report) -> str:
    """One self-contained page: the report with highlighted spans and the findings list beside it."""
    from html import escape  # here, not at the top: a JSON or Markdown review never loads html

    spans: _Spans = defaultdict(list)
    for n, f in enumerate(result.findings):
        # every copy of a duplicate is marked too, linking to the one finding
        copies = f.related if f.kind is Kind.DUPLICATE_PARAGRAPH else []
        for place, own in [(f.location, True), *((p, False) for p in copies)]:
            loc = place.location
            spans[(loc.block, loc.row, loc.col)].append((loc.start, loc.end, n, f, own))
    body = [_html_block(i, block, spans) for i, block in enumerate(report.blocks)]
    # the list beside the report: errors first, then warnings, then notes; each in document order
    ranked = sorted(enumerate(result.findings), key=lambda nf: (-nf[1].severity.rank, nf[0]))
    items = [_html_finding(n, f) for n, f in ranked]
    title = escape(result.source or "报告")
    return (
        "<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<title>jixiao 审核：{title}</title><style>{_asset('review_page.css')}</style></head><body>"
        f"<main>{''.join(body)}</main>"
        f"<aside><h2>审核结果</h2><p>{escape(count_sentence(result) + decided_note(result))}</p>{_controls(result)}<div id='findings'>{''.join(items)}</div></aside>"
        f"<script>{_asset('review_page.js')}</script></body></html>\n"
    )


def _controls(result: ReviewResult) -> str:
    """Filters (severity, kind, words), the count per kind, and the keys that move between findings."""
    from html import escape

    s = result.summary
    sevs = "".join(f"<label><input type='checkbox' class='sev' value='{sev.value}' checked> {sev.zh} "
                   f"({s.by_severity.get(sev.value, 0)})</label>" for sev in Severity)
    kinds = sorted(s.by_kind.items(), key=lambda kv: -kv[1])
    options = "".join(f"<option value='{k}'>{escape(KIND_ZH.get(k, k))} ({v})</option>" for k, v in kinds)
    counts = "".join(f"<li>{escape(KIND_ZH.get(k, k))}：{v}</li>" for k, v in kinds)
    return (f"<div class='controls'><input type='search' id='q' placeholder='搜索问题、原文、位置…（/）'>"
            f"<div>{sevs}</div><select id='kind'><option value=''>全部类型 ({s.total})</option>{options}</select>"
            f" 显示 <b id='shown'>{s.total}</b> / {s.total} 条"
            f"<div class='hint'>键盘：j 或 n 下一条，k 或 p 上一条，/ 搜索</div></div>"
            f"<ul class='kinds'>{counts}</ul>")


def _marked(text: str, key: _Place, spans: _Spans) -> str:
    """``text`` escaped, each finding's span in a <mark> linked from the list."""
    from html import escape

    here = spans.get(key, [])
    owns = [(s, e) for s, e, _, _, own in here if own]
    # a copy's mark never hides a finding's own mark (the list links to it)
    items = sorted((t for t in here if t[4] or not any(t[0] < e and s < t[1] for s, e in owns)),
                   key=lambda t: (t[0], -t[1]))
    out, pos = [], 0
    for start, end, n, f, own in items:
        if start < pos:  # overlapping spans: the earlier one wins the highlight, the list keeps both
            continue
        out.append(escape(text[pos:start]))
        anchor = f'id="f{n}"' if own else f'data-finding="f{n}"'  # a copy of a duplicate: no second id
        out.append(f'<mark {anchor} class="{f.severity.value}" title="{escape(f.message)}">'
                   f"{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def _html_block(i: int, block: Block, spans: _Spans) -> str:
    """One block of the report as HTML: a heading, a paragraph or a table with merged cells."""
    if isinstance(block, Heading):
        level = min(block.level + 1, 4)
        return f"<h{level}>{_marked(block.text, (i, None, None), spans)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_marked(block.text, (i, None, None), spans)}</p>"
    if not isinstance(block, Table):
        return ""
    rows = []
    width = block.n_cols
    for r, row in enumerate(block.rows):
        cells = []
        for c, cell in enumerate(row):
            if cell.merged:
                continue
            # a short row (text export drops trailing merged cells): its last cell fills the row
            cols = cell.col_span + (width - len(row) if c == len(row) - 1 else 0)
            span = (f' rowspan="{cell.row_span}"' if cell.row_span > 1 else "") + (
                f' colspan="{cols}"' if cols > 1 else "")
            cells.append(f"<td{span}>{_marked(cell.text, (i, r, c), spans)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _html_finding(n: int, f: Finding) -> str:
    """One entry of the findings list: number, severity, kind, message, quote, place, evidence,
    suggestion and id; its data attributes are what the page's filters read."""
    from html import escape

    extra = f"<div class='meta'>位置：{escape(f.location.where)}</div>"
    if f.evidence:
        extra += f"<div class='meta'>依据：{escape(f.evidence)}</div>"
    if f.suggestion:
        extra += f"<div class='meta'>建议：{escape(f.suggestion)}</div>"
    if f.id:
        extra += f"<div class='meta'>编号：{escape(f.id)}</div>"
    return (f"<div class='finding {f.severity.value}' data-sev='{f.severity.value}' data-kind='{f.kind.value}' "
            f"data-mark='f{n}'><a href='#f{n}'>{n + 1}. [{SEVERITY_ZH[f.severity]}] "
            f"{escape(KIND_ZH.get(f.kind.value, f.kind.value))}</a> {escape(f.message)}"
            f"<div class='q'>“{escape(_short(f.location.quote))}”</div>{extra}</div>")


# -- a folder's review (jixiao review FOLDER) ------------------------------------------------------


def folder_summary_table(rows: list[tuple[str, int, int, int]]) -> str:
    """报告 | 错误 | 警告 | 提示, columns aligned by display width (a Chinese character is two columns)."""
    total = ("合计", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows))
    width = max(display_width(r[0]) for r in [*rows, total, ("报告", 0, 0, 0)])

    def line(name: str, *cells: str) -> str:
        return name + " " * (width - display_width(name)) + "".join(f"  {c:>4}" for c in cells)

    out = [line("报告") + "  错误  警告  提示"]
    out += [line(name, *(str(x) for x in counts)) for name, *counts in [*rows, total]]
    return "\n".join(out)


def folder_document(results: list[ReviewResult], fmt: str, table: str) -> str:
    """A folder's review as one file (-o X.md or X.json): every report's findings, one after another."""
    return "".join(folder_document_parts(results, fmt, table))


def folder_document_parts(results: Iterable[ReviewResult], fmt: str, table: str) -> Iterator[str]:
    """``folder_document`` piece by piece, so a thousand reports' findings are written as they are read,
    never held together; the pieces join to exactly the same text."""
    if fmt == "json":
        import json  # a folder's JSON only: a report's review is written by pydantic

        yield '{\n  "files": ['
        for i, r in enumerate(results):
            item = json.dumps(r.model_dump(mode="json"), ensure_ascii=False, indent=2)
            yield ("," if i else "") + "\n" + "\n".join("    " + line for line in item.splitlines())
        yield "\n  ]\n}\n"
        return
    yield "\n".join(["# 文件夹审核汇总", "", "```", table, "```", ""])
    for r in results:
        yield "\n" + findings_markdown(r)
