"""What the program (``python -m drafting``) does not load to review a text: ``inspect`` and the modules it
brings (``ast``, ``dis``, ``tokenize``), which ``dataclasses`` imports only to describe a class without a
docstring. Every dataclass a review builds says what it is, and the program stands a placeholder for
``inspect`` until something asks it for a name (``drafting/__main__.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_LOADED = {"inspect", "ast", "dis", "tokenize"}


def _imported(tmp_path: Path, *command: str) -> set[str]:
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafting", *command], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_a_review_of_a_text_never_loads_inspect(tmp_path):
    report = ROOT / "fixtures" / "jingzhou-hrss-2022" / "report.txt"
    loaded = _imported(tmp_path, "review", str(report), "--format", "json", "-o", str(tmp_path / "out.json"))
    assert "drafting.review" in loaded and not loaded & NOT_LOADED
    assert (tmp_path / "out.json").stat().st_size > 0


def test_the_jixiao_command_is_the_same_program():
    """The installed ``jixiao`` command runs what ``python -m drafting`` runs (the stand-in, the quick end)."""
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["jixiao"].partition(":")
    code = f"import sys\nfrom {module} import {function}\nsys.argv = ['jixiao', '--version']\n{function}()"
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0 and done.stdout.strip()
    loaded = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "drafting.standin" in loaded and "drafting.cli" in loaded


def test_whoever_asks_for_inspect_gets_it():
    """The stand-in hands over the real module at the first name asked, and stands aside for it."""
    code = ("import sys\nfrom drafting.standin import inspect_on_demand\ninspect_on_demand()\n"
            "assert 'ast' not in sys.modules\nimport inspect\n"
            "print(inspect.signature(divmod), inspect.isfunction(inspect_on_demand), 'ast' in sys.modules,"
            " sys.modules['inspect'] is not inspect, sys.modules['inspect'].signature is inspect.signature)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split() == ["(x,", "y,", "/)", "True", "True", "True", "True"]
