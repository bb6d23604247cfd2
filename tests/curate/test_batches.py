from selfpatch.curate import group_failures, hold_out, signature
from selfpatch.types import CallRecord, Episode, Frame, Outcome


def episode(i: int, outcome: Outcome, expected: object = None, text: str = "") -> Episode:
    task = {"id": f"t{i}", "input": text or f"in{i}", "expected": expected}
    outcome.key = f"t{i}"
    return Episode(f"ep-{i}", task, "v1", outcome)


def error(kind: str, line: int) -> Outcome:
    return Outcome("", "error", error_type=kind, frames=[Frame("bot/a.py", line, "f")])


def wrong(output: object) -> Outcome:
    return Outcome("", "ok", output=output, score=0.5)


def test_signature_names_exception_place_or_failing_field() -> None:
    assert signature(error("KeyError", 7)) == "KeyError at bot/a.py:7 in f"
    out = wrong({"dept": "sales", "total": 3})
    assert signature(out, {"dept": "billing", "total": 3}, True) == "wrong output: fields dept"
    assert signature(wrong([1]), [1, 2], True) == "wrong output: length"
    assert signature(wrong(1), None, False) == "low score"
    via = wrong({"total": 2})
    via.calls = [CallRecord("execute_tool", "search", {}), CallRecord("chat", "m", {})]
    assert signature(via, {"total": 3}, True) == "wrong output: fields total via search"


def test_groups_by_root_cause_largest_first_and_deduplicates_floods() -> None:
    failures = [episode(i, error("KeyError", 7)) for i in range(3)]
    failures += [episode(10 + i, error("KeyError", 7), text="same") for i in range(50)]
    failures += [episode(100, error("TypeError", 9))]
    groups = group_failures(failures, max_batches=10, max_per_batch=20)
    assert [sig for sig, _ in groups] == [
        "KeyError at bot/a.py:7 in f",
        "TypeError at bot/a.py:9 in f",
    ]
    assert len(groups[0][1]) == 4  # three distinct inputs plus one for the flood of 50
    assert len(group_failures(failures, max_batches=1, max_per_batch=2)[0][1]) == 2


def test_hold_out_only_large_batches_deterministically() -> None:
    small = [episode(i, error("E", 1)) for i in range(3)]
    assert hold_out(small, share=0.25, min_failures=4) == (small, [])
    large = [episode(i, error("E", 1)) for i in range(8)]
    shown, held = hold_out(large, share=0.25, min_failures=4)
    assert len(held) == 2 and len(shown) == 6
    assert not {e.id for e in shown} & {e.id for e in held}
    assert hold_out(large, share=0.25, min_failures=4)[1] == held


def test_regression_sample_keeps_a_witness_of_every_path() -> None:
    from selfpatch.cycle import stratified
    from selfpatch.types import CallRecord

    def on_path(i: int, tools: list[str]) -> Episode:
        calls = [CallRecord("execute_tool", t, {}) for t in tools]
        return episode(i, Outcome("", "ok", passed=True, calls=calls))

    episodes = [on_path(i, ["search"]) for i in range(10)] + [on_path(99, ["refund", "notify"])]
    sample = stratified(episodes, 3)
    assert len(sample) == 3 and episodes[-1] in sample
    assert stratified(episodes, 0) == episodes


def test_pytest_targets_from_the_tests_command() -> None:
    from selfpatch.curate._baseline import pytest_targets

    assert pytest_targets("python -m pytest -q tests") == ["tests"]
    assert pytest_targets("pytest -x tests/unit tests/api") == ["tests/unit", "tests/api"]
    assert pytest_targets("python -m pytest") == ["."]
