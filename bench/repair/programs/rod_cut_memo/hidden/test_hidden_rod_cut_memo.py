from itertools import product

from rod_cut_memo import best_revenue, cut_plan


def brute(n, offers):
    best = 0
    def go(remaining, total):
        nonlocal best
        best = max(best, total)
        for length, price in offers:
            if 0 < length <= remaining:
                go(remaining - length, total + price)
    go(n, 0)
    return best


def test_leftover_is_scrap():
    assert best_revenue(7, [(3, 10)]) == 20
    assert cut_plan(7, [(3, 10)]) == [3, 3]


def test_long_piece_better():
    offers = [(1, 1), (5, 12)]
    assert best_revenue(5, offers) == 12
    assert best_revenue(11, offers) == 25
    assert cut_plan(11, offers) == [5, 5, 1]


def test_price_larger_than_length_not_confused():
    offers = [(2, 7), (3, 4)]
    assert best_revenue(3, offers) == 7
    assert best_revenue(6, offers) == 21
    assert cut_plan(6, offers) == [2, 2, 2]


def test_zero_length_offers_ignored():
    assert best_revenue(4, [(0, 100), (2, 3)]) == 6


def test_against_brute_force():
    for prices in product([1, 3, 6], repeat=3):
        offers = [(1, prices[0]), (2, prices[1]), (4, prices[2])]
        for n in range(0, 9):
            assert best_revenue(n, offers) == brute(n, offers)
            plan = cut_plan(n, offers)
            assert sum(plan) <= n
            price = dict(offers)
            assert sum(price[p] for p in plan) == brute(n, offers)


def test_large_rod_memoized():
    assert best_revenue(600, [(1, 1), (2, 5), (3, 8)]) == 1600
    assert best_revenue(601, [(1, 1), (2, 5), (3, 8)]) == 1602
