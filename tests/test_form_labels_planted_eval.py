"""The planted form-label eval: one slip at a time in a label the text prints as a whole cell, found
before (without the form-label rule) and after."""

from evals.form_labels_planted import _pools, _sites, markdown, run_text

FORM = ("项目名称：乡村道路养护\n主管部门\t某县交通运输局\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t养护里程\t≥30公里\t32公里\n本项目实际完成值得肯定。\n")


def test_only_labels_printed_as_a_whole_cell_are_planted():
    assert [m.group() for m in _sites(FORM)] == ["项目名称", "主管部门", "一级指标", "二级指标", "三级指标",
                                                 "年度指标值", "实际完成值", "产出指标", "数量指标"]


def test_each_plant_is_one_slip_of_the_four_shapes_and_never_another_label():
    plants = [p for seed in range(4) for p in run_text(FORM, seed, _pools())]
    assert plants and {p["how"] for p in plants} <= {"sound", "shape", "drop", "swap"}
    for p in plants:
        assert p["slip"] != p["word"] and abs(len(p["slip"]) - len(p["word"])) <= 1
        assert p["after"] or not p["before"]  # the rule only adds findings


def test_the_summary_gives_before_and_after_per_shape():
    md = markdown({"seeds": 1, "tally": {"drop_planted": 2, "drop_after": 1}, "dev_misses": []})
    assert "| drop | 2 | 0 | 1 |" in md and "| all | 2 | 0 | 1 |" in md and "- none" in md
