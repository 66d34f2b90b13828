"""The real-corpus eval scores honestly: labels point at real text, each finding counts once."""

from pathlib import Path

import yaml
from shared_paths import CORPUS, needs_corpus

from drafting.findings import Finding, FindingLocation, Kind, Severity
from drafting.report import Location
from evals import real

LABELS = sorted(real.LABELS.glob("*.yaml"))


def test_every_corpus_file_is_labelled_and_the_split_is_frozen_at_twenty_test_files_less_those_moved_to_dev():
    """The first split's test files were every third file; a test file only ever leaves, to dev, on record."""
    split = yaml.safe_load(real.SPLIT.read_text(encoding="utf-8"))
    files = {yaml.safe_load(p.read_text(encoding="utf-8"))["file"] for p in LABELS}
    assert len(files) == len(LABELS) == 60
    first = {f for f in files if int(f[:2]) % 3 == 0}
    moved = {m["file"] for m in split.get("moved_to_dev", [])}
    assert len(first) == 20 and moved <= first and all(m["why"] for m in split.get("moved_to_dev", []))
    assert set(split["test"]) == first - moved


@needs_corpus
def test_every_label_quote_and_place_is_found_in_its_file():
    for path in LABELS:
        name = yaml.safe_load(path.read_text(encoding="utf-8"))["file"]
        real.load_labels(path, real.excerpt(CORPUS / name))  # raises when a quote is not there


def _finding(text: str, quote: str, kind: Kind, severity=Severity.WARNING) -> Finding:
    start = text.index(quote)
    loc = Location(block=0, start=start, end=start + len(quote))
    return Finding(kind=kind, severity=severity, message="m", location=FindingLocation(location=loc, quote=quote))


def _label(text: str, quote: str, kind: str, certain: bool = True) -> real.Label:
    s = text.index(quote)
    return real.Label("f.txt", kind, quote, [(s, s + len(quote))], certain=certain)


TEXT = "依据保财绩[2022]4号文件，资金用于用于养老保险，成效明显。"


def test_a_finding_is_right_only_on_a_label_its_kind_can_claim():
    labels = [_label(TEXT, "保财绩[2022]4号", "document_number")]
    scored = real.score_file(TEXT, [_finding(TEXT, "保财绩[2022]4号", Kind.DOCUMENT_NUMBER),
                                    _finding(TEXT, "保财绩[2022]", Kind.STALE_YEAR)], labels)
    assert scored.verdicts == ["tp", "fp"] and scored.found == [True]


def test_findings_on_disputed_labels_count_neither_way_and_the_label_is_not_recall():
    labels = [_label(TEXT, "用于用于", "repeated_word", certain=False)]
    scored = real.score_file(TEXT, [_finding(TEXT, "用于用于", Kind.REPEATED_WORD)], labels)
    t = real.tally([scored])
    assert scored.verdicts == ["disputed"] and (t.tp, t.fp, t.labels) == (0, 0, 0)


def test_an_unlabelled_finding_is_wrong_and_errors_are_counted_apart():
    scored = real.score_file(TEXT, [_finding(TEXT, "成效明显", Kind.UNSUPPORTED_CLAIM, Severity.ERROR)], [])
    t = real.tally([scored])
    assert (t.tp, t.fp, t.error_fp) == (0, 1, 1)


def test_the_floors_fail_when_a_figure_drops(tmp_path, monkeypatch):
    floors = tmp_path / "floors.yaml"
    floors.write_text("dev:\n  precision: 0.9\n", encoding="utf-8")
    monkeypatch.setattr(real, "THRESHOLDS", Path(floors))
    assert real.below_floors({"dev": {"precision": 0.95}}) == []
    assert real.below_floors({"dev": {"precision": 0.5}}) == ["dev precision = 0.5 < 0.9"]
    assert real.below_floors({"dev": {"precision": None}}) != []


def test_a_place_quoted_with_a_pages_readings_is_found_when_the_quote_has_none(tmp_path):
    """A label's quote may carry no inline reading while one of its places does (100%5個(gè)): the
    place is found with its readings dropped, as a quote is."""
    text = "配备率100%1000件达成，维护率100%5個达成"
    path = tmp_path / "f.yaml"
    path.write_text("file: f.txt\nlabels:\n- quote: 配备率100%1000件\n  kind: indicator\n  places:\n  - 100%5個(gè)\n",
                    encoding="utf-8")
    (label,) = real.load_labels(path, text)
    assert len(label.spans) == 2 and text[label.spans[1][0]:label.spans[1][1]] == "100%5個"
