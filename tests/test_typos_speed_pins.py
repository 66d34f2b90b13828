"""What the typo check's faster forms must keep: the same names masked, the same segmentation.

Each test pins a behaviour a speed-up of session 46 rewrote (issue 14: the sample reviewed in 0.3 s
of CPU), so that a later rewrite that changes what is found fails here rather than in the evals."""

from __future__ import annotations

import pytest

from drafting.checks.lexicon import lexicon
from drafting.checks.meant import _POSTS, protected


@pytest.mark.parametrize("post", _POSTS)
def test_a_person_after_every_post_is_masked_as_a_name(post):
    # the look-behind for a post is tried only after its last character: every post must still reach it
    text = f"经办理，由{post}钱彩敏审核，资金已拨付。"
    mask, _ = protected(text, lexicon())
    at = text.index("钱彩敏")
    assert all(mask[at:at + 3])


def test_a_person_after_no_post_is_not_masked():
    text = "经办理，由财务钱彩敏审核，资金已拨付。"
    mask, _ = protected(text, lexicon())
    at = text.index("钱彩敏")
    assert not any(mask[at:at + 3])


@pytest.mark.parametrize("text", ["推进提质，增效。", "全面提质", "提质"])
def test_a_vocabulary_word_jieba_counts_rarely_is_masked_wherever_it_stands(text):
    # the places a vocabulary word starts are found by two characters at a time: the text's first and
    # last characters are places too
    mask, untitled = protected(text, lexicon())
    at = text.index("提质")
    assert all(mask[at:at + 2]) and all(untitled[at:at + 2])
    assert not any(mask[:at])
