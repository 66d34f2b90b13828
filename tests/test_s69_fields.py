"""Session 69's fixes: a figure left as the template's placeholder and a part larger than its whole, planted
into real pages (``evals.real_plant_fields``) and missed by the review, read by cause; and the planters."""

import random

from drafting.io.text_reader import read_text_string
from drafting.review import review
from evals.real_plant_fields import plant_part_over_whole, plant_placeholder


def _found(text: str, prefix: str = "") -> list[tuple[str, str]]:
    return [(f.rule, f.quote.strip()) for f in review(read_text_string(text)).findings if f.rule.startswith(prefix)]


_HEAD = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"

# -- a blank left for a figure ----------------------------------------------------------------------------------


def test_a_blank_after_the_year_of_a_whole_year_is_an_amount_not_a_date():
    text = _HEAD + "全年实际收入＿＿万元，其中财政拨款收入1435.22万元，上年结转结余263.90万元。\n"
    assert ("structure.placeholder", "＿＿") in _found(text, "structure")


def test_a_blank_after_each_month_is_an_amount_not_a_date():
    text = _HEAD + "城镇居民最低生活保障标准从2019年元月起提高到每人每月＿＿元，农村居民标准提高到每人每月309元。\n"
    assert ("structure.placeholder", "＿＿") in _found(text, "structure")


def test_a_date_left_to_be_written_by_hand_stays_quiet():
    text = _HEAD + "本单位共有在职人员12人。\n\n填报单位（盖章）：\n＿＿＿＿年＿＿月＿＿日\n"
    assert _found(text, "structure.placeholder") == []


def test_a_short_signature_line_stays_quiet_but_a_page_run_into_one_line_is_read():
    signature = _HEAD + "本单位共有在职人员12人。\n单位负责人（签字）：＿＿＿＿  财务负责人：＿＿＿＿\n"
    assert _found(signature, "structure.placeholder") == []
    # a form flattened into one line: its 盖章 cell is far from the blank left in a sentence
    run_in = _HEAD + ("评价单位(盖章):上报时间:2021.5.25 项目绩效目标表 我中心共有职工210人,其中在职职工184人,"
                      "财政供养＿＿人,退休人员22人。编制床位98张,全年完成门诊服务3.2万人次,住院服务1800人次,各项工作有序推进。\n")
    assert ("structure.placeholder", "＿＿") in _found(run_in, "structure")


def test_a_blank_figure_is_one_finding_not_a_blank_and_a_placeholder():
    text = _HEAD + "支出合计7686456.33元，执行率为＿＿%，其中基本支出5967100.39元。\n"
    assert _found(text, "structure") == [("structure.blank_figure", "为＿＿%")]


def test_a_list_with_an_item_left_blank_is_not_added_up():
    # 139 + 8 is not 187: the 协管员 were never counted, so the sum says nothing; the blank is the finding
    text = _HEAD + "现有人员1894人，其中局本级187人(在职在编139人、退休人员8人、协管员XX人)，环卫处1707人。\n"
    assert _found(text, "sentence_parts_sum") == []
    assert ("structure.placeholder", "XX") in _found(text, "structure")


# -- one part larger than its whole ------------------------------------------------------------------------------


def test_one_part_of_a_list_whose_parts_may_overlap_is_still_no_more_than_the_whole():
    text = _HEAD + "本年实有人数106人(其中:财政拨款在职人员1004人,自收自支事业人员2人),退休人员30人。\n"
    assert _found(text, "part_over_whole") == [("part_over_whole", "1004")]


def test_the_first_part_of_a_list_run_on_past_a_semicolon_is_no_more_than_the_whole():
    text = _HEAD + ("共下达我市中央福彩公益金870.2万元,其中老年人福利类6675.2万元,用于提档升级农村公办养老机构床位护理能力;"
                    "残疾人福利类90万元,用于精神障碍社区康复服务;儿童福利类105万元。\n")
    assert _found(text, "part_over_whole") == [("part_over_whole", "6675.2")]


def test_people_counted_in_ren_and_in_ming_are_one_measure():
    text = _HEAD + "截至2024年年末，实有干部职工120人，其中：在职行政编223名，机关工勤编1名，在职事业编96人；退休干部职工96人。\n"
    assert _found(text, "part_over_whole") == [("part_over_whole", "223")]


def test_a_list_that_is_added_up_gets_one_finding_not_two():
    text = _HEAD + "全年收入1699.12万元，其中财政拨款收入14350.22万元，上年结转结余263.90万元。\n"
    arithmetic = [f for f in review(read_text_string(text)).findings if f.kind.value == "arithmetic_mismatch"]
    assert [f.rule for f in arithmetic] == ["sentence_parts_sum"]


def test_overlapping_parts_each_within_the_whole_stay_quiet():
    text = _HEAD + "单位共有职工1486人，其中专业技术人员1298人，高级职称218人。\n"
    assert _found(text, "part_over_whole") == [] and _found(text, "sentence_parts_sum") == []


# -- the planters --------------------------------------------------------------------------------------------------

_PAGE = _HEAD + ("本单位核定编制30名，实有人员28人，其中行政人员20人，工勤人员8人。\n"
                 "全年收入1500.50万元，其中财政拨款1200.25万元，其他收入300.25万元。\n")


def test_a_placeholder_replaces_one_figure_and_never_where_the_text_masks_already():
    for seed in range(5):
        p = plant_placeholder(_PAGE, random.Random(seed))
        planted = p.text[slice(*p.span)]
        assert planted in ("XX", "××", "＿＿")
        s, e = p.span
        assert _PAGE[:s] == p.text[:s] and _PAGE[s:].endswith(p.text[e:])
    assert plant_placeholder(_PAGE.replace("1500.50万元", "XX万元"), random.Random(0)) is None


def test_a_part_over_whole_makes_the_first_part_larger_than_its_whole_by_a_digit_typed_twice():
    for seed in range(5):
        p = plant_part_over_whole(_PAGE, random.Random(seed))
        s, e = p.span
        whole, part = p.text[s:e].split("其中")
        assert whole.startswith(("28", "1500.50"))
        new = "".join(ch for ch in part if ch.isdigit() or ch == ".")
        assert float(new) > float(whole.rstrip("万元人，,"))
        # one digit typed twice: dropping one character of the planted part gives the page back
        assert any(p.text[:i] + p.text[i + 1:] == _PAGE for i in range(s, e))


def test_no_part_is_planted_where_the_whole_and_its_part_are_on_two_lines():
    form = _HEAD + "一般公共预算：1873.66万元\n其中：基本支出：1768.16万元\n"
    assert plant_part_over_whole(form, random.Random(0)) is None


# -- an item deleted and the rest not renumbered -------------------------------------------------------------------

_OUTLINE = ("2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本单位共有在职人员12人，全年支出320.5万元。\n"
            "（一）机构设置\n本单位内设办公室、财务股两个股室。\n（二）人员情况\n年末在职人员12人，退休人员3人。\n"
            "（三）主要职责\n负责全县相关业务的组织实施。\n二、绩效目标完成情况\n各项目标均已完成。\n")


def test_an_item_dropped_leaves_a_gap_or_a_late_start_the_review_names():
    from evals.real_planted import plant
    for seed in range(4):
        p = plant(_OUTLINE, "numbering_dropped", seed)
        assert p is not None and len(p.text) < len(_OUTLINE)
        found = review(read_text_string(p.text)).findings
        assert any(f.kind.value == "numbering_gap" and p.span[0] <= p.text.find(f.quote.strip(), p.span[0]) < p.span[1]
                   for f in found), p.change


def test_a_first_item_is_not_dropped_where_the_text_may_be_an_excerpt_that_opens_there():
    from evals.real_plant_structure import plant_numbering_dropped
    bare = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）机构设置\n内设两个股室。\n（二）人员情况\n在职12人。\n（三）主要职责\n负责业务。\n"
    # only （一） under 一、 with no sentence before it: dropping it leaves a text that may be cut before （二）
    for seed in range(6):
        p = plant_numbering_dropped(bare, random.Random(seed))
        assert p is None or "（一）" in p.text


# -- the own bureau under another region -------------------------------------------------------------------------

_BUREAU = ("泸西县民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
           "泸西县民政局内设6个股室，年末在职人员42人。{line}\n二、绩效目标完成情况\n各项目标均已完成。\n")


def test_the_own_bureau_under_a_neighbouring_county_is_told():
    text = _BUREAU.format(line="2023年，弥勒县民政局共发放城乡低保资金1520.6万元，惠及困难群众8600人。")
    assert _found(text, "entities.neighbour_unit") == [("entities.neighbour_unit", "弥勒县民政局")]


def test_words_before_a_level_that_name_no_place_stay_quiet():
    for line in ("目前县民政局正推进养老服务体系建设。", "全县各乡镇和县民政局共同推进工作。", "组建县民政局后职能有所调整。",
                 "根据《弥勒县民政局关于做好低保工作的通知》精神开展工作。"):
        assert _found(_BUREAU.format(line=line), "entities.neighbour_unit") == [], line


def test_the_planted_neighbour_is_never_in_the_title_nor_in_a_cited_title():
    from evals.real_plant_units import plant_other_unit
    text = _BUREAU.format(line="根据《泸西县民政局关于做好低保工作的通知》，泸西县民政局共发放低保资金1520.6万元。")
    for seed in range(6):
        p = plant_other_unit(text, random.Random(seed))
        assert p.text.split("\n")[0] == text.split("\n")[0] and "《泸西县民政局关于" in p.text
        assert p.text[slice(*p.span)].endswith("县民政局") and not p.text[slice(*p.span)].startswith("泸西")


def test_the_same_bureau_of_several_regions_is_a_text_about_them_all():
    line = "2023年，弥勒县民政局和石屏县民政局分别发放低保资金1520.6万元和980.2万元。"
    assert _found(_BUREAU.format(line=line), "entities.neighbour_unit") == []


def test_a_region_of_one_character_is_the_units_own():
    text = ("横县机构编制委员会办公室2017年度部门整体支出绩效评价报告\n一、部门概况\n"
            "横县机构编制委员会办公室下设一个事业单位。\n县机构编制委员会办公室负责全县机构编制的日常管理。\n")
    assert _found(text, "entities.neighbour_unit") == []


def test_the_neighbour_named_twice_is_one_finding_listing_both_places():
    line = "2023年，弥勒县民政局共发放低保资金1520.6万元。弥勒县民政局严格执行资金管理制度。"
    found = [f for f in review(read_text_string(_BUREAU.format(line=line))).findings if f.rule == "entities.neighbour_unit"]
    assert len(found) == 1 and len(found[0].related) == 1 and "全文共2处" in found[0].message


# -- a heading from the other template ------------------------------------------------------------------------------


def test_a_project_outlines_heading_planted_in_a_department_report_is_found():
    from evals.real_plant_structure import plant_foreign_heading
    for seed in range(4):
        p = plant_foreign_heading(_OUTLINE, random.Random(seed))
        assert p.text[slice(*p.span)].startswith("项目")
        assert any(f.kind.value == "foreign_text" for f in review(read_text_string(p.text)).findings), p.change


def test_no_heading_is_planted_where_the_head_does_not_say_the_reports_kind():
    from evals.real_plant_structure import plant_foreign_heading
    bare = _OUTLINE.replace("2023年度部门整体支出绩效自评报告", "2023年度工作情况")
    assert plant_foreign_heading(bare, random.Random(0)) is None


# -- a template's instruction left in -------------------------------------------------------------------------------

_EFFECT = ("2023年度部门整体支出绩效自评报告\n一、部门概况\n本单位共有在职人员12人。\n二、履职效果情况\n{line}\n"
           "全年完成各项任务，群众满意度达到95%。\n三、存在的问题\n个别指标设置不够细化。\n")


def test_the_department_outlines_from_these_aspects_instruction_is_told():
    text = _EFFECT.format(line="从社会效益、经济效益、生态效益等方面反映部门履职效果的实现情况。")
    assert [rule for rule, _ in _found(text, "foreign")] == ["foreign.template_instruction"]


def test_a_sentence_of_the_reports_own_that_opens_with_from_stays_quiet():
    for line in ("从资金使用情况看，整体执行较好。", "从多个方面反映了我局工作情况。"):
        assert _found(_EFFECT.format(line=line), "foreign") == [], line


def test_an_instruction_is_planted_under_a_heading_above_its_text():
    from evals.real_plant_structure import INSTRUCTIONS, plant_instruction
    for seed in range(4):
        p = plant_instruction(_OUTLINE, random.Random(seed))
        note = p.text[slice(*p.span)]
        assert note in INSTRUCTIONS and p.text.replace(note + "\n", "", 1) == _OUTLINE


# -- staff in post above the posts ----------------------------------------------------------------------------------


def test_the_cadres_and_workers_in_post_are_staff_in_post():
    text = _HEAD + "现有编制212名，其中政法编制199名，事业编制13名。实有干部职工2009人，其中副处级干部2人、正科级干部19人。\n"
    assert [rule for rule, _ in _found(text, "staffing")] == ["staffing.over_posts"]


def test_staff_over_posts_is_planted_only_where_no_staff_outside_the_posts_is_named():
    from evals.real_plant_fields import plant_staff_over_posts
    clean = _HEAD + "本单位核定编制24人，实有人员13人，退休5人。\n"
    p = plant_staff_over_posts(clean, random.Random(0))
    assert p is not None and int(p.text[slice(*p.span)]) > 24
    assert plant_staff_over_posts(clean.replace("退休5人", "另有编外聘用人员3人"), random.Random(0)) is None
