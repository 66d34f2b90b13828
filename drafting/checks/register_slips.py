"""Slips in the set phrases of the 公文 register. Part of the typo check (``typos.py``).

Premises, each a way these reports are typed or a fixed form of the register:
- 为 and 未 are one syllable (wei), the first two a pinyin input method offers for it. A label then its
  figure (年初结余为19.8万元) takes 为; 未 negates an act and cannot stand before a bare figure that ends
  the clause, nothing being left for it to negate. Not after an adverb that goes with 未 (尚未, 均未), nor
  after 年/月/日 (年未 is 年末's slip, a curated entry), nor where a verb follows the figure (未100%完成);
- a label and its amount stand side by side or with 为/达 between them; 就 is an adverb and needs a verb
  (就达, 就有): before an amount that ends the clause it modifies nothing and is stray. Not the 就 ending
  a word (成就, 造就, 迁就, 将就), nor where the clause singles one part out (仅差旅费一项就12万元, 光工资
  就120万元): 就 there stresses how large that part alone is, which a figure as predicate allows;
- a unit's rank (机构规格) is written 相当于正科级 / 副处级: 当于 is no word, its 相 was dropped. Not after
  应/适/理/正/恰/每 (应当于3月底前: 应当 and 于);
- a province's bodies (its government, its 厅, its people's organisations) are named with the province's
  whole name, 省 included (湖北省财政厅, 湖北省残疾人联合会, short 省残联): a body that exists at every
  level and is named by it, right after the province's name, lost 省. Only such a body right after the
  name (东湖北路 is no 湖北; 湖北大学, 湖南日报 are named without 省 by themselves);
- 现将……（情况）报告如下 is the set sentence that closes a report's preamble, and its slot is what is
  reported: a noun or a noun phrase (评价情况, 自评结果, 有关情况). A character alone at the slot's head,
  no word there and seldom a word by itself, is what is left of a word whose other character was
  dropped: the word of the report's own (written at least twice, a common or vocabulary word) that it
  ends or starts. Never a determiner (该, 此, 其) or a frequent word alone (我: 我单位).
Each pattern is searched only where a plain substring test finds its fixed characters: these phrases
are rare, and a review reads every paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import COMMON, Lexicon
from .slips import ALONE

__all__ = ["register_slips"]

CONFUSION, DROPPED = "language.confusion", "language.dropped"
# a figure that ends its clause: digits, maybe a unit or a count's measure word, then a mark or the end
_ENDS = r"\s*(?:[，,。；;、）)]|$)"
_WEI = re.compile(r"(?<=[\u4e00-\u9fff])(?<![尚并均仍还从暂皆都也已而亦迄至年月日])未"
                  rf"(?=\s*\d[\d,.]*\s*(?:[万亿千百]?元|%|个|人|名|项|家|次|户|台|辆|亩|天)?{_ENDS})")
_JIU = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![成造迁将讲])就(\s*\d[\d,.]*\s*(?:[万亿]?元|%))(?={_ENDS})")
# what singles one part out before 就 in its clause (仅…一项就, 光…就, 单是…就)
_SINGLED_OUT = re.compile(r"仅|光|单单|单是|只是|一项|此项|这一项|一笔|这笔")
_CLAUSE_MARKS = "，,。；;：:\n"
_RANK = re.compile(r"(?<![相应适理正恰每])当于(?=[正副]?[县乡科处厅局部省市]级)")
_PROVINCE = re.compile("河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海")
# the bodies named by a province's whole name (its government, its 厅, its people's organisations)
_BODIES = ("人民政府", "人民代表大会", *(f"{d}厅" for d in (
    "财政", "教育", "民政", "人力资源和社会保障", "自然资源", "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村",
    "商务", "文化和旅游", "卫生健康", "应急管理", "审计", "公安", "司法", "科学技术", "工业和信息化", "退役军人事务")),
    "发展和改革委员会", "卫生健康委员会", "教育委员会", "残疾人联合会", "妇女联合会", "总工会", "红十字会", "科学技术协会",
    "工商业联合会", "归国华侨联合会")
_BODY_ENDS = ("政府", "大会", "厅", "委员会", "联合会", "工会", "十字会", "协会")  # a quick test before the search
_FRAME = re.compile(r"现将([\u4e00-\u9fff]{1,12}?)(?:情况|结果)?报告如下")
_DETERMINERS = frozenset("该此其这本各有上下全我相")
OWN_AGAIN = 2  # the restored word written this often in the report is its own

_WHY_WEI = "名目后接数额用“为”（年初结余为19.8万元）；“未”是否定词，须修饰动作，不能直接接一个独立的数额"
_WHY_JIU = "名目后直接接金额（基本支出5967100.39元），或用“为、达”连接；“就”是副词，须修饰动作（就达、就有），直接接在金额前多余"
_WHY_RANK = "“当于”不成词：机构规格写作“相当于正科级、相当于副处级”，漏了“相”"
_WHY_PROVINCE = "“{0}{1}”的全称以“{0}省”冠名：省级机关和人民团体写作“××省”（湖北省财政厅、湖北省残疾人联合会，简称“省残联”），漏了“省”"


def register_slips(text: str, whole: str, written: set[str], lex: Lexicon) -> Iterator[tuple[int, int, str, str, str, str]]:
    """(start, end, wrong, right, why, rule) of each slip of the register in ``text``; ``whole`` and
    ``written``: the report's text and the words it writes (``typos._Context``)."""
    if "未" in text:
        yield from ((m.start(), m.end(), "未", "为", _WHY_WEI, CONFUSION) for m in _WEI.finditer(text))
    if "就" in text:
        yield from ((m.start(), m.end(), m[0], m[1], _WHY_JIU, CONFUSION) for m in _JIU.finditer(text)
                    if not _singled_out(text, m.start()))
    if "当于" in text:
        yield from ((m.start(), m.end(), "当于", "相当于", _WHY_RANK, DROPPED) for m in _RANK.finditer(text))
    if any(end in text for end in _BODY_ENDS):
        for m in (m for m in _PROVINCE.finditer(text) if text.startswith(_BODIES, m.end())):
            body = text[m.end():m.end() + 2]  # quoted with the body's start: 湖北 alone the report writes often
            yield (m.start(), m.end() + 2, m[0] + body, f"{m[0]}省{body}", _WHY_PROVINCE.format(m[0], body),
                   DROPPED)
    if "报告如下" in text:
        yield from _frame_slips(text, whole, written, lex)


def _singled_out(text: str, at: int) -> bool:
    """Whether the clause before the 就 at ``at`` singles one part out (仅差旅费一项就…): 就 then stresses it."""
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS) + 1
    return _SINGLED_OUT.search(text, start, at) is not None


def _frame_slips(text: str, whole: str, written: set[str], lex: Lexicon) -> Iterator[tuple[int, int, str, str, str, str]]:
    """现将……报告如下 whose slot opens with a stranded character (现将价情况 where the report writes 评价)."""
    for m in _FRAME.finditer(text):
        slot = m.group(1)
        s, e = lex.route(slot)[1][0]
        c = slot[0]
        if e - s != 1 or c in _DETERMINERS or lex.freq(c) >= ALONE:
            continue
        words = [w for w in written if len(w) == 2 and c in w and w[0] != w[1] and not lex.is_name(w)
                 and (lex.freq(w) >= COMMON or w in lex.vocabulary)]
        if not words:
            continue
        best = max(sorted(words), key=whole.count)
        if whole.count(best) < OWN_AGAIN:
            continue
        at = m.start(1)
        yield (m.start(), at + 1, text[m.start():at + 1], f"现将{best}",
               f"“现将……报告如下”中“{c}”不成词，报告别处写了{whole.count(best)}次“{best}”", DROPPED)
