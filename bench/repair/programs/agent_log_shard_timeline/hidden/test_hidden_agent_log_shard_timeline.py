import random

from agent_log_shard_timeline import LogLine, merge_shards


def test_priority_not_alphabetical():
    shards = {
        "alpha": [(1, "a1"), (3, "a3")],
        "zulu": [(1, "z1"), (3, "z3")],
        "mike": [(3, "m3")],
    }
    merged = merge_shards(shards, priority=["zulu", "mike", "alpha"])
    assert [line.text for line in merged] == ["z1", "a1", "z3", "m3", "a3"]


def test_unlisted_agents_after_listed_alphabetically():
    shards = {
        "delta": [(2, "d")],
        "bravo": [(2, "b")],
        "root": [(2, "r")],
        "charlie": [(2, "c")],
    }
    merged = merge_shards(shards, priority=["root"])
    assert [line.agent for line in merged] == ["root", "bravo", "charlie", "delta"]


def test_no_priority_is_alphabetical_on_ties():
    shards = {"b": [(0, "x"), (1, "y")], "a": [(1, "z")]}
    assert merge_shards(shards) == [LogLine(0, "b", "x"), LogLine(1, "a", "z"), LogLine(1, "b", "y")]


def test_same_agent_keeps_its_order_on_equal_timestamps():
    shards = {"a": [(1, "first"), (1, "second")], "b": [(1, "other")]}
    merged = merge_shards(shards, priority=["b", "a"])
    assert [line.text for line in merged] == ["other", "first", "second"]


def test_since_is_inclusive():
    shards = {"a": [(4, "x"), (5, "y")], "b": [(5, "z")]}
    assert [line.text for line in merge_shards(shards, since=5)] == ["y", "z"]


def test_random_against_sorted():
    rng = random.Random(2)
    agents = ["w1", "w2", "boss", "critic"]
    for _ in range(100):
        shards = {a: sorted((rng.randint(0, 6), f"{a}-{i}") for i in range(rng.randint(0, 5)))
                  for a in agents}
        priority = rng.sample(agents, rng.randint(0, 4))
        order = {a: i for i, a in enumerate(priority)}
        expected = sorted(
            (LogLine(ts, a, text) for a, lines in shards.items() for ts, text in lines),
            key=lambda line: (line.ts, order.get(line.agent, len(order)), line.agent,
                              shards[line.agent].index((line.ts, line.text))),
        )
        assert merge_shards(shards, priority=priority) == expected
