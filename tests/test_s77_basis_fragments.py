"""Session 77: a sentence that is only its 根据-phrase — 根据《…的通知》(…40号)。 then the clause it was written for
on the same line — is cut by its full stop. A list of grounds, one item a line or numbered, is no such sentence;
nor is a 根据-phrase with its own main clause."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

_HEAD = "某市住房和城乡建设局2022年度项目支出绩效自评报告\n一、项目概况\n"


def _fragments(body: str) -> list[str]:
    return [f.quote for f in review(read_text_string(_HEAD + body + "\n")).findings if f.rule == "language.fragment"]


def test_a_ground_cut_from_its_clause_by_a_full_stop():
    found = _fragments("根据《州财政局关于提前下达2022年补助资金的通知》(红财综发〔2021〕40号)。2022年度我市补贴资金共下达150万元。")
    assert found == ["根据《州财政局关于提前下达2022年补助资金的通知》(红财综发〔2021〕40号)。"]
    assert _fragments("根据镇党委、人大、政府、妇联等职能职责。镇机关设置5个综合办公室。")


def test_a_ground_with_its_own_clause_gives_nothing():
    assert _fragments("根据《州财政局关于提前下达补助资金的通知》(红财综发〔2021〕40号)，2022年度共下达150万元。") == []
    assert _fragments("按照县委县政府的统一部署开展工作。全年完成任务。") == []


def test_a_list_of_grounds_gives_nothing():
    assert _fragments("（一）项目依据\n1.根据《中华人民共和国预算法》。\n2.根据《某省项目资金管理办法》。") == []
    assert _fragments("项目依据：\n根据《中华人民共和国预算法》。\n根据《某省项目资金管理办法》。") == []
