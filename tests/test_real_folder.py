"""``evals.real_folder``: the corpus's labelled measure on pages saved outside the repository."""

from __future__ import annotations

import json

from evals import real_folder

PAGE = "某某县文化馆2023年度项目支出绩效自评报告\n一、项目概况\n根据根据县委部署，全年开展演出12场。\n"
LABELS = """file: {name}
labels:
  - quote: "根据根据"
    kind: repeated_word
    note: doubled word
  - quote: "演出12场"
    kind: conflicting_figure
    note: invented miss
{extra}"""


def _folder(tmp_path, extra=""):
    pages, labels = tmp_path / "pages", tmp_path / "labels"
    pages.mkdir(), labels.mkdir()
    for n in ("001", "002"):
        (pages / f"{n}.txt").write_text(PAGE, encoding="utf-8")
    (labels / "001.yaml").write_text(LABELS.format(name="001.txt", extra=extra), encoding="utf-8")
    return pages, labels


def test_a_labelled_page_is_scored_as_the_corpus_is_and_an_unlabelled_one_is_named(tmp_path, capsys):
    pages, labels = _folder(tmp_path)
    out = tmp_path / "figures.json"
    assert real_folder.main(["--folder", str(pages), "--labels", str(labels), "--out", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["pages"] == 1 and figures["labels_covered"] == 2 and figures["labels_found"] == 1
    assert figures["by_label_kind"] == {"conflicting_figure": {"missed": 1}, "repeated_word": {"found": 1}}
    assert "without labels (002.txt)" in capsys.readouterr().out


def test_the_odd_half_is_measured_apart_and_cases_list_misses(tmp_path, capsys):
    pages, labels = _folder(tmp_path)
    assert real_folder.main(["--folder", str(pages), "--labels", str(labels), "--files", "even"]) == 0
    assert "0 labelled pages" in capsys.readouterr().out
    assert real_folder.main(["--folder", str(pages), "--labels", str(labels), "--files", "odd", "--cases"]) == 0
    assert "001.txt\tmissed\tconflicting_figure\t演出12场" in capsys.readouterr().out


def test_two_labellers_agree_where_their_places_overlap(tmp_path):
    pages, labels = _folder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    (other / "001.yaml").write_text('file: 001.txt\nlabels:\n  - quote: "根据根据县委"\n    kind: repeated_word\n',
                                    encoding="utf-8")
    got = real_folder.agreement(real_folder.pick(pages, "all"), labels, other)
    assert got == {"first": 2, "second": 1, "first_marked_by_second": 1, "second_marked_by_first": 1}


def test_a_quote_not_in_its_page_is_one_line_and_exit_2(tmp_path, capsys):
    pages, labels = _folder(tmp_path, extra='  - quote: "不在文中"\n    kind: typo\n')
    assert real_folder.main(["--folder", str(pages), "--labels", str(labels)]) == 2
    err = capsys.readouterr().err
    assert "不在文中" in err and len(err.strip().splitlines()) == 1
