import pytest

from plan_executor import execute, runnable

PLAN = {"fetch": [], "parse": ["fetch"], "index": ["parse"], "notify": []}


def test_initially_runnable():
    assert runnable(PLAN, set(), set()) == ["fetch", "notify"]


def test_execute_order():
    ran = []
    assert execute(PLAN, ran.append) == ["fetch", "notify", "parse", "index"]
    assert ran == ["fetch", "notify", "parse", "index"]


def test_stuck_plan():
    with pytest.raises(RuntimeError):
        execute({"a": ["b"], "b": ["a"]}, lambda _: None)


def test_running_steps_are_not_started_twice():
    assert runnable(PLAN, {"fetch"}, {"parse"}) == ["notify"]
