import asyncio

from async_tool_runner import ToolCall, ToolError, ToolRunner


async def lookup(key: str) -> str:
    table = {"pi": "3.14159", "e": "2.71828"}
    if key not in table:
        raise ToolError(f"unknown constant {key}")
    return table[key]


async def nap(seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


def make_runner():
    return ToolRunner({"lookup": lookup, "nap": nap}, timeout=0.2)


def run(*calls):
    return asyncio.run(make_runner().run_all(list(calls)))


def test_single_quoted_json_is_an_error_result():
    [result] = run(ToolCall("a", "lookup", "{'key': 'pi'}"))
    assert result.is_error and result.call_id == "a"


def test_trailing_text_after_json_is_an_error_result():
    [result] = run(ToolCall("b", "lookup", '{"key": "pi"} thanks'))
    assert result.is_error


def test_mixed_batch_keeps_order_and_every_result():
    results = run(ToolCall("1", "lookup", '{"key": "e"}'),
                  ToolCall("2", "lookup", '{"key": '),
                  ToolCall("3", "nap", '{"seconds": 5}'),
                  ToolCall("4", "lookup", '{"key": "tau"}'),
                  ToolCall("5", "nap", '{"seconds": 0}'))
    assert [r.call_id for r in results] == ["1", "2", "3", "4", "5"]
    assert [r.is_error for r in results] == [False, True, True, True, False]
    assert results[0].content == "2.71828"
    assert "timed out after 0.2s" in results[2].content
    assert "unknown constant tau" in results[3].content
    assert results[4].content == "slept 0"


def test_empty_arguments_mean_no_arguments():
    async def ping() -> str:
        return "pong"
    [result] = asyncio.run(ToolRunner({"ping": ping}).run_all([ToolCall("p", "ping", "")]))
    assert (result.content, result.is_error) == ("pong", False)


def test_run_one_directly_with_truncated_arguments():
    result = asyncio.run(make_runner().run_one(ToolCall("z", "nap", '{"seconds"')))
    assert result.is_error and result.content.startswith("error")
