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
