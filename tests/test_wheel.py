"""The built wheel works on its own: installed into a fresh virtual environment outside the
repository, it drafts offline, runs the demo, and drafts against the scripted server — prompts and
demo data come from the package, not from a checkout.

Slow-ish (building the wheel takes some seconds), so it is marked ``wheel``; ``make test`` runs it.
The dependencies are not reinstalled: the fresh environment sees this environment's site-packages
through a ``.pth`` line (whose own .pth files, such as the editable install's hook, are not run).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from answers import GOOD_FINANCE, answer
from scripted_server import Script, Step, serve

ROOT = Path(__file__).resolve().parent.parent
SMALL = Path(__file__).parent / "data" / "drafting" / "small.yaml"

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv (outside the repository) with only the wheel installed into it."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # a copy, so that building leaves no build/ folder in the checkout
    shutil.copytree(ROOT / "drafting", source / "drafting", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "dist"), str(source)],
                           capture_output=True, text=True, cwd=base)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((base / "dist").glob("jixiao-*.whl"))
    env_dir = base / "env"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "_jixiao_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                              "--target", str(site), str(wheel)], capture_output=True, text=True, cwd=base)
    assert install.returncode == 0, install.stderr[-2000:]
    work = base / "work"
    work.mkdir()
    shutil.copy(SMALL, work / "small.yaml")
    return py, work


def _run(installed, *args, env=None):
    py, work = installed
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JIXIAO_", "OPENAI_", "PYTEST"))}
    clean["JIXIAO_CONFIG"] = str(work / "no-config.toml")
    return subprocess.run([py, "-m", "drafting", *args], capture_output=True, text=True, cwd=work,
                          env=clean | (env or {}), timeout=300)


def test_the_installed_package_is_the_wheel_not_the_checkout(installed):
    py, work = installed
    where = subprocess.run([py, "-c", "import drafting, drafting.llm.prompts as p; print(drafting.__file__); "
                            "print(p.load_prompt('finance').path)"], capture_output=True, text=True, cwd=work)
    assert where.returncode == 0, where.stderr
    assert str(ROOT) not in where.stdout and where.stdout.count(str(py.parent.parent)) == 2


def test_the_wheel_drafts_offline(installed):
    result = _run(installed, "draft", "small.yaml", "-o", "offline.docx")
    assert result.returncode == 0, result.stderr
    assert (installed[1] / "offline.docx").exists() and "Traceback" not in result.stderr


def test_the_wheel_carries_the_demo_data(installed):
    """Everything the demo reads is in the package and loads from there (the whole demo is `make
    demo`; run here it would cost a minute of review for no more evidence about packaging)."""
    py, work = installed
    code = ("from drafting.demo import FIXTURES, SAMPLE; from drafting.io.loading import load_department; "
            "from drafting.io.reading import read_report; "
            "names = sorted(p.parent.name for p in FIXTURES.glob('*/data.yaml')); "
            "[load_department(FIXTURES / n / 'data.yaml') for n in names]; "
            "[read_report(p) for p in FIXTURES.glob('*/prior.docx')]; read_report(SAMPLE / 'report.txt'); "
            "print(FIXTURES); print(len(names))")
    result = subprocess.run([py, "-c", code], capture_output=True, text=True, cwd=work)
    assert result.returncode == 0, result.stderr
    folder, count = result.stdout.split()
    assert str(ROOT) not in folder and int(count) == 7


def test_the_wheel_drafts_against_the_scripted_server(installed):
    script = Script([Step(200, answer(GOOD_FINANCE))])
    httpd = serve(script)  # this process serves; the wheel's process is the client (loopback only)
    try:
        result = _run(installed, "draft", "small.yaml", "--model", "openai:local", "--sections", "finance",
                      "-o", "model.docx", env={"OPENAI_BASE_URL": script.url, "OPENAI_API_KEY": "sk-local"})
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.returncode == 0, result.stderr
    assert len(script.requests) == 1 and script.modes == ["json_schema"]
    assert '"source": "model"' in (installed[1] / "model.json").read_text(encoding="utf-8")
