import itertools

from idempotency_keys import IdempotentRunner, ToolCall


def make_runner():
    calls = []

    def search(query, filters=None, limit=10):
        calls.append((query, filters, limit))
        return len(calls)

    return IdempotentRunner(tools={"search": search}), calls


def test_key_is_independent_of_nested_key_order():
    first = ToolCall("search", {"query": "q", "filters": {"lang": "en", "year": 2024}}, "s")
    second = ToolCall("search", {"filters": {"year": 2024, "lang": "en"}, "query": "q"}, "s")
    assert first.idempotency_key() == second.idempotency_key()


def test_every_argument_order_replays():
    runner, calls = make_runner()
    arguments = {"query": "q", "limit": 3, "filters": {"b": [1, {"y": 1, "x": 2}], "a": None}}
    for order in itertools.permutations(arguments):
        runner.run(ToolCall("search", {name: arguments[name] for name in order}, "s"))
    assert len(calls) == 1
    assert next(iter(runner.results.values())).replays == 5


def test_key_distinguishes_session_tool_and_values():
    base = ToolCall("search", {"query": "q"}, "s1")
    others = [
        ToolCall("search", {"query": "q"}, "s2"),
        ToolCall("lookup", {"query": "q"}, "s1"),
        ToolCall("search", {"query": "Q"}, "s1"),
        ToolCall("search", {"query": "q", "limit": 1}, "s1"),
    ]
    keys = {call.idempotency_key() for call in [base, *others]}
    assert len(keys) == 5
    assert all(len(key) == 32 for key in keys)


def test_key_is_stable():
    call = ToolCall("search", {"query": "q", "limit": 2}, "s1")
    again = ToolCall("search", {"limit": 2, "query": "q"}, "s1")
    assert call.idempotency_key() == again.idempotency_key() == call.idempotency_key()


def test_forget_then_runs_again():
    runner, calls = make_runner()
    runner.run(ToolCall("search", {"query": "q", "limit": 1}, "s1"))
    runner.forget_session("s1")
    runner.run(ToolCall("search", {"limit": 1, "query": "q"}, "s1"))
    assert len(calls) == 2
