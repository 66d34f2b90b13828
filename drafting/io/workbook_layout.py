"""The Excel workbook's layout: which sheet holds which part of ``DepartmentData``, each column's
Chinese header, unit, kind, drop-down choices and the example shown in its comment.

One table for both directions — the template writer (``workbook_writer``) and the reader
(``workbook_reading``) — so a header the writer puts down is exactly the one the reader expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..department import Grade, Level
from ..quantities import Unit

__all__ = ["INFO_ROWS", "INFO_SHEET", "MONEY_UNITS", "SANGONG_ROWS", "SHEETS", "TABLES", "TEXT_KINDS",
           "Column", "Table", "workbook_place"]

MONEY = "money"  # the column's unit is the finance table's (元/万元/亿元), written into its header
SANGONG_MONEY = "sangong"  # … the 三公 table's
MONEY_UNITS = ("元", "万元", "亿元")
UNITS = tuple(u.value for u in Unit if u.value)
QUALIFIERS = ("余", "约", "近", "以内", "以上", "以下", "超过", "不足")
LEVEL1 = ("产出指标", "效益指标", "满意度指标")
LEVEL2 = ("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
          "可持续影响指标", "服务对象满意度指标")


@dataclass(frozen=True)
class Column:
    """One column of a table sheet (or one row of the 基本情况 sheet)."""

    header: str
    key: str  # field name in the model (a dotted path on the 基本情况 sheet)
    kind: str = "text"  # text | number | int | date | lines | ids | choice
    unit: str | None = None  # MONEY, SANGONG_MONEY, or a fixed unit shown in the header (人, 分)
    choices: tuple[str, ...] = ()
    strict: bool = False  # only the choices are allowed (the model holds an enum)
    note: str = ""  # the comment on the header: what goes in, with an example
    width: int = 14

    def shown(self, money: str, sangong: str) -> str:
        """The header as written: the label and its unit, 收入合计（万元）."""
        unit = {MONEY: money, SANGONG_MONEY: sangong}.get(self.unit or "", self.unit)
        return f"{self.header}（{unit}）" if unit else self.header


@dataclass(frozen=True)
class Table:
    """A sheet with a header row and one record per row."""

    sheet: str
    path: str  # where its rows go in the data: finance.income, indicators, …
    columns: tuple[Column, ...]
    note: str = ""
    labels: tuple[str, ...] = ()  # first-column row labels an empty template starts with (not values)


def _money(header: str, key: str, note: str = "") -> Column:
    return Column(header, key, "number", MONEY, note=note or f"{header}，按决算数填写，如 1209.14")


INFO_SHEET = "基本情况"
INFO_ROWS: tuple[Column, ...] = (
    Column("单位全称", "department.name", note="必填。如：靖州县人力资源和社会保障局"),
    Column("单位简称", "department.short_name", note="正文中使用的简称，如：县人社局"),
    Column("所属行政区", "department.region", note="必填。如：靖州县"),
    Column("行政级别", "department.level", "choice", choices=tuple(x.value for x in Level), strict=True,
           note="必填。省、市、县或区（下拉选择；市辖区选区，县级市选县）"),
    Column("预算编码", "department.budget_code", note="如：518（按文字填写，保留开头的0）"),
    Column("同级财政部门", "department.parent_finance_bureau", note="如：靖州县财政局"),
    Column("评价年度", "year", "int", note="必填。被评价的预算年度，如：2023"),
    Column("报告日期", "report_date", "date", note="如：2024-02-27（一般在评价年度的次年年初）"),
    Column("联系人", "contact.name", note="填写联系电话时必填"),
    Column("联系电话", "contact.phone", note="如：0745-8251787"),
    Column("评价方式", "evaluation_method", note="按何种要求开展自评；不填则正文不写"),
    Column("评价主体", "evaluation_body", note="由谁开展自评，如：局绩效自评工作小组；不填则正文不写"),
    Column("编制人数", "staffing.authorized", "int", "人", note="必填。分类人数填在「人员」表"),
    Column("实有人数", "staffing.actual", "int", "人", note="必填。年末实有在职人数"),
    Column("离退休人员", "staffing.retired", "int", "人", note="不填表示未说明（不是 0）"),
    _money("年初预算数", "finance.initial_budget", "年初批复的部门预算；不填表示未说明（不是 0）"),
    _money("调整后预算数", "finance.adjusted_budget", "全年预算数（含年中追加）；不填表示未说明"),
    _money("全年执行数", "finance.executed", "不填则按支出合计"),
    _money("上年支出合计", "finance.prior_expenditure", "用于与上年比较；不填表示未说明"),
    Column("三公经费增减原因", "sangong.reason", note="如：厉行节约，严格控制公务接待支出", width=40),
    Column("自评得分", "self_score", "number", "分", note="0–100；不填则报告中自评结论一节标为【待补充】"),
    Column("评价等次", "grade", "choice", choices=tuple(x.value for x in Grade), strict=True,
           note="优、良、中、差（下拉选择），应与自评得分相符：优90分及以上，良80–89，中60–79"),
)

_ROW_NAME = Column("单位名称", "unit_name", note="必填。如：局机关、二级机构名称，或“合计”", width=16)

STAFF = Table("人员", "staffing", (
    Column("人员类别", "kind", "choice", choices=("行政", "事业", "工勤"), note="行政、事业、工勤（可另填其他类别）"),
    Column("编制人数", "authorized", "int", "人", note="该类编制数；不填表示未说明"),
    Column("实有人数", "actual", "int", "人", note="该类实有人数；不填表示未说明"),
), note="分类编制与实有人数；合计填在「基本情况」表", labels=("行政", "事业", "工勤"))

TEXT_KINDS = {"职能职责": "duties", "内设机构": "department.organisation", "二级机构": "department.subordinate_units",
              "存在问题": "problems", "改进措施": "measures", "结果应用": "result_use"}
TEXTS = Table("文字材料", "texts", (
    Column("类别", "kind", "choice", choices=tuple(TEXT_KINDS), strict=True,
           note="职能职责、内设机构、二级机构、存在问题、改进措施、结果应用（下拉选择）"),
    Column("内容", "text", note="一行一条，按报告中的顺序。如：负责全县教育经费的统筹管理。", width=90),
), note="每条一行；同一类别的各条按先后顺序排列")

TASKS = Table("任务", "tasks", (
    Column("任务编号", "id", note="必填。如：任务1（「关键数字」表的“所属任务”引用它）"),
    Column("任务名称", "title", note="必填。如：扩大普惠性学前教育资源", width=30),
    Column("完成情况", "achievements", "lines", note="做了什么、取得什么成效，一句一行（单元格内换行：Excel/WPS 按 Alt+Enter，"
           "LibreOffice 按 Ctrl+Enter）。如：新建公办幼儿园3所，新增学位1080个。可不填：指标的完成值和偏差原因"
           "填在「指标」表，正文在绩效指标部分写，不必在这里重复", width=70),
    Column("关联关键数字", "figures", "ids", note="「关键数字」表中的编号或名称，用顿号分隔；可不填", width=24),
))

INCOME = Table("收入", "finance.income", (
    _ROW_NAME,
    _money("收入合计", "total", "必填。等于上年结转与本年各项收入之和（含上年结转）"),
    _money("上年结转", "carryover"), _money("公共财政拨款", "fiscal"), _money("政府基金拨款", "government_fund"),
    _money("纳入专户管理的非税收入拨款", "special_account"), _money("其他收入", "other"),
), note="每个单位一行（只有局机关就只填一行）")

EXPENDITURE = Table("支出", "finance.expenditure", (
    _ROW_NAME,
    _money("支出合计", "total", "必填。等于基本支出 + 项目支出"),
    _money("基本支出", "basic", "必填。等于人员支出 + 公用支出"),
    _money("人员支出", "personnel", "必填"), _money("公用支出", "public", "必填"), _money("项目支出", "project", "必填"),
    _money("当年结余", "balance_year", "收入合计 − 支出合计；不填表示未说明（不是 0）"),
    _money("累计结余", "balance_cumulative", "年末累计结转结余；不填表示未说明（不是 0）"),
))

ASSETS = Table("资产", "finance.fixed_assets", (
    _ROW_NAME,
    _money("固定资产合计", "total", "必填。等于在用、出租、其他之和"),
    _money("在用固定资产", "in_use"), _money("出租固定资产", "leased"), _money("其他固定资产", "other"),
))

SANGONG_ROWS = {"决算数": "actual", "预算数": "budget", "上年数": "prior"}
SANGONG = Table("三公", "sangong", (
    Column("栏目", "row", "choice", choices=tuple(SANGONG_ROWS), strict=True,
           note="决算数（必填）、预算数、上年数，每栏一行；预算数、上年数整行不填表示未说明"),
    Column("合计", "total", "number", SANGONG_MONEY, note="必填。等于四项之和"),
    Column("公务接待费", "reception", "number", SANGONG_MONEY, note="如：5.18"),
    Column("公务用车运维费", "vehicle_operation", "number", SANGONG_MONEY, note="公务用车运行维护费"),
    Column("公务用车购置费", "vehicle_purchase", "number", SANGONG_MONEY),
    Column("因公出国(境)费", "overseas", "number", SANGONG_MONEY),
), note="三行：决算数、预算数、上年数", labels=tuple(SANGONG_ROWS))

INDICATORS = Table("指标", "indicators", (
    Column("一级指标", "level1", "choice", choices=LEVEL1, note="产出指标、效益指标、满意度指标；常见指标可不填（按名称推断）"),
    Column("二级指标", "level2", "choice", choices=LEVEL2, note="如：数量指标、时效指标；常见指标可不填", width=18),
    Column("三级指标", "name", note="必填。指标名称，如：学前三年毛入园率", width=28),
    Column("目标值（文字）", "target", note="按原表写法，如：≥91%；应与目标值（数值）一致"),
    Column("比较方式", "comparator", "choice", choices=("≥", "≤", "=", ">", "<"), strict=True,
           note="完成值与目标值如何比较：≥（不低于）、≤（不高于）、=；不填按 ≥"),
    Column("目标值（数值）", "target_value", "number", note="只填数字，如：91（单位填在“计量单位”列）"),
    Column("完成值（文字）", "actual", note="如：92.05%"),
    Column("完成值（数值）", "actual_value", "number", note="只填数字，如：92.05；不填表示未说明（不是 0）"),
    Column("计量单位", "unit", "choice", choices=UNITS, strict=True,
           note="如：%、人、万元、批次（下拉选择）；复合单位（万元/公里、元/亩）选斜杠前的单位（万元、元），"
                "目标值和完成值的文字栏写全（≤180万元/公里），正文照文字栏写；无单位，或单位不在列表中（如 处、公斤）时不填，"
                "把单位写在文字栏"),
    Column("分值", "weight", "number", "分", note="如：8"),
    Column("得分", "score", "number", "分", note="如：7"),
    Column("偏差原因", "deviation_reason", note="未完成目标时必填：为什么没有达到", width=40),
    Column("佐证材料", "evidence", note="完成情况说明或佐证，如：委托第三方随机抽取1500名学生家长开展问卷调查", width=40),
), note="每个三级指标一行")

KEY_FIGURES = Table("关键数字", "key_figures", (
    Column("编号", "id", note="英文小写字母开头，如：new_jobs；可不填（自动编为 fig行号）"),
    Column("名称", "name", note="必填。如：新增就业", width=24),
    Column("本年数值", "value", "number", note="必填。只填数字，如：2141"),
    Column("计量单位", "unit", "choice", choices=UNITS, strict=True, note="如：人、%、万元（下拉选择）；单位不在列表中（如 处、公斤）时不填，把单位写进名称"),
    Column("限定词", "qualifier", "choice", choices=QUALIFIERS, note="数字为约数或界限时：余、约、以内、以上……"),
    Column("上年数值", "prior_value", "number", note="用于与上年比较；不填表示未说明"),
    Column("所属任务", "task", note="「任务」表中的任务编号，如：任务1"),
    Column("原文依据", "evidence", note="报告中写这个数字的原话，如：2022年新增就业2141人", width=36),
    Column("性质", "role", "choice", choices=("成果", "佐证"), strict=True,
           note="成果 = 报告的成绩；佐证 = 指标的证据（如调查样本数）；不填按名称推断"),
))

EVALUATORS = Table("评价人员", "evaluators", (
    Column("姓名", "name", note="必填"), Column("职务", "title", note="如：党组书记、局长"),
    Column("所在单位", "organisation", width=24),
))

TABLES: tuple[Table, ...] = (STAFF, TEXTS, TASKS, INCOME, EXPENDITURE, ASSETS, SANGONG, INDICATORS, KEY_FIGURES,
                             EVALUATORS)
SHEETS: tuple[str, ...] = (INFO_SHEET, *(t.sheet for t in TABLES))


def workbook_place(field: str) -> str | None:
    """Where a data field (``self_score``, ``finance.expenditure[0].balance_year``) is filled in the
    workbook — 「基本情况」表“自评得分” — for messages about missing data; None if it has no place."""
    path = re.sub(r"\[\d+\]", "", field)
    for col in INFO_ROWS:
        if col.key == path:
            return f"「{INFO_SHEET}」表“{col.header}”"
    for kind, target in TEXT_KINDS.items():
        if target == path:
            return f"「{TEXTS.sheet}」表（类别“{kind}”）"
    for table in TABLES:
        if path == table.path:
            return f"「{table.sheet}」表"
        if path.startswith(table.path + "."):
            key = path[len(table.path) + 1:]
            header = next((c.header for c in table.columns if c.key == key), None)
            return f"「{table.sheet}」表" + (f"“{header}”列" if header else "")
    return None
