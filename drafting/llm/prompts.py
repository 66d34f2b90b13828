"""Prompt files: ``drafting/prompts/<id>.yaml`` → a validated ``Prompt`` → LangChain chat messages.

The files are package resources (read with ``importlib.resources``), so an installed wheel drafts with
the same prompts as a checkout; ``JIXIAO_PROMPTS`` or ``directory=`` points at another folder.

A prompt file holds an id, a version, the variables it uses, a system and a user template
(LangChain f-string syntax: ``{variable}``, literal braces doubled) and few-shot examples (literal
text, never formatted). Validation is strict: unknown keys, a variable used but not declared or
declared but not used, and a template that does not parse all raise ``PromptFileError`` naming the
file and the variable. The sha256 of the file's bytes goes into the draft's metadata and cache keys,
so editing a prompt invalidates cached answers.

Variables listed under ``untrusted`` (last year's report, the report under review, earlier model
answers) must each stand alone inside a fence of the user template, ``<<<名称开始>>>`` … ``<<<名称结束>>>``;
their values are neutralised before formatting (``fence_safe``) so they cannot close or open a fence.
"""

from __future__ import annotations

import hashlib
import os
import re
import string
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PromptFileError
from ..io.yaml_problems import yaml_place, yaml_problem

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage
    from langchain_core.prompts import ChatPromptTemplate

#: The bundled prompts (a package resource; the top-level ``prompts/`` of a checkout links here).
PROMPTS_DIR: Traversable = files("drafting").joinpath("prompts")


class PromptExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user: str = Field(min_length=1)
    assistant: str = Field(min_length=1)


class PromptFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: int = Field(ge=1)
    description: str = ""
    variables: list[str]
    untrusted: list[str] = Field(default_factory=list, description="variables holding text nobody vouches for")
    system: str = Field(min_length=1)
    user: str = Field(min_length=1)
    examples: list[PromptExample] = Field(default_factory=list)


#: Characters that read as an angle bracket: every one NFKC folds to < or > (full-width, small forms),
#: plus the quotation and mathematical look-alikes (a test keeps the NFKC part complete).
_ANGLE_CHARS = "<>«»‹›❬❭❮❯⟨⟩⦑⦒⧼⧽〈〉〈〉《》﹤﹥＜＞"
_ANGLE_RUN = re.compile(f"[{re.escape(_ANGLE_CHARS)}](?:[\\s\u200b-\u200d\ufeff]*[{re.escape(_ANGLE_CHARS)}])+")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def fence_safe(text: str) -> str:
    """Untrusted text that cannot forge a fence: invisible characters go, and any run of two or more
    angle-like brackets (``<<<``, ``＜＜``, ``《《``, ``‹ ‹``) becomes a single space. Single brackets
    (《预算法》) stay."""
    return _ANGLE_RUN.sub(" ", _INVISIBLE.sub("", text))


def _check_fences(spec: PromptFile, path: str) -> None:
    for name in spec.untrusted:
        if name not in spec.variables:
            raise PromptFileError(f"untrusted 列出了 {name}，但 variables 中没有", path=path, where=f"untrusted.{name}")
        fence = re.compile(r"<<<([^<>\n]+)开始>>>\s*\{" + re.escape(name) + r"\}\s*<<<\1结束>>>")
        if not fence.search(spec.user):
            raise PromptFileError(f"不可信的变量 {{{name}}} 应单独放在 <<<…开始>>> 与 <<<…结束>>> 之间",
                                  path=path, where=f"untrusted.{name}")


def _fields(template: str, path: str, part: str) -> set[str]:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise PromptFileError(f"{part} 模板无法解析（{exc}）；字面的花括号请写成 {{{{ 和 }}}}", path=path,
                              where=part) from exc
    for name in names:
        if not name.isidentifier():
            raise PromptFileError(f"{part} 模板中的变量 {{{name}}} 不是合法的变量名", path=path, where=part)
    return names


class Prompt:
    """A loaded, validated prompt file."""

    def __init__(self, spec: PromptFile, path: Path | Traversable, sha256: str) -> None:
        self.spec = spec
        self.path = path
        self.sha256 = sha256

    @property
    def id(self) -> str:
        return self.spec.id

    def template(self) -> ChatPromptTemplate:
        from langchain_core.messages import AIMessage, HumanMessage
        from langchain_core.prompts import ChatPromptTemplate

        parts: list[Any] = [("system", self.spec.system)]
        for ex in self.spec.examples:  # literal messages: their braces are never formatted
            parts += [HumanMessage(content=ex.user), AIMessage(content=ex.assistant)]
        parts.append(("human", self.spec.user))
        return ChatPromptTemplate.from_messages(parts)

    def messages(self, **variables: Any) -> list[BaseMessage]:
        missing = [v for v in self.spec.variables if v not in variables]
        if missing:
            raise PromptFileError(f"渲染时缺少变量 {', '.join(missing)}", path=str(self.path), where="variables")
        values = {k: fence_safe(str(variables[k])) if k in self.spec.untrusted else variables[k]
                  for k in self.spec.variables}
        return self.template().format_messages(**values)


def load_prompt_file(path: str | Path | Traversable) -> Prompt:
    """Load and validate one prompt file (a path, or a packaged resource)."""
    file = path if isinstance(path, Traversable) else Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise PromptFileError(f"无法读取提示词文件（{exc.strerror}）；请检查提示词目录", path=str(file)) from exc
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PromptFileError("不是 UTF-8 编码的文本；请用 UTF-8 保存", path=str(file)) from exc
    except yaml.YAMLError as exc:
        raise PromptFileError(f"不是合法的 YAML：{yaml_problem(exc)}", path=str(file), where=yaml_place(exc)) from exc
    if not isinstance(data, dict):
        raise PromptFileError("顶层应为映射（id、version、variables、system、user、examples）", path=str(file))
    try:
        spec = PromptFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(map(str, err["loc"]))
        raise PromptFileError(f"字段 {where}：{err['msg']}", path=str(file), where=where) from exc
    stem = file.name.removesuffix(".yaml")
    if spec.id != stem:
        raise PromptFileError(f"id “{spec.id}” 与文件名 “{stem}” 不一致", path=str(file), where="id")
    used = _fields(spec.system, str(file), "system") | _fields(spec.user, str(file), "user")
    declared = set(spec.variables)
    for name in sorted(used - declared):
        raise PromptFileError(f"模板使用了变量 {{{name}}}，但 variables 中没有声明；请在 variables 中加入 {name}",
                              path=str(file), where=f"variables.{name}")
    for name in sorted(declared - used):
        raise PromptFileError(f"variables 声明了 {name}，但模板中没有使用 {{{name}}}；请删除或在模板中使用",
                              path=str(file), where=f"variables.{name}")
    _check_fences(spec, str(file))
    return Prompt(spec, file, hashlib.sha256(raw).hexdigest())


def prompts_dir() -> Path | Traversable:
    """``JIXIAO_PROMPTS`` when set (a folder of edited prompts), else the bundled ones."""
    custom = os.environ.get("JIXIAO_PROMPTS")
    return Path(custom) if custom else PROMPTS_DIR


@lru_cache(maxsize=64)
def _load_cached(path: str, mtime_ns: int) -> Prompt:
    return load_prompt_file(path)


@lru_cache(maxsize=64)
def _load_bundled(name: str) -> Prompt:
    return load_prompt_file(PROMPTS_DIR.joinpath(f"{name}.yaml"))


def load_prompt(name: str, directory: str | Path | None = None) -> Prompt:
    """``<name>.yaml`` from ``directory``, ``JIXIAO_PROMPTS`` or the bundled prompts, validated;
    a file on disk is reloaded when it changes."""
    folder = Path(directory) if directory else prompts_dir()
    file = folder.joinpath(f"{name}.yaml")
    if not file.is_file():
        raise PromptFileError(f"找不到提示词文件 {name}.yaml；请确认提示词目录完整", path=str(file))
    if isinstance(file, Path):
        return _load_cached(str(file), file.stat().st_mtime_ns)
    return _load_bundled(name)
