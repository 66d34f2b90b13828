"""Department data files (YAML or JSON) → ``DepartmentData``, with exact Decimal numbers.

Why a custom loader: PyYAML and ``json`` turn ``5.18`` into a float, which is already inexact by
the time pydantic sees it. YAML floats are built from the node's source text (``Decimal("5.18")``)
and JSON uses ``parse_float=Decimal``. Every problem becomes one ``DataFileError`` naming the file,
the line, the field path (``sangong.actual.reception``) and what was expected, in Chinese.
"""

from __future__ import annotations

import codecs
import difflib
import json
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..department import DataWarning, DepartmentData
from ..errors import DataFileError
from .data_problems import MAX_DIGITS, expected_of
from .file_kinds import DATA_IS_PDF, PDF_MAGIC
from .paths import read_input_bytes
from .yaml_problems import yaml_place, yaml_problem

__all__ = ["dotted_path", "load_department", "load_department_with_warnings"]

class DecimalSafeLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals built from the source text, never floats."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    if not isinstance(node, yaml.ScalarNode):  # pragma: no cover - the float tag resolves scalars only
        raise yaml.constructor.ConstructorError(None, None, "不是数字", node.start_mark)
    raw = str(loader.construct_scalar(node)).replace("_", "").strip()
    special = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}
    raw = special.get(raw.lower(), raw)
    if _too_long(raw):
        raise yaml.constructor.ConstructorError(None, None, _ABSURD.format(raw=raw[:30]), node.start_mark)
    try:
        return Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the YAML resolver only sends numeric text
        raise yaml.constructor.ConstructorError(None, None, f"不是数字：{raw}", node.start_mark) from exc




def _too_long(raw: str) -> bool:
    """Whether a number's text is absurd: more than MAX_DIGITS digits before or after its point, or an
    exponent beyond them (1e400)."""
    mantissa, _, exponent = raw.lower().lstrip("+-").partition("e")
    whole, _, frac = mantissa.partition(".")
    if len(whole.lstrip("0")) > MAX_DIGITS or len(frac) > MAX_DIGITS:
        return True
    return bool(exponent) and (len(exponent.lstrip("+-")) > 3 or abs(int(exponent)) > MAX_DIGITS)


def _construct_bounded_int(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    raw = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if _too_long(raw):
        raise yaml.constructor.ConstructorError(None, None, _ABSURD.format(raw=raw[:30]), node.start_mark)
    return loader.construct_yaml_int(node)  # type: ignore[arg-type]


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """Mappings whose keys are unique: PyYAML keeps the last of two equal keys, which silently drops
    the first value (a year's figures overwritten by another's)."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, Decimal)) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"键“{key}”重复（第{seen[key].start_mark.line + 1}行已有）；每个键只能出现一次，请删去或合并",
                    key_node.start_mark)
            seen[key] = key_node
    return loader.construct_yaml_map(node)  # type: ignore[arg-type]


_ABSURD = "数值“{raw}”位数过多或超出范围（最多 20 位数字）；请检查是否多打了数字或单位"

DecimalSafeLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
DecimalSafeLoader.add_constructor("tag:yaml.org,2002:int", _construct_bounded_int)
DecimalSafeLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


# -- public entry points ---------------------------------------------------------------------------


def load_department(path: str | Path) -> DepartmentData:
    """Load and validate a department data file (.yaml/.yml/.json; other suffixes are sniffed)."""
    p = Path(path)
    if _is_workbook(p):
        from .workbook_reading import load_workbook_data

        return load_workbook_data(p)
    text = _read_text(p)
    fmt = _format_of(p, text)
    data, root = _parse_json(p, text) if fmt == "json" else _parse_yaml(p, text)
    if not isinstance(data, dict):
        raise DataFileError(
            "顶层应为字段表（如 department: …、year: 2022 …），而不是"
            f"{_kind_of(data)}；请参照 fixtures/ 下的示例数据文件填写",
            path=p,
        )
    bad = _control_character_at(data, ())
    if bad is not None:
        raise DataFileError(f"字段 {dotted_path(bad) or '（顶层）'}：含控制字符（Word 文档无法容纳）；请删去后重试",
                            path=p, where=f"第{line}行" if (line := _line_of(root, bad)) else None)
    try:
        return DepartmentData.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(p, exc, root) from None


def _is_workbook(p: Path) -> bool:
    """An Excel workbook by its suffix, or a zip package (not YAML or JSON) whatever its name."""
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        return True
    try:
        with p.open("rb") as f:
            return f.read(2) == b"PK"
    except OSError:
        return False  # the text reader names the problem


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _control_character_at(value: Any, loc: tuple[int | str, ...]) -> tuple[int | str, ...] | None:
    """The path of the first text (key or value) holding a character XML cannot, which would make
    every document drafted from it unwritable."""
    if isinstance(value, str):
        return loc if _CONTROL.search(value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(key, str) and _CONTROL.search(key):
            return (*loc, key)
        found = _control_character_at(item, (*loc, key))
        if found is not None:
            return found
    return None


def load_department_with_warnings(path: str | Path) -> tuple[DepartmentData, list[DataWarning]]:
    """Load a data file and also return the arithmetic relations its figures do not satisfy."""
    data = load_department(path)
    return data, data.consistency_warnings()


def dotted_path(loc: tuple[int | str, ...]) -> str:
    """pydantic loc → ``finance.income[0].total``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


# -- reading and parsing ---------------------------------------------------------------------------


def _read_text(p: Path) -> str:
    if p.is_dir():
        raise DataFileError("这是一个文件夹，不是数据文件；请指定 .yaml 或 .json 文件", path=p)
    raw = read_input_bytes(p, DataFileError, limit="text_bytes")
    if not raw.strip():
        raise DataFileError("文件为空；请填写部门数据（YAML 或 JSON），可参照 fixtures/ 下的示例", path=p)
    if raw.startswith(PDF_MAGIC):
        raise DataFileError(DATA_IS_PDF, path=p)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DataFileError("按 UTF-16 编码解码失败；请另存为 UTF-8 编码", path=p) from None
    if b"\x00" in raw[:4096]:
        raise DataFileError("这不是文本文件（含二进制内容，或是无 BOM 的 UTF-16）；"
                            "数据文件应为 UTF-8 编码的 YAML 或 JSON", path=p)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DataFileError("无法识别文件编码；请另存为 UTF-8 编码", path=p)  # pragma: no cover


def _format_of(p: Path, text: str) -> str:
    suffix = p.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return "json" if text.lstrip()[:1] in ("{", "[") else "yaml"


def _parse_yaml(p: Path, text: str) -> tuple[Any, yaml.Node | None]:
    try:
        loader = DecimalSafeLoader(text)
    except yaml.reader.ReaderError as exc:
        raise DataFileError(f"含不允许的控制字符 U+{exc.character:04X}；请删去后重试", path=p,
                            where=f"第{text.count(chr(10), 0, exc.position) + 1}行") from None
    try:
        root = loader.get_single_node()
        if root is None:
            raise DataFileError("文件中没有数据（只有注释或空行）；请填写部门数据", path=p)
        return loader.construct_document(root), root
    except yaml.MarkedYAMLError as exc:
        problem = yaml_problem(exc)
        ours = problem.startswith(("键“", "数值“"))
        raise DataFileError(
            problem if ours else f"YAML 格式错误：{problem}" + ("" if "；请" in problem else  # its own next step
                                                              "；请检查该行的缩进、冒号后的空格和引号是否配对"),
            path=p,
            where=yaml_place(exc, column=not ours),  # a value of ours is named by its line
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - other YAML errors carry no mark
        raise DataFileError(f"YAML 格式错误：{exc}", path=p) from None
    finally:
        loader.dispose()


def _in_chinese(message: str, known: dict[str, str]) -> str:
    """The Chinese wording of a parser message, matched by its start; the message itself if unknown."""
    for key, zh in known.items():
        if message.startswith(key):
            return zh
    return message


def _parse_json(p: Path, text: str) -> tuple[Any, yaml.Node | None]:
    try:
        data = json.loads(text, parse_float=_json_number(Decimal), parse_int=_json_number(int),
                          object_pairs_hook=_unique_keys)
    except _JsonValueError as exc:
        _parse_yaml(p, text)  # JSON is YAML: its parser names the line of a repeated key or long number
        at = text.find(exc.near)  # else (1e400 is no YAML 1.1 float) the line where the text first occurs
        raise DataFileError(exc.message, path=p, where=f"第{text.count(chr(10), 0, at) + 1}行" if at >= 0 else None) from None
    except json.JSONDecodeError as exc:
        raise DataFileError(
            f"JSON 格式错误：{_json_problem(exc.msg)}；请检查逗号、引号和括号",
            path=p,
            where=f"第{exc.lineno}行第{exc.colno}列",
        ) from None
    # JSON is (nearly) YAML: compose it only to learn where each value sits, for error lines.
    try:
        root = yaml.compose(text, Loader=DecimalSafeLoader)
    except yaml.YAMLError:
        root = None
    return data, root


class _JsonValueError(ValueError):
    def __init__(self, message: str, near: str) -> None:
        super().__init__(message)
        self.message, self.near = message, near


def _json_number(make: Any) -> Any:
    """A json number hook that refuses absurd numbers before ``int()`` raises on 5,000 digits."""

    def parse(raw: str) -> Any:
        if _too_long(raw):
            raise _JsonValueError(_ABSURD.format(raw=raw[:30]), raw)
        return make(raw)
    return parse


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _JsonValueError(f"键“{key}”重复；每个键只能出现一次，请删去或合并", f'"{key}"')
        out[key] = value
    return out


def _json_problem(msg: str) -> str:
    return _in_chinese(msg, _JSON_PROBLEMS)


_JSON_PROBLEMS = {
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting property name enclosed in double quotes": "键名应使用双引号（或多了一个逗号）",
    "Expecting value": "缺少值（或多了一个逗号）",
    "Unterminated string": "字符串的引号未闭合",
    "Extra data": "数据结束后还有多余内容",
    "Expecting ':' delimiter": "缺少冒号",
    "Invalid control character": "字符串中含有控制字符（如换行），请转义",
}


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "列表"
    if isinstance(value, str):
        return "一段文字"
    if isinstance(value, (int, Decimal)):
        return "数字"
    return type(value).__name__


# -- validation errors -----------------------------------------------------------------------------


def _validation_error(p: Path, exc: ValidationError, root: yaml.Node | None) -> DataFileError:
    """Every problem of the file, each with its line and field path — none hidden behind “等”."""
    errors = exc.errors(include_url=False)
    described = [_describe(err, root) for err in errors]
    line, first = described[0]
    problems = [(f"第{ln}行 " if ln else "") + d for ln, d in described]
    message = first
    if len(described) > 1:
        others = [f"{d}" + (f"（第{ln}行）" if ln else "") for ln, d in described[1:]]
        message += f"。另有 {len(described) - 1} 处问题：" + "；".join(others)
    return DataFileError(message, path=p, where=f"第{line}行" if line else None, problems=problems)


def _describe(err: Any, root: yaml.Node | None) -> tuple[int | None, str]:
    loc: tuple[int | str, ...] = tuple(err["loc"])
    field = dotted_path(loc) or "（顶层）"
    line = _line_of(root, loc)
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = _allowed_fields(loc[:-1])
        name = str(loc[-1])
        hint = ""
        close = difflib.get_close_matches(name, allowed, n=1)
        if close:
            hint = f"，是否应为“{close[0]}”？"
        listing = "、".join(allowed[:12]) + ("等" if len(allowed) > 12 else "")
        return line, f"字段 {field}：未知字段“{name}”{hint or '；'}此处允许的字段：{listing}"
    return line, f"字段 {field}：{expected_of(kind, ctx, err)}"


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """1-based line of the deepest node the loc reaches (key node for mapping entries)."""
    if root is None:
        return None
    node: yaml.Node = root
    mark = root.start_mark
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = None
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    found = (key, value)
            if found is None:
                break
            mark = found[0].start_mark
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            mark = node.start_mark
        else:
            break
    return mark.line + 1


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    model: type[BaseModel] | None = DepartmentData
    for part in loc:
        if model is None:
            return None
        if isinstance(part, int):
            continue  # list items: the model already is the item type
        field = model.model_fields.get(str(part))
        if field is None:
            return None
        model = _model_in(field.annotation)
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, tuple):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _allowed_fields(loc: tuple[int | str, ...]) -> list[str]:
    model = _model_at(loc)
    return list(model.model_fields) if model else []

