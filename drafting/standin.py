"""Stand-ins the program (``python -m drafting``) puts in place of modules a command seldom needs.

Only standard-library imports here: it runs before the command's modules load."""

import importlib
import sys
import types
from typing import Any

__all__ = ["inspect_on_demand"]


def inspect_on_demand() -> None:
    """A stand-in for ``inspect`` in ``sys.modules`` until a name is asked of it. Why: ``dataclasses``
    imports ``inspect`` (with ``ast``, ``dis`` and ``tokenize``: about 20 M instructions, 0.9 % of a review
    of the sample) for one use, describing a class without a docstring, and a review asks nothing else
    of it (``tests/test_startup_modules.py``). The first name asked loads the real module, which takes its
    place in ``sys.modules`` and lends the stand-in all its names: whoever asks gets what ``inspect``
    gives. Only here, in the program: a program importing ``drafting`` keeps its own ``inspect``."""
    if "inspect" in sys.modules:
        return
    stand_in = types.ModuleType("inspect", "Stands for the standard library's inspect until it is used.")

    def __getattr__(name: str) -> Any:
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]
        real = importlib.import_module("inspect")
        vars(stand_in).update(vars(real))
        return getattr(real, name)

    stand_in.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules["inspect"] = stand_in
