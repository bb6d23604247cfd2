import asyncio

from agentloop import run_tool_calls, tool_result


async def weather(city):
    await asyncio.sleep(0)
    return f"sunny in {city}"


async def stock(symbol):
    if symbol == "???":
        raise ValueError("unknown symbol")
    return 101.5


TOOLS = {"weather": weather, "stock": stock}


def test_tool_result_for_value():
    assert tool_result("c1", 3)["is_error"] is False


def test_all_calls_succeed_in_order():
    calls = [
        {"id": "a", "name": "stock", "arguments": {"symbol": "ACME"}},
        {"id": "b", "name": "weather", "arguments": {"city": "Lima"}},
    ]
    results = asyncio.run(run_tool_calls(TOOLS, calls))
    assert [r["content"] for r in results] == [101.5, "sunny in Lima"]


def test_one_failing_call_does_not_lose_the_others():
    calls = [
        {"id": "a", "name": "weather", "arguments": {"city": "Oslo"}},
        {"id": "b", "name": "stock", "arguments": {"symbol": "???"}},
    ]
    results = asyncio.run(run_tool_calls(TOOLS, calls))
    assert results[0]["content"] == "sunny in Oslo"
    assert results[1]["is_error"] is True
    assert results[1]["content"] == "ValueError: unknown symbol"
