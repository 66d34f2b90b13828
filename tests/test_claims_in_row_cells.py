"""A qualitative target or value (全覆盖, 明显提高, 有效改善) that fills a cell of an indicator row is the row's
value, not a claim of the prose: silent where the rows run together on lines with blanks between cells (a
PDF's or a web page's copy) and where each cell stands on its own 标签：值 line (实际完成值：全覆盖), as it is
in a Word table, "|" rows and one cell per line. The same phrase in a sentence with nothing behind it is
still an unsupported claim. Invented forms."""

from __future__ import annotations

import pytest

from drafting.checks.claims import check_claims
from drafting.io.text_reader import read_text_string

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_ROWS = [
    ["产出指标", "数量指标", "培训人次", "≥300人次", "326人次", "20", "20"],
    ["效益指标", "社会效益指标", "政策宣传覆盖面", "全覆盖", "全覆盖", "20", "20"],
    ["效益指标", "社会效益指标", "服务效率", "明显提高", "明显提高", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "96%", "20", "20"],
]
_TOP = "某县人社局2024年度职业技能培训项目绩效自评表\n\n问卷调查回收有效问卷120份。\n\n"


def _run_together(sep: str) -> str:
    return "\n".join(sep.join(r) for r in [_HEAD, *_ROWS])


def _label_value() -> str:
    return "\n\n".join("\n".join(f"{h}：{c}" for h, c in zip(_HEAD, r, strict=True)) for r in _ROWS)


@pytest.mark.parametrize("text", [_run_together(" "), _run_together("  "), _run_together("\u3000"), _label_value()],
                         ids=["one blank", "two blanks", "ideographic blank", "label and value"])
def test_a_qualitative_value_in_an_indicator_row_is_no_claim(text):
    assert [f.location.quote for f in check_claims(read_text_string(_TOP + text), stock_claims=True) if f.rule == "claims.strong_claim"] == []


@pytest.mark.parametrize("sentence", ["本项目实施后，群众办事效率明显提高。", "政策宣传实现全覆盖，成效显著。"])
def test_the_phrase_in_a_sentence_with_nothing_behind_it_is_still_a_claim(sentence):
    text = _TOP + _run_together(" ") + "\n\n三、主要成效\n\n" + sentence + "\n\n四、存在的问题\n\n个别培训班次安排较晚。\n"
    assert [f.rule for f in check_claims(read_text_string(text), stock_claims=True)] == ["claims.strong_claim"]


def test_a_claim_word_in_a_short_cell_of_a_bar_row_names_an_indicator():
    """A row of | cells whose first cell is an indicator's name holding a claim word (WIFI全覆盖,绿色环保 |
    良好 | 良好): the form's other cells measure it; a narrative cell of such a form is still prose."""
    rows = ("环境效益 | 数字资源环境优良 | 良好 | 良好 | 10 |\n"
            "WIFI全覆盖,绿色环保 | 良好 | 良好 | |||\n"
            "可持续影响指标 | 服务读者天数 | ≥360天 | ≥360天 | 10 |\n")
    assert [f.quote for f in check_claims(read_text_string(rows), stock_claims=True) if f.rule == "claims.strong_claim"] == []
    prose = "总体目标完成情况 | 本年度项目实施顺利，全县学校实现WIFI全覆盖，师生满意度高。 | |\n下一行。\n"
    assert [f.quote for f in check_claims(read_text_string(prose), stock_claims=True) if f.rule == "claims.strong_claim"] == ["全覆盖"]
