"""The provider seam: one small protocol every chat model implements, and ``get_model`` to pick one.

``ChatModel.complete(messages, schema=...)`` returns a ``ModelAnswer`` (text, parsed output, token
usage; ``llm/answers.py``). Implementations:

- ``OfflineModel`` — no model at all: answers with the offline skeleton it is handed;
- ``FakeModel`` — queued answers and a recorded call history, for tests (ours and users');
- ``OpenAICompatibleModel`` (``llm/openai_compat.py``) — LangChain's ``ChatOpenAI``; DeepSeek, Qwen
  (DashScope compatible mode), vLLM and Ollama differ only by ``OPENAI_BASE_URL``, the model name
  and the structured-output mode declared for the provider (``llm/settings.py``).

Only the llm room touches LangChain's OpenAI integration or the openai client, lazily, so that
``import drafting`` stays light. Model requests are switched off for a process by setting
``JIXIAO_BLOCK_MODEL_REQUESTS=1`` (our tests do; the library never guesses it is under a test).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from ..errors import ModelConfigError, ModelError
from .answers import ChatModel, ModelAnswer, Prices, TokenUsage, message_text, parse_answer
from .openai_compat import OpenAICompatibleModel
from .settings import (
    DEFAULT_BUDGET,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ModelSettings,
    requests_allowed,
    resolve_settings,
)
from .tokens import count_tokens

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage

__all__ = [
    "DEFAULT_BUDGET", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "ChatModel", "FakeModel", "ModelAnswer",
    "ModelSettings", "OfflineModel", "OpenAICompatibleModel", "Prices", "TokenUsage", "get_model", "parse_answer",
    "requests_allowed", "resolve_settings",
]


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
        return message_text(self.messages)


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
        usage = TokenUsage(input_tokens=count_tokens(message_text(messages)), output_tokens=count_tokens(text))
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
