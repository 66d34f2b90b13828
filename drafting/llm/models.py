"""The provider seam: one small protocol every chat model implements, and ``get_model`` to pick one.

``ChatModel.complete(messages, schema=...)`` returns a ``ModelAnswer`` (text, parsed output, token
usage). Implementations:

- ``OfflineModel`` — no model at all: answers with the offline skeleton it is handed;
- ``FakeModel`` — queued answers and a recorded call history, for tests (ours and users');
- ``OpenAICompatibleModel`` — LangChain's ``ChatOpenAI``; DeepSeek, Qwen (DashScope compatible mode),
  vLLM and Ollama differ only by ``OPENAI_BASE_URL`` and the model name.

Only this module touches LangChain's OpenAI integration or the openai client, and it imports them
lazily so that ``import drafting`` stays light. The API key lives in a ``SecretStr``: never logged,
cached, written or shown in an error. Real requests are refused under pytest unless a test opts in
(``ALLOW_MODEL_REQUESTS = True``, as pydantic-ai does).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from ..errors import ModelConfigError, ModelError, ModelRequestsBlocked
from .tokens import count_tokens

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage

#: None = allowed except under pytest; tests that talk to their own local server set it to True.
ALLOW_MODEL_REQUESTS: bool | None = None

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
CONFIG_FILES = (Path("jixiao.toml"), Path("~/.config/jixiao/config.toml"))


class TokenUsage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0

    @property
    def total(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: TokenUsage) -> TokenUsage:
        return TokenUsage(input_tokens=self.input_tokens + other.input_tokens,
                          output_tokens=self.output_tokens + other.output_tokens)


class Prices(BaseModel):
    """Price per 1,000 tokens (in the provider's currency), for the cost line in the sidecar."""

    input_per_1k: Decimal
    output_per_1k: Decimal

    def cost(self, usage: TokenUsage) -> Decimal:
        return (Decimal(usage.input_tokens) * self.input_per_1k + Decimal(usage.output_tokens) * self.output_per_1k) / 1000


class ModelAnswer(BaseModel):
    """One answer: the raw text, the parsed output (None when the text is not valid for the schema,
    with ``error`` saying why), token usage, and whether it came from the cache."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    text: str
    parsed: BaseModel | None = Field(None, exclude=True)
    error: str | None = None
    usage: TokenUsage = Field(default_factory=TokenUsage)
    model: str = ""
    cached: bool = False


@runtime_checkable
class ChatModel(Protocol):
    """What the chain needs from a model. ``skeleton`` is the offline draft the answer should improve;
    a model may ignore it. ``cacheable`` says whether answers are worth caching."""

    name: str
    cacheable: bool
    prices: Prices | None

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer: ...


# -- parsing -------------------------------------------------------------------------------------------

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.S)


def parse_answer(text: str, schema: type[BaseModel]) -> tuple[BaseModel | None, str | None]:
    """Parse a model's text as ``schema`` JSON; fences and prose around the object are tolerated."""
    body = _FENCE.sub("", text.strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        return None, "回答中没有 JSON 对象"
    try:
        return schema.model_validate_json(body[start : end + 1]), None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(根)'}: {e['msg']}" for e in exc.errors()[:5])
        return None, f"JSON 不符合要求的结构：{problems}"


def _message_text(messages: list[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages)


# -- offline and fake ------------------------------------------------------------------------------


class OfflineModel:
    """No model: the answer is the skeleton itself, so drafting works with no network and no key."""

    name = "offline"
    cacheable = False
    prices: Prices | None = None

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer:
        if skeleton is None:
            raise ModelError("离线模式需要由程序生成的初稿（skeleton），本次调用没有提供")
        return ModelAnswer(text=skeleton.model_dump_json(), parsed=skeleton, model=self.name)


class FakeCall(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    messages: list[Any]
    schema_name: str

    @property
    def text(self) -> str:
        return _message_text(self.messages)


Answer = str | dict[str, Any] | BaseModel | Exception


class FakeModel:
    """Answers from a queue (str, dict, pydantic model, or an exception to raise), or from ``respond``
    (a function of the messages) once the queue is empty. Every call is recorded in ``calls``."""

    cacheable = True

    def __init__(self, answers: Iterable[Answer] = (), *, respond: Callable[[list[BaseMessage]], Answer] | None = None,
                 name: str = "fake", prices: Prices | None = None) -> None:
        self.name = name
        self.prices = prices
        self.answers: list[Answer] = list(answers)
        self.respond = respond
        self.calls: list[FakeCall] = []

    def queue(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer:
        self.calls.append(FakeCall(messages=list(messages), schema_name=schema.__name__))
        if self.answers:
            answer = self.answers.pop(0)
        elif self.respond is not None:
            answer = self.respond(messages)
        else:
            raise ModelError(f"FakeModel 的回答队列已空（第{len(self.calls)}次调用）；请用 queue() 添加回答或提供 respond")
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, BaseModel):
            text = answer.model_dump_json()
        elif isinstance(answer, dict):
            text = json.dumps(answer, ensure_ascii=False)
        else:
            text = answer
        parsed, error = parse_answer(text, schema)
        usage = TokenUsage(input_tokens=count_tokens(_message_text(messages)), output_tokens=count_tokens(text))
        return ModelAnswer(text=text, parsed=parsed, error=error, usage=usage, model=self.name)


# -- OpenAI-compatible ------------------------------------------------------------------------------


class ModelSettings(BaseModel):
    """Everything needed to reach an OpenAI-compatible endpoint, except the key (kept apart)."""

    model: str
    base_url: str | None = None
    temperature: float | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    api_key_env: str = "OPENAI_API_KEY"
    prices: Prices | None = None


def requests_allowed() -> bool:
    if ALLOW_MODEL_REQUESTS is not None:
        return ALLOW_MODEL_REQUESTS
    return "PYTEST_CURRENT_TEST" not in os.environ


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
                     timeout: float | None = None, max_retries: int | None = None,
                     config_path: str | Path | None = None) -> ModelSettings:
    """Arguments win over environment variables, which win over the config file, then defaults."""
    cfg = load_config(config_path)
    env = {
        "base_url": os.environ.get("OPENAI_BASE_URL") or None,
        "temperature": _env_number("JIXIAO_TEMPERATURE", float),
        "timeout": _env_number("JIXIAO_TIMEOUT", float),
        "max_retries": _env_number("JIXIAO_MAX_RETRIES", int),
    }
    args = {"base_url": base_url, "temperature": temperature, "timeout": timeout, "max_retries": max_retries}
    merged: dict[str, Any] = {"model": model}
    for key in ("base_url", "temperature", "timeout", "max_retries", "api_key_env"):
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
        raise ModelConfigError(f"模型配置无效：{exc.errors()[0]['loc']} {exc.errors()[0]['msg']}") from exc


class OpenAICompatibleModel:
    """A chat-completions endpoint through LangChain's ``ChatOpenAI``."""

    cacheable = True

    def __init__(self, model: str, *, api_key: str | None = None, base_url: str | None = None,
                 temperature: float | None = None, timeout: float | None = None, max_retries: int | None = None,
                 config_path: str | Path | None = None, http_client: Any = None) -> None:
        if not model:
            raise ModelConfigError("未指定模型名；请用 openai:<模型名>，例如 openai:deepseek-chat")
        self.settings = resolve_settings(model, base_url=base_url, temperature=temperature, timeout=timeout,
                                         max_retries=max_retries, config_path=config_path)
        key = api_key or os.environ.get(self.settings.api_key_env)
        if not key:
            if not self.settings.base_url:
                raise ModelConfigError(
                    f"未找到 API key：请设置环境变量 {self.settings.api_key_env}，"
                    "或设置 OPENAI_BASE_URL 指向无需密钥的本地服务（vLLM、Ollama）")
            key = "EMPTY"  # local OpenAI-compatible servers accept any key
        self._key = SecretStr(key)
        self._http_client = http_client
        self._chat: Any = None
        self.name = f"openai:{model}"
        self.prices = self.settings.prices

    def __repr__(self) -> str:
        return f"OpenAICompatibleModel({self.settings.model!r}, base_url={self.settings.base_url!r})"

    def _client(self) -> Any:
        if self._chat is None:
            from langchain_openai import ChatOpenAI

            kwargs: dict[str, Any] = {
                "model": self.settings.model,
                "api_key": self._key,
                "base_url": self.settings.base_url,
                "timeout": self.settings.timeout,
                "max_retries": self.settings.max_retries,
            }
            if self.settings.temperature is not None:
                kwargs["temperature"] = self.settings.temperature
            if self._http_client is not None:
                kwargs["http_client"] = self._http_client
            self._chat = ChatOpenAI(**kwargs)
        return self._chat

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer:
        if not requests_allowed():
            raise ModelRequestsBlocked(
                f"测试中不允许真实的模型请求（{self.name}）；如测试使用本地服务，请设置 "
                "drafting.models.ALLOW_MODEL_REQUESTS = True")
        import openai

        where = self.settings.base_url or "api.openai.com"
        try:
            message = self._client().invoke(messages)
        except openai.APITimeoutError as exc:
            raise ModelError(f"模型 {self.name} 请求超时（{self.settings.timeout}秒，已重试{self.settings.max_retries}次，"
                             f"{where}）；请稍后重试或调大 JIXIAO_TIMEOUT") from exc
        except openai.RateLimitError as exc:
            raise ModelError(f"模型 {self.name} 请求过于频繁（429，{where}），重试后仍失败；请稍后重试") from exc
        except openai.AuthenticationError as exc:
            raise ModelConfigError(f"模型 {self.name} 拒绝了 API key（401，{where}）；"
                                   f"请检查环境变量 {self.settings.api_key_env}") from exc
        except openai.APIStatusError as exc:
            raise ModelError(f"模型 {self.name} 返回错误 {exc.status_code}（{where}），重试后仍失败；请稍后重试") from exc
        except openai.APIConnectionError as exc:
            raise ModelError(f"无法连接模型服务 {where}；请检查网络或 OPENAI_BASE_URL") from exc
        text = message.content if isinstance(message.content, str) else "".join(
            part.get("text", "") if isinstance(part, dict) else str(part) for part in message.content)
        meta = getattr(message, "usage_metadata", None) or {}
        usage = TokenUsage(input_tokens=int(meta.get("input_tokens", 0)), output_tokens=int(meta.get("output_tokens", 0)))
        if not usage.total:
            usage = TokenUsage(input_tokens=count_tokens(_message_text(messages)), output_tokens=count_tokens(text))
        parsed, error = parse_answer(text, schema)
        return ModelAnswer(text=text, parsed=parsed, error=error, usage=usage, model=self.name)


def get_model(spec: str | ChatModel = "offline", **options: Any) -> ChatModel:
    """``"offline"`` (default), ``"fake"``, or ``"openai:<model>"``; options go to the model class."""
    if not isinstance(spec, str):
        return spec
    if spec == "offline":
        return OfflineModel()
    if spec == "fake":
        return FakeModel(**options)
    if spec.startswith("openai:"):
        return OpenAICompatibleModel(spec.removeprefix("openai:"), **options)
    raise ModelConfigError(f"未知的模型 {spec!r}；可选 offline、fake 或 openai:<模型名>（如 openai:qwen-plus）")
