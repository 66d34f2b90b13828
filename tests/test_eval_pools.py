"""``python -m evals.pools``: a held-out pool's pages, fetched again, scored by the pool's labels — right on a
certain label, disputed on an uncertain one, wrong on none; a page not saved is missing, a label whose quote its
page no longer holds is reported, not scored."""

from pathlib import Path

import yaml

from evals import pools

_PAGE = ("某县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
         "我局根据根据县委安排开展工作，本年下达资金100万元，其中：中央50万元、省级30万元、县级21万元。\n")


def _pool(tmp_path: Path, labels: list[dict[str, object]]) -> Path:
    path = tmp_path / "pool900.yaml"
    page = {"page": "01_some-county-2023", "url": "https://example.invalid/1", "labels": labels}
    missing = {"page": "02_never-saved", "url": "https://example.invalid/2", "labels": []}
    path.write_text(yaml.safe_dump({"pool": "pool900", "pages": [page, missing]}, allow_unicode=True), encoding="utf-8")
    (tmp_path / "pages" / "pool900").mkdir(parents=True)
    (tmp_path / "pages" / "pool900" / "01_some-county-2023.txt").write_text(_PAGE, encoding="utf-8")
    return path


def test_a_finding_on_a_certain_label_is_right_and_one_on_none_wrong(tmp_path):
    path = _pool(tmp_path, [{"quote": "根据根据", "kind": "language", "fine": "repeated_word", "note": "", "certain": True}])
    result = pools.score_pool(path, tmp_path / "pages")
    assert result.missing == ["02_never-saved"] and result.stale == []
    t = result.tally
    assert t.tp == 1 and t.labels == 1 and t.labels_found == 1
    assert t.fp == len(result.scored[0].findings) - 1  # the sum 50+30+21 ≠ 100 is labelled nowhere: wrong by the labels


def test_an_uncertain_label_makes_its_finding_disputed(tmp_path):
    path = _pool(tmp_path, [{"quote": "根据根据", "kind": "language", "fine": "repeated_word", "note": "", "certain": False}])
    t = pools.score_pool(path, tmp_path / "pages").tally
    assert t.tp == 0 and t.disputed == 1 and t.labels == 0


def test_a_quote_the_page_no_longer_holds_is_reported(tmp_path):
    path = _pool(tmp_path, [{"quote": "负贵", "kind": "language", "fine": "typo", "note": "", "certain": True}])
    result = pools.score_pool(path, tmp_path / "pages")
    assert result.scored == [] and "负贵" in result.stale[0]
    assert "no longer holds" in pools.markdown([result])


def test_no_folder_of_pages_is_a_skip_not_a_failure(tmp_path, capsys):
    assert pools.main(["--pages", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_an_unknown_pool_is_refused(tmp_path, capsys):
    assert pools.main(["--pages", str(tmp_path), "--pool", "pool0"]) == 2
    assert "pool0" in capsys.readouterr().err


def test_an_older_pools_kind_is_read_from_its_notes_first_word(tmp_path):
    path = _pool(tmp_path, [{"quote": "根据根据", "kind": "language", "note": "repeated_word: 根据 twice", "certain": True}])
    assert pools.score_pool(path, tmp_path / "pages").tally.tp == 1


def test_show_lists_the_wrong_findings_and_the_missed_labels(tmp_path):
    labels = [{"quote": "省级30万元", "kind": "language", "fine": "typo", "note": "a label no finding claims", "certain": True}]
    result = pools.score_pool(_pool(tmp_path, labels), tmp_path / "pages")
    shown = pools.markdown([result], show=True)
    assert "wrong `language.doubled_word`" in shown
    assert "missed `typo` '省级30万元'" in shown
    assert "wrong `" not in pools.markdown([result])
