"""Model answers shared by the chain and OpenAI-server tests (both draft ``small_data``'s finance section)."""

import json

GOOD_FINANCE = ("2023年度部门年初预算数为1,500.00万元，调整后全年预算数为1,600.00万元；全年收入合计1,580.25万元。"
                "全年支出合计1,520.40万元，其中基本支出820.40万元（人员支出600.10万元、公用支出220.30万元），项目支出700.00万元。"
                "“三公”经费支出6.20万元，年初预算数8.00万元，上年支出5.90万元；其中公务接待费2.50万元，公务用车运行维护费3.70万元，"
                "因公出国（境）费无支出。")
"""A finance paragraph whose every figure ``small_data`` supports."""


def answer(text: str) -> str:
    """``text`` as the JSON a model returns for one section: one paragraph, no number sources."""
    return json.dumps({"blocks": [{"kind": "paragraph", "text": text}], "numbers": []}, ensure_ascii=False)
