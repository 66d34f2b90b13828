"""One long report's checks spread over several processes (``review(..., jobs=N)``).

Why: the checks of a 10 MB report take about a minute of CPU one after another, and a machine has
more than one core. The checks are independent of one another: each reads the report (never changes
it) and returns its findings; what one check caches is a pure reading of a text (its figures, its
segments) that another would compute the same. So some checks run in a forked copy of this process
and send their findings back, and the findings are put in the order the checks are listed: what is
merged afterwards is the list one process makes, and the review is the same, byte for byte.

Only above a size (``processes.split_jobs``: ``JIXIAO_PARALLEL_CHARS`` characters of text, default 200,000 — about 0.6 MB,
ten seconds of checks): a real report (tens of thousands of characters) is reviewed in one process,
as before, and pays neither the fork nor the findings' trip back. Only where ``fork`` exists: the
checks are closures over the report, which a spawned process could not be given.

Why the checks by family and not the paragraphs in chunks: most checks read the whole report (a
duplicate is a paragraph like another anywhere; the typo check counts a word's uses in the whole
text; a table's sums read the text around it), so chunks would change findings at their edges.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import EnvironmentFailure
from .numbers.memo import clear_text_caches
from .processes import die_with_parent

if TYPE_CHECKING:
    from .findings import Finding

__all__ = ["plan", "run_split"]

# CPU seconds of each check on the 10 MB benchmark text (``evals.big_text``, one process, session 46, after
# two quadratic walks in the dates and structure checks were made linear); only their proportions matter.
# 照搬上年 (with last year's report) and 数字核验 (with data) are session 30's: not in that run.
WEIGHTS = {"重复段落": 14.4, "照搬上年": 4.0, "拼接错位": 3.8, "数字核验": 5.0, "表内运算": 21.9, "编制人数": 1.1,
           "无依据结论": 3.8, "指标方向": 0.6, "达标表述": 0.4, "年份日期": 9.0, "日期先后": 0.2, "层级单位": 1.6,
           "结构": 5.1, "语言": 5.3, "外来文字": 0.8, "错别字": 31.6}
# checks that share work run in one process: the paragraphs' segments (``segments.shared_segments``);
# the lexicon's buckets and word probabilities, read in as the text asks for them (in one run with the
# two apart the typo check took 9.4 s instead of 4.2; that run may also have built the lexicon's
# file, so the saving is not measured apart from it)
_TOGETHER = ({"重复段落", "照搬上年", "拼接错位"}, {"语言", "错别字"})
# run first in their group: the typo check holds the whole text's word sets for a moment (the child's
# memory rose by 280 MB during it at 10 MB); early on, the other processes hold the least
_EARLY = ("语言", "错别字")

Progress = Callable[[int, int, str], None]


def plan(names: Sequence[str], jobs: int) -> list[list[int]]:
    """The checks' positions in ``jobs`` groups of about equal weight (heaviest first, each to the
    lightest group), each group in running order but ``_EARLY`` first; the first group is this
    process's, and never ``_EARLY``'s while there are others: the typo check's word sets go with the child
    that held them."""
    units: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        key = next((min(g) for g in _TOGETHER if name in g), name)
        units.setdefault(key, []).append(i)
    groups: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0.0] * jobs
    for members in sorted(units.values(), key=lambda m: (-sum(WEIGHTS.get(names[i], 1.0) for i in m), m[0])):
        k = loads.index(min(loads))
        groups[k] += members
        loads[k] += sum(WEIGHTS.get(names[i], 1.0) for i in members)
    groups.sort(key=lambda g: any(names[i] in _EARLY for i in g))  # stable: the rest keep their order
    return [sorted(g, key=lambda i: (names[i] not in _EARLY, i)) for g in groups if g] or [[]]


def run_split(names: Sequence[str], one: Callable[[int], list[Finding]], jobs: int,
              progress: Progress | None, after: Callable[[int], None]) -> list[list[Finding]]:
    """``one(i)`` for every check, the first group here and each other group in a forked child;
    the findings by check, in order. ``progress`` is told before each check starts, wherever it
    runs (a child's start is told at this process's next step, or while it waits). ``after(k)``
    is told once this process has no check before the (k+1)-th left to run."""
    from multiprocessing.connection import wait

    groups = plan(names, jobs)
    split = _Split(names, progress)
    try:
        split.start(groups[1:], one)
        for j, i in enumerate(groups[0]):
            split.poll()
            split.told(i)
            split.found[i] = one(i)
            after(min(groups[0][j + 1:], default=len(names)))
        clear_text_caches()  # this process's readings: the children's peaks come on top of what it holds
        while split.readers:
            for ready in wait(list(split.readers)):
                split.take(ready)
    finally:
        split.stop()
    return [f if f is not None else [] for f in split.found]


class _Split:
    """The children of one split review, what they have told, and the findings by check."""

    def __init__(self, names: Sequence[str], progress: Progress | None) -> None:
        self.names, self.progress, self.started = names, progress, 0
        self.found: list[list[Finding] | None] = [None] * len(names)
        self.children: list[tuple[Any, Any]] = []
        self.readers: dict[Any, Any] = {}

    def start(self, groups: list[list[int]], one: Callable[[int], list[Finding]]) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        gc.freeze()  # what is loaded now stays untouched by the collector: shared pages stay shared
        try:
            for group in groups:
                reader, writer = context.Pipe(duplex=False)
                child = context.Process(target=_child, args=(writer, group, one, os.getpid()), daemon=True)
                child.start()
                writer.close()
                self.children.append((child, reader))
                self.readers[reader] = child
        finally:
            gc.unfreeze()

    def told(self, i: int) -> None:
        self.started += 1
        if self.progress:
            self.progress(self.started, len(self.names), self.names[i])

    def poll(self) -> None:
        for reader in [r for r in self.readers if r.poll()]:
            self.take(reader)

    def take(self, reader: Any) -> None:
        try:
            message = reader.recv()
        except EOFError:
            raise EnvironmentFailure("一个审核进程意外终止（可能被系统因内存不足结束）；请重新运行，"
                                     "或用 --jobs 1 在一个进程中审核") from None
        if message[0] == "start":
            self.told(message[1])
        elif message[0] == "found":
            for i, findings in message[1]:
                self.found[i] = findings
            del self.readers[reader]
        else:
            raise message[1]

    def stop(self) -> None:
        """Every child ended (stopped if still running: an error or an interrupt here) and reaped."""
        for child, reader in self.children:
            if child.is_alive():
                child.terminate()
            child.join()
            reader.close()


def _child(writer: Any, group: list[int], one: Callable[[int], list[Finding]], parent: int) -> None:
    """A child's checks: each start told, the findings sent at the end (a send blocks until the
    parent reads it, so the parent reads them once its own checks are done, or as it passes)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's, which stops this child
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's stop: nothing to clean up here
    die_with_parent(parent)
    try:
        out = []
        for i in group:
            writer.send(("start", i))
            out.append((i, one(i)))
        writer.send(("found", out))
    except Exception as exc:  # the parent raises it, as the check would have raised there
        try:
            writer.send(("error", exc))
        except Exception:  # an exception that does not pickle
            writer.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        writer.close()
