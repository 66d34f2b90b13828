"""A whole sentence with its figures said word for word inside two paragraphs (checks/copied_sentences.py).
Invented wording throughout."""

from drafting.io.text_reader import read_text_string
from drafting.review import review

TITLE = "某县农业农村局2023年度部门整体支出绩效自评报告\n"
FACT = "全县共举办养殖技术培训班14期，培训养殖户730人次，发放技术手册1500余册，参训满意度达到96%。"


def _copied(text: str) -> list:
    return [f for f in review(read_text_string(TITLE + text)).findings if f.rule == "redundancy.copied_sentence"]


def test_a_sentence_pasted_into_another_sections_paragraph_is_one_finding_at_its_second_place():
    text = ("一、基本情况\n（一）技术推广\n我局依托县畜牧站开展技术推广，" + FACT + "推广内容涵盖疫病防控和饲料配制。\n"
            "（二）动物防疫\n我局全年完成春秋两季集中免疫，免疫密度保持在应免尽免水平。" + FACT
            + "同时，建成村级防疫室8个，基层防疫条件明显改善。\n")
    [f] = _copied(text)
    assert f.quote == FACT and [r.quote for r in f.related] == [FACT]
    assert f.severity == "warning" and "2个段落" in f.message


def _wrapped(text: str, width: int = 30) -> str:
    """Text as a PDF copy gives it: every line cut at the page's width (a digit is half a character)."""
    out = []
    for line in text.splitlines():
        cur, used = "", 0.0
        for ch in line:
            w = 0.5 if ord(ch) < 128 else 1.0
            if used + w > width:
                out.append(cur)
                cur, used = "", 0.0
            cur, used = cur + ch, used + w
        out.append(cur)
    return "\n".join(out) + "\n"


def test_a_copy_in_text_taken_from_a_pdf_is_read_after_its_lines_are_joined():
    text = ("一、基本情况\n我局依托县畜牧站开展技术推广，" + FACT + "推广内容涵盖疫病防控和饲料配制，并组织专家"
            "入户指导二百余次，帮助养殖户解决生产中的实际困难和问题。\n二、动物防疫\n我局全年完成春秋两季集中免疫，"
            "免疫密度保持在应免尽免水平。" + FACT + "同时，建成村级防疫室8个，基层防疫条件明显改善，群众较为满意。\n")
    [f] = _copied(_wrapped(text))
    assert "培训养殖户730人次" in f.quote and "\n" not in f.quote


def test_look_alikes_stay_silent():
    """A short stock sentence in two sections, a figure sentence restated as a section's only text (a
    summary line), a target restated as done, a document cited again where its use is detailed, table
    cells, and a sentence of no figure under forty-five characters."""
    stock = "资金使用严格按照有关规定执行，做到专款专用。"
    cite = "县财政局《关于下达2023年动物防疫补助资金的通知》（某财农〔2023〕19号）下达资金120万元，用于强制免疫。"
    plain = "我局坚持问题导向，进一步完善工作机制，推动各项工作落到实处。"
    text = ("一、基本情况\n（一）技术推广\n" + stock + "全年推广主推技术12项，覆盖养殖场户420个。\n"
            "（二）动物防疫\n" + stock + "全年完成免疫动物86万头（只），免疫密度达到100%。\n"
            "二、资金情况\n" + cite + "另有县级配套资金30万元已全部到位，资金拨付及时。\n"
            + cite + "其中疫苗采购90万元，免疫补助30万元，均已按进度支付完毕。\n"
            "三、绩效目标\n年度目标：" + FACT + "各项目标均设定了可衡量的指标值。\n"
            "四、完成情况\n" + FACT + "各项指标均已按期完成，效果良好。\n"
            "五、总结\n" + FACT + "\n"
            "六、工作措施\n我局加强组织领导。" + plain + "同时强化督查考核。\n"
            "七、下一步打算\n我局将继续加强监管。" + plain + "努力提升资金效益。\n"
            "指标 | 年度目标 | 实际完成\n培训 | " + FACT + " | " + FACT + "\n")
    assert _copied(text) == []


CLOSING = "专项补助资金实行专账核算、专款专用、据实列支"


def _carried(text: str) -> list:
    return [f for f in review(read_text_string(TITLE + text)).findings if f.rule == "redundancy.carried_sentence"]


def test_the_sentence_closing_a_section_said_again_to_open_the_next_is_one_finding_at_the_second():
    """Invented: the last sentence of 一's paragraph opens the paragraph under 二、 again."""
    text = ("一、资金基本情况\n2023年上级下达养殖补助资金80万元，已全部拨付到乡镇。" + CLOSING + "。\n"
            "二、资金使用范围\n" + CLOSING + "，用于养殖户圈舍改造补助和疫病防控物资采购。\n")
    [f] = _carried(text)
    assert f.quote == CLOSING and [r.quote for r in f.related] == [CLOSING]


def test_a_form_label_between_short_or_figured_closings_and_a_lone_sentence_are_left():
    # a form's label line between: a target and its actual with the same words
    assert _carried("年度目标\n按期完成圈舍改造任务。" + CLOSING + "。\n实际完成情况\n" + CLOSING + "，圈舍改造全部完成。\n") == []
    # short, or with a figure: stock wording or a record restated
    assert _carried("一、资金基本情况\n上级下达资金80万元。确保资金安全。\n二、资金使用范围\n确保资金安全，用于圈舍改造。\n") == []
    figured = "2023年共拨付养殖户圈舍改造补助资金80万元"
    assert _carried("一、资金基本情况\n资金已全部到位。" + figured + "。\n二、资金使用\n" + figured + "，惠及农户300户。\n") == []
    # the closing paragraph is the sentence alone (a summary line restated by its section)
    assert _carried("一、资金基本情况\n" + CLOSING + "。\n二、资金使用范围\n" + CLOSING + "，用于圈舍改造。\n") == []
