import asyncio

from agentloop import run_tool_calls


async def slow(n):
    await asyncio.sleep(0.01 * n)
    return n


async def boom():
    raise RuntimeError("tool crashed")


def test_unknown_tool_is_an_error_result():
    calls = [{"id": "x", "name": "nope"}, {"id": "y", "name": "slow", "arguments": {"n": 1}}]
    results = asyncio.run(run_tool_calls({"slow": slow}, calls))
    assert results[0]["is_error"] and results[0]["content"].startswith("LookupError")
    assert results[1] == {"role": "tool", "tool_call_id": "y", "is_error": False, "content": 1}


def test_order_kept_despite_completion_order():
    calls = [{"id": str(n), "name": "slow", "arguments": {"n": n}} for n in (3, 1, 2)]
    results = asyncio.run(run_tool_calls({"slow": slow}, calls))
    assert [r["content"] for r in results] == [3, 1, 2]


def test_all_failing():
    calls = [{"id": "a", "name": "boom"}, {"id": "b", "name": "boom"}]
    results = asyncio.run(run_tool_calls({"boom": boom}, calls))
    assert [r["is_error"] for r in results] == [True, True]


def test_no_calls():
    assert asyncio.run(run_tool_calls({}, [])) == []
