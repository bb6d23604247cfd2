from agent_log_shard_timeline import LogLine, merge_shards


def test_interleaves_by_timestamp():
    shards = {
        "planner": [(1, "plan"), (4, "replan")],
        "coder": [(2, "edit"), (3, "test")],
    }
    assert [line.text for line in merge_shards(shards)] == ["plan", "edit", "test", "replan"]


def test_returns_log_lines():
    shards = {"a": [(5, "hello")]}
    assert merge_shards(shards) == [LogLine(5, "a", "hello")]


def test_since_drops_old_lines():
    shards = {"a": [(1, "old"), (6, "new")], "b": [(2, "older"), (7, "newer")]}
    assert [line.text for line in merge_shards(shards, since=5)] == ["new", "newer"]


def test_priority_breaks_ties():
    shards = {
        "critic": [(10, "review")],
        "orchestrator": [(10, "dispatch")],
    }
    merged = merge_shards(shards, priority=["orchestrator", "critic"])
    assert [line.agent for line in merged] == ["orchestrator", "critic"]


def test_empty_shards():
    assert merge_shards({"a": [], "b": []}) == []
