"""An OpenAI-compatible chat endpoint through LangChain's ``ChatOpenAI``.

The answer is requested in the provider's declared structured-output mode (``settings.PROVIDERS``)
with ``with_structured_output(..., include_raw=True)``: a JSON schema in ``response_format``, JSON
mode, or a forced tool call; the JSON is then validated here, so every mode fails the same way.

Every failure on the model's side becomes a ``ModelError`` with one Chinese line: an HTTP status
(4xx, 5xx), a refused connection, a timeout, a body that is not a chat completion. Requests are
bounded twice: ``timeout`` per request (retried ``max_retries`` times) and ``budget`` seconds for all
requests of one model object (one draft). The API key lives in a ``SecretStr``: never logged, cached,
written or shown in an error.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, SecretStr

from ..errors import ModelConfigError, ModelError, ModelRequestsBlocked
from .answers import ModelAnswer, TokenUsage, message_text, parse_answer
from .settings import BLOCK_ENV, requests_allowed, resolve_settings
from .tokens import count_tokens

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage


class OpenAICompatibleModel:
    """A chat-completions endpoint: OpenAI, DeepSeek, Qwen, vLLM, Ollama differ only by settings."""

    cacheable = True

    def __init__(self, model: str, *, api_key: str | None = None, base_url: str | None = None,
                 temperature: float | None = None, timeout: float | None = None, max_retries: int | None = None,
                 budget: float | None = None, structured_output: str | None = None,
                 config_path: str | Path | None = None, http_client: Any = None) -> None:
        if not model:
            raise ModelConfigError("未指定模型名；请用 openai:<模型名>，例如 openai:deepseek-chat")
        self.settings = resolve_settings(model, base_url=base_url, temperature=temperature, timeout=timeout,
                                         max_retries=max_retries, budget=budget,
                                         structured_output=structured_output, config_path=config_path)
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
        self.spent = 0.0  # seconds of requests so far, against settings.budget
        self.name = f"openai:{model}"
        self.prices = self.settings.prices

    def __repr__(self) -> str:
        return f"OpenAICompatibleModel({self.settings.model!r}, base_url={self.settings.base_url!r})"

    @property
    def where(self) -> str:
        return self.settings.base_url or "api.openai.com"

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

    def _request_timeout(self) -> float:
        """This request's timeout: the per-request one, cut so that it and its retries fit the budget."""
        left = self.settings.budget - self.spent
        if left <= 0:
            raise ModelError(f"模型 {self.name} 的总用时已达上限（{self.settings.budget:g}秒）；"
                             "可用 --model-budget 或 JIXIAO_MODEL_BUDGET 调大")
        return max(0.1, min(self.settings.timeout, left / (self.settings.max_retries + 1)))

    def _runnable(self, schema: type[BaseModel], timeout: float) -> Any:
        mode = self.settings.mode
        target: Any = schema
        if mode == "json_schema":  # a plain JSON schema: the SDK's own parsing never raises on a bad answer
            target = {"name": schema.__name__, "schema": schema.model_json_schema(), "strict": False}
        return self._client().with_structured_output(target, method=mode, include_raw=True, timeout=timeout)

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer:
        if not requests_allowed():
            raise ModelRequestsBlocked(
                f"模型请求已被关闭（环境变量 {BLOCK_ENV}），未向 {self.name} 发送请求；"
                f"测试需要本地服务时请去掉该变量")
        timeout = self._request_timeout()
        started = time.monotonic()
        try:
            result = self._invoke(messages, schema, timeout)
        finally:
            self.spent += time.monotonic() - started
        raw = result["raw"]
        text = answer_text(raw, self.settings.mode)
        meta = getattr(raw, "usage_metadata", None) or {}
        usage = TokenUsage(input_tokens=int(meta.get("input_tokens", 0)), output_tokens=int(meta.get("output_tokens", 0)))
        if not usage.total:
            usage = TokenUsage(input_tokens=count_tokens(message_text(messages)), output_tokens=count_tokens(text))
        parsed, error = parse_answer(text, schema)
        return ModelAnswer(text=text, parsed=parsed, error=error, usage=usage, model=self.name)

    def _invoke(self, messages: list[BaseMessage], schema: type[BaseModel], timeout: float) -> Any:
        """One request through LangChain; every failure becomes a one-line ``ModelError``."""
        import openai

        name, where, s = self.name, self.where, self.settings
        try:
            return self._runnable(schema, timeout).invoke(messages)
        except openai.APITimeoutError as exc:
            raise ModelError(f"模型 {name} 请求超时（每次{timeout:g}秒，已重试{s.max_retries}次，{where}）；"
                             "请稍后重试，或用 --timeout / JIXIAO_TIMEOUT 调大") from exc
        except openai.RateLimitError as exc:
            raise ModelError(f"模型 {name} 请求过于频繁（429，{where}），重试后仍失败；请稍后重试") from exc
        except openai.AuthenticationError as exc:
            raise ModelConfigError(f"模型 {name} 拒绝了 API key（401，{where}）；"
                                   f"请检查环境变量 {s.api_key_env}") from exc
        except openai.NotFoundError as exc:
            raise ModelConfigError(f"模型服务 {where} 返回 404：模型名 {s.model} 或地址不对；"
                                   "请检查 --model 与 OPENAI_BASE_URL（通常以 /v1 结尾）") from exc
        except openai.BadRequestError as exc:
            raise ModelError(f"模型 {name} 拒绝了请求（400，{where}）：{_detail(exc)}；若该服务不支持 "
                             f"{s.mode} 方式的结构化输出，请设置 JIXIAO_STRUCTURED_OUTPUT 为 "
                             "json_mode 或 function_calling") from exc
        except openai.APIStatusError as exc:
            raise ModelError(f"模型 {name} 返回错误 {exc.status_code}（{where}），重试后仍失败；请稍后重试") from exc
        except openai.APIConnectionError as exc:
            raise ModelError(f"无法连接模型服务 {where}（{_detail(exc)}）；请检查网络或 OPENAI_BASE_URL") from exc
        except (openai.APIError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            # a 200 whose body is not a chat completion: not JSON, no choices, an error object, …
            raise ModelError(f"模型服务 {where} 的响应不是有效的 chat completion（{_detail(exc)}）；"
                             "请确认 OPENAI_BASE_URL 指向 OpenAI 兼容接口") from exc


def _detail(exc: BaseException) -> str:
    """The first line of an exception's message, short and without a key."""
    text = str(getattr(exc, "message", None) or exc or type(exc).__name__).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def answer_text(raw: Any, mode: str) -> str:
    """The JSON text of an answer: the forced tool call's arguments, or the message content."""
    if mode == "function_calling":
        calls = getattr(raw, "tool_calls", None) or []
        if calls:
            return json.dumps(calls[0].get("args", {}), ensure_ascii=False)
        invalid = getattr(raw, "invalid_tool_calls", None) or []
        if invalid:
            return str(invalid[0].get("args") or "")
    content = getattr(raw, "content", "")
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
