from contract_net_award import Agent, Task, allocate, bid

CODER = Agent("coder", frozenset({"code"}), capacity=10, fee=1.0, rate=2.0)
WRITER = Agent("writer", frozenset({"docs"}), capacity=6, fee=0.5, rate=1.0)


def test_bid_price():
    assert bid(CODER, Task("t", "code", 3), load=0) == 7.0


def test_bid_needs_the_skill():
    assert bid(WRITER, Task("t", "code", 1), load=0) is None


def test_each_task_goes_to_a_skilled_agent():
    result = allocate([Task("fix", "code", 4), Task("readme", "docs", 2)], [CODER, WRITER])
    assert result.winners == {"fix": "coder", "readme": "writer"}
    assert result.total_cost == 9.0 + 2.5
    assert result.load == {"coder": 4, "writer": 2}


def test_cheapest_bid_wins():
    cheap = Agent("cheap", frozenset({"code"}), capacity=10, fee=0.0, rate=1.5)
    result = allocate([Task("fix", "code", 4)], [CODER, cheap])
    assert result.winners == {"fix": "cheap"}
    assert result.prices == {"fix": 6.0}


def test_agent_can_be_filled_to_capacity():
    result = allocate([Task("a", "docs", 4), Task("b", "docs", 2)], [WRITER])
    assert result.winners == {"a": "writer", "b": "writer"}
    assert result.unassigned == []


def test_no_capable_agent():
    result = allocate([Task("deploy", "ops", 1)], [CODER, WRITER])
    assert result.unassigned == ["deploy"]
    assert result.winners == {}
