"""The code ``dataclasses`` and ``typing`` compile from text, kept between runs of the command: a class
or annotation made from stored code behaves as one compiled afresh, only a private folder is read,
and nothing about the file can stop a command."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import typing
from pathlib import Path

from drafting.io import code_cache

# classes and annotations of the kind the package's modules make (invented names)
_RUN = """
import dataclasses, sys, typing
from pathlib import Path
from drafting.io import code_cache
folder = Path(sys.argv[1]) if sys.argv[1] != "-" else None
with code_cache.active(folder):
    loaded = len(code_cache._stored)
    patched = (dataclasses.__dict__.get("exec") is code_cache._exec, typing.__dict__.get("compile") is code_cache._compile)

    @dataclasses.dataclass(frozen=True)
    class Budget:
        '''an invented row'''
        unit: str
        amount: "float"
        items: tuple = ()

    @dataclasses.dataclass(slots=True)
    class Line:
        text: str
        n: int = 0

    b = Budget("清河县农业局", 12.5)
    try:
        b.amount = 1.0
        frozen = "not frozen"
    except dataclasses.FrozenInstanceError:
        frozen = "frozen"
    ref = typing.ForwardRef("list[Budget]")
    hints = typing.get_type_hints(Budget)
    out = [repr(b), b == Budget("清河县农业局", 12.5), hash(b) == hash(Budget("清河县农业局", 12.5)), frozen,
           repr(Line("x")), Budget.__init__.__annotations__, hints, ref._evaluate(globals(), locals(), frozenset()),
           Budget.__init__.__code__.co_flags]
after = ("exec" in dataclasses.__dict__, "compile" in typing.__dict__)
print(loaded, patched, after, repr(out))
"""


def _run(folder: Path | str) -> tuple[int, str]:
    out = subprocess.run([sys.executable, "-c", _RUN, str(folder)], capture_output=True, text=True, check=True)
    loaded, rest = out.stdout.split(" ", 1)
    return int(loaded), rest


def test_classes_made_from_stored_code_behave_as_freshly_compiled_ones(tmp_path):
    plain = _run("-")  # no folder: compiled as usual (kept in memory only)
    first, second, third = _run(tmp_path), _run(tmp_path), _run(tmp_path)
    assert plain[0] == first[0] == second[0] == 0  # stored only once two runs in a row compiled a text
    assert third[0] > 0  # put back
    assert third[1] == second[1] == first[1] == plain[1]  # same reprs, equality, hashes, annotations, flags
    assert "(True, True) (False, False)" in third[1]  # patched while the command runs, restored after
    assert "'frozen'" in third[1] and "<class 'float'>" in third[1]


def test_the_module_gives_code_this_modules_flags_never():
    # compiled through the cache, an __init__ keeps real annotations (no ``annotations`` future flag)
    with code_cache.active(None):

        @dataclasses.dataclass
        class Row:
            count: int

        code = code_cache._code("x: int = 1", "<string>", "exec")

    @dataclasses.dataclass
    class Fresh:
        count: int

    assert Row.__init__.__annotations__ == Fresh.__init__.__annotations__
    assert Row.__init__.__code__.co_flags == Fresh.__init__.__code__.co_flags
    assert code.co_flags == compile("x: int = 1", "<string>", "exec", 0, True).co_flags
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def test_an_error_in_the_text_is_the_same_error_and_the_modules_are_restored():
    try:
        with code_cache.active(None):
            typing.ForwardRef("1 +")
    except SyntaxError as exc:
        assert "Forward reference must be an expression" in str(exc)
    else:
        raise AssertionError("no SyntaxError")
    assert "exec" not in vars(dataclasses) and "compile" not in vars(typing)


def test_a_folder_others_may_write_or_a_damaged_file_is_not_read(tmp_path):
    _run(tmp_path), _run(tmp_path)
    assert _run(tmp_path)[0] > 0
    if hasattr(os, "getuid"):
        tmp_path.chmod(0o777)
        assert _run(tmp_path)[0] == 0  # someone else could have put code there
        tmp_path.chmod(0o700)
    for file in tmp_path.glob("code-*.bin"):
        file.write_bytes(file.read_bytes()[:100])  # cut short
    assert _run(tmp_path)[0] == 0
    assert _run(tmp_path / "missing" / "deeper")[0] == 0


def test_pydantic_looks_for_no_plugins_while_the_command_runs(monkeypatch):
    from drafting import cli

    name = "PYDANTIC_DISABLE_PLUGINS"
    monkeypatch.delenv(name, raising=False)
    with cli._without_pydantic_plugins():
        assert os.environ[name] == "__all__"
    assert name not in os.environ  # a program calling main gets its environment back
    monkeypatch.setenv(name, "")  # the user's own setting (here: look for plugins) is kept
    with cli._without_pydantic_plugins():
        assert os.environ[name] == ""
    assert os.environ[name] == ""


def test_a_pipe_or_a_link_at_the_files_name_neither_blocks_nor_is_followed(tmp_path):
    if not hasattr(os, "mkfifo"):
        return
    _run(tmp_path), _run(tmp_path)
    (file,) = tmp_path.glob("code-*.bin")
    stored = file.read_bytes()
    file.unlink()
    os.mkfifo(file)  # read as a file, it would block the command for ever (the run's timeout fails it)
    out = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("0 ")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.bin"
    elsewhere.write_bytes(stored)
    file.unlink()
    file.symlink_to(elsewhere)  # a link to stored code elsewhere is not followed
    assert _run(tmp_path)[0] == 0


def test_a_users_own_plugin_setting_gets_pydantics_own_loader():
    code = ("import sys; from drafting import cli; from pydantic import BaseModel\n"
            "with cli._without_pydantic_plugins():\n"
            "    class Budget(BaseModel):\n        unit: str\n"
            "print(hasattr(sys.modules['pydantic.plugin._loader'], 'entry_points'))")
    env = os.environ | {"PYDANTIC_DISABLE_PLUGINS": "some-plugin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"


_PROGRAM = """
import gc, sys
from drafting import cli
if sys.argv[1] == "off":
    gc.set_threshold(0)
ran = cli.run if sys.argv[1] != "main" else cli.main
status = ran(["schema", "--check", "--out", sys.argv[2]]) if ran is cli.main else None
if ran is cli.run:
    sys.argv = ["jixiao", "schema", "--check", "--out", sys.argv[2]]
    status = cli.run()
print(gc.get_threshold()[0], gc.get_freeze_count() > 0, file=sys.stderr)
"""


def test_the_program_keeps_the_commands_collector_to_its_end_and_main_gives_it_back(tmp_path):
    """``run`` (the ``jixiao`` program, ``python -m drafting``) leaves the young generation large and
    every object frozen once ``main`` is done, so no collection walks the run's objects as it ends; a
    program calling ``main`` gets its own setting back and nothing frozen. Fails on 428257b (no ``run``)."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    schemas = str(root / "schemas")

    def after(how: str) -> str:
        out = subprocess.run([sys.executable, "-c", _PROGRAM, how, schemas], capture_output=True, text=True, cwd=tmp_path)
        return out.stderr.strip().splitlines()[-1]

    assert after("run") == "100000 True"
    assert after("main") == "700 False"
    assert after("off") == "0 True"  # a collector switched off stays off
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["jixiao"] == "drafting.__main__:program"
    assert "end(run())" in (root / "drafting" / "__main__.py").read_text(encoding="utf-8")
