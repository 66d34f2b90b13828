"""``python -m drafting``: the ``jixiao`` program (``cli.run``), with ``inspect`` loaded only if asked
for (``standin``) and ended without Python's teardown when nothing waits for it (``cli_exit.end``)."""

from .standin import inspect_on_demand

inspect_on_demand()

from .cli import run  # noqa: E402 (after the stand-in: the command's modules import dataclasses)
from .cli_exit import end  # noqa: E402

end(run())
