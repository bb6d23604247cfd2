from tool_call_dedup import ToolCall, ToolCallDeduplicator


class FakeTools:
    def __init__(self):
        self.calls = []

    def __call__(self, call):
        self.calls.append(call.name)
        return f"{call.name} result #{len(self.calls)}"


def search(call_id, query):
    return ToolCall(call_id, "web_search", {"query": query})


def idle_turns(dedup, tools, count):
    for _ in range(count):
        dedup.run_turn([], tools)


def test_reused_exactly_max_age_turns_later():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"}, max_age=3)
    dedup.run_turn([search("s1", "python 3.13")], tools)
    idle_turns(dedup, tools, 2)
    assert dedup.run_turn([search("s2", "python 3.13")], tools) == {"s2": "web_search result #1"}
    assert dedup.executed == 1


def test_runs_again_one_turn_after_max_age():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"}, max_age=3)
    dedup.run_turn([search("s1", "q")], tools)
    idle_turns(dedup, tools, 3)
    assert dedup.run_turn([search("s2", "q")], tools) == {"s2": "web_search result #2"}


def test_max_age_zero_only_dedups_within_a_turn():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"}, max_age=0)
    first = dedup.run_turn([search("s1", "q"), search("s2", "q")], tools)
    assert first == {"s1": "web_search result #1", "s2": "web_search result #1"}
    assert dedup.run_turn([search("s3", "q")], tools) == {"s3": "web_search result #2"}


def test_fresh_result_replaces_the_expired_one():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"}, max_age=1)
    dedup.run_turn([search("s1", "q")], tools)
    idle_turns(dedup, tools, 2)
    dedup.run_turn([search("s2", "q")], tools)
    assert dedup.run_turn([search("s3", "q")], tools) == {"s3": "web_search result #2"}
    assert dedup.executed == 2


def test_expiry_is_per_call():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"}, max_age=1)
    dedup.run_turn([search("s1", "old")], tools)
    dedup.run_turn([search("s2", "new")], tools)
    results = dedup.run_turn([search("s3", "old"), search("s4", "new")], tools)
    assert results == {"s3": "web_search result #3", "s4": "web_search result #2"}


def test_different_arguments_are_different_calls():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"web_search"})
    dedup.run_turn([search("s1", "a"), search("s2", "b")], tools)
    assert dedup.executed == 2
