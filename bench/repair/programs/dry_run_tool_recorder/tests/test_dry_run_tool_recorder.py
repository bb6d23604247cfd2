from dry_run_tool_recorder import DryRunExecutor


def make_tools(log):
    def write_file(path, content):
        log.append(("write", path, content))
        return len(content)

    def read_file(path):
        log.append(("read", path))
        return f"<contents of {path}>"

    def shell(command):
        log.append(("shell", command))
        return 0

    return {"write_file": write_file, "read_file": read_file, "shell": shell}


def test_write_is_recorded_not_executed():
    log = []
    executor = DryRunExecutor(make_tools(log))
    result = executor.execute("write_file", {"path": "a.txt", "content": "hi"})
    assert log == []
    assert result == {"dry_run": True, "tool": "write_file", "step": 1}
    assert len(executor.recorded) == 1


def test_read_only_tool_runs_in_dry_run():
    log = []
    executor = DryRunExecutor(make_tools(log))
    assert executor.execute("read_file", {"path": "README"}) == "<contents of README>"
    assert log == [("read", "README")]
    assert executor.recorded == []


def test_plan_lists_held_back_calls():
    executor = DryRunExecutor(make_tools([]))
    executor.execute("shell", {"command": "make test"})
    executor.execute("write_file", {"path": "out.txt", "content": "x"})
    assert executor.plan() == [
        "1. shell(command='make test')",
        "2. write_file(content='x', path='out.txt')",
    ]


def test_unknown_tool_rejected():
    executor = DryRunExecutor(make_tools([]))
    try:
        executor.execute("delete_repo", {})
    except KeyError:
        pass
    else:
        raise AssertionError("expected KeyError")
