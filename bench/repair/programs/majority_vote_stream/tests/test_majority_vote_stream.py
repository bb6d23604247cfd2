from majority_vote_stream import majority, over_third


def test_no_votes():
    assert majority([]) is None


def test_no_majority():
    assert majority(["a", "b", "c"]) is None
    assert majority(["a", "b", "a", "b"]) is None


def test_clear_majority():
    assert majority(["yes", "yes", "yes", "no", "no"]) == "yes"


def test_over_third():
    assert over_third([1, 1, 1, 2, 2, 2, 3]) == [1, 2]
    assert over_third([1, 2, 3]) == []
