"""What a command ends with: its exit status, and the one line an error that ended it becomes.

Exit codes: 0 done, 1 findings at or above ``--fail-on``, 2 bad input, 3 a model call failed, 4 the
environment refused (permissions, disk, memory), 5 a defect of jixiao itself.
"""

from __future__ import annotations

import atexit
import os
import sys
from enum import IntEnum
from typing import NoReturn

from .errors import DraftingError, EnvironmentFailure, InputError, ModelError

__all__ = ["ExitStatus", "end", "failure", "silence_stdout"]


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    MODEL_ERROR = 3
    ENVIRONMENT = 4
    INTERNAL = 5


def failure(exc: BaseException) -> tuple[ExitStatus, str]:
    """The exit status and the one line for an error that ended a command."""
    if isinstance(exc, ModelError):
        return ExitStatus.MODEL_ERROR, f"模型调用失败：{exc}"
    if isinstance(exc, (InputError, DraftingError)) and not isinstance(exc, EnvironmentFailure):
        return ExitStatus.BAD_INPUT, f"错误：{exc}"
    if isinstance(exc, EnvironmentFailure):
        return ExitStatus.ENVIRONMENT, f"错误：{exc}"
    if isinstance(exc, MemoryError):
        return ExitStatus.ENVIRONMENT, "错误：内存不足；请关闭其他程序，或把大文件拆分后分别处理"
    if isinstance(exc, BrokenPipeError):
        return ExitStatus.ENVIRONMENT, "错误：标准输出已被关闭（读取输出的程序已先退出，如 head）；输出未写完"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return ExitStatus.ENVIRONMENT, f"错误：{where}系统拒绝了操作（{exc.strerror or exc}）；请检查文件权限和磁盘空间"
    if isinstance(exc, RecursionError):
        return ExitStatus.BAD_INPUT, "错误：输入嵌套过深，无法处理；请简化文件结构"
    return ExitStatus.INTERNAL, (f"内部错误（{type(exc).__name__}: {str(exc)[:200]}）；这是 jixiao 的缺陷，"
                                 "请设置 JIXIAO_DEBUG=1 重新运行并把输出报告给维护者")


def silence_stdout() -> None:
    """Standard output pointed at the null device once writing to it failed (a reader gone, a full
    disk): the interpreter's own flush at exit then has nothing to fail on, so the run ends with the
    one line already said and its status, not with Python's "Exception ignored" and status 120."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real descriptor (a caller's captured stdout)
        pass


def end(status: int) -> NoReturn:
    """End the program (``python -m drafting``) with ``status``, without Python's teardown when nothing
    waits for it. Why: at exit Python frees, one by one, every object the run made and kept (the
    lexicon's tables, the patterns, every module's): 18 M instructions of a review of the sample (0.8 %),
    for memory the system takes back at once. Skipped (``os._exit``, after standard output and error
    are flushed) only when no function is registered to run at exit (coverage, logging, a process
    pool, a temporary folder's finalizer each register one), no other thread runs and both streams
    flush; otherwise Python ends as it always did. Every output file is written and closed before the
    command returns (``cli.main``)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        raise SystemExit(status) from None  # Python's own end says what it says of a stream that fails
    threading = sys.modules.get("threading")
    waiting = getattr(atexit, "_ncallbacks", lambda: 1)()  # unknown (another Python): something may wait
    if waiting or (threading is not None and threading.active_count() > 1):
        raise SystemExit(status)
    os._exit(status)
