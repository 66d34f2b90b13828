"""Session 79: where a text opens decides whether a list that starts at its second item lost its first.
An excerpt whose first line is a section's running text, and a document site's partial preview (pages left
out of it), may hold a list whose first item lies before the cut or in a page not shown; a report that opens
with its title and goes straight to 二、 lost its first part."""

from __future__ import annotations

from drafting.io.text_reader import read_text_string
from drafting.review import review


def _late(text: str) -> list[str]:
    return [f.location.quote for f in review(read_text_string(text)).findings
            if f.rule == "structure.numbering_late_start"]


_BODY = ("2021年度,我县福彩公益金总收入359.988万元,其中县级福彩公益金83.7万元,省市转移支付福彩公益金276.288万元。\n"
         "县级福彩公益金本年收入83.7万元,当年实际支出92.3万元,结转下年使用资金83.7万元。\n")
_NEXT = "二、体彩公益金收支情况\n2021年度,我县体彩公益金总收入132.35万元,当年实际支出62.35万元。\n"


def test_an_excerpt_that_opens_in_a_sections_running_text_started_after_the_first_item():
    assert _late(_BODY + _NEXT) == []


def test_a_report_that_opens_with_its_title_and_skips_to_its_second_part_lost_the_first():
    assert _late("某县民政局2021年度彩票公益金使用情况绩效自评报告\n" + _BODY + _NEXT) != []


def test_a_document_sites_partial_preview_may_have_left_the_first_item_out():
    preview = ("某市渔业增殖放流项目绩效评价报告.docx\n"
               "《某市渔业增殖放流项目绩效评价报告.docx》由会员分享,可在线阅读,更多相关文档请在本站搜索。\n"
               "某市渔业增殖放流项目绩效评价报告\n"
               "为促进渔业资源增殖与生态环境养护,确保我市2019年度增殖放流工作顺利实施,特开展本次评价。\n"
               "(二)项目预算\n下达我市水生生物增殖放流补助资金30万元。\n")
    assert _late(preview) == []
    assert _late(preview.replace("由会员分享,可在线阅读,更多相关文档请在本站搜索", "经单位审定后公开")) != []


def test_a_preview_that_warns_it_shows_only_part_of_the_document_may_have_left_the_first_item_out():
    preview = ("2017年职业教育能力提升资金绩效评价报告\n"
               "1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充等附加服务。\n"
               "2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n"
               "(三)项目实施情况\n为推进我省制造业质量升级,认定了10个公共实训基地。\n"
               "二、项目绩效目标\n(一)总体绩效目标\n试点认定若干公共实训基地。\n")
    assert _late(preview) == []


def _restyled(text: str) -> list[str]:
    return [f.message for f in review(read_text_string(text)).findings if f.rule == "structure.numbering_restyled"]


def test_a_list_in_chinese_numerals_that_goes_on_in_arabic_ones_within_the_same_brackets():
    outline = ("某小学2021年度部门整体支出绩效单位自评报告\n一、部门基本情况\n(一)部门概况\n1、简述部门职能\n实施小学义务教育。\n"
               "2、机构设置及人员情况\n内设办公室、教导处。\n(二)当年部门履职总体目标、工作任务\n全面贯彻党的教育方针。\n"
               "(3)当年部门整体支出绩效目标\n提高教学质量。\n")
    found = _restyled(outline)
    assert len(found) == 1 and "(三)" in found[0] and "(1)(2)" in found[0]
    # a sub-list of its own, numbered from (1), is no restyling
    assert _restyled(outline.replace("(3)当年部门整体支出绩效目标\n", "(1)当年部门整体支出绩效目标\n")) == []
