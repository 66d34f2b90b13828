"""Rebuild ``regions.txt``, the names of China's administrative regions (never imported by the library).

    pip download cpca==0.5.5 --no-deps -d /tmp/cpca && unzip -o -q /tmp/cpca/cpca-0.5.5-*.whl -d /tmp/cpca
    python drafting/data/build_regions.py /tmp/cpca/cpca/resources/adcodes.csv

cpca 0.5.5 (MIT, github.com/DQinYuan/chinese_province_city_area_mapper) ships the 民政部 division codes of 2020
as ``resources/adcodes.csv``; cpca itself is not a dependency of jixiao (it pulls pandas). Writes, beside this
script, one region a line — its six-digit code and its name — for every name ending in 县, 市, 区 or 旗 but the
code list's placeholder 市辖区 (3,161 codes, 3,120 distinct names). jieba's dictionary, which the entity checks read
for places, lacks 285 of these 917 districts' names, 70 of the 656 cities', 67 of the 1,495 counties' and 3 of the
52 banners' (资兴市, 腾冲市, 雨花区).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
_HEADER = ("# China's administrative regions of the levels 县, 市, 区 and 旗: code (six digits) and name, one a line.\n"
           "# Derived from cpca 0.5.5 (MIT), resources/adcodes.csv (民政部 division codes, 2020), by build_regions.py.\n")


def regions(adcodes: Path) -> list[tuple[str, str]]:
    with adcodes.open(encoding="utf-8", newline="") as f:
        rows = [(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(f)]
    return sorted({(code, name) for code, name in rows if name[-1:] in "县市区旗" and name != "市辖区"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("adcodes", type=Path, help="cpca 0.5.5's resources/adcodes.csv")
    args = parser.parse_args()
    lines = "".join(f"{code}\t{name}\n" for code, name in regions(args.adcodes))
    (HERE / "regions.txt").write_text(_HEADER + lines, encoding="utf-8")


if __name__ == "__main__":
    main()
