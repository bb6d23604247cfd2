import pytest

from team_bill_shares import split_bill, split_by_tokens


def test_exact_proportional_split():
    assert split_bill(1000, {"search": 3, "chat": 1}) == {"search": 750, "chat": 250}


def test_shares_add_up_to_bill():
    shares = split_bill(1001, {"a": 1, "b": 1, "c": 1})
    assert sum(shares.values()) == 1001


def test_leftover_cents_go_to_largest_remainders():
    shares = split_bill(100, {"ml": 5, "web": 3, "ops": 1})
    assert shares == {"ml": 56, "web": 33, "ops": 11}


def test_negative_bill_rejected():
    with pytest.raises(ValueError):
        split_bill(-5, {"a": 1})


def test_split_by_tokens_sums_per_team():
    records = [
        {"team": "red", "input_tokens": 600, "output_tokens": 200},
        {"team": "blue", "input_tokens": 100, "output_tokens": 100},
        {"team": "red", "input_tokens": 0, "output_tokens": 0},
    ]
    assert split_by_tokens(500, records) == {"red": 400, "blue": 100}
