"""The ``jixiao`` program (``python -m drafting``, and the ``jixiao`` command): ``cli.run``, with
``inspect`` loaded only if asked for (``standin``) and ended without Python's teardown when nothing waits
for it (``cli_exit.end``)."""

from .standin import inspect_on_demand


def program() -> None:
    """The command as a program runs it; ``cli.run`` is the same without the two start and end savings."""
    inspect_on_demand()
    from .cli import run  # after the stand-in: the command's modules import dataclasses
    from .cli_exit import end

    end(run())


if __name__ == "__main__":
    program()
