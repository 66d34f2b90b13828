"""Output hygiene: is a model's section nothing but report prose?

A section is refused — like an unsupported number: repair, then the offline text — when it holds
anything a finance officer would not have written: echoed instructions or roles (系统提示, 作为AI,
"用户："), the prompt's own labels (事实清单, 必须写入的数字), markdown or code fences, English
chatter, a chatbot's politeness (好的，以下是…), or long runs copied from the instructions or from the
untrusted material (last year's report) that the skeleton does not already contain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: (pattern, what it is) — each a sign that the text is not report prose.
FOREIGN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I | re.M), what) for p, what in (
    (r"系统提示|提示词|system\s*prompt|prompt", "复述了系统提示或提示词"),
    (r"(?:^|[\s，。；])(?:system|assistant|user|系统|用户|助手|ai)\s*[:：]", "含有对话角色标记"),
    (r"(?:作为|我是)(?:一个|一名)?\s*(?:ai|人工智能|(?:大)?语言模型|大模型|智能助手|写作助手|助手)", "以 AI 或助手的身份说话"),
    (r"\bai\s*(?:助手|模型)|chatgpt|gpt-?\d|大语言模型|deepseek|通义千问", "提到了 AI 模型"),
    (r"你是|您", "含有对话口吻（你/您）"),
    (r"忽略(?:以上|上述|之前|前面|所有)|(?:以上|上述|之前的?)(?:要求|指令|规则)|指令", "含有指令性文字"),
    (r"(?:^|[。！\s])好的[，,！!]|以下是(?:为您|我|根据|修改|本节|润色)|希望(?:以上内容)?对您有|如有(?:其他)?(?:需要|问题)",
     "含有聊天式的应答"),
    (r"事实清单|必须写入的数字|初稿（由程序|上年报告段落|上年资料|核验结果|json|\bblocks\b|\bpath\b", "复述了提示中的栏目或格式"),
    (r"<<<|>>>|```|`", "含有分隔标记或代码块"),
    (r"^\s*#{1,6}\s|\*\*|^\s*[-*+]\s+\S|^\s*>\s|\|\s*:?-{3,}", "含有 Markdown 标记"),
    (r"[A-Za-z]{2,}(?:[\s,.;:'!?-]+[A-Za-z]{2,}){2,}", "夹有英文句子"),
))

_SPACE = re.compile(r"\s+")


def foreign_text(text: str) -> list[str]:
    """One line per kind of non-report content in ``text``, quoting where it is."""
    out = []
    for pattern, what in FOREIGN:
        m = pattern.search(text)
        if m:
            start = max(0, m.start() - 8)
            out.append(f"{what}：“{text[start:m.end() + 8].strip()}”")
    return out


def _windows(text: str, n: int) -> set[str]:
    flat = _SPACE.sub("", text)
    return {flat[i : i + n] for i in range(len(flat) - n + 1)}


def copied_runs(text: str, sources: Iterable[str], allowed: Iterable[str], n: int = 14) -> list[str]:
    """Runs of ``n``+ characters of ``text`` that occur in ``sources`` (the instructions, last year's
    report) but in none of ``allowed`` (the skeleton, the facts): text copied from the prompt."""
    banned = set().union(*(_windows(s, n) for s in sources))
    banned -= set().union(*(_windows(a, n) for a in allowed))
    flat = _SPACE.sub("", text)
    runs: list[str] = []
    i = 0
    while i <= len(flat) - n:
        if flat[i : i + n] in banned:
            j = i + n
            while j < len(flat) and flat[j - n + 1 : j + 1] in banned:
                j += 1
            runs.append(flat[i:j])
            i = j
        else:
            i += 1
    return runs


def hygiene_problems(text: str, *, instructions: Iterable[str] = (), untrusted: Iterable[str] = (),
                     allowed: Iterable[str] = ()) -> list[str]:
    """Why ``text`` is not clean report prose (empty when it is)."""
    problems = foreign_text(text)
    allowed = list(allowed)
    for run in copied_runs(text, instructions, allowed)[:2]:
        problems.append(f"照抄了写作要求：“{run[:30]}”")
    for run in copied_runs(text, untrusted, allowed, n=20)[:2]:
        problems.append(f"照抄了上年报告：“{run[:30]}”")
    return problems
