"""PyYAML's syntax errors in Chinese, with the place (line and column) they point at.

Why: a finance officer edits the department data (and a reviewer the decisions file) by hand; a
message such as "found character '@' that cannot start any token" inside a Chinese line says nothing
to them. Each common problem is said in Chinese with what to do; a rare one keeps PyYAML's words, in
brackets after a Chinese lead, so nothing is lost.
"""

from __future__ import annotations

import re

__all__ = ["yaml_place", "yaml_problem"]

# (PyYAML's problem or context, matched at its start; the Chinese, {0} the character or name it quotes)
_PROBLEMS: list[tuple[str, str]] = [  # compiled only when a file has an error
    (r"found character '\\t' that cannot start any token", "含有制表符（Tab），YAML 缩进只能用空格"),
    (r"found character '(.+)' that cannot start any token",
     "值不能以“{0}”开头（YAML 的保留字符）；请给这个值加上引号"),
    (r"mapping values are not allowed here", "此处不能出现“键: 值”（可能是缩进不对，或值中含未加引号的冒号）"),
    (r"could not find expected ':'", "缺少冒号“:”"),
    (r"found undefined alias '(.+)'", "以“*”开头的值被当作别名“{0}”，而文件中没有它；若是文字，请给这个值加上引号"),
    (r"found duplicate anchor '(.+)'", "锚点“&{0}”重复；若是文字，请给这个值加上引号"),
    (r"expected alphabetic or numeric character, but found '(.+)'",
     "以“&”或“*”开头的值被当作锚点或别名；若是文字，请给这个值加上引号"),
    (r"found unknown escape character '(.+)'",
     "双引号中的“\\{0}”不是有效的转义（如 Windows 路径中的反斜杠）；请改用单引号，或把“\\”写成“\\\\”"),
    (r"expected ',' or '\]', but got", "方括号“[ ]”中的列表缺少逗号或右括号“]”"),
    (r"expected ',' or '\}', but got", "花括号“{{ }}”中缺少逗号或右括号“}}”"),
    (r"invalid indentation or unclosed '\[' or '\{'", "缩进不对，或方括号、花括号未闭合"),
    (r"but found another document", "文件中出现了第二份文档（“---”分隔）；请只保留一份数据"),
    (r"expected '<document start>', but found", "数据结束后还有多余内容（可能是缩进不对）"),
    (r"found unhashable key", "键不能是列表或映射；请检查该行的冒号和括号"),
    (r"could not determine a constructor for the tag '(.+)'",
     "含不支持的标签“{0}”（以“!”开头）；若是文字，请给这个值加上引号"),
    (r"found undefined tag handle '(.+)'", "含不支持的标签“{0}”（以“!”开头）；若是文字，请给这个值加上引号"),
    (r"expected URI, but found", "以“!”开头的值被当作标签；若是文字，请给这个值加上引号"),
    (r"expected chomping or indentation indicators, but found",
     "“|”或“>”后只能跟换行（多行文字从下一行开始）；若是文字，请给这个值加上引号"),
    (r"expected a comment or a line break, but found", "此处应换行（可能是引号后还有文字）；请检查引号"),
    (r"sequence entries are not allowed here", "此处不能出现列表项“- ”（可能是缩进不对）"),
    (r"mapping keys are not allowed here", "此处不能出现以“?”开头的键；若是文字，请给这个值加上引号"),
    (r"did not find expected key", "缩进不一致，未找到预期的键"),
    (r"found unexpected end of stream", "文件意外结束（引号或括号未闭合）"),
    (r"did not find expected node content", "缺少内容"),
    (r"expected <block end>, but found '-'", "列表项“-”的缩进与上文不一致"),
    (r"expected <block end>, but found '<scalar>'", "缩进不一致，或引号后还有文字"),
    (r"expected <block end>", "缩进不一致（同一级的键应左对齐）"),
]


def yaml_problem(exc: Exception) -> str:
    """The Chinese for ``exc`` (a ``yaml.MarkedYAMLError``): its problem, or its context where that
    says more; a message of PyYAML's not known here is kept, in brackets after a Chinese lead."""
    problem = getattr(exc, "problem", None) or ""
    context = getattr(exc, "context", None) or ""
    for message in (problem, context):
        for pattern, zh in _PROBLEMS:
            if m := re.match(pattern, message):
                return zh.format(*m.groups())
    said = problem or context or str(exc)
    if not said.isascii():  # a message of this project's own loader, already in Chinese
        return said
    return f"无法解析（{said}）" if said else "无法解析"


_OPENED = ("while parsing a flow", "while scanning a quoted scalar", "while scanning a simple key")


def yaml_place(exc: Exception, column: bool = True) -> str | None:
    """第N行第M列 (第N行 without ``column``) of the place PyYAML points at: where a bracket, a quote or a key was opened and not
    closed (an unclosed "[" is found only on a later line, which the user then searched in vain), else
    where the problem was found; None without a place."""
    context = getattr(exc, "context", None) or ""
    opened = getattr(exc, "context_mark", None) if context.startswith(_OPENED) else None
    mark = opened or getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return None
    return f"第{mark.line + 1}行" + (f"第{mark.column + 1}列" if column else "")
