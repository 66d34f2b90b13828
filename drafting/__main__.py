"""The ``jixiao`` program (``python -m drafting``, and the ``jixiao`` command): ``cli.run``, with
``inspect`` loaded only if asked for (``standin``), the package's modules read from one stored file
(``io/module_cache``) and ended without Python's teardown when nothing waits for it (``cli_exit.end``)."""

from .standin import inspect_on_demand


def run() -> int:
    """``cli.run`` with the package's modules taken from the stored file, and those it lacked stored
    after (before the program ends: ``end`` leaves no ``finally`` to run)."""
    from .io.module_cache import active

    with active():
        from .cli import run  # after the stand-in: the command's modules import dataclasses

        return run()


def program() -> None:
    """The command as a program runs it; ``cli.run`` is the same without the start and end savings."""
    inspect_on_demand()
    from .cli_exit import end

    end(run())


if __name__ == "__main__":
    program()
