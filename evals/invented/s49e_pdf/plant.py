"""Plant one defect in a copy of eight of session 49e's clean reports, lay the copy out as its report is
(the same style), and review both: which planted slips are found, missed, and what else changes."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from drafting.io.text_reader import read_text_string
from drafting.review import review

from .layout import lay_out

HERE = Path(__file__).parent
# (report, what is written, what the copy writes instead, the rule expected)
PLANTS = [
    ("a01_county_farm_machinery_2017.txt", "受益农户1,412户，完成年度目标的108.62%。",
     "受益农户1,412户，完成年度目标的108.62%。受益农户1,412户，完成年度目标的108.62%。", "doubled"),
    ("a03_township_roads_2020.txt", "安全设施 | 7.83 | 3.41%", "安全设施 | 9.83 | 3.41%", "total"),
    ("a04_county_health_dept_2021.txt", "全年总支出41,972.18万元，其中基本支出36,218.45万元", "全年总支出41,972.18万元，其中基本支出36,318.45万元", "total"),
    ("a06_province_archives_dept_2019.txt", "2019年末在职职工98人", "2017年末在职职工98人", "year"),
    ("a07_county_education_aid_2016.txt", "全年开展资助资金专项检查2次", "2015年开展资助资金专项检查2次", "year"),
    ("a08_city_water_dept_2025.txt", "防汛抗旱应急预案", "防汛抗旱应急预按", "typo"),
    ("a10_street_community_2022.txt", "完善社区工作者薪酬体系", "完善社区工作者薪体系", "dropped"),
    ("a12_city_employment_2022.txt", "一是健全培训机构评估和退出机制", "一是健全培训机构评估和退处机制", "typo"),
    ("a14_county_forestry_project_2023.txt", "县级财政资金262.00万元", "县级财政资金226.00万元", "total"),
]


def _rules(text: str) -> Counter[str]:
    return Counter(f.rule for f in review(read_text_string(text)).findings if f.severity.value != "info")


def main() -> None:
    names = sorted(p.name for p in (HERE / "clean").glob("*.txt"))
    for name, old, new, kind in PLANTS:
        clean = (HERE / "clean" / name).read_text(encoding="utf-8")
        assert old in clean, name
        header, style = clean.splitlines()[0], names.index(name)
        if kind == "doubled":  # the paragraph pasted again after the next one (a page later in the layout)
            para = next(p for p in clean.split("\n\n") if old in p)
            planted = clean.replace(para, para + "\n\n" + para, 1)
        else:
            planted = clean.replace(old, new, 1)
        before, after = _rules(lay_out(clean, header, style)), _rules(lay_out(planted, header, style))
        unlaid = _rules(planted) - _rules(clean)
        print(name, kind, "new:", dict(after - before), "gone:", dict(before - after), "unlaid new:", dict(unlaid))


if __name__ == "__main__":
    sys.exit(main())
