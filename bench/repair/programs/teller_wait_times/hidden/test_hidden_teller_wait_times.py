import heapq
import random

import pytest

from teller_wait_times import Customer, simulate


def reference(customers, tellers):
    free = [(0.0, teller) for teller in range(tellers)]
    heapq.heapify(free)
    result = []
    for customer in sorted(customers, key=lambda c: c.arrival):
        time, teller = heapq.heappop(free)
        start = max(time, customer.arrival)
        heapq.heappush(free, (start + customer.service, teller))
        result.append((customer.name, teller, start))
    return result


def test_customers_listed_out_of_order():
    customers = [Customer("late", 9, 1), Customer("early", 0, 10)]
    report = simulate(customers, tellers=1)
    assert [(v.customer.name, v.start) for v in report.visits] == [("early", 0), ("late", 10)]
    assert report.longest_wait() == 1


def test_teller_freed_first_takes_the_next_customer():
    customers = [Customer("a", 0, 9), Customer("b", 0, 3), Customer("c", 0, 5), Customer("d", 1, 1)]
    report = simulate(customers, tellers=3)
    assert [visit.teller for visit in report.visits] == [0, 1, 2, 1]
    assert report.visits[-1].start == 3
    assert report.served_by(1) == ["b", "d"]


def test_quiet_lobby_rotates_to_the_teller_free_longest():
    customers = [Customer("a", 5, 1), Customer("b", 10, 1), Customer("c", 20, 1)]
    report = simulate(customers, tellers=2)
    assert [visit.teller for visit in report.visits] == [0, 1, 0]
    assert report.average_wait() == 0


def test_three_tellers_average_wait():
    customers = [Customer(str(i), 0, 10) for i in range(6)]
    report = simulate(customers, tellers=3)
    assert report.average_wait() == pytest.approx(5.0)
    assert report.closing_time() == 20


def test_random_lobbies_match_reference():
    rng = random.Random(7)
    for _ in range(200):
        tellers = rng.randint(1, 4)
        customers = [Customer(f"c{i}", rng.randint(0, 30), rng.randint(1, 12))
                     for i in range(rng.randint(0, 12))]
        report = simulate(customers, tellers)
        got = [(v.customer.name, v.teller, v.start) for v in report.visits]
        assert got == reference(customers, tellers)
