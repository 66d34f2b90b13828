"""An item of a ；-list of names, named again in a sentence with another head word, is no splice
(项目主要内容：…；某乡困难残疾人家庭基本生活救助；… then 解决某乡困难残疾人家庭基本生活困难问题，…): the same noun
phrase said twice, each time closed by a head word of its own. A run pasted into a sentence from such a
list is still one where the host goes on with its own words. Invented wording throughout."""

from drafting.checks.named_items import item_named_again
from drafting.checks.splices import find_partial_splices
from drafting.io.text_reader import read_text_string

_ITEM = "城区低收入独居老人冬季取暖和日常看护"
_LIST = ("（二）项目主要内容\n项目主要内容：社区养老服务站运营经费；高龄老人节日慰问和健康体检经费；"
         f"{_ITEM}补助；养老护理人员岗位培训经费；居家适老化改造及设施维护。\n")


def report(scope: str) -> str:
    return ("某某区民政局2023年度养老服务专项资金绩效自评报告\n一、项目基本情况\n（一）项目概况\n"
            "本项目由区民政局组织实施，资金来源为区级财政预算安排。\n" + _LIST
            + "（三）项目设计范围\n" + scope + "\n二、绩效自评结论\n经自评，本项目得分92分。\n")


def quotes(scope: str) -> list[str]:
    return [f.location.quote for f in find_partial_splices(read_text_string(report(scope)))]


def test_a_list_item_named_again_with_another_head_word_is_no_splice():
    scope = f"项目设计范围：做好社区养老服务站日常运营；着力解决{_ITEM}情况，保障其基本生活，提升老年人幸福感。"
    assert quotes(scope) == []


def test_the_item_named_again_with_a_longer_head_is_no_splice_either():
    scope = f"项目设计范围：做好社区养老服务站日常运营；足额保障{_ITEM}专项资金，保障其基本生活，提升老年人幸福感。"
    assert quotes(scope) == []


def test_the_same_run_pasted_into_a_sentence_that_goes_on_is_still_a_splice():
    scope = f"项目设计范围：做好社区养老服务站日常运营；着力提升{_ITEM}老年人的幸福感和获得感，保障其基本生活。"
    assert quotes(scope) == [_ITEM]


def test_an_item_read_as_a_name_needs_a_list_of_names_in_its_source():
    line = "主要内容：做好站点运营，保障服务；高龄老人节日慰问经费；城区独居老人冬季取暖补助；人员培训经费。"
    at = line.index("城区")
    assert not item_named_again(line, at, at + len("城区独居老人冬季取暖"), "解决城区独居老人冬季取暖问题，保障", 12)
    clean = line.replace("做好站点运营，保障服务", "站点运营经费")
    at = clean.index("城区")
    assert item_named_again(clean, at, at + len("城区独居老人冬季取暖"), "解决城区独居老人冬季取暖问题，保障", 12)


def test_a_run_that_cuts_the_items_last_word_is_no_name():
    """户籍管|理；: one character left of the item is a word the run cut, not a head word of its own."""
    line = "主要任务：确保文件印发制作；确保民生实事督查落实；确保应急值守、信访维稳、户籍管理。"
    at = line.index("确保应急")
    host = "执行各项决定，确保应急值守、信访维稳、户籍管日常工作，负责"
    assert not item_named_again(line, at, line.index("理。"), host, host.index("日常"))
