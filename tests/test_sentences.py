from drafting.numbers.sentences import has_figure, split_clauses, split_sentences, unit_sentences
from drafting.report import Paragraph, Report


def test_sentences_keep_exact_offsets_into_the_text():
    text = "\u3000新增就业2141人。成效显著；具体如下：\n二是完成培训"
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)] == ["新增就业2141人。", "成效显著；", "具体如下：", "二是完成培训"]


def test_closing_quote_after_full_stop_stays_with_the_sentence():
    assert [s.text for s in split_sentences("他说“完成了。”然后")] == ["他说“完成了。”", "然后"]


def test_clauses_split_at_commas():
    assert [c.text for c in split_clauses("建站率100%，就业率92.1%。")] == ["建站率100%，", "就业率92.1%。"]


def test_a_year_or_a_document_number_is_not_a_figure():
    assert not has_figure("2022年进一步出台相关细化的管理制度（湘办〔2021〕28号）")
    assert has_figure("发放补贴贷款共计828万元")
    assert has_figure("覆盖率100%")


def test_unit_sentences_walks_every_unit():
    report = Report(blocks=[Paragraph(text="一句。二句。"), Paragraph(text="三句")])
    assert [s.text for _, s in unit_sentences(report)] == ["一句。", "二句。", "三句"]


def test_a_text_split_before_the_shared_block_is_not_split_again_inside_it(monkeypatch):
    """The date check's block of shared sentences reads through the process-wide cache: a paragraph the
    checks before it split (the duplicate checks split every one) is not split a second time, and
    every caller still gets its own list of the same sentences."""
    from drafting.numbers import sentences

    text = "第一句话写在这里。第二句话；第三句话！"
    before = sentences.split_sentences(text)
    split = []
    real = sentences._split
    monkeypatch.setattr(sentences, "_split", lambda t, enders: split.append(t) or real(t, enders))
    with sentences.shared_sentences():
        inside = sentences.split_sentences(text)
        again = sentences.split_sentences(text)
        fresh = sentences.split_sentences("另一段文字。")
    assert inside == again == before and inside is not again
    assert [s.text for s in fresh] == ["另一段文字。"]
    assert split == ["另一段文字。"]  # only the text never split before
