from tool_call_dedup import ToolCall, ToolCallDeduplicator


class FakeTools:
    def __init__(self):
        self.calls = []

    def __call__(self, call):
        self.calls.append(call.name)
        return f"{call.name} result #{len(self.calls)}"


def read(call_id, path):
    return ToolCall(call_id, "read_file", {"path": path})


def test_duplicate_call_in_one_turn_runs_once():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"read_file"})
    results = dedup.run_turn([read("c1", "a.py"), read("c2", "a.py")], tools)
    assert results == {"c1": "read_file result #1", "c2": "read_file result #1"}
    assert dedup.executed == 1


def test_argument_order_does_not_matter():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"grep"})
    first = ToolCall("c1", "grep", {"pattern": "TODO", "path": "src"})
    second = ToolCall("c2", "grep", {"path": "src", "pattern": "TODO"})
    dedup.run_turn([first, second], tools)
    assert tools.calls == ["grep"]


def test_tools_with_side_effects_always_run():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"read_file"})
    bash = ToolCall("c1", "bash", {"command": "make test"})
    dedup.run_turn([bash], tools)
    dedup.run_turn([ToolCall("c2", "bash", {"command": "make test"})], tools)
    assert tools.calls == ["bash", "bash"]


def test_result_reused_on_the_next_turn():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"read_file"})
    dedup.run_turn([read("c1", "a.py")], tools)
    assert dedup.run_turn([read("c2", "a.py")], tools) == {"c2": "read_file result #1"}


def test_old_results_are_not_reused():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"read_file"}, max_age=1)
    dedup.run_turn([read("c1", "a.py")], tools)
    dedup.run_turn([], tools)
    dedup.run_turn([], tools)
    assert dedup.run_turn([read("c2", "a.py")], tools) == {"c2": "read_file result #2"}


def test_forget():
    tools = FakeTools()
    dedup = ToolCallDeduplicator({"read_file"})
    dedup.run_turn([read("c1", "a.py")], tools)
    dedup.forget()
    dedup.run_turn([read("c2", "a.py")], tools)
    assert dedup.executed == 2
