import pytest

from sainte_lague_seats import allocate_seats, seat_shares


def test_second_textbook_example():
    votes = {"A": 100000, "B": 80000, "C": 30000, "D": 20000}
    assert allocate_seats(votes, 8) == {"A": 3, "B": 3, "C": 1, "D": 1}


def test_divisors_favour_small_parties_more_than_dhondt():
    votes = {"p": 800, "q": 200}
    assert allocate_seats(votes, 5) == {"p": 4, "q": 1}


def test_exactly_at_threshold_with_other_numbers():
    votes = {"r": 150, "s": 120, "t": 30}
    assert allocate_seats(votes, 10, threshold=0.1) == {"r": 5, "s": 4, "t": 1}
    assert allocate_seats(votes, 10, threshold=0.11) == {"r": 6, "s": 4, "t": 0}


def test_ties_by_votes_then_name():
    assert allocate_seats({"b": 10, "a": 10}, 1) == {"b": 0, "a": 1}
    assert allocate_seats({"x": 30, "y": 10}, 2) == {"x": 2, "y": 0}
    assert allocate_seats({"x": 30, "y": 10}, 3) == {"x": 2, "y": 1}


def test_nobody_qualifies():
    assert allocate_seats({"a": 1, "b": 1, "c": 1}, 3, threshold=0.5) == {"a": 0, "b": 0, "c": 0}


def test_zero_seats_and_errors():
    assert allocate_seats({"a": 5}, 0) == {"a": 0}
    assert seat_shares({"a": 5}, 0) == {"a": 0.0}
    with pytest.raises(ValueError):
        allocate_seats({"a": 5}, -1)


def test_shares_sum_to_one():
    shares = seat_shares({"A": 53000, "B": 24000, "C": 23000}, 7)
    assert shares == {"A": 0.4286, "B": 0.2857, "C": 0.2857}
