import pytest

from rod_cut_memo import best_revenue, cut_plan

CLRS = [(1, 1), (2, 5), (3, 8), (4, 9), (5, 10), (6, 17), (7, 17), (8, 20)]


def test_zero_length_rod():
    assert best_revenue(0, CLRS) == 0


def test_no_offers():
    assert best_revenue(10, []) == 0


def test_single_unit_offer():
    assert best_revenue(6, [(1, 1)]) == 6


def test_textbook_prices():
    assert best_revenue(4, CLRS) == 10
    assert best_revenue(8, CLRS) == 22


def test_cut_plan_textbook():
    assert cut_plan(4, CLRS) == [2, 2]


def test_negative_length_rejected():
    with pytest.raises(ValueError):
        best_revenue(-1, CLRS)
