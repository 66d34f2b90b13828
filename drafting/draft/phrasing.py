"""The offline drafter's sentence frames: several phrasings of each kind of sentence, kept as versioned
data (``drafting/prompts/phrasings.yaml``), one chosen per department, year, section and kind by a
stable hash.

Why: a county's reviewer reads twenty drafts from one tool; if every 收入 paragraph opens the same way
the drafts read as a form letter. The choice is a hash (sha256, not Python's salted ``hash``), so the
same data always gives the same draft. A frame only words the sentence: every figure comes in through
a slot, already formatted and recorded by the ``Writer``, and a frame's own text holds no digit, so no
phrasing can add or drop a number.
"""

from __future__ import annotations

import hashlib
import re
import string
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PromptFileError
from ..io.yaml_problems import yaml_place, yaml_problem
from ..llm.prompts import PROMPTS_DIR, prompts_dir

__all__ = ["PHRASINGS", "Phrasings", "SentenceKind", "Voice", "load_phrasings"]

PHRASINGS = "phrasings.yaml"
_DIGIT = re.compile(r"[0-9０-９]")


class SentenceKind(BaseModel):
    """One kind of sentence: the slots the drafter fills and the frames that may carry them."""

    model_config = ConfigDict(extra="forbid")

    slots: list[str] = Field(description="every frame uses each slot exactly once")
    frames: list[str] = Field(min_length=2, description="the phrasings, any of which is a correct sentence")


class Phrasings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^phrasings$")
    version: int = Field(ge=1)
    description: str = ""
    kinds: dict[str, SentenceKind]


def _slots(frame: str, where: str, path: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(frame))
    except ValueError as exc:
        raise PromptFileError(f"句式无法解析：{exc}；字面的花括号请写成 {{{{ }}}}", path=path, where=where) from exc
    names = []
    for literal, name, spec, conversion in parsed:
        if _DIGIT.search(literal):
            raise PromptFileError("句式本身不得含数字：数字只能经由 {槽位} 填入", path=path, where=where)
        if name is not None:
            if spec or conversion or not name.isidentifier():
                raise PromptFileError(f"槽位 {{{name}}} 只能是名称，不带格式或转换", path=path, where=where)
            names.append(name)
    return names


def _validated(data: object, path: str) -> Phrasings:
    if not isinstance(data, dict):
        raise PromptFileError("顶层应为映射（id、version、kinds）", path=path)
    try:
        spec = Phrasings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"]))
        raise PromptFileError(f"字段 {where}：{err['msg']}", path=path, where=where) from exc
    for kind, entry in spec.kinds.items():
        for n, frame in enumerate(entry.frames):
            where = f"kinds.{kind}.frames[{n}]"
            used = _slots(frame, where, path)
            if sorted(used) != sorted(entry.slots):
                raise PromptFileError(f"句式的槽位 {sorted(used)} 与 slots {sorted(entry.slots)} 不一致："
                                      "每个槽位须恰好用一次", path=path, where=where)
    return spec


def _read(file: Path | Traversable) -> Phrasings:
    try:
        raw = file.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except OSError as exc:
        raise PromptFileError(f"无法读取句式文件（{exc.strerror}）", path=str(file)) from exc
    except UnicodeDecodeError as exc:
        raise PromptFileError("不是 UTF-8 编码的文本；请用 UTF-8 保存", path=str(file)) from exc
    except yaml.YAMLError as exc:
        raise PromptFileError(f"不是合法的 YAML：{yaml_problem(exc)}", path=str(file), where=yaml_place(exc)) from exc
    return _validated(data, str(file))


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> Phrasings:
    return _read(Path(path))


@lru_cache(maxsize=1)
def _bundled() -> Phrasings:
    return _read(PROMPTS_DIR.joinpath(PHRASINGS))


def load_phrasings(directory: str | Path | None = None) -> Phrasings:
    """The frames from ``directory`` or ``JIXIAO_PROMPTS`` when that folder has a phrasings.yaml,
    else the bundled ones; validated (slots used once each, no digits in a frame)."""
    folder = Path(directory) if directory else prompts_dir()
    file = folder.joinpath(PHRASINGS)
    if isinstance(file, Path) and file.is_file():
        return _cached(str(file), file.stat().st_mtime_ns)
    return _bundled()


class Voice:
    """The phrasings one section of one department's draft speaks in. ``pin`` (for checking every
    frame) takes the n-th frame of every kind instead of the hashed one."""

    def __init__(self, key: str, section: str, *, pin: int | None = None, phrasings: Phrasings | None = None) -> None:
        self.key, self.section, self.pin = key, section, pin
        self.phrasings = phrasings or load_phrasings()

    def kind(self, kind: str) -> SentenceKind:
        try:
            return self.phrasings.kinds[kind]
        except KeyError:
            raise PromptFileError(f"句式文件缺少句类 {kind}；请确认 {PHRASINGS} 完整", path=PHRASINGS,
                                  where=f"kinds.{kind}") from None

    def index(self, kind: str, turn: int = 0) -> int:
        """Which frame of ``kind``: hashed on (department, year, section, kind); ``turn`` steps on from
        there, for a kind said several times in one section (each indicator group in its own words)."""
        n = len(self.kind(kind).frames)
        if self.pin is not None:
            return (self.pin + turn) % n
        digest = hashlib.sha256(f"{self.key}\x1f{self.section}\x1f{kind}".encode()).digest()
        return (int.from_bytes(digest[:8], "big") + turn) % n

    def say(self, kind: str, turn: int = 0, **slots: object) -> str:
        entry = self.kind(kind)
        if sorted(slots) != sorted(entry.slots):
            raise ValueError(f"{kind}: slots {sorted(slots)} != {sorted(entry.slots)}")
        return entry.frames[self.index(kind, turn)].format(**slots)
