import pytest

from teller_wait_times import Customer, simulate


def test_no_customers():
    report = simulate([], tellers=2)
    assert report.average_wait() == 0.0
    assert report.closing_time() == 0.0


def test_spread_out_customers_never_wait():
    customers = [Customer("ann", 0, 5), Customer("bob", 10, 5), Customer("cy", 20, 5)]
    report = simulate(customers, tellers=1)
    assert [visit.wait for visit in report.visits] == [0, 0, 0]
    assert report.closing_time() == 25


def test_single_teller_builds_a_queue():
    customers = [Customer("ann", 0, 4), Customer("bob", 1, 4), Customer("cy", 2, 4)]
    report = simulate(customers, tellers=1)
    assert [visit.start for visit in report.visits] == [0, 4, 8]
    assert report.average_wait() == pytest.approx((0 + 3 + 6) / 3)
    assert report.longest_wait() == 6


def test_two_tellers_share_the_rush():
    customers = [Customer("ann", 0, 6), Customer("bob", 0, 6), Customer("cy", 1, 2)]
    report = simulate(customers, tellers=2)
    assert report.served_by(0) == ["ann", "cy"]
    assert report.served_by(1) == ["bob"]
    assert report.closing_time() == 8


def test_needs_a_teller():
    with pytest.raises(ValueError):
        simulate([Customer("ann", 0, 1)], tellers=0)
