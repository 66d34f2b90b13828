"""The command's review of one text builds records, not pydantic models (``model_base``, ``records``):
it loads no pydantic and writes the same bytes; every library user still gets pydantic models."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

import drafting
from drafting import model_base
from drafting.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted(ROOT.glob("fixtures/*/report.txt"))

# reviews every file named as the jixiao program does (records in this fresh process), then says which
# pydantic modules are loaded and the records' fields of each model class
_COMMAND = """
import json, sys
from drafting.cli import run
outs = json.loads(sys.argv[1])
for source, out, fmt, *more in outs:  # as the jixiao program runs each
    sys.argv = ["jixiao", "review", source, "--format", fmt, "-o", out, *more]
    run()
from drafting import model_base, records
models = {}
for name in model_base.MODEL_MODULES:
    module = sys.modules[name]
    for attr, value in vars(module).items():
        if isinstance(value, type) and issubclass(value, records.BaseModel) and value.__module__ == name:
            models[f"{name}.{attr}"] = list(value.model_fields)
print(json.dumps({"pydantic": sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "pydantic_core")),
                  "records": model_base.records_used(), "models": models}))
"""


def _command(runs: list[list[str]], tmp_path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _COMMAND, json.dumps(runs)], capture_output=True, text=True,
                         cwd=tmp_path, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_review_of_one_text_loads_no_pydantic_and_writes_the_same_bytes(tmp_path):
    runs = [[str(p), str(tmp_path / f"{i}.json"), "json"] for i, p in enumerate(FIXTURES)]
    runs += [[str(p), str(tmp_path / f"{i}.md"), "md"] for i, p in enumerate(FIXTURES[:2])]
    with_prior = ROOT / "fixtures" / "jingzhou-hrss-2022"
    runs.append([str(with_prior / "report.txt"), str(tmp_path / "prior.json"), "json", "--prior", str(with_prior / "prior.txt")])
    runs.append([str(with_prior / "report.docx"), str(tmp_path / "docx.json"), "json"])  # the Word reader's report
    seen = _command(runs, tmp_path)
    assert seen["records"] and seen["pydantic"] == []
    for source, out, fmt, *more in runs:  # the same commands here, where the models are pydantic's
        assert main(["review", source, "--format", fmt, "-o", out + ".pydantic", *more]) in (0, 1)
        assert Path(out).read_bytes() == Path(out + ".pydantic").read_bytes(), (source, fmt, more)


def test_the_records_have_the_models_fields_in_their_order(tmp_path):
    seen = _command([[str(FIXTURES[0]), str(tmp_path / "a.json"), "json"]], tmp_path)
    assert seen["models"]
    for qualified, fields in seen["models"].items():
        module, name = qualified.rsplit(".", 1)
        model = getattr(sys.modules[module], name)
        assert issubclass(model, pydantic.BaseModel) and list(model.model_fields) == fields, qualified


def test_a_review_with_data_or_of_a_folder_or_to_word_uses_pydantics_models(tmp_path):
    data = ROOT / "fixtures" / "jingzhou-hrss-2022" / "data.yaml"
    runs = [[str(FIXTURES[0]), str(tmp_path / "a.docx"), "docx"]]
    if data.exists():
        runs.append([str(FIXTURES[0]), str(tmp_path / "b.json"), "json", "--data", str(data)])
    seen = _command(runs, tmp_path)
    assert not seen["records"] and "pydantic" in seen["pydantic"]


def test_the_library_and_a_program_calling_main_get_pydantic_models(tmp_path):
    code = ("import sys; from drafting.cli import main; import drafting, pydantic; "
            f"main(['review', {str(FIXTURES[0])!r}, '--format', 'json', '-o', {str(tmp_path / 'a.json')!r}]); "
            "print(issubclass(drafting.Finding, pydantic.BaseModel))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert out.stdout.strip().splitlines()[-1] == "True"
    for name in ("Report", "Location", "Finding", "ReviewResult", "ReviewOptions", "Mention", "Quantity"):
        assert issubclass(getattr(drafting, name), pydantic.BaseModel), name
    assert model_base.use_records() is False  # the models are declared already: pydantic's stay
    assert issubclass(drafting.Report, pydantic.BaseModel)


def test_every_module_declaring_models_on_the_base_is_listed():
    declaring = set()
    for path in (ROOT / "drafting").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("model_base"):
                declaring.add(".".join(path.relative_to(ROOT).with_suffix("").parts))
            if isinstance(node, ast.ImportFrom) and node.module == "pydantic" and path.stem in (
                    "report", "findings", "quantities", "extract", "sentences", "redundancy", "review"):
                pytest.fail(f"{path} imports pydantic directly")
    assert declaring == set(model_base.MODEL_MODULES)


def test_a_long_reports_checks_split_over_processes_send_records_back_as_they_send_models(tmp_path, monkeypatch):
    """Records cross processes (pickled) as pydantic's models do: the split review writes the same bytes."""
    source = str(ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt")
    monkeypatch.setenv("JIXIAO_PARALLEL_CHARS", "1000")  # a fixture's length is "long" here
    out = str(tmp_path / "split.json")
    seen = _command([[source, out, "json", "--jobs", "2"]], tmp_path)
    assert seen["records"] and seen["pydantic"] == []
    assert main(["review", source, "--format", "json", "-o", out + ".pydantic", "--jobs", "2"]) in (0, 1)
    assert Path(out).read_bytes() == Path(out + ".pydantic").read_bytes()
    code = ("import pickle, copy; from drafting import model_base; model_base.use_records(); "
            "from drafting.report import Location; loc = Location(block=1, start=2, end=3); "
            "back = pickle.loads(pickle.dumps(loc)); "
            "print(back == loc, hash(back) == hash(loc), copy.deepcopy(loc) == loc, type(back).__mro__[1].__module__)")
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert printed.split() == ["True", "True", "True", "drafting.records"]


def test_the_records_write_their_json_as_json_dumps_of_their_dump_with_an_indent_of_two():
    """The records write their JSON themselves (``records._Json``): the same text as ``json.dumps``, every
    kind of value a model holds, and the unusual ones (a key that is no string, a float that is not
    finite) left to ``json.dumps``."""
    from decimal import Decimal
    from enum import Enum, StrEnum

    from drafting import records

    class Tint(StrEnum):
        RED = "红"

    class Level(Enum):
        ONE = 1

    class Inner(records.BaseModel):
        name: str = "甲\n\"乙\"\t\u2028"
        tint: Tint = Tint.RED
        level: Level = Level.ONE

    class Outer(records.BaseModel):
        inner: Inner = records.Field(default_factory=Inner)
        items: list = records.Field(default_factory=lambda: [1, -2.5, 1e-7, True, None, [], {}, (3, "四")])
        counts: dict = records.Field(default_factory=lambda: {Tint.RED: 2, "空": [], "零": 0})
        amount: Decimal = Decimal("12.50")
        empty: list = records.Field(default_factory=list)

    for record in (Outer(), Outer(items=[float("nan")]), Outer(counts={1: "一"}), Outer(items=[{2.5: 1}]), Inner()):
        assert record.model_dump_json(indent=2) == json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2)


def test_only_a_record_with_private_attributes_reads_them_through_getattr():
    """A record without private attributes has no ``__getattr__``, so its field reads go the interpreter's
    fast, specialised way (one on every record cost the sample's review 49 M instructions); one with them
    (``Report``) still reads them, and a name neither has fails as ``object``'s does."""
    from drafting import records

    class Plain(records.BaseModel):
        name: str = "甲"

    class Held(records.BaseModel):
        name: str = "乙"
        _cache: dict | None = records.PrivateAttr(default=None)

    class Inherited(Held):
        more: int = 1

    assert not hasattr(Plain, "__getattr__")
    assert hasattr(Held, "__getattr__") and hasattr(Inherited, "__getattr__")
    held, inherited = Held(), Inherited()
    held._cache = {"k": 1}
    assert held._cache == {"k": 1} and inherited._cache is None and inherited.more == 1
    for record, kind in ((Plain(), "Plain"), (held, "Held")):
        with pytest.raises(AttributeError, match=f"'{kind}' object has no attribute 'missing'"):
            record.missing  # noqa: B018
        assert getattr(record, "missing", None) is None and not hasattr(record, "missing")
    copied = held.model_copy()
    assert copied._cache == {"k": 1} and copied.name == "乙"
