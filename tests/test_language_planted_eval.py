"""The planted-typo eval: one common-character slip at a time into a word the text writes twice."""

from evals.language_planted import _pools, lexicon, markdown, run_text

TEXT = ("局办公室负责机关日常运转，人事股负责干部选拔任用工作。\n\n"
        "全年预算执行率98.6%，资金按时拨付率100%，项目资金使用规范，资金到位及时。")


def test_every_plant_is_a_common_character_of_the_same_sound_or_a_similar_shape():
    by_sound, shapes = _pools()
    lex = lexicon()
    plants = [p for seed in range(3) for p in run_text(TEXT, seed, by_sound, shapes)]
    assert plants
    for p in plants:
        [(right, wrong)] = [pair for pair in zip(p["word"], p["slip"], strict=True) if pair[0] != pair[1]]
        assert lex.freq(wrong) >= 1000 and TEXT.count(p["word"]) >= 2
        if p["how"] == "shape":
            assert wrong in lex.shapes[right]
        else:
            assert lex.toneless(right)[0] in lex.toneless(wrong)


def test_the_summary_gives_recall_per_split_and_lists_dev_misses_only():
    md = markdown({"seeds": 1, "tally": {"dev": {"sound_planted": 4, "sound_found": 3, "shape_planted": 1},
                                         "test": {}},
                   "dev_misses": [{"file": "01.txt", "how": "sound", "word": "资金", "slip": "字金", "context": "专项字金"}]})
    assert "| dev | 3 / 4 | 0 / 1 | 60.0% | 0 |" in md and "资金→字金" in md and "| test | 0 / 0 | 0 / 0 | — | 0 |" in md
