import pytest

from dry_run_tool_recorder import DryRunExecutor


def make_tools(log):
    def write_file(path, content):
        log.append(("write", path, content))
        return len(content)

    def list_dir(path):
        log.append(("list", path))
        return ["a", "b"]

    def grep(pattern, path):
        log.append(("grep", pattern, path))
        return []

    def shell(command):
        log.append(("shell", command))
        return 0

    return {"write_file": write_file, "list_dir": list_dir, "grep": grep, "shell": shell}


def test_live_mode_executes_everything():
    log = []
    executor = DryRunExecutor(make_tools(log), dry_run=False)
    assert executor.execute("shell", {"command": "ls"}) == 0
    assert executor.execute("write_file", {"path": "f", "content": "abc"}) == 3
    assert executor.execute("list_dir", {"path": "."}) == ["a", "b"]
    assert log == [("shell", "ls"), ("write", "f", "abc"), ("list", ".")]
    assert executor.recorded == []
    assert executor.plan() == []


def test_all_read_only_tools_run_during_dry_run():
    log = []
    executor = DryRunExecutor(make_tools(log))
    executor.execute("list_dir", {"path": "src"})
    executor.execute("grep", {"pattern": "TODO", "path": "src"})
    assert log == [("list", "src"), ("grep", "TODO", "src")]
    assert executor.recorded == []
    assert executor.steps == 2


def test_steps_count_read_only_calls_too():
    log = []
    executor = DryRunExecutor(make_tools(log))
    executor.execute("list_dir", {"path": "."})
    result = executor.execute("shell", {"command": "rm -rf build"})
    assert result["step"] == 2
    assert executor.plan() == ["2. shell(command='rm -rf build')"]


def test_recorded_args_are_a_snapshot():
    executor = DryRunExecutor(make_tools([]))
    args = {"path": "f", "content": "one"}
    executor.execute("write_file", args)
    args["content"] = "two"
    assert executor.recorded[0].args == {"path": "f", "content": "one"}


def test_replay_runs_recorded_calls_in_order_and_clears():
    log = []
    executor = DryRunExecutor(make_tools(log))
    executor.execute("write_file", {"path": "a", "content": "xy"})
    executor.execute("list_dir", {"path": "."})
    executor.execute("shell", {"command": "make"})
    assert log == [("list", ".")]
    assert executor.replay() == [2, 0]
    assert log == [("list", "."), ("write", "a", "xy"), ("shell", "make")]
    assert executor.recorded == []
    assert executor.replay() == []


def test_unknown_tool_does_not_advance_steps():
    executor = DryRunExecutor(make_tools([]), dry_run=False)
    with pytest.raises(KeyError):
        executor.execute("nope", {})
    assert executor.steps == 0
