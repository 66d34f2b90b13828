"""Typed errors. Every message tells a finance officer what is wrong and what to do.

Exception tree::

    DraftingError                 base of everything jixiao raises on purpose
    ├── InputError                bad input; the CLI prints one line and exits 2
    │   ├── DataFileError         a department data file (YAML/JSON) is unreadable or invalid
    │   ├── ReportFileError       a report file is empty, corrupt, encrypted or of unknown format
    │   ├── PromptFileError       a prompt file under prompts/ is invalid
    │   ├── DecisionsFileError    a reviewer's decisions file (.jixiao-review.yaml) is invalid
    │   ├── OutputPathError       an output path is an input, a folder, a device or a pipe
    │   └── LimitError            an input is over a documented size limit (configurable)
    ├── EnvironmentFailure        the machine refused: no permission to write, disk full, out of memory;
    │                             the CLI exits 4
    ├── ModelError                the configured model could not give a usable answer
    │   ├── ModelConfigError      model name, key or endpoint missing or malformed
    │   └── ModelRequestsBlocked  a real model request was attempted where none is allowed (tests)
    └── GuardError                a text failed the number guard (carries the GuardReport)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DraftingError(Exception):
    """Base class of every error jixiao raises on purpose."""


class InputError(DraftingError):
    """Bad input: names the file, the place in it, and what was expected."""

    def __init__(self, message: str, *, path: str | Path | None = None, where: str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.where = where
        self.detail = message
        prefix = ""
        if self.path:
            prefix = self.path
            if where:
                prefix += f" ({where})"
            prefix += ": "
        super().__init__(prefix + message)


class DataFileError(InputError):
    """The department data file cannot be loaded or does not match the schema. ``problems`` lists
    every problem found (line and field path each), so a check can show them all at once."""

    def __init__(self, message: str, *, path: str | Path | None = None, where: str | None = None,
                 problems: list[str] | None = None) -> None:
        super().__init__(message, path=path, where=where)
        self.problems = problems if problems is not None else [(f"{where} " if where else "") + message]


class ReportFileError(InputError):
    """The report file cannot be read."""


class PromptFileError(InputError):
    """A prompt file is missing a field or variable."""


class DecisionsFileError(InputError):
    """The reviewer's decisions file (accepted findings) cannot be read."""


class OutputPathError(InputError):
    """An output path that would overwrite an input, or is a folder, a device or a pipe."""


class LimitError(InputError):
    """An input is larger than a documented limit; the message names the limit and how to raise it."""


class EnvironmentFailure(DraftingError):
    """The machine, not the input, stopped the work: a write refused, a full disk, memory exhausted.

    Why apart from ``InputError``: the fix is on the machine (space, permissions), not in the file,
    and scripts can tell the two apart by the exit code (4, not 2)."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputWarning(UserWarning):
    """Something in an input was changed to make it usable (e.g. control characters removed)."""


class ModelError(DraftingError):
    """The model could not give a usable answer."""


class ModelConfigError(ModelError):
    """The model is not configured correctly."""


class ModelRequestsBlocked(ModelError):
    """A real model request was made where none is allowed."""


class GuardError(DraftingError):
    """A text contains numbers the source data does not support."""

    def __init__(self, message: str, report: Any = None) -> None:
        self.report = report
        super().__init__(message)
