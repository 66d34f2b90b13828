"""Pictures of the outputs (drafting/io/screenshots.py): a missing or failing tool skips a picture with
a reason and writes nothing; a commented .docx is pictured on a page that carries comments; and the
sample's review page, as headless Chromium draws it, still looks like the committed picture
(docs/screenshots/review-page.png, the one the README shows), by a comparison that tells a broken
page from one set in other fonts. How pictures are compared, why the tolerance is what it is, and
how to refresh the reference after an intended change: tests/screenshots.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafting.io.pdf import office
from drafting.io.screenshots import chromium, commented_page_png, first_page_with, page_png, pdf_page_png

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "jingzhou-hrss-2022"
needs_chromium = pytest.mark.skipif(chromium() is None,
                                    reason="Debian's chromium is not installed (apt-get install chromium)")
needs_office = pytest.mark.skipif(office() is None or shutil.which("pdftoppm") is None,
                                  reason="LibreOffice and poppler-utils (pdftoppm) are not both installed")


@pytest.fixture
def bare_path(tmp_path, monkeypatch) -> Path:
    """A PATH holding only what a test puts there."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


def _tool(bin_dir: Path, name: str, script: str) -> None:
    exe = bin_dir / name
    exe.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    exe.chmod(0o755)


def test_a_missing_tool_skips_its_picture_with_a_reason_and_writes_nothing(bare_path, tmp_path):
    html, pdf = tmp_path / "a.html", tmp_path / "a.pdf"
    html.write_text("<p>x</p>", encoding="utf-8")
    shots = {"chromium": page_png(html, tmp_path / "a.png"),
             "pdftoppm": pdf_page_png(pdf, tmp_path / "b.png"),
             "LibreOffice": commented_page_png(tmp_path / "a.docx", tmp_path / "c.png", ["x"])}
    for tool, shot in shots.items():
        assert shot.path is None and f"未安装 {tool}" in shot.why_not
    assert not list(tmp_path.glob("*.png"))


def test_a_failing_or_hanging_tool_gives_a_reason(bare_path, tmp_path):
    html = tmp_path / "a.html"
    html.write_text("<p>x</p>", encoding="utf-8")
    _tool(bare_path, "chromium", "exit 3")
    assert page_png(html, tmp_path / "a.png").why_not == "chromium 运行失败（CalledProcessError）"
    _tool(bare_path, "chromium", "exec /bin/sleep 30")
    assert page_png(html, tmp_path / "a.png", timeout=1).why_not == "chromium 超过 1 秒未完成"
    assert not (tmp_path / "a.png").exists()


def test_the_demo_says_which_picture_it_skipped_and_goes_on(bare_path, tmp_path, capsys):
    from drafting.demo import _screenshots

    _screenshots(tmp_path, ["x"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == ["  跳过审核网页截图：未安装 chromium（Debian: apt-get install chromium）",
                          "  跳过批注版 .docx截图：未安装 LibreOffice（Debian: apt-get install libreoffice-writer）"]


@needs_office
def test_a_commented_docx_is_pictured_on_the_first_page_with_comments(tmp_path):
    from drafting.findings import Finding, FindingLocation, Kind, Severity
    from drafting.io.docx_writer import write_commented_docx
    from drafting.report import Location, Paragraph, Report

    filler = "本段为填充文字，用于占满页面，与审核无关。" * 6
    target = "全县城镇新增就业2141人，完成目标任务的107%。"
    report = Report(blocks=[Paragraph(text=filler) for _ in range(30)] + [Paragraph(text=target)])
    finding = Finding(kind=Kind.UNSUPPORTED_CLAIM, severity=Severity.WARNING, message="请补充依据",
                      location=FindingLocation(location=Location(block=30, start=0, end=len(target)), quote=target))
    docx = write_commented_docx(report, [finding], tmp_path / "review.docx")
    shot = commented_page_png(docx, tmp_path / "page.png", [target])
    pdf = docx.with_suffix(".pdf")
    assert shot.path == tmp_path / "page.png" and shot.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"/Annot" in pdf.read_bytes()  # the comment is in the PDF, as a note
    page = first_page_with(pdf, [target])
    assert page > 1 and first_page_with(pdf, ["不在文中的话"]) == 1


# -- the review page compared with its committed picture ---------------------------------------------


@pytest.fixture(scope="module")
def page() -> str:
    """The review page ``make demo`` writes: the sample reviewed against its prior year."""
    pytest.importorskip("PIL", reason="Pillow (in the dev extra) decodes the screenshots: pip install -e '.[dev]'")
    from drafting.io.reading import read_report
    from drafting.render import findings_html
    from drafting.review import review

    report = read_report(SAMPLE / "report.txt")
    return findings_html(review(report, prior=read_report(SAMPLE / "prior.txt")), report)


def _shot(page: str, tmp_path: Path, css: str = "") -> Path:
    html = tmp_path / "page.html"
    html.write_text(page.replace("</head>", f"<style>{css}</style></head>", 1), encoding="utf-8")
    shot = page_png(html, tmp_path / "page.png")
    assert shot.path is not None, shot.why_not
    return shot.path


@needs_chromium
def test_the_review_page_looks_like_the_committed_picture(page, tmp_path):
    from tests.screenshots import REFERENCE, compare

    comparison = compare(REFERENCE, _shot(page, tmp_path))
    assert comparison.matches, (f"{comparison}; if the page changed on purpose, refresh the reference: "
                                "make demo && .venv/bin/python -m tests.screenshots")


@needs_chromium
def test_the_same_page_in_another_typeface_still_matches(page, tmp_path):
    """The tolerance: every letter drawn differently, the layout unchanged."""
    from tests.screenshots import REFERENCE, compare

    swapped = _shot(page, tmp_path, '*{font-family:"Noto Sans CJK SC",sans-serif !important}')
    assert compare(REFERENCE, swapped).matches


@needs_chromium
@pytest.mark.parametrize("broken", [
    "#findings{display:none}",  # the findings list gone
    ".controls{display:none}",  # the search box and filters gone
    "main{visibility:hidden}",  # the report pane empty
    "mark{background:none !important}",  # the highlights gone
], ids=["no-findings-list", "no-filters", "empty-report", "no-highlights"])
def test_a_broken_page_does_not_match(page, tmp_path, broken):
    from tests.screenshots import REFERENCE, compare

    comparison = compare(REFERENCE, _shot(page, tmp_path, broken))
    assert not comparison.matches, str(comparison)


def test_the_committed_pictures_are_small_enough_for_the_readme():
    pictures = sorted((Path(__file__).resolve().parent.parent / "docs" / "screenshots").glob("*.png"))
    assert [p.name for p in pictures] == ["review-docx.png", "review-page.png"]
    assert all(p.stat().st_size < 200_000 for p in pictures)
