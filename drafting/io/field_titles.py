"""Chinese titles and descriptions of every field of the department data, written into its JSON
Schema, so an officer (or a form built from the schema) reads 当年结余 rather than ``balance_year``.

Kept beside the schema export rather than on each pydantic field because they are the schema's
labels for people; the model's own ``title`` (where set) wins over this table.
"""

from __future__ import annotations

__all__ = ["FIELD_DESCRIPTIONS", "FIELD_TITLES"]

_ROW = {"unit_name": "单位名称", "total": "合计"}

FIELD_TITLES: dict[str, dict[str, str]] = {
    "DepartmentData": {
        "department": "部门基本信息", "year": "评价年度", "report_date": "报告日期", "contact": "联系人",
        "evaluation_method": "评价方式", "evaluation_body": "评价主体", "staffing": "人员情况",
        "duties": "部门职能职责", "tasks": "年度主要工作任务", "finance": "部门收支情况", "sangong": "“三公”经费",
        "indicators": "绩效指标", "key_figures": "关键数据", "problems": "存在的问题及原因", "measures": "改进措施",
        "result_use": "评价结果应用及公开", "evaluators": "评价人员", "self_score": "自评得分", "grade": "评价等次",
    },
    "DepartmentProfile": {
        "name": "单位全称", "short_name": "单位简称", "region": "所属行政区", "level": "行政级别",
        "budget_code": "预算编码", "parent_finance_bureau": "同级财政部门", "organisation": "内设机构",
        "subordinate_units": "下属二级机构",
    },
    "Contact": {"name": "姓名", "phone": "联系电话"},
    "Staffing": {
        "authorized": "编制人数", "actual": "实有人数", "authorized_by_kind": "分类编制人数",
        "actual_by_kind": "分类实有人数", "retired": "离退休人员",
    },
    "Task": {"id": "任务编号", "title": "任务名称", "achievements": "完成情况", "figures": "关联关键数据"},
    "Finance": {
        "unit": "金额单位", "initial_budget": "年初预算数", "adjusted_budget": "调整后预算数", "executed": "全年执行数",
        "prior_expenditure": "上年支出合计", "income": "收入情况", "expenditure": "支出和结余情况",
        "fixed_assets": "固定资产情况",
    },
    "IncomeRow": {**_ROW, "total": "收入合计", "carryover": "上年结转", "fiscal": "公共财政拨款",
                  "government_fund": "政府基金拨款", "special_account": "纳入专户管理的非税收入拨款", "other": "其他收入"},
    "ExpenditureRow": {**_ROW, "total": "支出合计", "basic": "基本支出", "personnel": "人员支出", "public": "公用支出",
                       "project": "项目支出", "balance_year": "当年结余", "balance_cumulative": "累计结余"},
    "FixedAssetRow": {**_ROW, "total": "固定资产合计", "in_use": "在用固定资产", "leased": "出租固定资产",
                      "other": "其他固定资产"},
    "SanGong": {"total": "合计", "reception": "公务接待费", "vehicle_operation": "公务用车运行维护费",
                "vehicle_purchase": "公务用车购置费", "overseas": "因公出国（境）费"},
    "SanGongTable": {"unit": "金额单位", "actual": "决算数", "budget": "预算数", "prior": "上年决算数",
                     "reason": "增减变化原因"},
    "Indicator": {
        "level1": "一级指标", "level2": "二级指标", "name": "三级指标", "target": "目标值（文字）",
        "target_value": "目标值（数值）", "comparator": "比较方式", "actual": "完成值（文字）",
        "actual_value": "完成值（数值）", "unit": "计量单位", "weight": "分值", "score": "得分",
        "deviation_reason": "偏差原因", "evidence": "佐证材料",
    },
    "KeyFigure": {
        "id": "数据编号", "name": "数据名称", "value": "本年数值", "unit": "计量单位", "qualifier": "限定词",
        "prior_value": "上年数值", "task": "所属任务", "evidence": "原文依据", "role": "性质",
    },
    "Evaluator": {"name": "姓名", "title": "职务", "organisation": "所在单位"},
}

_NOT_STATED = "；不填表示未说明（不是 0）"
_MONEY_ROW = "按决算数填写，单位见所在表（金额单位）"

# Chinese descriptions where the model's own is missing or in English (the model's Chinese one wins).
FIELD_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "DepartmentData": {
        "department": "单位名称、行政区、级别、预算编码和机构设置", "contact": "报告联系人及电话",
        "evaluators": "参加评价的人员", "finance": "预算数、收入、支出、结余和固定资产（决算数）",
        "grade": "评价等次：优、良、中、差，应与自评得分相符", "indicators": "绩效指标表，每个三级指标一项",
        "key_figures": "报告正文要写到的其他数字，每个一项", "sangong": "“三公”经费的决算数、预算数和上年数",
        "self_score": "自评得分（0–100）；不填则自评结论一节标为待补充", "staffing": "编制人数、实有人数及分类人数",
        "tasks": "年度主要工作任务及完成情况", "year": "被评价的预算年度，如 2023",
    },
    "Contact": {"name": "联系人姓名", "phone": "联系电话，如 0745-8251787"},
    "DepartmentProfile": {"level": "行政级别：省、市或县"},
    "Evaluator": {"name": "评价人员姓名", "organisation": "评价人员所在单位"},
    "ExpenditureRow": {
        "unit_name": "单位名称，如 局机关", "total": "支出合计 = 基本支出 + 项目支出；" + _MONEY_ROW,
        "basic": "基本支出 = 人员支出 + 公用支出；" + _MONEY_ROW, "personnel": "人员支出；" + _MONEY_ROW,
        "public": "公用支出；" + _MONEY_ROW, "project": "项目支出；" + _MONEY_ROW,
    },
    "Finance": {"unit": "本部分金额的单位：元、万元或亿元", "income": "收入情况，每个单位一行",
                "expenditure": "支出和结余情况，每个单位一行", "fixed_assets": "固定资产情况，每个单位一行"},
    "FixedAssetRow": {"unit_name": "单位名称，如 局机关", "total": "固定资产合计 = 在用 + 出租 + 其他；" + _MONEY_ROW,
                      "in_use": "在用固定资产；" + _MONEY_ROW, "leased": "出租固定资产；" + _MONEY_ROW,
                      "other": "其他固定资产；" + _MONEY_ROW},
    "IncomeRow": {"unit_name": "单位名称，如 局机关", "total": "收入合计 = 上年结转 + 本年各项收入；" + _MONEY_ROW,
                  "carryover": "上年结转；" + _MONEY_ROW, "fiscal": "公共财政拨款；" + _MONEY_ROW,
                  "government_fund": "政府基金拨款；" + _MONEY_ROW, "special_account": "纳入专户管理的非税收入拨款；" + _MONEY_ROW,
                  "other": "其他收入；" + _MONEY_ROW},
    "Indicator": {"target_value": "目标值的数值，如 91（单位见计量单位）" + _NOT_STATED,
                  "actual_value": "完成值的数值，如 92.05" + _NOT_STATED,
                  "comparator": "完成值与目标值的比较方式：≥ ≤ = > <；不填按 ≥", "unit": "计量单位，如 %、人、万元；无单位为空"},
    "KeyFigure": {"id": "编号：英文小写字母开头，如 new_jobs（数据路径中使用）", "value": "本年数值，只填数字",
                  "unit": "计量单位，如 人、%、万元；无单位为空", "task": "所属任务的编号，如 任务1",
                  "evidence": "报告中写这个数字的原话"},
    "SanGong": {"total": "合计 = 公务接待费 + 公务用车运维费 + 公务用车购置费 + 因公出国（境）费"},
    "SanGongTable": {"unit": "“三公”经费金额的单位：元、万元或亿元"},
    "Task": {"title": "任务名称", "achievements": "完成情况，一句一项", "figures": "本任务报告的关键数据编号"},
}
