"""A .docx rendered to PDF by LibreOffice, where it is installed — so a draft can be looked at page by
page as it will print. Optional: nothing else depends on it, and without LibreOffice it does nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .atomic import write_bytes

__all__ = ["office", "render_pdf"]


def office() -> str | None:
    """The LibreOffice executable, or None."""
    return shutil.which("libreoffice") or shutil.which("soffice")


#: LibreOffice's PDF export with Word comments kept, as PDF notes on the words they comment.
WITH_COMMENTS = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def render_pdf(docx_path: str | Path, *, comments: bool = False, timeout: float = 300) -> Path | None:
    """``<name>.pdf`` beside ``docx_path`` (written atomically), or None when LibreOffice is missing
    or fails; the .docx is never touched. A private profile keeps parallel runs apart. ``comments``
    keeps the document's comments as PDF notes (LibreOffice leaves them out by default)."""
    exe = office()
    if exe is None:
        return None
    src = Path(docx_path)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        try:
            subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                            WITH_COMMENTS if comments else "pdf",
                            "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=timeout)
        except (OSError, subprocess.SubprocessError):
            return None
        made = Path(tmp, src.with_suffix(".pdf").name)
        if not made.exists():
            return None
        return write_bytes(src.with_suffix(".pdf"), made.read_bytes())
