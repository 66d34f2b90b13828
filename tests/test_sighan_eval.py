"""The SIGHAN-2015 eval: its scoring on a tiny file of the same shape, and a clear skip without pycorrector."""

from __future__ import annotations

from pathlib import Path

from evals import sighan


def _tsv(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "sighan2015_test.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_pairs_are_read_as_pycorrector_reads_them(tmp_path):
    path = _tsv(tmp_path, ["# a comment", "他门来了。\t他们来了。", "only one column", "我来了。\t我来了。"])
    assert sighan.read_pairs(path) == [("他门来了。", "他们来了。"), ("我来了。", "我来了。")]


def test_a_found_slip_and_a_quiet_clean_sentence_score_full_marks(tmp_path):
    path = _tsv(tmp_path, ["他门按时完成了全部工作任务。\t他们按时完成了全部工作任务。",
                           "我们按时完成了全部工作任务。\t我们按时完成了全部工作任务。"])
    summary = sighan.run(path)
    assert summary["detection"] == {"tp": 1, "fp": 0, "fn": 0, "tn": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    correction = summary["correction"]
    assert isinstance(correction, dict) and correction["tp"] == 1


def test_a_missed_slip_counts_against_recall_and_a_flagged_clean_sentence_against_precision(tmp_path, monkeypatch):
    path = _tsv(tmp_path, ["他门来了。\t他们来了。", "我们来了。\t我们来了。"])
    real = sighan.findings_for
    monkeypatch.setattr(sighan, "findings_for", lambda s: real("他门来了。") if s == "我们来了。" else [])
    summary = sighan.run(path)
    assert summary["detection"] == {"tp": 0, "fp": 1, "fn": 1, "tn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert summary["false_alarms"] == ["sentence 2: 疑似错别字：“他门”应为“他们”"]


def test_without_pycorrector_the_eval_says_how_to_get_the_data_and_exits_0(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(sighan, "data_file", lambda: None)
    assert sighan.main(["--out", str(tmp_path)]) == 0
    assert "pip install --no-deps pycorrector" in capsys.readouterr().out
    assert not list(tmp_path.iterdir())


def test_check_fails_when_detection_precision_falls_below_the_floor(tmp_path, monkeypatch):
    path = _tsv(tmp_path, ["我们来了。\t我们来了。"])
    real = sighan.findings_for
    monkeypatch.setattr(sighan, "data_file", lambda: path)
    monkeypatch.setattr(sighan, "findings_for", lambda s: real("他门来了。"))  # a false alarm, nothing right
    assert sighan.main(["--out", str(tmp_path / "out"), "--check"]) == 1
    assert sighan.main(["--out", str(tmp_path / "out")]) == 0
