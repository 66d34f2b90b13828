"""In a whole report, a correction that rests on sound alone — the report never writes the word, it is no
财政/绩效 term, and the typed character is only read like the right one — is not made: nearly any two
characters a report coins, reads across a boundary or keeps from a garbled cell lie one homophone away from
some everyday word (pool61 p17 出证, pool65 p16 因该, pool66 p15 村账, pool64 p10 实施第位: all wrong).
The texts are invented; the report around each line is ordinary 绩效 prose without the corrected word."""

import pytest

from drafting.checks.typos import check_typos
from drafting.report import Paragraph, Report

_PROSE = [
    "一、部门基本情况",
    "本单位为县政府直属事业单位，主要职能是负责全县相关工作的组织协调和监督管理，内设办公室、业务股、财务股三个股室。",
    "二、绩效目标完成情况",
    "年初设定的各项绩效目标均已按期完成，资金使用规范，群众满意度较高。项目实施过程中，严格执行财务管理制度，做到专款专用。",
    "三、预算执行情况",
    "全年预算收入共计三百二十万元，其中财政拨款二百八十万元，其他收入四十万元；全年支出三百一十五万元，预算执行率较高。",
    "四、存在的问题",
    "一是部分项目前期准备不足，进度偏慢；二是绩效指标设置不够细化，个别指标难以量化；三是基层人员业务水平有待提高。",
    "五、下一步改进措施",
    "进一步加强预算编制的科学性和准确性，强化绩效目标管理，完善内部控制制度，加强业务培训，提高工作人员的综合素质。",
    "六、其他需要说明的情况",
    "本年度未发生重大安全事故，未发现违规违纪问题。各项工作运行平稳，为全县经济社会发展提供了有力保障。",
    "同时，我们将继续加强与上级主管部门的沟通联系，及时掌握政策动态，确保各项资金安全高效运行，切实发挥财政资金的使用效益。",
    "对自评中发现的问题，逐项制定整改方案，明确责任人和完成时限，按期销号，并将整改情况纳入年度考核。",
    "下一年度，我们将围绕中心工作，认真落实各项决策部署，不断提升管理水平和服务能力，推动各项事业取得新的更大成效。",
]


def _found(line: str, more: tuple[str, ...] = ()) -> dict[str, str]:
    """The typo check's findings (quote → message) on a report of ordinary prose with ``line`` among it."""
    report = Report(blocks=[Paragraph(text=t) for t in [*_PROSE[:6], line, *more, *_PROSE[6:]]])
    return {f.quote: f.message for f in check_typos(report) if f.rule == "language.typo"}


@pytest.mark.parametrize(("line", "quote"), [
    ("村集体财务实行组账村代管，由村会计统一记账。", "组账"),  # a coined compound, a homophone of 组长
    ("因该单位为新设单位，当年未编制部门预算。", "因该"),  # 因 | 该单位, no 应该 across the boundary
    ("项目名称：公用经费；实施第位自评得分98分。", "第位"),  # a garbled cell, no 地位
])
def test_a_homophone_the_report_never_writes_is_no_correction(line, quote):
    assert quote not in _found(line)


def test_a_homophone_slip_of_a_word_the_report_writes_is_still_found():
    found = _found("各股室严格依具制度开展工作。", ("相关制度的依据是县政府文件。",))
    assert "依据" in found.get("依具", "")


def test_a_slip_of_similar_shape_keeps_the_dictionary_backing():
    assert "提升" in _found("我单位积极改进作风，捉升服务质量。").get("捉升", "")


def test_a_single_sentence_is_no_report_and_keeps_everyday_words():
    report = Report(blocks=[Paragraph(text="我们因该加强资金管理。")])
    assert [f.quote for f in check_typos(report)] == ["因该"]
