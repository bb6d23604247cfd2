from majority_vote_stream import majority, over_third


def test_majority_accepts_iterators():
    assert majority(iter("aabab")) == "a"


def test_majority_interleaved():
    votes = ["x", "y", "x", "z", "x", "x", "y", "x", "x"]
    assert majority(votes) == "x"


def test_majority_at_end():
    assert majority(["b", "c", "a", "a", "a"]) == "a"
    assert majority([7, 7, 8, 7, 8, 7, 8]) == 7


def test_single_vote():
    assert majority(["solo"]) == "solo"


def test_exactly_half_is_not_majority():
    assert majority([1, 1, 1, 2, 2, 2]) is None


def test_over_third_single_value():
    assert over_third(["a", "a", "b", "c", "a"]) == ["a"]
    assert over_third([]) == []
    assert over_third([4, 4, 5, 5]) == [4, 5]
