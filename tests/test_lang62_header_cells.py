"""A 绩效目标表 flattened into one line runs its column headers together (一级指标二级指标指标内容指标值备注):
二级指标|指标内容 meet on 指标, two header cells, no word written twice. 备注, the remarks column that closes
the header, is one of the headers that say so. A word doubled in prose is read as ever. Invented wording."""

from drafting.checks.language import check_language
from drafting.io.text_reader import read_text_string


def _doubled(text: str) -> list[str]:
    return [f.quote for f in check_language(read_text_string(text)) if f.rule == "language.doubled_word"]


def test_two_header_cells_of_a_flattened_goal_form_meeting_on_a_word_are_no_doubling():
    text = ("项目绩效目标表(2022年度)填报单位(盖章):某某县某某镇人民政府 项目名称村道硬化建设项目属性新增项目"
            "主管部门某某镇项目负责人王某联系电话资金总额50万元年度目标完成村道硬化5公里,方便群众出行"
            "长期绩效指标一级指标二级指标指标内容指标值备注产出指标数量指标硬化道路长度5公里质量指标验收合格率100%"
            "时效指标完工时间2022年底\n")
    assert _doubled(text) == []


def test_a_word_doubled_in_prose_is_still_read():
    assert _doubled("二、绩效目标\n通过项目实施，完善乡村道路，促进产业发展发展。\n") == ["发展发展"]
