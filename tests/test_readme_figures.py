"""The README's tables of the real corpus state what `make eval` last wrote to evals/results: a figure
changed by a rule shows there the day the results are committed, not sessions later by hand."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
RESULTS = ROOT / "evals" / "results"


def _rows(text: str, header: str) -> list[list[str]]:
    """The cells of each row of the table ``text`` opens with ``header`` (the header and rule rows left out)."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def test_the_planted_table_is_the_last_evals_own():
    """Row for row (kind and split), the README's planted-defect figures are evals/results/real_planted.md's."""
    written = _rows(README, "| kind | split | texts with a site |")
    measured = _rows((RESULTS / "real_planted.md").read_text(encoding="utf-8"), "| kind | split | texts with a site |")
    assert len(written) == len(measured)
    for ours, theirs in zip(written, measured, strict=True):
        assert ours[1:] == theirs[1:], f"README: {ours}; evals/results/real_planted.md: {theirs}"


def test_the_split_lines_are_the_last_evals_own():
    """The dev and test lines of the README's corpus table give real.json's findings, precision and recall."""
    real = json.loads((RESULTS / "real.json").read_text(encoding="utf-8"))
    for split in ("dev", "test"):
        line = next(r for r in _rows(README, "| split | files | findings |") if re.sub(r"\*", "", r[0]).startswith(split))
        cells = [re.sub(r"\*", "", c) for c in line]
        m = real[split]
        assert cells[2] == str(m["findings"])
        assert cells[3] == f"{m['precision']:.1%}"
        assert cells[5] == str(m["labels_covered"])
        assert cells[6] == f"{m['recall']:.1%}"
        assert cells[7] == f"{m['recall_without_typos']:.1%}"
