"""The invented-sentence eval: every slip is one change from its right form, every clean sentence stays
clean (a finding there is a false alarm), and the tuned lists keep the figures this branch reached."""

from evals.language_invented import DATA, _changed, _lines, run


def test_each_slip_is_one_character_replaced_or_dropped():
    for name in ("typo_pairs.txt", "held_typo_pairs.txt"):
        for line in _lines(name):
            wrong, right = line.split("|")
            assert wrong != right and len(right) - len(wrong) in (0, 1), line
            if len(wrong) == len(right):
                assert len(_changed(wrong, right)) == 1, line
    assert _changed("预算执率", "预算执行率") == {2, 3}  # the characters around the gap
    for line in _lines("s40_typo_pairs.txt"):  # session 40's: a word written twice is a slip as well
        wrong, right = line.split("|")
        doubled = any(wrong[:i] + wrong[i + n:] == right and wrong[i:i + n] == wrong[i - n:i]
                      for n in (1, 2, 3, 4) for i in range(n, len(wrong)))
        assert wrong != right and (len(right) - len(wrong) in (0, 1) or doubled), line


def test_the_clean_sentences_hold_none_of_the_slips():
    slips = {line.split("|")[0] for name in ("typo_pairs.txt", "held_typo_pairs.txt", "s40_typo_pairs.txt")
             for line in _lines(name)}
    assert not slips & set(_lines("clean.txt") + _lines("held_clean.txt") + _lines("s40_clean.txt"))
    assert len(_lines("clean.txt")) >= 200 and len(_lines("typo_pairs.txt")) >= 40 and DATA.is_dir()


def test_no_false_alarm_on_the_clean_sentences_and_the_tuned_slips_found():
    tuned, held = run(), run("held_")
    assert tuned["false_alarms"] == 0 and held["false_alarms"] == 0, (tuned["alarm_list"], held["alarm_list"])
    assert tuned["found"] >= 30  # session 39: 22 on the base, 27 after; session 40: 30


def test_session_47s_lists_replace_one_character_each_and_keep_their_slips_out_of_the_clean_lines():
    for prefix in ("s47_", "s47dev_"):
        pairs = [line.split("|") for line in _lines(f"{prefix}typo_pairs.txt")]
        assert all(len(w) == len(r) and len(_changed(w, r)) == 1 for w, r in pairs), prefix
        assert not {w for w, _ in pairs} & set(_lines(f"{prefix}clean.txt"))
        assert len({r[min(_changed(w, r))] for w, r in pairs}) >= 50  # many different words
    assert len(_lines("s47_typo_pairs.txt")) >= 60 and len(_lines("s47_clean.txt")) >= 150


def test_session_47s_figures():
    # the held-out s47 lists, written before any change: 30 of 72 on the base, 36 after; its one false
    # alarm (稻虾共作 read as 工作, by sound) is the base's and stays; the dev lists: 10 of 52, 22 after
    held, dev = run("s47_"), run("s47dev_")
    assert held["found"] >= 36 and held["false_alarms"] <= 1, held["alarm_list"]
    assert dev["found"] >= 22 and dev["false_alarms"] == 0, dev["alarm_list"]


def test_session_48s_paragraphs_hold_one_slip_each_in_a_report_sized_paragraph():
    from evals.language_paras import clean, slips
    for prefix in ("s48_", "s48dev_"):
        found = slips(prefix)
        assert all(s.text.count(s.wrong) == 1 and 150 <= len(s.text) <= 400 for s in found), prefix
        assert all(len(s.right) - len(s.wrong) in (0, 1) and s.wrong != s.right for s in found), prefix
        assert {s.kind for s in found} == {"sound", "shape", "ime", "drop"}
        same = sum(s.same for s in found)
        assert 0.4 <= same / len(found) <= 0.6, prefix  # about half with the right word written elsewhere
        assert not [s.wrong for s in found for text in clean(prefix) if s.wrong in text], prefix
    assert len(slips("s48_")) >= 50 and len(clean("s48_")) >= 50


def test_session_48s_figures():
    # the held-out paragraphs, written before any change: 21 of 54 on the base and after, no false
    # alarm on the clean ones; the dev paragraphs: 13 of 40 and 3 false alarms on the base, 16 and 1
    # after (the one left: 植后 read as 之后 beside the slip 裁植 the check misses)
    from evals.language_invented import _findings
    from evals.language_paras import run as paras
    held, dev = paras("s48_", _findings), paras("s48dev_", _findings)
    assert held["found"] >= 21 and held["false_alarms"] == 0, held["alarm_list"]
    assert dev["found"] >= 16 and dev["false_alarms"] <= 1, dev["alarm_list"]
