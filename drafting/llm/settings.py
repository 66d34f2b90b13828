"""Where an OpenAI-compatible model is reached and how: settings, the config file, the provider table.

Arguments win over environment variables, which win over ``jixiao.toml``'s ``[model]`` table, then
the defaults. Each provider is declared with the structured-output mode it supports (``PROVIDERS``):
OpenAI has JSON schemas; DeepSeek and DashScope (Qwen) have JSON mode; local servers (vLLM, Ollama,
llama.cpp) take a JSON schema. ``JIXIAO_STRUCTURED_OUTPUT`` or ``structured_output`` overrides it.

Model requests can be switched off for a whole process with ``JIXIAO_BLOCK_MODEL_REQUESTS=1`` — our
test suite does so for every test (tests/conftest.py), and users' test suites can do the same.
"""

from __future__ import annotations

import os
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, Field, ValidationError

from ..errors import ModelConfigError
from .answers import Prices

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 1
DEFAULT_BUDGET = 600.0
CONFIG_FILES = (Path("jixiao.toml"), Path("~/.config/jixiao/config.toml"))
BLOCK_ENV = "JIXIAO_BLOCK_MODEL_REQUESTS"

StructuredMode = Literal["json_schema", "json_mode", "function_calling"]
MODES: tuple[str, ...] = ("json_schema", "json_mode", "function_calling")

#: (host suffix, mode): the first match wins; a loopback host means a local server.
PROVIDERS: tuple[tuple[str, StructuredMode], ...] = (
    ("api.openai.com", "json_schema"),
    ("deepseek.com", "json_mode"),
    ("dashscope.aliyuncs.com", "json_mode"),
    ("moonshot.cn", "json_mode"),
    ("bigmodel.cn", "function_calling"),
)
LOCAL_MODE: StructuredMode = "json_schema"
UNKNOWN_MODE: StructuredMode = "json_mode"


def requests_allowed() -> bool:
    """False when ``JIXIAO_BLOCK_MODEL_REQUESTS`` is set to anything but ''/0/false."""
    return os.environ.get(BLOCK_ENV, "").strip().lower() in ("", "0", "false", "no")


def structured_mode_for(base_url: str | None) -> StructuredMode:
    """The provider's declared structured-output mode (api.openai.com when no base URL is set)."""
    host = (urlparse(base_url).hostname or "") if base_url else "api.openai.com"
    for suffix, mode in PROVIDERS:
        if host == suffix or host.endswith("." + suffix):
            return mode
    if host in ("localhost", "127.0.0.1", "::1", "0.0.0.0") or host.startswith("127."):
        return LOCAL_MODE
    return UNKNOWN_MODE


class ModelSettings(BaseModel):
    """Everything needed to reach an OpenAI-compatible endpoint, except the key (kept apart)."""

    model: str
    base_url: str | None = None
    temperature: float | None = None
    timeout: float = Field(DEFAULT_TIMEOUT, gt=0, description="seconds one request may take")
    max_retries: int = Field(DEFAULT_MAX_RETRIES, ge=0)
    budget: float = Field(DEFAULT_BUDGET, gt=0, description="seconds all requests of one model object may take")
    structured_output: StructuredMode | None = None
    api_key_env: str = "OPENAI_API_KEY"
    prices: Prices | None = None

    @property
    def mode(self) -> StructuredMode:
        return self.structured_output or structured_mode_for(self.base_url)


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """The ``[model]`` table of ``jixiao.toml`` (current folder) or ``~/.config/jixiao/config.toml``."""
    candidates = [Path(path)] if path else [Path(os.environ["JIXIAO_CONFIG"])] if os.environ.get("JIXIAO_CONFIG") \
        else list(CONFIG_FILES)
    for candidate in candidates:
        file = candidate.expanduser()
        if not file.is_file():
            continue
        try:
            table = tomllib.loads(file.read_text(encoding="utf-8")).get("model", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ModelConfigError(f"配置文件 {file} 无法解析：{exc}；请检查 TOML 语法") from exc
        if not isinstance(table, dict):
            raise ModelConfigError(f"配置文件 {file} 的 [model] 应为表（table）")
        if "api_key" in table:
            raise ModelConfigError(f"配置文件 {file} 不应保存 api_key；请改用环境变量，或用 api_key_env 指定变量名")
        return table
    return {}


def _env_number(name: str, kind: type[float] | type[int]) -> float | int | None:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return kind(raw)
    except ValueError as exc:
        raise ModelConfigError(f"环境变量 {name}={raw!r} 不是有效的数字") from exc


def resolve_settings(model: str, *, base_url: str | None = None, temperature: float | None = None,
                     timeout: float | None = None, max_retries: int | None = None, budget: float | None = None,
                     structured_output: str | None = None, config_path: str | Path | None = None) -> ModelSettings:
    """Arguments win over environment variables, which win over the config file, then defaults."""
    cfg = load_config(config_path)
    env = {
        "base_url": os.environ.get("OPENAI_BASE_URL") or None,
        "temperature": _env_number("JIXIAO_TEMPERATURE", float),
        "timeout": _env_number("JIXIAO_TIMEOUT", float),
        "max_retries": _env_number("JIXIAO_MAX_RETRIES", int),
        "budget": _env_number("JIXIAO_MODEL_BUDGET", float),
        "structured_output": os.environ.get("JIXIAO_STRUCTURED_OUTPUT") or None,
    }
    args = {"base_url": base_url, "temperature": temperature, "timeout": timeout, "max_retries": max_retries,
            "budget": budget, "structured_output": structured_output}
    merged: dict[str, Any] = {"model": model}
    for key in (*args, "api_key_env"):
        for source in (args, env, cfg):
            if source.get(key) is not None:
                merged[key] = source[key]
                break
    if "price_per_1k_input" in cfg or "price_per_1k_output" in cfg:
        merged["prices"] = Prices(input_per_1k=Decimal(str(cfg.get("price_per_1k_input", "0"))),
                                  output_per_1k=Decimal(str(cfg.get("price_per_1k_output", "0"))))
    try:
        return ModelSettings.model_validate(merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(map(str, err["loc"]))
        hint = f"；可选 {'、'.join(MODES)}" if field == "structured_output" else ""
        raise ModelConfigError(f"模型配置 {field} 无效：{err['msg']}{hint}") from exc
