"""An OCR'd repost keeps its character-level language findings quiet; a typed report keeps its slips."""

from drafting.checks.ocr import looks_ocred
from drafting.io.text_reader import read_text_string
from drafting.review import review

_CHARACTER = ("language.typo", "language.letter_digit", "language.dropped", "language.doubled_char",
              "language.doubled_word", "language.confusion")

# invented: a scan read back by OCR — O/I/l in figures, 兀 for 元, Fl for 目, and a garbled word
OCRED = ("一、项Fl基本情况\n"
         "2021年I月，县财政下达专项资金IO万兀，用于农村道路养护，负贵单位为县交通局。\n"
         "二、资金使用情况\n"
         "全年实际支出100OOO元，根据根据合同约定支付工程款，资金执行率100%。\n")

TYPED = ("一、项目基本情况\n"
         "2021年I月，县财政下达专项资金10万元，用于农村道路养护，负贵单位为县交通局。\n"
         "二、资金使用情况\n"
         "全年实际支出100000元，根据根据合同约定支付工程款，资金执行率100%。\n")

MODELS = ("一、项目基本情况\n"
          "采购iPhone测试终端和V1.0版管理软件，按GB/T 19001标准验收，存放于3O号仓库。\n"
          "二、资金使用情况\n"
          "全年支出10万元，负贵单位为县交通局。\n")


def character_findings(text: str) -> list[str]:
    return [f.quote for f in review(read_text_string(text)).findings if f.rule in _CHARACTER]


def test_an_ocred_repost_gets_no_character_level_findings():
    assert looks_ocred([OCRED])
    assert character_findings(OCRED) == []


def test_a_typed_report_with_one_letter_slip_keeps_its_slips():
    assert not looks_ocred([TYPED])
    found = character_findings(TYPED)
    assert any("负贵" in q for q in found) and any("根据根据" in q for q in found)


def test_model_numbers_and_english_names_are_no_ocr_signature():
    assert not looks_ocred([MODELS])
    assert any("负贵" in q for q in character_findings(MODELS))


def test_one_signature_once_is_a_slip_but_two_kinds_are_ocr():
    assert not looks_ocred(["预算10万兀。"])
    assert not looks_ocred(["2021年I月开工。"])
    assert looks_ocred(["2021年I月开工，预算10万兀。"])
    assert looks_ocred(["支出IO万元、2O万元和3l万元。"])
