from tool_output_fair_share import fair_shares, fit_outputs


def test_everything_fits():
    assert fair_shares([10, 20, 30], 100) == [10, 20, 30]


def test_equal_outputs_split_evenly():
    assert fair_shares([500, 500, 500, 500], 400) == [100, 100, 100, 100]


def test_small_output_kept_and_big_one_gets_the_rest():
    assert fair_shares([1000, 10], 200) == [190, 10]


def test_fit_outputs_marks_truncation():
    outputs = ["a b c d e f g h", "ok"]
    assert fit_outputs(outputs, 5) == ["a b c d [... 4 tokens truncated]", "ok"]
