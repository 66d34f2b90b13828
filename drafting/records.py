"""Records: the models' fields and the few methods a review calls on them, without pydantic.

Why: the command's review of one text built every report and finding as a pydantic model, and pydantic
cost more to load than anything the review does with it: its import and its plugin loader's
(``importlib.metadata``, ``email``, ``zipfile``) 200 M of the 2,330 M instructions of a review of the
sample, 0.05 s of its 0.3 s of CPU. The models are declared once (``report``, ``findings``, …) on
the base ``model_base`` gives them: pydantic's for every library user and every other command,
this one when the command reviews one text (``model_base.use_records``). The review's own code never
validates: it builds the models from values of the declared types (mypy checks them against the
pydantic declarations), copies them with ``model_copy`` and writes them as JSON, which is
``json.dumps`` of ``model_dump(mode="json")`` with ``indent=2`` for both (``tests/test_records.py``);
the records write that text themselves (``_Json``).
"""

from __future__ import annotations

import copy
import json
import math
from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring
from typing import Any

__all__ = ["BaseModel", "ConfigDict", "Field", "PrivateAttr"]

_MISSING: Any = object()


class FieldInfo:
    """A field's default (or factory); the rest (descriptions, bounds) is pydantic's business."""

    def __init__(self, default: Any = _MISSING, *, default_factory: Any = None, **_: Any) -> None:
        self.default, self.default_factory = default, default_factory


def Field(default: Any = _MISSING, **kw: Any) -> Any:
    return FieldInfo(default, **kw)


class _Private:
    def __init__(self, default: Any = None, default_factory: Any = None) -> None:
        self.default, self.default_factory = default, default_factory


def PrivateAttr(default: Any = None, *, default_factory: Any = None) -> Any:
    return _Private(default, default_factory)


def ConfigDict(**kw: Any) -> dict[str, Any]:
    return dict(kw)


class _RecordType(type):
    """Collects a class's fields (annotated names, in order, the bases' first), private attributes
    (names starting with ``_``) and configuration, as pydantic's metaclass does."""

    def __new__(mcls, name: str, bases: tuple[type, ...], ns: dict[str, Any], **kw: Any) -> Any:
        fields: dict[str, FieldInfo] = {}
        private: dict[str, _Private] = {}
        config: dict[str, Any] = {}
        for base in reversed(bases):
            fields.update(getattr(base, "model_fields", {}))
            private.update(getattr(base, "__private_attributes__", {}))
            config.update(getattr(base, "model_config", {}))
        config.update(ns.get("model_config", {}))
        for field, annotation in ns.get("__annotations__", {}).items():
            if "ClassVar" in str(annotation) or field.startswith(("model_", "__")):
                continue  # a class variable, or the base's own declarations
            value = ns.pop(field, _MISSING)
            if field.startswith("_"):
                private[field] = value if isinstance(value, _Private) else _Private(None if value is _MISSING else value)
            else:
                fields[field] = value if isinstance(value, FieldInfo) else FieldInfo(value)
        ns["model_fields"], ns["__private_attributes__"], ns["model_config"] = fields, private, config
        if private:  # only a class with private attributes reads them through ``__getattr__`` (``_private``)
            ns.setdefault("__getattr__", _private)
        if config.get("frozen"):
            ns["__hash__"] = _frozen_hash
        return super().__new__(mcls, name, bases, ns)


def _private(self: Any, name: str) -> Any:
    """A private attribute's value (``__getattr__`` of a class that has them: Python asks it only for a
    name its instance and class lack). Why not on every record: a class with ``__getattr__`` has its
    attribute reads taken the slow way (``slot_tp_getattr_hook``, and the interpreter never specialises
    them), and the review reads the fields of its locations, units and findings millions of times;
    only ``Report`` has private attributes. A class without them raises as ``object`` does."""
    try:
        private = object.__getattribute__(self, "__pydantic_private__")
    except AttributeError:
        private = None
    if private and name in private:
        return private[name]
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def _frozen_hash(self: Any) -> int:
    return hash(self.__class__) + hash(tuple(self.__dict__.values()))


class BaseModel(metaclass=_RecordType):
    """A record with pydantic's attribute layout (``__dict__`` holds the fields; the same slots), so
    the review's fast paths that build a model without validating (``report.whole_unit``) build either."""

    __slots__ = ("__dict__", "__pydantic_extra__", "__pydantic_fields_set__", "__pydantic_private__")
    model_fields: dict[str, FieldInfo]
    __private_attributes__: dict[str, _Private]
    model_config: dict[str, Any]
    # the slots (declared for the type checker: with no ``__getattr__`` it reads only what is declared)
    __pydantic_extra__: dict[str, Any] | None
    __pydantic_fields_set__: set[str]
    __pydantic_private__: dict[str, Any] | None

    def __init__(self, **kw: Any) -> None:
        values = {}
        for name, info in type(self).model_fields.items():
            if name in kw:
                values[name] = kw[name]
            elif info.default_factory is not None:
                values[name] = info.default_factory()
            elif info.default is not _MISSING:
                values[name] = info.default
            else:
                raise TypeError(f"{type(self).__name__}: {name} is required")
        _set(self, "__dict__", values)
        _set(self, "__pydantic_fields_set__", set(kw))
        _set(self, "__pydantic_extra__", None)
        private = {k: p.default_factory() if p.default_factory else p.default
                   for k, p in type(self).__private_attributes__.items()}
        _set(self, "__pydantic_private__", private or None)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in type(self).__private_attributes__:
            private = self.__pydantic_private__
            if private is None:
                private = {}
                _set(self, "__pydantic_private__", private)
            private[name] = value
        elif type(self).model_config.get("frozen"):
            raise TypeError(f"{type(self).__name__} is frozen")
        else:
            self.__dict__[name] = value
            self.__pydantic_fields_set__.add(name)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__ and self.__pydantic_private__ == other.__pydantic_private__

    def __getstate__(self) -> dict[str, Any]:  # pickled (a long report's split checks), as pydantic's are
        return {name: getattr(self, name) for name in BaseModel.__slots__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            _set(self, name, value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        new = type(self).__new__(type(self))
        values = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        values.update(update or {})
        _set(new, "__dict__", values)
        _set(new, "__pydantic_fields_set__", set(self.__pydantic_fields_set__) | set(update or ()))
        _set(new, "__pydantic_extra__", None)
        private = self.__pydantic_private__
        _set(new, "__pydantic_private__", copy.deepcopy(private) if deep and private else dict(private) if private else private)
        return new

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        return {k: _dump(v, mode) for k, v in self.__dict__.items()}

    def model_dump_json(self, *, indent: int | None = None) -> str:
        if indent == 2:
            try:
                return _Json().text(self)
            except _Unusual:
                pass
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)


_set = object.__setattr__


def _dump(value: Any, mode: str) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode=mode)
    if isinstance(value, dict):
        return {k: _dump(v, mode) for k, v in value.items()}
    if mode == "json":
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, list | tuple):
            return [_dump(v, mode) for v in value]
    elif isinstance(value, list):
        return [_dump(v, mode) for v in value]
    return value


class _Unusual(Exception):
    """A value ``_Json`` leaves to ``json.dumps`` (a key that is no string, a float that is not finite)."""


class _Json:
    """``json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2)``, written straight from
    the records. Why: with an indent, ``json`` writes through its Python encoder (its C one only writes
    without), a generator per dict and list, after ``model_dump`` has copied every finding into dicts:
    25 M instructions for the sample's 58 findings, 1 % of its review. The same text: strings by ``json``'s
    own escaping, numbers as it writes them, a value as ``_dump`` turns it into one."""

    def __init__(self) -> None:
        self.out: list[str] = []

    def text(self, record: BaseModel) -> str:
        self.value(record, "\n")
        return "".join(self.out)

    def value(self, v: Any, nl: str) -> None:
        t = type(v)
        if t is str:
            self.out.append(encode_basestring(v))
        elif v is None or v is True or v is False:
            self.out.append("null" if v is None else "true" if v else "false")
        elif t is int:
            self.out.append(int.__repr__(v))
        elif t is float and math.isfinite(v):
            self.out.append(float.__repr__(v))
        elif isinstance(v, BaseModel):
            self.mapping(v.__dict__, nl)
        elif isinstance(v, dict):
            self.mapping(v, nl)
        elif isinstance(v, Enum):
            self.value(v.value, nl)
        elif isinstance(v, Decimal):
            self.out.append(encode_basestring(str(v)))
        elif isinstance(v, list | tuple):
            self.sequence(v, nl)
        else:
            raise _Unusual

    def mapping(self, d: dict[Any, Any], nl: str) -> None:
        if not d:
            self.out.append("{}")
            return
        inner, out = nl + "  ", self.out
        sep = "{" + inner
        for k, v in d.items():
            if not isinstance(k, str):  # json writes a string's subclass (a StrEnum) as the string
                raise _Unusual
            out.append(sep)
            out.append(encode_basestring(k))
            out.append(": ")
            self.value(v, inner)
            sep = "," + inner
        out.append(nl + "}")

    def sequence(self, items: list[Any] | tuple[Any, ...], nl: str) -> None:
        if not items:
            self.out.append("[]")
            return
        inner, out = nl + "  ", self.out
        sep = "[" + inner
        for v in items:
            out.append(sep)
            self.value(v, inner)
            sep = "," + inner
        out.append(nl + "]")
