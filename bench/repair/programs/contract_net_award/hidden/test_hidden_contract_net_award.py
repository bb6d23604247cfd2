import pytest

from contract_net_award import Agent, Task, allocate, bid


def test_fee_and_rate_trade_off():
    flat = Agent("flat", frozenset({"x"}), capacity=100, fee=10.0, rate=1.0)
    hourly = Agent("hourly", frozenset({"x"}), capacity=100, fee=0.0, rate=3.0)
    small = allocate([Task("s", "x", 2)], [flat, hourly])
    large = allocate([Task("l", "x", 8)], [flat, hourly])
    assert small.winners == {"s": "hourly"} and small.prices == {"s": 6.0}
    assert large.winners == {"l": "flat"} and large.prices == {"l": 18.0}


def test_bid_exactly_at_capacity():
    agent = Agent("a", frozenset({"x"}), capacity=5, fee=1.0, rate=0.5)
    assert bid(agent, Task("t", "x", 5), load=0) == pytest.approx(3.5)
    assert bid(agent, Task("t", "x", 2), load=3) == pytest.approx(2.0)
    assert bid(agent, Task("t", "x", 3), load=3) is None


def test_priority_order_claims_capacity_first():
    agent = Agent("solo", frozenset({"x"}), capacity=4, fee=0.0, rate=1.0)
    tasks = [Task("low", "x", 3, priority=0), Task("high", "x", 3, priority=5)]
    result = allocate(tasks, [agent])
    assert result.winners == {"high": "solo"}
    assert result.unassigned == ["low"]


def test_spill_over_to_next_cheapest_when_full():
    cheap = Agent("cheap", frozenset({"x"}), capacity=6, fee=0.0, rate=1.0)
    dear = Agent("dear", frozenset({"x"}), capacity=6, fee=1.0, rate=2.0)
    tasks = [Task("a", "x", 3), Task("b", "x", 3), Task("c", "x", 3)]
    result = allocate(tasks, [dear, cheap])
    assert result.winners == {"a": "cheap", "b": "cheap", "c": "dear"}
    assert result.prices == {"a": 3.0, "b": 3.0, "c": 7.0}
    assert result.total_cost == 13.0
    assert result.load == {"dear": 3, "cheap": 6}


def test_equal_bids_go_to_first_listed():
    one = Agent("one", frozenset({"x"}), capacity=9, fee=2.0, rate=1.0)
    two = Agent("two", frozenset({"x"}), capacity=9, fee=0.0, rate=2.0)
    result = allocate([Task("t", "x", 2)], [two, one])
    assert result.winners == {"t": "two"}


def test_equal_priorities_keep_order():
    agent = Agent("solo", frozenset({"x"}), capacity=5, fee=0.0, rate=1.0)
    tasks = [Task("first", "x", 5, 1), Task("second", "x", 5, 1), Task("third", "x", 1, 0)]
    result = allocate(tasks, [agent])
    assert result.winners == {"first": "solo"}
    assert result.unassigned == ["second", "third"]
