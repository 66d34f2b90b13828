"""Session 79's fresh pages (pools 146–150), read by cause after their measure: what a reviewer would
not have reported, and what was missed, each as the shape it takes anywhere."""

from __future__ import annotations

from fresh_pages import under

from drafting.io.text_reader import read_text_string
from drafting.review import review

_TITLE = "某县纪委2023年度部门整体支出绩效自评报告\n\n一、部门概况\n\n"

_found, _messages = under(_TITLE)


def test_a_listed_members_own_aside_in_angle_brackets_is_not_counted_as_members():
    listed = "县纪委由{}个职能科室(办公室、信访室〈举报中心、投诉中心〉、案件审理室、第一纪检监察室)组成。"
    assert _found(listed.format(4), "count_list") == []
    assert _found(listed.format(5), "count_list") == ["5个"]


def test_a_category_cell_run_into_its_indicator_label_is_no_word_said_twice():
    form = "项目管理(7分)资金管理资金分配\n3 3 资金使用\n4 4 (\n3 分)项目执行执行规范\n3 2 完成质量\n"
    assert _found(form, "language.doubled_word") == []
    # in a sentence the same words are a slip; inside one cell of a row kept with its marks too
    assert _found("会议要求各单位严格执行执行规范。", "language.doubled_word") == ["执行执行"]
    assert _found("效益指标 | 社会效益效益指标 | 受益农户数 | 5000户 | 5000户 | 5.0", "language.doubled_word") \
        == ["效益效益"]


def test_a_pages_field_above_the_title_is_not_read_into_the_units_name():
    page = ("发布机构元阳县人民政府办公室\n发布日期2023-08-15\n时效性有效\n"
            "元阳县科学技术协会2022年度部门整体支出绩效单位自评报告\n一、部门基本情况\n"
            "县科协是县委领导下的人民团体,是推动我州科学技术事业发展的重要力量。\n")
    messages = _messages(page, "entities.level_word", title="")
    assert messages and "（元阳县）" in messages[0] and "时效性" not in messages[0]


def test_a_number_cited_as_the_basis_of_an_issue_is_not_the_issued_documents():
    basis = ("依据泸财预经费〔2019〕198号文件,2020年2月21日县财政局下达专项资金6.56万元,"
             "按照《云南省基层人大履职能力提升专项资金管理暂行办法》(云人办发〔2018〕78号)文件规定使用。")
    assert _found(basis, "calendar.issued_number_year") == []
    issued = "2022年6月19日,省财政厅印发了《关于下达专项资金的通知》(川财社〔2021〕57号)。"
    assert _found(issued, "calendar.issued_number_year") == ["2022年6月19日"]


def test_a_bracket_holding_a_closed_title_and_never_closed_is_open_at_the_sentences_end():
    left_open = "按照《办法》(裕党办〔2018〕81号、《通知》(新财预〔2019〕126号)等文件要求,开展评价。"
    assert len(_found(left_open, "language.unclosed")) == 1
    closed = "按照《办法》(裕党办〔2018〕81号)、《通知》(新财预〔2019〕126号)等文件要求,开展评价。"
    assert _found(closed, "language.unclosed") == []


def test_a_lead_in_that_ends_its_paragraph_with_a_colon_ends_its_sentence():
    lead = ("按照《实施方案》(裕党办〔2018〕81号、《通知》(新财预〔2019〕126号)等文件要求,"
            "我县选择10个重点项目开展绩效评价,现按规定予以公开:\n\n1、农田道路建设项目,铺建砂石路11公里。")
    assert len(_found(lead, "language.unclosed")) == 1


def test_a_pages_bulleted_publication_date_lets_the_title_of_the_year_before_stand():
    page = ("  • 发布机构\n  • 保山市文化和旅游局\n  • 发布日期\n  • 2022-07-13\n"
            "保山市图书馆2021年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            "2020年我单位最主要的目标是:全年图书馆免费开放天数≥360天。\n")
    assert _found(page, "dates.stale_title", title="") == []
    # with no publication date, the body's only year still reads against the title
    assert _found(page.replace("  • 发布日期\n  • 2022-07-13\n", ""), "dates.stale_title", title="") != []


def test_a_page_that_masks_every_year_masks_its_units_names_too():
    page = ("1、20xx年度普法宣传专项资金绩效自评报告\n为加强财政资金支出管理,根据XX县财政局关于开展20xx年绩效评价工作的通知,"
            "我单位对20xx年专项资金绩效进行了自评。XX县司法局内设有政工室、办公室等7个股室。\n")
    assert _found(page, "structure.placeholder", title="") == []
    # a report that writes its years keeps a template's XX as a placeholder left in
    assert _found(page.replace("20xx", "2021"), "structure.placeholder", title="") != []


def test_two_items_of_one_list_with_the_same_title_are_one_heading_copied_from_the_other():
    outline = ("(一)部门绩效目标的设立情况\n保山市图书馆是公益性文化事业单位。\n"
               "(二)部门绩效目标的设立情况\n全年图书馆免费开放天数≥360天。\n(三)部门整体收支情况\n本年度收入合计325万元。\n")
    assert _found(outline, "structure.heading_twice") == ["(二)部门绩效目标的设立情况"]


def test_the_same_title_in_two_lists_is_each_lists_own():
    # (一)绩效目标 under each project: two lists, a higher heading between them
    outline = ("一、项目甲\n(一)绩效目标\n完成培训200人次。\n(二)完成情况\n已完成。\n"
               "二、项目乙\n(一)绩效目标\n完成维修5处。\n(二)完成情况\n已完成。\n")
    assert _found(outline, "structure.heading_twice") == []


def test_a_ground_closed_by_a_stop_after_the_paragraphs_field_label_is_a_fragment():
    body = "党政机构设置:根据先锋镇党委、人大、政府、纪委、工会、妇联等职能职责。先锋镇机关设置5个综合办公室。"
    assert len(_found(body, "language.fragment")) == 1
    # a label that names grounds itself takes a ground for its value
    assert _found("评价依据:根据《项目支出绩效评价管理办法》。本次评价采用因素分析法。", "language.fragment") == []
    # a list of grounds writes each as an item of its own
    assert _found("评价依据:\n1.依据《中华人民共和国预算法》。\n2.依据《项目支出绩效评价管理办法》。", "language.fragment") == []


def test_a_list_parted_by_a_stray_semicolon_is_counted_whole_before_its_count():
    listed = ("包括资金分配、资金到位等两个二级指标;分配方式、分配结果、资金到位率、到位时效、资金使用、财务管理;"
              "新冠肺炎排查率;发病病人筛选率、服务能力建设等{}个三级绩效考核指标。")
    assert _found(listed.format("七"), "count_list") == ["七个"]
    assert _found(listed.format("九"), "count_list") == []
    # a clause before the semicolon says something of its own: the list starts after it
    said = "全面完成了年度各项工作任务;资金使用、财务管理、组织机构、管理制度等4个指标全部达标。"
    assert _found(said, "count_list") == []


def test_a_bracketed_number_with_a_full_stop_after_it_is_one_habit_told_once():
    duties = "主要职能:\n(1).拟订机构编制管理的政策。\n(2).负责机构编制管理工作。\n(3).承办交办的其他事项。\n"
    found = [f for f in review(read_text_string(_TITLE + duties)).findings if f.message.startswith("序号标点重复")]
    assert len(found) == 1 and "(1)." in found[0].message and "共3处" in found[0].message
    # written as it should be, (1) with nothing after its bracket
    assert not [f for f in review(read_text_string(_TITLE + "主要职能:\n(1)拟订政策。\n(2)负责管理。\n")).findings
                if f.message.startswith("序号标点重复")]
