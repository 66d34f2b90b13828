"""Patterns that opened with a lookbehind now open with what they match first (issue 14's CPU): re's
search skips to a literal or a class it can look for, where a lookbehind first made it try a match at
every character. The lookbehind moved after the first characters, widened by them, asks the same; each
rewritten pattern must find exactly what its old form found (places and groups), on invented text."""

from __future__ import annotations

import random
import re

import pytest

from drafting.checks import calendar, claims, language, level_claims, marks, open_marks, redundancy, staffing
from drafting.checks.arithmetic import points, surveys

# (new pattern, the old form's opening, the new form's opening): the rest of each pattern is unchanged
REWRITTEN = [
    (staffing._POSTS, r"(?<![行政事业工勤参公])编制", r"编制(?<![行政事业工勤参公]编制)"),
    (open_marks._UNOPENED, r"(?<![《〈])(关于", r"(关于(?<![《〈]关于)"),
    (open_marks._STRAY_CLOSER, r"(?<=[\u4e00-\u9fff])[\]】]", r"[\]】](?<=[\u4e00-\u9fff][\]】])"),
    (marks._HAN_MARK, r"(?<=[\u4e00-\u9fff])[,;:，；：]", r"[,;:，；：](?<=[\u4e00-\u9fff][,;:，；：])"),
    (claims._DUTY_HEADING, r"(?<!履)(?:职能|职责)", r"职(?<!履职)[能责]"),
    (language._COMMA_BEFORE_UNIT, r"(?<=\d)[,，]", r"[,，](?<=\d[,，])"),
    (level_claims._SCOPE, r"(?<![安完健齐周俱双])(?<![\u4e00-\u9fff][省市州县区])全",
     r"全(?<![安完健齐周俱双]全)(?<![\u4e00-\u9fff][省市州县区]全)"),
    (level_claims._OFFICE, r"(?<![\u4e00-\u9fff])([省市州县区])", r"([省市州县区])(?<![\u4e00-\u9fff][省市州县区])"),
    (redundancy._YEAR_SAID, r"(?<!\d)((?:19|20)\d\d)", r"((?:19|20)(?<!\d\d\d)\d\d)"),
    (points._PCT, r"(?<![\d.])(\d+", r"(\d(?<![\d.]\d)\d*"),
    (surveys._SATISFIED, r"(?<![非比较基不])满意", r"满意(?<![非比较基不]满意)"),
    (calendar._DATE, r"(?<![\d\-—－~～])((?:19|20)\d{2})", r"((?:19|20)(?<![\d\-—－~～]\d\d)\d{2})"),
]
# characters the patterns turn on, and some they do not
_COMMON = list("0123456789.．,，、；;：:。第年月日度底末号 \n一二三十中心县市省区镇乡全履职能责满意非比较编制行政人名关于《》〈〉】]%％万元")


_INVENTED = ["编制20人", "核定行政编制5人", "（见关于印发办法的通知》", "2023年全县", "县财政所", "履行职责", "主要职能",
             "比2022年增长12.5%", "满意120份", "2024年3月5日"]


def _texts(pattern: re.Pattern[str], n: int, seed: int) -> list[str]:
    own = sorted(set(re.findall(r"[\u4e00-\u9fff]", pattern.pattern)))
    alphabet = own + _COMMON
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24))) for _ in range(n)]


@pytest.mark.parametrize(("new", "old_head", "new_head"), REWRITTEN, ids=[p.pattern[:12] for p, _, _ in REWRITTEN])
def test_a_pattern_opening_with_what_it_matches_finds_what_its_lookbehind_form_found(new, old_head, new_head):
    assert new.pattern.startswith(new_head)
    old = re.compile(old_head + new.pattern[len(new_head):])
    texts = [*_texts(new, 3000, len(new.pattern)), *_INVENTED]
    found = 0
    for text in texts:
        mine = [(m.span(), m.groups()) for m in new.finditer(text)]
        assert mine == [(m.span(), m.groups()) for m in old.finditer(text)], text
        for pos in (1, 2):  # a search from inside the text: the lookbehind still sees what stands before
            assert (new.search(text, pos) or re.match("", "")).span() == (old.search(text, pos) or re.match("", "")).span(), text
        found += bool(mine)
    assert found  # the texts hold matches, not only misses
