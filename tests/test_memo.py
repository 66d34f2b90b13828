"""A block memo lives only inside its block, and a nested block shares the outer one (numbers/memo.py)."""

from drafting.numbers.memo import BlockMemo


def test_a_memo_is_a_dict_inside_its_block_and_gone_after_it():
    memo: BlockMemo[str, int] = BlockMemo()
    assert memo.table is None
    with memo.held():
        assert memo.table == {}
        memo.table["a"] = 1
    assert memo.table is None


def test_a_nested_block_shares_the_outer_table_and_does_not_end_it():
    memo: BlockMemo[str, int] = BlockMemo()
    with memo.held():
        outer = memo.table
        with memo.held():
            assert memo.table is outer
        assert memo.table is outer  # the inner block's end leaves the outer one's memory


def test_a_review_fills_the_text_caches_and_clearing_empties_every_one():
    from importlib import import_module

    from drafting.io.text_reader import read_text_string

    extract, sentences, textnorm = (import_module(f"drafting.numbers.{m}") for m in ("extract", "sentences", "textnorm"))
    from drafting.numbers.memo import clear_text_caches
    from drafting.review import review

    cached = (textnorm._normalize, textnorm.meaningful_length, extract._extract, sentences._cached)
    review(read_text_string("某县教育局2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                            "年度预算100万元，实际支出95万元，预算执行率95%。本年度完成校舍维修3所。\n"))
    extract.extract("年度预算100万元")  # outside a review, figures are read through the process-wide cache
    assert all(fn.cache_info().currsize > 0 for fn in cached)
    clear_text_caches()
    assert [fn.cache_info().currsize for fn in cached] == [0, 0, 0, 0]
