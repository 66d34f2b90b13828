"""Fuzzing the readers of untrusted files with Hypothesis: generated and mutated text reports, .docx
packages, .doc files and data files either read or fail with one ``InputError`` — never another
exception — and the file read is never modified.

``make test`` runs ``JIXIAO_FUZZ_EXAMPLES`` (default 60) examples per property, a few hundred in all;
``make fuzz`` runs thousands.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.errors import InputError
from drafting.io.loading import load_department
from drafting.io.reading import read_report

pytestmark = pytest.mark.filterwarnings("ignore::drafting.errors.InputWarning")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jingzhou-hrss-2022"
TEXT = (FIXTURE / "report.txt").read_bytes()[:6000]
DOCX = (FIXTURE / "report.docx").read_bytes()
DATA = (FIXTURE / "data.yaml").read_bytes()

FUZZ = settings(max_examples=int(os.environ.get("JIXIAO_FUZZ_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize="JIXIAO_FUZZ_EXAMPLES" not in os.environ)


def _survives(name: str, content: bytes, read: Callable[[Path], Any]) -> None:
    """``read`` either succeeds or raises an InputError; the file's bytes are the same afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        before = hashlib.sha256(content).hexdigest()
        try:
            read(path)
        except InputError:
            pass
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    """``base`` with a few bytes replaced, inserted or deleted, or cut short."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
        chunk = draw(st.binary(min_size=1, max_size=6))
        if how == "replace":
            data[at:at + len(chunk)] = chunk
        elif how == "insert":
            data[at:at] = chunk
        elif how == "delete":
            del data[at:at + len(chunk)]
        else:
            del data[at:]
    return bytes(data)


_TEXTY = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400)


def _doc() -> bytes:
    """The fixture's report as a Word 97 .doc (its tables as Word tables), in mixed pieces."""
    from drafting.io.text_reader import read_text_string
    from drafting.report import Table
    from evals.doc_written import Rows, build_doc

    blocks = read_text_string(TEXT.decode("utf-8", errors="ignore")).blocks
    return build_doc([Rows([[c.text for c in row] for row in b.rows]) if isinstance(b, Table) else b.text.replace("\n", "\x0b")
                      for b in blocks], split=40)


DOC = _doc()
_HEAD = 3 * 512  # the container's header, FAT and directory sectors: the streams follow


@FUZZ
@given(st.one_of(mutated(DOC), mutated(DOC[_HEAD:]).map(lambda streams: DOC[:_HEAD] + streams)))
def test_the_doc_reader_reads_or_refuses_any_mutated_file(content: bytes) -> None:
    _survives("report.doc", content, read_report)


@FUZZ
@given(st.one_of(st.binary(max_size=400), _TEXTY.map(lambda t: t.encode("utf-8")),
                 _TEXTY.map(lambda t: t.encode("utf-16")), mutated(TEXT)))
def test_the_text_reader_reads_or_refuses_any_bytes(content: bytes) -> None:
    _survives("report.txt", content, read_report)


def _with_document(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DOCX)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, xml if info.filename == "word/document.xml" else zin.read(info))
    return out.getvalue()


with zipfile.ZipFile(io.BytesIO(DOCX)) as _z:
    _DOCUMENT_XML = _z.read("word/document.xml")


@FUZZ
@given(st.one_of(mutated(DOCX), mutated(_DOCUMENT_XML[:20000]).map(_with_document)))
def test_the_docx_reader_reads_or_refuses_any_mutated_package(content: bytes) -> None:
    _survives("report.docx", content, read_report)


@FUZZ
@given(st.one_of(_TEXTY.map(lambda t: t.encode("utf-8")), mutated(DATA)))
def test_the_data_loader_loads_or_refuses_any_yaml(content: bytes) -> None:
    _survives("data.yaml", content, load_department)


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20)
                    | st.decimals(allow_nan=False).map(str),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
                    max_leaves=20).map(lambda v: repr(v).replace("'", '"').replace("None", "null")
                                       .replace("True", "true").replace("False", "false").encode("utf-8")))
def test_the_data_loader_loads_or_refuses_any_json(content: bytes) -> None:
    _survives("data.json", content, load_department)
