import asyncio

from async_tool_runner import ToolCall, ToolError, ToolRunner


async def add(a: int, b: int) -> str:
    return str(a + b)


async def read_file(path: str) -> str:
    if path != "notes.txt":
        raise ToolError(f"{path}: no such file")
    return "buy milk"


async def slow() -> str:
    await asyncio.sleep(10)
    return "never"


RUNNER = ToolRunner({"add": add, "read_file": read_file, "slow": slow}, timeout=0.05)


def run(*calls):
    return asyncio.run(RUNNER.run_all(list(calls)))


def test_results_in_call_order():
    results = run(ToolCall("1", "add", '{"a": 2, "b": 3}'),
                  ToolCall("2", "read_file", '{"path": "notes.txt"}'))
    assert [(r.call_id, r.content, r.is_error) for r in results] == [
        ("1", "5", False), ("2", "buy milk", False)]


def test_tool_error_is_reported():
    [result] = run(ToolCall("7", "read_file", '{"path": "x.txt"}'))
    assert result.is_error
    assert "x.txt: no such file" in result.content


def test_unknown_tool():
    [result] = run(ToolCall("3", "rm", "{}"))
    assert result.is_error and "rm" in result.content


def test_timeout_is_reported():
    [result] = run(ToolCall("4", "slow", ""))
    assert result.is_error and "timed out" in result.content


def test_malformed_arguments_are_reported_to_the_model():
    results = run(ToolCall("5", "add", '{"a": 2, "b": '), ToolCall("6", "add", '{"a": 1, "b": 1}'))
    assert results[0].call_id == "5" and results[0].is_error
    assert (results[1].content, results[1].is_error) == ("2", False)
