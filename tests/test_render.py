"""Renderers format findings; the HTML page is self-contained and well formed."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from drafting.render import findings_html, findings_json, findings_markdown, report_markdown

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks = 0
        self.external: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.marks += 1
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            if value and not value.startswith("#"):
                self.external.append(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


@pytest.fixture
def sample(sample_reviewed):
    return sample_reviewed


def test_html_is_well_formed_self_contained_and_highlights_findings(sample):
    report, result = sample
    page = findings_html(result, report)
    checker = _Checker()
    checker.feed(page)
    assert checker.errors == [] and checker.stack == []
    assert checker.external == []  # readable offline: no scripts, fonts or styles fetched
    assert checker.marks > 0
    assert page.count("class='finding ") == len(result.findings)


def test_html_escapes_report_text():
    from drafting.findings import ReviewResult
    from drafting.report import Paragraph, Report

    report = Report(blocks=[Paragraph(text="<script>alert(1)</script>")])
    page = findings_html(ReviewResult.of([]), report)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_json_has_findings_and_summary(sample):
    _, result = sample
    payload = json.loads(findings_json(result))
    assert set(payload) >= {"findings", "summary"}
    first = payload["findings"][0]
    assert {"kind", "severity", "message", "location", "evidence"} <= set(first)
    assert "quote" in first["location"]


def test_json_is_the_text_json_dumps_writes_of_the_findings(sample):
    """The JSON is pydantic's serializer (no dict per finding first), byte for byte what ``json.dumps``
    of the dumped findings gives: indentation, Chinese as written, escapes, similarities as floats."""
    from drafting.findings import Finding, FindingLocation, Kind, ReviewResult, Severity
    from drafting.report import Location

    _, result = sample
    odd = Finding(kind=Kind.TYPO, severity=Severity.INFO, message='“引号” \\ "q" \t\x01\x7f\u2028 é',
                  location=FindingLocation(location=Location(block=0, start=0, end=1), quote="\n", label="第1段"),
                  evidence="相似度 0.857", rule="x")
    for r in (result, ReviewResult.of([*result.findings, odd], source="报告 “甲”.txt")):
        assert findings_json(r) == json.dumps(r.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def test_markdown_lists_every_finding(sample):
    _, result = sample
    md = findings_markdown(result)
    assert md.count("   - 原文：") == len(result.findings)


def test_report_markdown_shows_tables_as_tables(sample):
    report, _ = sample
    md = report_markdown(report)
    assert "| 1、局机关 | 1209.14 |" in md


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_html_renders_in_headless_chromium(sample, tmp_path):
    report, result = sample
    page = tmp_path / "review.html"
    page.write_text(findings_html(result, report), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert dom.count("<mark") > 0
    assert dom.count('class="finding ') == len(result.findings)
    shot = tmp_path / "review.png"
    subprocess.run([CHROMIUM, *flags, "--window-size=1400,1000", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000


def _cluster():
    from drafting.checks.redundancy import find_duplicates
    from drafting.findings import ReviewResult
    from drafting.report import Paragraph, Report

    text = "全县社会保险参保合计24.27万人，基金征缴2.15亿元，发放各项社保待遇4.5亿元，严格落实降费率政策。"
    other = "结合党史学习教育，扎实推进模范机关建设，提升干部队伍素质，不断优化营商环境，持续深化放管服改革。"
    report = Report(blocks=[Paragraph(text=t) for t in (text, other, text, other.replace("党史", "主题"), text)])
    return report, ReviewResult.of(find_duplicates(report))


def test_the_summary_counts_problems_and_places_apart():
    _, result = _cluster()
    assert result.summary.total == 2 and result.summary.places == 5  # text ×3, other ×2
    assert "共 2 条问题，涉及 5 处" in findings_markdown(result)


def test_overlapping_places_of_two_findings_count_once():
    from drafting.findings import Finding, FindingLocation, Kind, ReviewResult, Severity
    from drafting.report import Location

    def at(start, end):
        return FindingLocation(location=Location(block=0, start=start, end=end), quote="x")

    findings = [Finding(kind=Kind.STALE_YEAR, severity=Severity.WARNING, message="m", location=at(0, 5)),
                Finding(kind=Kind.DATE_INCONSISTENCY, severity=Severity.WARNING, message="m", location=at(3, 8),
                        related=[at(20, 24)])]
    assert ReviewResult.of(findings).summary.places == 2


def test_html_marks_every_copy_of_a_duplicate_with_one_id_per_finding():
    report, result = _cluster()
    page = findings_html(result, report)
    assert page.count("<mark ") == 5
    assert page.count('id="f0"') == 1 and page.count('data-finding="f0"') == 2
    assert "共 2 条问题，涉及 5 处" in page


def test_every_finding_kind_has_a_chinese_name():
    from drafting.findings import Kind
    from drafting.render import KIND_ZH

    assert {k.value for k in Kind} <= set(KIND_ZH)


@pytest.fixture
def browser(tmp_path):
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from tests.cdp import Browser

    b = Browser(CHROMIUM, tmp_path / "profile")
    yield b
    b.close()


def _visible(browser) -> int:
    return browser.js("Array.from(document.querySelectorAll('.finding'))"
                      ".filter(e => getComputedStyle(e).display !== 'none').length")


def test_the_page_filters_by_severity_kind_and_words_in_chromium(sample, tmp_path, browser):
    report, result = sample
    page = tmp_path / "review.html"
    page.write_text(findings_html(result, report), encoding="utf-8")
    browser.open(page.as_uri())
    total = len(result.findings)
    assert _visible(browser) == total
    browser.js("document.querySelector('input.sev[value=warning]').click()")
    assert _visible(browser) == total - result.summary.by_severity.get("warning", 0)
    browser.js("document.querySelector('input.sev[value=warning]').click()")
    kind, n = max(result.summary.by_kind.items(), key=lambda kv: kv[1])
    browser.js(f"{{ const k = document.getElementById('kind'); k.value = '{kind}'; k.dispatchEvent(new Event('change')) }}")
    assert _visible(browser) == n and browser.js("document.getElementById('shown').textContent") == str(n)
    browser.js("{ const k = document.getElementById('kind'); k.value = ''; k.dispatchEvent(new Event('change')) }")
    typo = next(f for f in result.findings if f.kind.value == "typo")
    browser.js(f"{{ const q = document.getElementById('q'); q.value = {json.dumps(typo.quote)};"
               " q.dispatchEvent(new Event('input')) }")
    expected = sum(1 for f in result.findings if typo.quote in (f.message + f.quote + f.evidence + (f.suggestion or "")))
    assert 1 <= _visible(browser) <= max(expected, 1) + 1


def test_j_and_k_move_between_findings_and_print_keeps_every_finding(sample, tmp_path, browser):
    report, result = sample
    page = tmp_path / "review.html"
    page.write_text(findings_html(result, report), encoding="utf-8")
    browser.open(page.as_uri())
    current = "document.querySelector('.finding.current') && document.querySelector('.finding.current').dataset.mark"
    browser.key("j")
    first = browser.js(current)
    browser.key("j")
    second = browser.js(current)
    browser.key("k")
    assert first and second and first != second and browser.js(current) == first
    assert browser.js(f"document.getElementById('{first}').classList.contains('current')")  # the text is marked too
    browser.js("document.querySelector('input.sev[value=warning]').click()")  # hide some on screen
    assert _visible(browser) < len(result.findings)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    assert _visible(browser) == len(result.findings)
    assert browser.js("getComputedStyle(document.querySelector('.controls')).display") == "none"


def test_the_page_counts_severities_as_the_markdown_does_most_severe_first():
    """The page said “共 95 条问题，涉及 102 处：提示 32，警告 63” (in the order the findings came) where
    the Markdown said “（警告 63，提示 32）”: one sentence, the same in every output."""
    from drafting.findings import Finding, FindingLocation, Kind, ReviewResult, Severity
    from drafting.report import Location, Paragraph, Report

    def at(start, end):
        return FindingLocation(location=Location(block=0, start=start, end=end), quote="x")

    findings = [Finding(kind=Kind.TYPO, severity=Severity.INFO, message="m", location=at(0, 2)),
                Finding(kind=Kind.STALE_YEAR, severity=Severity.WARNING, message="m", location=at(5, 9))]
    result = ReviewResult.of(findings)
    report = Report(blocks=[Paragraph(text="负贵全县2020年度工作。")])
    sentence = "共 2 条问题，涉及 2 处（警告 1，提示 1）。"
    assert sentence in findings_markdown(result)
    assert sentence in findings_html(result, report)
