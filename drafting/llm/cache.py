"""A disk cache of model answers, so rerunning a draft costs nothing.

The key is the sha256 of the model name, the prompt file hashes, the output schema and the exact
messages sent; any change to data, prompt or model gives a new key. Entries are JSON files written
atomically under ``.jixiao-cache/`` (``<key[:2]>/<key>.json``). Only the answer text and token usage
are stored — never the API key or any request header.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..io.atomic import write_text
from .models import ModelAnswer

DEFAULT_DIR = Path(".jixiao-cache")


def cache_key(model: str, prompt_hashes: Sequence[str], schema: str, messages: Sequence[Any]) -> str:
    payload = {
        "model": model,
        "prompts": list(prompt_hashes),
        "schema": schema,
        "messages": [[getattr(m, "type", type(m).__name__), str(getattr(m, "content", m))] for m in messages],
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


class AnswerCache:
    def __init__(self, directory: str | Path = DEFAULT_DIR) -> None:
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> ModelAnswer | None:
        file = self._file(key)
        try:
            answer = ModelAnswer.model_validate_json(file.read_text(encoding="utf-8"))
        except (OSError, ValidationError, ValueError):
            self.misses += 1
            return None  # a missing or damaged entry is just a miss
        self.hits += 1
        return answer.model_copy(update={"cached": True})

    def put(self, key: str, answer: ModelAnswer) -> None:
        stored = answer.model_copy(update={"cached": False})
        write_text(self._file(key), stored.model_dump_json(indent=1, exclude={"parsed"}))
