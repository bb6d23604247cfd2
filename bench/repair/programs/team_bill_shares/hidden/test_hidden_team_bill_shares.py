from team_bill_shares import split_bill, split_by_tokens


def test_two_leftover_cents_to_two_largest_remainders():
    # exact: a=14.2857.., b=28.5714.., c=57.1428.. -> floors 14, 28, 57 (99)
    assert split_bill(100, {"a": 1, "b": 2, "c": 4}) == {"a": 14, "b": 29, "c": 57}


def test_many_leftovers():
    # floors 462, 249, 178, 71, 35; remainders 25, 7, 1, 6, 17 (of 28)
    usage = {"t1": 13, "t2": 7, "t3": 5, "t4": 2, "t5": 1}
    shares = split_bill(997, usage)
    assert sum(shares.values()) == 997
    assert shares == {"t1": 463, "t2": 249, "t3": 178, "t4": 71, "t5": 36}


def test_ties_keep_listing_order():
    assert split_bill(5, {"x": 1, "y": 1, "z": 1}) == {"x": 2, "y": 2, "z": 1}
    assert split_bill(4, {"z": 1, "y": 1, "x": 1}) == {"z": 2, "y": 1, "x": 1}


def test_zero_usage_splits_evenly():
    assert split_bill(10, {"p": 0, "q": 0, "r": 0}) == {"p": 4, "q": 3, "r": 3}


def test_team_with_no_usage_gets_nothing():
    assert split_bill(101, {"busy": 2, "idle": 0, "other": 1}) == {
        "busy": 67, "idle": 0, "other": 34,
    }


def test_empty_usage():
    assert split_bill(100, {}) == {}


def test_split_by_tokens_with_remainder():
    records = [
        {"team": "a", "input_tokens": 2, "output_tokens": 0},
        {"team": "b", "input_tokens": 1, "output_tokens": 1},
        {"team": "c", "output_tokens": 2},
    ]
    assert split_by_tokens(10, records) == {"a": 4, "b": 3, "c": 3}
