"""The reviewer's decisions file (``.jixiao-review.yaml``): read and written as plain YAML.

Only the file lives here; what an entry means (a fingerprint of an accepted finding) and how it is
applied is ``drafting.decisions``. The file is meant to be edited by hand and kept with the report,
as a linter's baseline is kept with the code, so it is written in a stable order with a header.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import DecisionsFileError
from .atomic import write_text
from .yaml_problems import yaml_place, yaml_problem

HEADER = """\
# jixiao 审核决定：审核人确认“不是问题”或“已知并接受”的审核意见，下次审核不再提示。
# 每条按 id 匹配：id 由问题类型、原文和前后几个字算出（不含位置），报告别处的修改不影响它；
# 改动了这处原文，问题会重新出现。可手工编辑：删除一条即恢复提示；note 写明接受的理由。
# 用法：jixiao review 报告.docx --accept <id>   （id 见审核结果每条末尾的“编号”）
"""

FIELDS = ("id", "kind", "quote", "report", "note")


def read_decisions(path: str | Path) -> list[dict[str, str]]:
    """The entries of a decisions file; a missing file has none. Bad content names the entry and field."""
    p = Path(path)
    if not p.exists():
        return []
    import yaml  # only where there is a file: most reviews have none, and the parser takes a while to import

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise DecisionsFileError("不是 UTF-8 编码的文本；请用 UTF-8 保存，或删除该文件", path=p) from None
    except yaml.YAMLError as exc:
        raise DecisionsFileError(f"不是有效的 YAML（{yaml_problem(exc)}）；请修正或删除该文件", path=p,
                                 where=yaml_place(exc)) from None
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("accepted", []), list):
        raise DecisionsFileError("应为 `accepted:` 加一列条目（每条有 id）", path=p)
    out = []
    for n, entry in enumerate(data.get("accepted") or [], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str | int) or not str(entry["id"]).strip():
            raise DecisionsFileError("每条应有 id（审核结果中的“编号”）", path=p, where=f"accepted 第{n}条")
        out.append({k: str(entry.get(k) or "").strip() for k in FIELDS})
    return out


def write_decisions(path: str | Path, entries: list[dict[str, str]]) -> Path:
    """Write the entries atomically, sorted by report and id, with the explaining header."""
    import yaml

    ordered = sorted(entries, key=lambda e: (e.get("report", ""), e["id"]))
    body: dict[str, Any] = {"accepted": [{k: e.get(k, "") for k in FIELDS} for e in ordered]}
    text = HEADER + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=1000)
    return write_text(path, text)
