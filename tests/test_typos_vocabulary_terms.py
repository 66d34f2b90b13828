"""A term of the 财政/绩效 vocabulary (四字: 在职人员, 财政拨款) written in prose with an inner character
changed into no word: restored when the typed character is alike the term's in shape or sound, as a
form's label standing alone is restored whatever the character (issue 10, session 40; invented wording)."""

from __future__ import annotations

from drafting.checks.typos import check_typos
from drafting.io.text_reader import read_text_string


def fixes(text: str) -> set[tuple[str, str | None]]:
    return {(f.quote, f.suggestion) for f in check_typos(read_text_string(text))}


def test_an_inner_character_of_the_same_sound_in_a_vocabulary_term_is_restored_in_prose():
    # since session 47 织/职 (one phonetic part, one syllable) restore 在职 itself, more likely than the term
    assert fixes("局机关在织人员28人，退休人员12人。") == {("在织", "改为“在职”")}


def test_an_unlike_character_in_a_term_is_left_in_prose_but_not_in_a_label_standing_alone():
    assert fixes("单位全年财政投款收入120万元，较上年增加。") == set()  # prose coins terms on the vocabulary's
    assert fixes("其中：财政投款120万元") == {("财政投款", "改为“财政拨款”")}


def test_a_vocabulary_word_jieba_counts_seldom_is_restored_from_no_word_by_its_shape():
    # jieba counts 自评 50 times: 白评 → 自评 reads only about 190 times likelier, under the everyday 200
    assert fixes("单位组织开展了部门整体支出绩效白评。") == {("白评", "改为“自评”")}


def test_a_level_after_a_places_name_is_no_slip_for_a_vocabulary_word():
    assert fixes("2023年，大姚镇对辖区内23个村开展了人居环境整治。") == set()  # 镇对 is no 针对


def test_the_rate_every_self_evaluation_form_scores_is_restored_from_a_suffix_of_its_sound():
    # 执行率 is in the vocabulary by hand (jieba counts it twice); 律 is tagged a surname, but a
    # name starts with its surname and never ends a word of three characters
    assert fixes("全年预算执行律为96.5%，较好完成了年度目标。") == {("执行律", "改为“执行率”")}


def test_a_dropped_character_inside_the_rate_is_still_restored_from_the_reports_own_writing():
    assert fixes("全年预算执行率为98%，其中项目预算执率为95%。") == {("预算执率为", "改为“预算执行率为”")}


def test_funds_allocated_in_with_the_pulling_hand_are_restored_to_bo_ru():
    # pool41 odd page 009 (invented wording): 拨入 is in the vocabulary by hand (jieba lacks it); 拔/拨 alike in shape
    assert fixes("该笔专项资金已拔入到县水利局账户，做到专款专用。") == {("拔入", "改为“拨入”")}


def test_ba_ending_xuanba_before_ru_is_left():
    assert fixes("经选拔入围的12名学员参加了培训。") == set()


def test_issuing_a_certificate_is_no_slip_for_going_to_war():
    # 出证 (出具证明或证书) is in the vocabulary by hand: jieba lacks it and split it 出|证, read as 出征
    # (pool61 p17; invented wording)
    assert fixes("中心负责办理外地学生来本市就读的出证工作。") == set()
