"""What a model gives back, and the one protocol every model implements.

``ChatModel.complete(messages, schema=...)`` returns a ``ModelAnswer``: the JSON text of the answer,
the parsed output (``None`` with ``error`` saying why when it is unusable) and the token usage.
The answer is read strictly: the whole text must be one JSON object of the schema. Providers are
asked for exactly that (a JSON schema, JSON mode or a tool call), so there is no scanning for braces
in prose, and a reply wrapped in chatter or code fences is unusable, not guessed at.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage


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

    @property
    def usable(self) -> bool:
        """An answer worth caching: it parsed as the schema."""
        return self.parsed is not None and self.error is None


@runtime_checkable
class ChatModel(Protocol):
    """What the chain needs from a model. ``skeleton`` is the offline draft the answer should improve;
    a model may ignore it. ``cacheable`` says whether answers are worth caching."""

    name: str
    cacheable: bool
    prices: Prices | None

    def complete(self, messages: list[BaseMessage], *, schema: type[BaseModel],
                 skeleton: BaseModel | None = None) -> ModelAnswer: ...


def parse_answer(text: str, schema: type[BaseModel]) -> tuple[BaseModel | None, str | None]:
    """Read ``text`` as exactly one JSON object of ``schema``; otherwise (None, the reason in Chinese)."""
    try:
        value: Any = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None, "回答不是一个 JSON 对象（只应输出 JSON，不加说明文字或代码块标记）"
    if not isinstance(value, dict):
        return None, "回答不是一个 JSON 对象"
    try:
        return schema.model_validate(value), None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '(根)'}: {e['msg']}" for e in exc.errors()[:5])
        return None, f"JSON 不符合要求的结构：{problems}"


def message_text(messages: list[Any]) -> str:
    return "\n".join(str(getattr(m, "content", m)) for m in messages)
