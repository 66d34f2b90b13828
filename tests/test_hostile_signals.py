"""A folder review stopped from outside the way services and shells stop programs. SIGTERM (``kill``,
``timeout``) let the process die on the spot: exit 143 without a word, its worker processes
orphaned and asleep on their queue for ever (each holding the loaded lexicon), its spool folder
left in the temp folder. Now it ends as Ctrl-C does: one line, status 143, workers stopped, spool
and half-written outputs removed. A parent killed outright (SIGKILL, the system short of memory)
takes its workers with it (Linux)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "killpg"),
                                reason="Linux processes (/proc, the parent-death signal)")

# The run as a script: when a worker reads the report named in argv[3], it notes its pid in argv[5]
# and sends signal argv[4] to the process that runs the command.
_SCRIPT = r"""
import os, signal, sys
from pathlib import Path
from drafting import cli, folder
parent, real, victim, signum, pids = os.getpid(), folder.read_report, sys.argv[3], int(sys.argv[4]), Path(sys.argv[5])
def read(path, *a, **k):
    if os.getpid() != parent:
        (pids / str(os.getpid())).touch()
        if path.name == victim:
            os.kill(parent, signum)
    return real(path, *a, **k)
folder.read_report = read
sys.exit(cli.main(["review", sys.argv[1], "--format", "json", "-o", sys.argv[2], "--jobs", "2"]))
"""


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _run(tmp_path: Path, signum: int) -> tuple[subprocess.CompletedProcess, list[int], list[int], Path, Path]:
    reports, out, temp, pids = tmp_path / "reports", tmp_path / "out", tmp_path / "temp", tmp_path / "pids"
    for folder in (reports, temp, pids):
        folder.mkdir()
    for i in range(12):
        (reports / f"r{i:02}.txt").write_text(
            f"第{i}社区卫生站2024年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            f"本站共有在编人员{4 + i}人，年度预算{30 + i}万元，主要用于第{i}组的健康随访项目。\n", encoding="utf-8")
    env = {**os.environ, "TMPDIR": str(temp), "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    # stderr to a file, not a pipe: orphaned workers would hold a pipe open, and the run would wait on them
    with (tmp_path / "stderr").open("w+", encoding="utf-8") as err:
        done = subprocess.run([sys.executable, "-c", _SCRIPT, str(reports), str(out), "r06.txt", str(int(signum)),
                               str(pids)], stdout=subprocess.DEVNULL, stderr=err, text=True, timeout=300,
                              start_new_session=True, env=env, cwd=tmp_path)
        err.seek(0)
        done.stderr = err.read()
    workers = [int(p.name) for p in pids.iterdir()]
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:  # orphans (the base's) are not this test's to leave behind
        os.kill(w, signal.SIGKILL)
    return done, workers, left, temp, out


def test_sigterm_ends_a_folder_run_like_ctrl_c_with_one_line_and_143(tmp_path):
    done, workers, left, temp, out = _run(tmp_path, signal.SIGTERM)
    assert done.returncode == 143, done.stderr  # the base died on the spot: -15, nothing said
    lines = [s for s in done.stderr.replace("\r", "\n").splitlines() if s.strip() and not s.startswith("[")]
    assert lines == ["已中止：收到终止信号（SIGTERM）；未写完的输出和临时文件已删除"], done.stderr
    assert workers and not left  # the base's slept on, orphaned
    assert list(temp.iterdir()) == []  # no spool folder left
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")] if out.exists() else True


def test_a_parent_killed_outright_takes_its_workers_with_it(tmp_path):
    done, workers, left, _, out = _run(tmp_path, signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    assert workers and not left  # the base's waited on their queue for ever
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")] if out.exists() else True
