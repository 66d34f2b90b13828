"""The house rules of ARCHITECTURE.md, measured on the code: data flows one way.

Rooms, bottom to top: the core (errors, quantities, report, findings, calibration, department, indicators;
the models' base, model_base and records; digests); ``io`` and ``numbers``; ``llm``; ``checks`` and ``draft``; and on top ``review``, ``render``, ``folder``,
``cli``, ``demo``. Nothing in the library imports the evals or the planter.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "drafting"
CORE = {"errors", "quantities", "report", "findings", "calibration", "department", "indicators", "model_base",
        "records", "digests"}
# room -> rooms it may import (besides itself)
ALLOWED = {
    "core": {"core"},
    "io": {"core", "io"},
    "numbers": {"core", "numbers"},
    "llm": {"core", "io", "llm"},
    "checks": {"core", "io", "numbers", "llm", "checks"},
    "draft": {"core", "io", "numbers", "llm", "draft"},
    "top": {"core", "io", "numbers", "llm", "checks", "draft", "top"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def room(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "top"  # drafting/__init__ re-exports the public API
    if parts[1] in {"io", "numbers", "llm", "checks", "draft"}:
        return parts[1]
    return "core" if parts[1] in CORE else "top"


def imports_of(path: Path) -> set[str]:
    """Every drafting (or evals) module ``path`` imports, at any depth, late imports included."""
    me = module_name(path)
    package = me.split(".") if path.name == "__init__.py" else me.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] in {"drafting", "evals"})
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] not in {"drafting", "evals"}:
                continue
            for alias in node.names:  # "from . import x" names a module
                candidate = f"{target}.{alias.name}"
                found.add(candidate if _is_module(candidate) else target)
    return found


def _is_module(name: str) -> bool:
    parts = name.split(".")
    if parts[0] != "drafting":
        return False
    base = PACKAGE.parent.joinpath(*parts)
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


@cache  # parsed once per run: the cycle test asks for it once per edge
def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_library_never_imports_the_evals_or_the_planter():
    offenders = {m: sorted(i for i in deps if i.startswith("evals")) for m, deps in graph().items()}
    assert {m: d for m, d in offenders.items() if d} == {}


@pytest.mark.parametrize("module", sorted(graph()))
def test_every_import_points_down_or_sideways(module):
    deps = graph()[module]
    wrong = sorted(d for d in deps if d.startswith("drafting.") and room(d) not in ALLOWED[room(module)])
    assert wrong == [], f"{module} ({room(module)}) may not import {wrong}"


def test_there_is_no_import_cycle():
    edges = {m: {d for d in deps if d in graph()} for m, deps in graph().items()}
    # a package's __init__ importing its own submodules is how packages work; not a cycle
    for m, deps in edges.items():
        deps.difference_update({d for d in deps if d.startswith(m + ".")})
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert cycles == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: module_name(p))
def test_no_module_over_500_lines_and_no_function_over_60(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    long = [f"{n.name} ({n.end_lineno - n.lineno + 1} lines)" for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.end_lineno - n.lineno + 1 > 60]
    assert lines <= 500 and long == [], f"{lines} lines; long functions: {long}"


@pytest.mark.parametrize("package", sorted(p.parent for p in PACKAGE.rglob("__init__.py")), ids=str)
def test_every_subpackage_says_what_it_holds_and_may_import(package):
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert len(doc) > 40 and "TODO" not in doc
    if package != PACKAGE:
        assert "import" in doc, "the docstring names what the subpackage may import"
