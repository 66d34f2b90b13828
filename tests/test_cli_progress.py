"""The progress line: names the running step and counts its seconds, so a long step does not look hung."""

import io
import os

import pytest

from drafting.cli_progress import ProgressLine


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_it_names_the_step_and_its_place_among_the_steps():
    line = ProgressLine(io.StringIO(), clock=Clock())
    line(3, 12, "审核：拼接错位")
    assert "3/12 审核：拼接错位" in line.text()
    assert "#" * 7 in line.text() and "#" * 8 not in line.text()  # 3 of 12 of a 30-character bar


def test_it_counts_the_seconds_of_the_running_step_only():
    clock = Clock()
    line = ProgressLine(io.StringIO(), clock=clock)
    line(1, 2, "读取报告")
    assert line.text().endswith("读取报告")  # under a second: no clock yet
    clock.now += 12.4
    assert line.text().endswith("读取报告 12 s")
    line(2, 2, "审核：结构")
    assert line.text().endswith("审核：结构")  # a new step starts its own count


def test_redrawing_rewrites_the_same_line_and_leaving_clears_it():
    out, clock = io.StringIO(), Clock()
    with ProgressLine(out, interval=3600, clock=clock) as line:
        line(1, 1, "审核：语言")
        clock.now += 5
        line.redraw()
    written = out.getvalue()
    assert written.count("\r[") == 2 and "审核：语言 5 s" in written
    assert written.endswith("\r" + " " * 80 + "\r")


def test_a_message_clears_the_line_and_stands_on_its_own_line():
    out = io.StringIO()
    with ProgressLine(out, interval=3600, clock=Clock()) as line:
        line(1, 2, "写出审核结果")
        assert ProgressLine.active is line
        line.say("已写入 out.json")
    assert "\r" + " " * 80 + "\r已写入 out.json\n" in out.getvalue()
    assert ProgressLine.active is None


def test_closing_twice_clears_once():
    out = io.StringIO()
    line = ProgressLine(out, interval=3600, clock=Clock())
    with line:
        line.close()
    assert out.getvalue().count(" " * 80) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork")
def test_a_fork_while_the_line_is_being_drawn_gives_the_child_a_free_lock():
    """A forked child (a folder's worker, a long report's checks) must not inherit the line's lock held
    by the redrawing thread, which does not exist there: its first message would wait for ever."""
    import threading
    import time

    line = ProgressLine(stream=io.StringIO())
    ProgressLine.active = line
    held = threading.Event()

    def draw() -> None:  # the redrawing thread in the middle of a write
        with line._lock:
            held.set()
            time.sleep(0.5)

    drawer = threading.Thread(target=draw)
    drawer.start()
    held.wait()
    try:
        pid = os.fork()
        if pid == 0:
            ok = line._lock.acquire(timeout=2) and ProgressLine.active is None
            os._exit(0 if ok else 1)
        _, status = os.waitpid(pid, 0)
    finally:
        drawer.join()
        ProgressLine.active = None
    assert os.waitstatus_to_exitcode(status) == 0
    assert line._lock.acquire(timeout=2)  # and the parent's is free again
