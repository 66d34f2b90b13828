"""Typo check: names and short forms are written as their owners write them. A county or district
named after its prefecture (毕节市七星关区) or before its bureau (…区水务局), a word the report writes
only as an issuer's code (湘财 of 湘财绩〔2021〕) and a works short form (建管) back no slip. Invented."""

from __future__ import annotations

import pytest

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


WATER = "全区共有中型灌区3处，灌区有效灌溉面积2.6万亩。"


@pytest.mark.parametrize("text", [
    "毕节市七星关区水务局负责全区水利工作。" + WATER,
    "七星关区水务局负责全区水利工作。" + WATER,
    "项目由贵州省毕节市七星关区实施。" + WATER,
])
def test_a_district_named_after_its_prefecture_or_before_its_bureau_is_no_slip(text):
    assert fixes(text) == set()


@pytest.mark.parametrize("text", [
    "全县共有中型灌区3处，灌区有效灌溉面积2.6万亩，其中关区节水改造1处。",
    "毕节市水务局负责全市水利工作。全市共有中型灌区3处，关区有效灌溉面积2.6万亩，灌区管护到位。",
])
def test_a_slip_into_the_word_in_running_text_is_still_found(text):
    assert ("关区", "改为“灌区”") in fixes(text)


def test_a_word_written_only_as_an_issuers_code_backs_no_correction_of_prose():
    text = "根据湘财绩〔2021〕3号文件要求执行。指导各乡镇财政所开展“乡财县管”工作。乡财县管模式运行良好。"
    assert fixes(text) == set()


def test_the_same_word_written_in_prose_still_backs_it():
    text = "湘财系统各单位参加培训。指导各乡镇开展工作，乡财县管模式运行良好。乡财县管。"
    assert ("乡财", "改为“湘财”") in fixes(text)


@pytest.mark.parametrize("text", [
    "加强项目监管，项目建管单位为县交通运输局。",
    "加强项目监管。坚持建管并重，项目建成后移交村集体管护。",
])
def test_a_works_short_form_beside_supervision_is_no_slip(text):
    assert fixes(text) == set()


def test_a_medical_insurance_term_beside_payment_is_no_slip():
    """自付 (what the insured pay themselves) is a 医保 term, not 支付 mistyped (s38a's clean probe)."""
    assert fixes("|指标名称|指标值|完成值|\n|贫困人口住院自付比例|≤10%|8.7%|\n") == set()
    assert fixes("医保基金支付比例70%，个人自付比例30%。") == set()


def test_places_listed_together_are_names_not_slips_of_each_other():
    assert fixes("龙潭镇、龙滩镇、龙坛乡三个乡镇分别位于县境东部、南部和西部。龙潭镇面积最大。") == set()


def test_a_slip_outside_a_list_of_places_is_still_found():
    assert ("龙坛", "改为“龙潭”") in fixes("龙潭镇完成投资600万元。龙潭镇新增就业120人。龙坛的群众满意度达到96%。")


@pytest.mark.parametrize(("text", "fix"), [
    ("双江拉祜族佤族布朗族傣族字治县人民政府组织实施。坚持民族区域自治制度。", ("字治", "改为“自治”")),
])
def test_a_slip_in_a_longer_name_before_its_government_is_still_found(text, fix):
    assert fix in fixes(text)


@pytest.mark.parametrize("text", [
    "严格资金管理，确保资金安全。由财务股长赵严戈审核，出纳员孙锦安复核。",
    "全面推进乡村振兴。村党支部书记杨振新、村主任吴兴旺带领群众发展产业。",
    "优化营商环境，提升服务效能。窗口工作人员韩晓梅、唐晓能、曹优华获评服务标兵。",
])
def test_a_person_after_a_post_or_in_a_list_of_people_is_a_name(text):
    assert fixes(text) == set()


def test_a_slip_that_follows_no_post_is_still_found():
    assert ("严戈", "改为“严格”") in fixes("严格资金管理，确保资金安全。财务股严戈执行制度。")


@pytest.mark.parametrize(("text", "word"), [
    ("推进城市规划区建设。", "规划"),  # 城市 is no prefecture: 规划 is the sentence's word
    ("按照县委办要求报送材料。", "按照"),  # a verb opening the line, not a county's name
])
def test_an_everyday_word_where_a_place_name_could_stand_is_not_masked_as_a_name(text, word):
    from drafting.checks.lexicon import lexicon
    from drafting.checks.meant import protected
    mask, _ = protected(text, lexicon())
    at = text.index(word)
    assert not any(mask[at:at + len(word)])
