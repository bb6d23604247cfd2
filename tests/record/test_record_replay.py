"""Record an episode's tool and model calls, then replay them without running the tools."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from dataclasses import dataclass
from typing import Any

import pytest

import selfpatch
from selfpatch.record import Diverged, Recording, ReplayedError, recording
from selfpatch.types import CallRecord


class Counter:
    def __init__(self) -> None:
        self.calls: list[str] = []


RUNS = Counter()


@selfpatch.tool
def lookup(order_id: str, verbose: bool = False) -> dict[str, Any]:
    RUNS.calls.append(f"lookup:{order_id}")
    return {"order": order_id, "status": "shipped", "verbose": verbose}


@selfpatch.tool(name="refund")
def issue_refund(order_id: str, amount: float) -> str:
    RUNS.calls.append(f"refund:{order_id}")
    if amount > 100:
        raise ValueError(f"amount {amount} over limit")
    return f"refunded {amount}"


class PaymentDeclined(Exception):
    pass


@selfpatch.tool
def charge(card: str) -> str:
    RUNS.calls.append("charge")
    raise PaymentDeclined(f"card {card} declined")


@selfpatch.model(name="scripted-model")
def complete(messages: list[dict[str, str]], tools: list[str]) -> dict[str, Any]:
    RUNS.calls.append("complete")
    return {
        "content": f"answer to {messages[-1]['content']}",
        "usage": {"prompt_tokens": 11, "completion_tokens": 7},
    }


def agent(order_id: str) -> list[Any]:
    reply = complete([{"role": "user", "content": order_id}], ["lookup"])
    found = lookup(order_id)
    refunded = issue_refund(order_id, 20.0)
    try:
        issue_refund(order_id, 500.0)
    except ValueError as exc:
        refunded += f" / {exc}"
    return [reply["content"], found, refunded]


def record_agent(order_id: str = "A1") -> tuple[list[Any], Recording]:
    with recording("record") as rec:
        output = agent(order_id)
    return output, rec


def test_outside_a_recording_tools_are_plain_calls() -> None:
    RUNS.calls.clear()
    assert lookup("Z9") == {"order": "Z9", "status": "shipped", "verbose": False}
    assert RUNS.calls == ["lookup:Z9"]
    assert lookup.__name__ == "lookup"


def test_record_captures_calls_in_order_with_arguments_results_errors_and_tokens() -> None:
    output, rec = record_agent()
    assert [(c.operation, c.name) for c in rec.calls] == [
        ("chat", "scripted-model"),
        ("execute_tool", "lookup"),
        ("execute_tool", "refund"),
        ("execute_tool", "refund"),
    ]
    chat, found, ok, failed = rec.calls
    assert chat.input_tokens == 11 and chat.output_tokens == 7
    assert chat.arguments == {"messages": [{"role": "user", "content": "A1"}], "tools": ["lookup"]}
    assert found.arguments == {"order_id": "A1"}
    assert found.result == output[1]
    assert ok.result == "refunded 20.0" and ok.error_type is None
    assert failed.error_type == "ValueError"
    assert failed.error_message == "amount 500.0 over limit"
    assert all(not c.replayed and c.started_at > 0 for c in rec.calls)
    assert rec.diverged is None


def test_replay_returns_recorded_values_without_running_anything() -> None:
    recorded_output, rec = record_agent()
    stored = [CallRecord.from_json(c.to_json()) for c in rec.calls]
    RUNS.calls.clear()
    with recording("replay", calls=stored) as replay:
        output = agent("A1")
    assert output == recorded_output
    assert RUNS.calls == []
    assert all(c.replayed for c in replay.calls)
    assert [c.name for c in replay.calls] == [c.name for c in rec.calls]
    assert replay.calls[0].input_tokens == 11
    assert replay.diverged is None
    assert replay.unused == []


def test_replay_reraises_builtin_and_foreign_errors() -> None:
    with recording("record") as rec, pytest.raises(PaymentDeclined):
        charge("4242")
    assert rec.calls[0].error_type.endswith("PaymentDeclined")  # type: ignore[union-attr]
    RUNS.calls.clear()
    with recording("replay", calls=rec.calls), pytest.raises(ReplayedError) as info:
        charge("4242")
    assert info.value.error_type == rec.calls[0].error_type
    assert info.value.message == "card 4242 declined"
    assert RUNS.calls == []


def test_exact_matching_ignores_key_order_and_volatile_ids() -> None:
    recorded = [
        CallRecord(
            "execute_tool",
            "lookup",
            {"order_id": "call_abc123XYZ", "verbose": True},
            result="first",
        ),
        CallRecord("execute_tool", "lookup", {"order_id": "B2"}, result="second"),
    ]
    with recording("replay", calls=recorded) as rec:
        assert lookup("B2") == "second"
        assert lookup(verbose=True, order_id="call_zzz999QQQ") == "first"
    assert rec.diverged is None


def test_exact_matching_diverges_on_changed_arguments_and_order_matching_does_not() -> None:
    recorded = [CallRecord("execute_tool", "lookup", {"order_id": "A1"}, result="rec-A1")]
    with recording("replay", calls=recorded) as rec, pytest.raises(Diverged):
        lookup("CHANGED")
    assert rec.diverged is not None and "lookup" in rec.diverged and "CHANGED" in rec.diverged
    with recording("replay", calls=recorded, match="order") as rec:
        assert lookup("CHANGED") == "rec-A1"
    assert rec.diverged is None


def test_order_matching_prefers_an_exact_match_then_takes_the_next_in_order() -> None:
    recorded = [
        CallRecord("execute_tool", "lookup", {"order_id": "1"}, result="r1"),
        CallRecord("execute_tool", "lookup", {"order_id": "2"}, result="r2"),
        CallRecord("execute_tool", "lookup", {"order_id": "3"}, result="r3"),
    ]
    with recording("replay", calls=recorded, match="order") as rec:
        assert lookup("2") == "r2"
        assert lookup("x") == "r1"
        assert lookup("y") == "r3"
        with pytest.raises(Diverged):
            lookup("z")
    assert rec.diverged is not None


def test_divergence_is_not_caught_by_except_exception() -> None:
    swallowed = []

    def careless_agent() -> None:
        try:
            lookup("never-recorded")
        except Exception as exc:  # the agent's broad handler must not hide the divergence
            swallowed.append(exc)

    with recording("replay", calls=[]) as rec, pytest.raises(Diverged):
        careless_agent()
    assert swallowed == []
    assert rec.diverged is not None
    assert not issubclass(Diverged, Exception)


def test_only_the_first_divergence_is_kept() -> None:
    with recording("replay") as rec:
        for order in ("first", "second"):
            with pytest.raises(Diverged):
                lookup(order)
    assert rec.diverged is not None and "first" in rec.diverged


def test_live_globs_run_for_real_and_are_recorded() -> None:
    recorded = [CallRecord("execute_tool", "lookup", {"order_id": "A1"}, result="replayed")]
    RUNS.calls.clear()
    with recording("replay", calls=recorded, live=["ref*"]) as rec:
        assert lookup("A1") == "replayed"
        assert issue_refund("A1", 5.0) == "refunded 5.0"
    assert RUNS.calls == ["refund:A1"]
    assert [c.replayed for c in rec.calls] == [True, False]
    assert rec.calls[1].result == "refunded 5.0"


def test_async_tools_record_and_replay() -> None:
    runs: list[str] = []

    @selfpatch.tool(name="fetch")
    async def fetch(url: str) -> dict[str, str]:
        runs.append(url)
        await asyncio.sleep(0)
        return {"url": url, "body": "ok"}

    async def main() -> list[Any]:
        return list(await asyncio.gather(fetch("a"), fetch("b")))

    with recording("record") as rec:
        recorded_output = asyncio.run(main())
    assert sorted(c.arguments["url"] for c in rec.calls) == ["a", "b"]
    runs.clear()
    with recording("replay", calls=rec.calls) as replay:
        assert asyncio.run(main()) == recorded_output
    assert runs == []
    with recording("replay", calls=[]) as replay, pytest.raises(Diverged):
        asyncio.run(main())
    assert replay.diverged is not None


def test_tool_call_context_manager_record_and_replay() -> None:
    runs: list[str] = []

    def agent_step(query: str) -> Any:
        with selfpatch.tool_call("search", {"q": query}, call_id="call_1") as call:
            hit, value = call.replay()
            if not hit:
                runs.append(query)
                value = {"hits": [query.upper()]}
                call.set_result(value)
        return value

    with recording("record") as rec:
        assert agent_step("cats") == {"hits": ["CATS"]}
    assert rec.calls[0].result == {"hits": ["CATS"]} and rec.calls[0].call_id == "call_1"
    runs.clear()
    with recording("replay", calls=rec.calls) as replay:
        assert agent_step("cats") == {"hits": ["CATS"]}
    assert runs == [] and replay.calls[0].replayed
    with recording("replay", calls=rec.calls), pytest.raises(Diverged):
        agent_step("dogs")


def test_tool_call_context_manager_records_and_replays_errors() -> None:
    def failing_step() -> None:
        with selfpatch.tool_call("db", {"sql": "select 1"}) as call:
            hit, _ = call.replay()
            if not hit:
                raise KeyError("missing table")

    with recording("record") as rec, pytest.raises(KeyError):
        failing_step()
    assert rec.calls[0].error_type == "KeyError"
    with recording("replay", calls=rec.calls), pytest.raises(KeyError):
        failing_step()


def test_unstarted_threads_are_attributed_to_the_single_active_recording() -> None:
    results: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            results.append(lookup("T1"))
        except BaseException as exc:
            errors.append(exc)

    with recording("record") as rec:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
    assert [c.arguments for c in rec.calls] == [{"order_id": "T1"}]
    RUNS.calls.clear()
    with recording("replay", calls=[]) as replay:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
    assert RUNS.calls == []
    assert len(errors) == 1 and isinstance(errors[0], Diverged)
    assert replay.diverged is not None


def test_concurrent_recordings_in_copied_contexts_stay_apart() -> None:
    recs: dict[str, Recording] = {}
    barrier = threading.Barrier(2)

    def episode(order: str) -> None:
        with recording("record") as rec:
            barrier.wait()
            lookup(order)
            barrier.wait()
        recs[order] = rec

    threads = [
        threading.Thread(target=contextvars.copy_context().run, args=(episode, o))
        for o in ("P", "Q")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [c.arguments for c in recs["P"].calls] == [{"order_id": "P"}]
    assert [c.arguments for c in recs["Q"].calls] == [{"order_id": "Q"}]


@dataclass
class Parcel:
    weight: float
    tags: tuple[str, ...]


class Opaque:
    def __repr__(self) -> str:
        return "<Opaque>"


def test_non_json_values_are_converted_and_replayed_as_json() -> None:
    @selfpatch.tool
    def weigh(parcel: Parcel, raw: bytes) -> Any:
        return {"parcel": parcel, "blob": Opaque(), "nan": float("nan"), "set": {3, 1}}

    with recording("record") as rec:
        weigh(Parcel(2.5, ("x",)), b"\xff\xfeok")
    call = rec.calls[0]
    assert call.arguments == {"parcel": {"weight": 2.5, "tags": ["x"]}, "raw": "\ufffd\ufffdok"}
    assert call.result == {
        "parcel": {"weight": 2.5, "tags": ["x"]},
        "blob": "<Opaque>",
        "nan": "nan",
        "set": [1, 3],
    }
    with recording("replay", calls=rec.calls):
        assert weigh(Parcel(2.5, ("x",)), b"\xff\xfeok") == call.result


def test_methods_leave_self_out_of_the_arguments() -> None:
    class Shop:
        @selfpatch.tool(name="stock")
        def stock(self, sku: str) -> int:
            return 4

    with recording("record") as rec:
        Shop().stock("S1")
    assert rec.calls[0].arguments == {"sku": "S1"}


def test_recorded_secrets_and_huge_results_are_redacted_and_bounded() -> None:
    key = "sk-proj-" + "A1b2C3d4" * 6

    @selfpatch.tool
    def leak(api_key: str) -> dict[str, str]:
        return {"echo": f"using {key}", "dump": "x" * 200_000}

    with recording("record", value_limit=4096) as rec:
        leak(api_key=key)
    stored = str(rec.calls[0].to_json())
    assert key not in stored
    assert len(stored) < 10_000
    assert "truncated" in rec.calls[0].result["dump"]


def test_replayed_results_are_fresh_copies() -> None:
    recorded = [CallRecord("execute_tool", "lookup", {"order_id": "A"}, result={"n": [1]})]
    with recording("replay", calls=recorded):
        first = lookup("A")
        first["n"].append(2)
    assert recorded[0].result == {"n": [1]}


def test_bad_mode_is_rejected() -> None:
    with pytest.raises(ValueError), recording("live"):  # type: ignore[arg-type]
        pass


def test_a_cancelled_async_tool_is_replayed_as_cancelled() -> None:
    @selfpatch.tool(name="slow")
    async def slow() -> str:
        await asyncio.sleep(3600)
        return "never"

    async def main() -> str:
        try:
            return await asyncio.wait_for(slow(), timeout=0.01)
        except TimeoutError:
            return "gave up"

    with recording("record") as rec:
        assert asyncio.run(main()) == "gave up"
    assert rec.calls[0].error_type == "asyncio.exceptions.CancelledError"
    with recording("replay", calls=rec.calls) as replay:
        assert asyncio.run(main()) == "gave up"
    assert replay.diverged is None


def test_divergence_inside_a_live_tool_does_not_mark_it_failed() -> None:
    @selfpatch.tool(name="outer")
    def outer() -> Any:
        return lookup("inner-never-recorded")

    with recording("replay", live=["outer"]) as rec, pytest.raises(Diverged):
        outer()
    assert rec.calls[0].name == "outer" and rec.calls[0].error_type is None


def test_model_call_context_manager_takes_tokens_from_an_attribute_usage() -> None:
    @dataclass
    class Usage:
        input_tokens: int
        output_tokens: int

    @dataclass
    class Reply:
        text: str
        usage: Usage

    with recording("record") as rec, selfpatch.model_call("m-1", {"prompt": "hi"}) as call:
        call.set_result(Reply("hello", Usage(4, 2)))
    assert rec.calls[0].operation == "chat"
    assert (rec.calls[0].input_tokens, rec.calls[0].output_tokens) == (4, 2)
    assert rec.calls[0].result == {
        "text": "hello",
        "usage": {"input_tokens": 4, "output_tokens": 2},
    }
