"""Pictures of our outputs for a person to look at (and for the README): the HTML review page as
headless Chromium shows it, and a commented page of the .docx review as LibreOffice prints it.

Optional, like ``io/pdf``: every tool is looked up on the PATH, run with a timeout, and a missing or
failing tool gives a ``Shot`` that says which picture was skipped and why, never an exception. The
picture is written atomically; nothing is written when there is none.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_bytes
from .pdf import office, render_pdf

__all__ = ["PAGE_SIZE", "Shot", "chromium", "commented_page_png", "first_page_with", "page_png", "pdf_page_png"]

#: The browser window of the page's picture, in CSS pixels: wide enough for both panes, small
#: enough that the PNG stays under 200 KB for the README. The committed reference is taken at it.
PAGE_SIZE = (1100, 760)


@dataclass(frozen=True)
class Shot:
    """A picture written to ``path``, or ``path`` None and ``why_not`` saying why there is none."""

    path: Path | None
    why_not: str = ""


def chromium() -> str | None:
    """Debian's ``chromium`` (or ``chromium-browser``), or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(argv: list[str], timeout: float) -> str:
    """'' when the command succeeded, else a short reason."""
    try:
        subprocess.run(argv, check=True, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"{Path(argv[0]).name} 超过 {timeout:g} 秒未完成"
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"{Path(argv[0]).name} 运行失败（{type(exc).__name__}）"
    return ""


def page_png(html: str | Path, png: str | Path, *, size: tuple[int, int] = PAGE_SIZE,
             timeout: float = 120) -> Shot:
    """The top of an HTML page as headless Chromium draws it in a ``size`` window, as ``png``."""
    exe = chromium()
    if exe is None:
        return Shot(None, "未安装 chromium（Debian: apt-get install chromium）")
    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp, "page.png")
        why = _run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile",
                    f"--window-size={size[0]},{size[1]}", f"--screenshot={made}", Path(html).resolve().as_uri()],
                   timeout)
        if why or not made.exists():
            return Shot(None, why or "chromium 没有写出截图")
        return Shot(write_bytes(png, made.read_bytes()))


def first_page_with(pdf: str | Path, snippets: Sequence[str], *, timeout: float = 120) -> int:
    """The first page (from 1) whose text holds one of ``snippets`` (spaces ignored), else 1.
    Used to show a page that carries comments rather than a cover page."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return 1
    try:
        text = subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                              timeout=timeout).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return 1
    wanted = ["".join(s.split())[:8] for s in snippets]
    for number, page in enumerate(text.split("\f"), start=1):
        flat = "".join(page.split())
        if any(w and w in flat for w in wanted):
            return number
    return 1


def pdf_page_png(pdf: str | Path, png: str | Path, *, page: int = 1, dpi: int = 80,
                 timeout: float = 120) -> Shot:
    """One page of a PDF as ``png`` at ``dpi``, by poppler's ``pdftoppm``."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return Shot(None, "未安装 pdftoppm（Debian: apt-get install poppler-utils）")
    with tempfile.TemporaryDirectory() as tmp:
        why = _run([exe, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    f"{tmp}/page"], timeout)
        made = Path(tmp, "page.png")
        if why or not made.exists():
            return Shot(None, why or f"pdftoppm 没有写出第 {page} 页")
        return Shot(write_bytes(png, made.read_bytes()))


def commented_page_png(docx: str | Path, png: str | Path, anchors: Sequence[str], *,
                       timeout: float = 300) -> Shot:
    """The first page of a commented .docx that shows one of ``anchors`` (the commented words), as
    LibreOffice prints it; the PDF is kept beside the .docx."""
    if office() is None:
        return Shot(None, "未安装 LibreOffice（Debian: apt-get install libreoffice-writer）")
    pdf = render_pdf(docx, comments=True, timeout=timeout)
    if pdf is None:
        return Shot(None, f"LibreOffice 未能把 {Path(docx).name} 转为 PDF")
    return pdf_page_png(pdf, png, page=first_page_with(pdf, anchors))
