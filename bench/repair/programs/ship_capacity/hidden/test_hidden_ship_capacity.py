import random

from ship_capacity import days_needed, min_capacity, schedule


def _days(weights, capacity):
    days, load = 1, 0
    for weight in weights:
        if load + weight > capacity:
            days, load = days + 1, 0
        load += weight
    return days


def _brute_capacity(weights, days):
    capacity = max(weights)
    while _days(weights, capacity) > days:
        capacity += 1
    return capacity


def test_days_needed_counts_days():
    assert days_needed([1, 2, 3, 4], 5) == 3
    assert days_needed([1, 2, 3, 4], 10) == 1
    assert days_needed([4, 4, 4], 4) == 3
    assert days_needed([2, 3, 5, 1, 1], 5) == 3


def test_more_days_than_parcels():
    assert min_capacity([9, 1, 9], 10) == 9


def test_heavy_middle_parcel():
    assert min_capacity([10, 50, 10], 2) == 60
    assert min_capacity([10, 50, 10], 3) == 50


def test_random_against_brute_force():
    rng = random.Random(99)
    for _ in range(300):
        weights = [rng.randint(1, 12) for _ in range(rng.randint(1, 9))]
        days = rng.randint(1, len(weights) + 1)
        assert min_capacity(weights, days) == _brute_capacity(weights, days), (weights, days)
        capacity = rng.randint(max(weights), sum(weights))
        assert days_needed(weights, capacity) == _days(weights, capacity), (weights, capacity)


def test_schedule_respects_days_and_capacity():
    rng = random.Random(4)
    for _ in range(100):
        weights = [rng.randint(1, 20) for _ in range(rng.randint(1, 10))]
        days = rng.randint(1, len(weights))
        plan = schedule(weights, days)
        assert [w for day in plan for w in day] == weights
        assert len(plan) <= days
        assert max(sum(day) for day in plan) == min_capacity(weights, days)
