"""No command ever writes over one of its inputs — by name, symlink or hard link — nor replaces a
folder, device or pipe; folder outputs mirror the input tree; names from data stay in the folder."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from drafting.cli import main
from drafting.io.paths import folder_outputs, safe_filename, same_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "jingzhou-hrss-2022"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    """Copies of a report, its data (as YAML and as JSON) and last year's report."""
    report = tmp_path / "report.txt"
    report.write_bytes((FIXTURE / "report.txt").read_bytes())
    data = tmp_path / "data.yaml"
    data.write_bytes((FIXTURE / "data.yaml").read_bytes())
    as_json = tmp_path / "data.json"
    as_json.write_text(json.dumps(yaml.safe_load(data.read_text(encoding="utf-8")), default=str, ensure_ascii=False),
                       encoding="utf-8")
    prior = tmp_path / "prior.txt"
    prior.write_bytes((FIXTURE / "prior.txt").read_bytes())
    return {"report": report, "data": data, "json": as_json, "prior": prior}


# Every command that takes -o, with the inputs it reads ({report}, {data}, … filled in per test).
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "parse": (["parse", "{report}"], ["report"]),
    "verify": (["verify", "{report}", "--data", "{data}"], ["report", "data"]),
    "review md": (["review", "{report}", "--data", "{data}", "--prior", "{prior}"], ["report", "data", "prior"]),
    "review docx": (["review", "{report}", "--format", "docx", "--prior", "{prior}"], ["report", "prior"]),
    "review dedup": (["review", "{report}", "--dedup", "--data", "{data}"], ["report", "data"]),
    "draft": (["draft", "{json}", "--prior", "{prior}"], ["json", "prior"]),
}

Aim = Callable[[Path, Path], Path]
AIMS: dict[str, Aim] = {
    "the input itself": lambda src, tmp: src,
    "a symlink to it": lambda src, tmp: _link(tmp / "link", src, os.symlink),
    "a hard link to it": lambda src, tmp: _link(tmp / "hard", src, os.link),
}


def _link(at: Path, src: Path, how: Callable[[Path, Path], None]) -> Path:
    at = at.with_suffix(src.suffix)
    how(src, at)
    return at


@pytest.mark.parametrize("aim", list(AIMS))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_command_writes_over_any_of_its_inputs(inputs, tmp_path, command, aim):
    argv, used = COMMANDS[command]
    filled = [a.format(**{k: str(v) for k, v in inputs.items()}) for a in argv]
    before = {name: _digest(p) for name, p in inputs.items()}
    for name in used:
        target = AIMS[aim](inputs[name], tmp_path)
        assert main([*filled, "-o", str(target)]) == 2, f"{command} -o {aim} ({name})"
        if target != inputs[name]:
            target.unlink()
    assert {name: _digest(p) for name, p in inputs.items()} == before


def test_draft_refuses_a_name_whose_sidecar_would_be_the_data_file(inputs, tmp_path):
    before = _digest(inputs["json"])
    assert main(["draft", str(inputs["json"]), "-o", str(tmp_path / "data.docx")]) == 2
    assert _digest(inputs["json"]) == before
    assert not (tmp_path / "data.docx").exists()


def test_draft_writes_the_docx_and_its_sidecar_together(inputs, tmp_path):
    out = tmp_path / "out" / "draft.docx"
    assert main(["draft", str(inputs["data"]), "-o", str(out)]) == 0
    assert out.exists() and out.with_suffix(".json").exists()


def test_a_full_disk_at_the_sidecar_leaves_neither_new_file(inputs, tmp_path, monkeypatch):
    import errno

    out = tmp_path / "draft.docx"
    out.write_bytes(b"old docx")
    out.with_suffix(".json").write_text("old sidecar", encoding="utf-8")
    real_write_text = Path.write_text

    def full(self, text, *args, **kwargs):
        if self.name.startswith(".draft.json."):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_text(self, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    assert main(["draft", str(inputs["data"]), "-o", str(out)]) == 4
    assert out.read_bytes() == b"old docx"
    assert out.with_suffix(".json").read_text(encoding="utf-8") == "old sidecar"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_existing_folder_is_refused_as_an_output_file(inputs, tmp_path):
    folder = tmp_path / "existing"
    folder.mkdir()
    assert main(["parse", str(inputs["report"]), "-o", str(folder)]) == 2
    assert list(folder.iterdir()) == []


def test_a_fifo_is_refused_and_left_a_fifo(inputs, tmp_path):
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["parse", str(inputs["report"]), "-o", str(fifo)]) == 2
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused(inputs):
    assert main(["parse", str(inputs["report"]), "-o", os.devnull]) == 2


def test_dash_writes_to_stdout(inputs, capsys):
    assert main(["parse", str(inputs["report"]), "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["blocks"]
    assert not Path("-").exists()


@pytest.mark.parametrize("argv", [["review", "{report}", "--format", "docx"], ["review", "{report}", "--dedup"],
                                  ["draft", "{data}"], ["review", "{folder}", "--format", "html"],
                                  ["review", "{folder}", "--format", "docx"]])
def test_word_files_and_folders_are_not_written_to_stdout(inputs, tmp_path, argv, monkeypatch):
    """(A folder's md or json is one document: with -o - it goes to the terminal, as for one report.)"""
    monkeypatch.chdir(tmp_path)
    filled = [a.format(folder=tmp_path, **{k: str(v) for k, v in inputs.items()}) for a in argv]
    assert main([*filled, "-o", "-"]) == 2
    assert not (tmp_path / "-").exists()


def test_a_symlinked_output_is_written_through_and_stays_a_link(inputs, tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert main(["parse", str(inputs["report"]), "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") != "old"


def test_a_draft_named_after_its_department_stays_in_the_working_folder(inputs, tmp_path, monkeypatch):
    text = inputs["data"].read_text(encoding="utf-8").replace("name: 靖州县人力资源和社会保障局", "name: ../../逃逸/局", 1)
    evil = tmp_path / "evil.yaml"
    evil.write_text(text, encoding="utf-8")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    assert main(["draft", str(evil)]) == 0
    written = sorted(p.name for p in work.iterdir())
    assert written == ["_.._逃逸_局2022年度绩效自评报告.docx", "_.._逃逸_局2022年度绩效自评报告.json"]
    assert not (tmp_path / "逃逸").exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("../../x", "_.._x"), ("/abs/x", "_abs_x"), ("a\\b:c*?", "a_b_c__"), ("...", "报告"), ("\x00", "报告"),
    ("人社局", "人社局"), ("x" * 300, "x" * 120),
])
def test_file_names_from_data_lose_separators_and_leading_dots(name, expected):
    assert safe_filename(name) == expected


def test_folder_outputs_mirror_subfolders_and_keep_suffixes_of_shared_stems(tmp_path):
    files = [tmp_path / "a" / "r.txt", tmp_path / "b" / "r.txt", tmp_path / "x.txt", tmp_path / "x.docx"]
    out = folder_outputs(files, tmp_path, tmp_path / "out", ".json")
    assert [str(p.relative_to(tmp_path / "out")) for p in out.values()] == [
        "a/r.json", "b/r.json", "x.txt.json", "x.docx.json"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    for sub in ("甲", "乙"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "report.txt").write_bytes((FIXTURE / "report.txt").read_bytes())
    (folder / "report.docx").write_bytes((FIXTURE / "report.docx").read_bytes())
    return folder


def test_folder_review_writes_one_output_per_report_mirroring_the_tree(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    main(["review", str(folder), "--format", "json", "-o", str(out), "--jobs", "1"])
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["report.json", "乙/report.json", "甲/report.json"]


def test_folder_review_into_its_own_folder_never_overwrites_a_report(tmp_path):
    folder = _folder(tmp_path)
    before = {p: _digest(p) for p in folder.rglob("*") if p.is_file()}
    assert main(["review", str(folder), "--format", "docx", "-o", str(folder), "--jobs", "1"]) == 2
    assert {p: _digest(p) for p in folder.rglob("*") if p.is_file()} == before


def test_folder_outputs_inside_the_input_folder_are_not_reviewed_as_reports(tmp_path):
    folder = _folder(tmp_path)
    out = folder / "审核结果"
    main(["review", str(folder), "--format", "docx", "-o", str(out), "--jobs", "1"])
    main(["review", str(folder), "--format", "docx", "-o", str(out), "--jobs", "1"])
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.docx")) == [
        "report.docx", "乙/report.docx", "甲/report.docx"]


def test_same_file_sees_hard_links_and_symlinks(tmp_path):
    a = tmp_path / "a"
    a.write_text("x")
    os.link(a, tmp_path / "h")
    (tmp_path / "s").symlink_to(a)
    assert same_file(a, tmp_path / "h") and same_file(a, tmp_path / "s")
    assert not same_file(a, tmp_path / "missing")
