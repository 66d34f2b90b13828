"""An administrative level that does not fit the unit, planted into the real corpus (see
``evals.real_planted``).

Why: a report adapted from a higher or lower unit's text keeps its level words (本县 in a city's
report, 全省 as a county's scope). The planter changes the unit's own level word in one body
sentence to a level no such unit can claim of itself, and only where a careful reviewer could tell:
not where a higher level is named as a frame, nor where a finance office makes a transfer any level
may make.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evals.real_planted import Plant

LEVEL = re.compile(r"自治区|街道|[省市州盟县縣旗区區镇鎮乡鄉]")
NOT_LEVEL = ("城市管理", "城乡", "城鄉", "社区", "社區", "市场", "市場", "区域", "區域", "县级", "縣級", "市级", "市級",
             "省级", "省級", "区级", "區級", "州级", "镇级", "乡级", "乡村", "乡镇", "小区", "园区", "景区", "山区",
             "片区", "辖区", "库区", "地区", "地區", "市政", "市容", "城镇", "集镇", "都市", "超市")
SIMPLE = {"縣": "县", "區": "区", "鎮": "镇", "鄉": "乡"}
# the unit's own level -> the char its self-references use, and the levels that do not fit it. A
# district speaks of 我市/全市 it belongs to, and a township or 街道 of 我县/我市/我区: those are not
# defects (drafting/checks/entities.py, ``_fits``), so only a level no such unit can claim is planted.
MISFIT = {"自治区": ("区", "市县"), "街道": ("街道", "省"), "省": ("省", "市县"), "市": ("市", "省"),
          "州": ("州", "省"), "盟": ("盟", "省"), "县": ("县", "省市"), "旗": ("旗", "省市"), "区": ("区", "省"),
          "镇": ("镇", "省"), "乡": ("乡", "省")}


def _mask(s: str) -> str:
    """``s`` with words that contain a level character but name no level (城乡, 市场 …) blanked."""
    for w in NOT_LEVEL:
        s = s.replace(w, "□" * len(w))
    return s


def own_level(title: str) -> tuple[str, str] | None:
    """(the unit's own level, the level char as written): the last level word of the unit name
    that opens the title (before its year, 关于 or a bracket)."""
    unit = _mask(re.split(r"20\d\d|20xx|关于|關於|[(（]", title.strip())[0])
    found = LEVEL.findall(unit)
    return (SIMPLE.get(found[-1], found[-1]), found[-1]) if found else None


# A careful reviewer can tell a changed level only where the text makes it the unit's own: not where
# the whole phrase names a higher level as a frame (在全县率先 → 在全省率先, 全县排名第一 → 全省排名第一
# are both sound), and for a finance office only where it approves the unit's own budget or funds
# it in full (县财政批复我局预算, 属县财政全额拨款) or is a township's 财政所 — 县财政下达补助 → 省财政下达
# 补助 is a transfer any level may make.
# A higher level is a frame, too, where the unit takes part in, follows or is named in what that level
# runs (参加全县…, 落实全县…部署, 被全县…, 纳入全县…) or where the words after name that level's own
# meeting, campaign, inspection, honour, pilot or list (全县…现场会, 全县…专项检查, 全县…表彰, 之一), and
# inside a cited title (《…》, “…”, 关于印发全县…的通知): 全省 there is as sound as 全县 was.
_FRAMED_BEFORE = re.compile(r"(?:按照|根据|依据|居|位|占|高于|低于|比|较|助力|服务|接受|对标|对照|参照|落实|贯彻|执行|响应|参加|"
                            r"参与|出席|召开|举办|承办|获|被|列|超过|领先|融入|对接|辐射|带动|代表|作为|成为|争创|创建|"
                            r"打造|纳入|报送|上报)[^，。；,;]{0,8}$")
_FRAMED_AFTER = re.compile(r"[^，。；,;]{0,20}?(?:统一|率先|首|唯一|第|排名|平均|前列|前茅|先进|示范|会议|大会|现场会|行动|活动|"
                           r"部署|要求|考核|考评|评比|评选|标准|贡献|领先|标杆|样板|试点|通报|表彰|竞赛|比赛|检查|督查|调研|"
                           r"大局|之一|专项(?!资金|经费|补助|补贴|债券|预算|转移支付)|推广|交流|借鉴)")
# …but the unit's own duty over its whole area is its scope whatever follows (制定全县…专项整治方案)
_DUTY = re.compile(r"(?:负责|承担|主管|指导|组织|拟订|拟定|制定|统筹|保障|管理|监督|协调)[^，。；,;]{0,3}$")
_CITED = re.compile(r"(?:关于|印发|转发)[^，。；,;]*$")


def _cited(body: str, pos: int) -> bool:
    """Inside 《…》 or “…”, or after 关于/印发/转发 in its clause: a document's title, cited."""
    return body.rfind("《", 0, pos) > body.rfind("》", 0, pos) or body.rfind("“", 0, pos) > body.rfind("”", 0, pos) \
        or bool(_CITED.search(body, 0, pos))
_OWN_FINANCE = re.compile(r"(?:财政|財政)(?:所|[^，。；,;]{0,8}?(?:批复|批復|核定|审批|審批|批准|全额|全額|差额|差額))")


def level_sites(text: str, start: int, char: str) -> list[int]:
    """Positions of the unit's own level word in self-references: 本县/我县/全县 (not as a frame of a
    ranking or a higher level's campaign), a bare 县财政 that approves or funds the unit itself."""
    pat = re.compile(rf"(?<=[本我全]){char}(?![场場域间間块])|(?<![\u4e00-\u9fff]){char}(?=财政|財政)")
    body = _mask(text[start:])
    sites = []
    for m in pat.finditer(body):
        before, after = body[:m.start()], m.end()
        framed_after = _FRAMED_AFTER.match(body, after) and not _DUTY.search(before[:-1])
        if before.endswith("全") and (_FRAMED_BEFORE.search(before[:-1]) or framed_after or _cited(body, m.start())):
            continue
        if body.startswith(("财政", "財政"), after) and not _OWN_FINANCE.match(body, after):
            continue
        sites.append(start + m.start())
    return sites


def plant_admin_level(text: str, rng: random.Random) -> Plant | None:
    """The unit's own level word in one body sentence changed to a level that does not fit the
    unit named in the title (本县→本省, 全区→全市, 县财政局→省财政局 …)."""
    from evals.real_planted import Plant, _context, title_line  # the shared planter helpers

    found = title_line(text, need_year=False)
    if found is None or (level := own_level(found[1])) is None:
        return None
    at, line = found
    self_char, misfits = MISFIT[level[0]]
    written = level[1] if self_char in SIMPLE.values() and level[1] in SIMPLE else self_char
    sites = level_sites(text, at + len(line), written)
    if not sites:
        return None
    pos = rng.choice(sites)
    new = rng.choice(misfits)
    planted = text[:pos] + new + text[pos + len(written):]
    change = f"单位层级{level[0]}：「{_context(text, pos, pos + len(written), 6)}」{written}→{new}"
    return Plant("admin_level", planted, (pos, pos + len(new)), change)


