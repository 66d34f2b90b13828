"""Session 73: the report's own bureau under another region is told by the region's name, whether or not jieba's
dictionary knows it (资兴市, 腾冲市, 雨花区: it lacks 285 of the 917 districts' names); the division codes
(``data/regions.txt``, by way of cpca's data file) name them."""

import csv

from drafting.checks.regions import is_region
from drafting.data.build_regions import regions
from drafting.io.text_reader import read_text_string
from drafting.review import review

_CITY = ("冷水江市民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
         "冷水江市民政局内设6个股室，年末在职人员42人。{line}\n二、绩效目标完成情况\n各项目标均已完成。\n")


def _neighbours(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule == "entities.neighbour_unit"]


def test_a_neighbouring_city_jieba_does_not_know_is_told():
    line = "2023年，资兴市民政局共发放城乡低保资金1520.6万元，惠及困难群众8600人。"
    assert _neighbours(_CITY.format(line=line)) == ["资兴市民政局"]


def test_a_district_jieba_does_not_know_is_told():
    text = ("长沙市岳麓区民政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n岳麓区民政局内设6个股室。"
            "2023年，雨花区民政局共发放城乡低保资金1520.6万元。\n二、绩效目标完成情况\n各项目标均已完成。\n")
    assert _neighbours(text) == ["雨花区民政局"]


def test_words_that_name_no_region_stay_quiet_still():
    for line in ("组建市民政局后职能有所调整。", "兄弟市民政局来我局交流。", "根据《资兴市民政局关于做好低保工作的通知》开展工作。"):
        assert _neighbours(_CITY.format(line=line)) == [], line


def test_the_regions_are_named_with_their_level():
    assert is_region("资兴市") and is_region("腾冲市") and is_region("雨花区") and is_region("达拉特旗")
    assert not is_region("资兴") and not is_region("市辖区") and not is_region("组建市") and not is_region("湖南省")


def test_the_data_file_keeps_the_levels_and_leaves_the_placeholder(tmp_path):
    source = tmp_path / "adcodes.csv"
    with source.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["adcode", "name", "longitude", "latitude"])
        for row in (("431081000000", "资兴市"), ("430100000000", "长沙市"), ("430101000000", "市辖区"),
                    ("430000000000", "湖南省"), ("433100000000", "湘西土家族苗族自治州"), ("431081000000", "资兴市")):
            w.writerow([*row, "0", "0"])
    assert regions(source) == [("430100", "长沙市"), ("431081", "资兴市")]
