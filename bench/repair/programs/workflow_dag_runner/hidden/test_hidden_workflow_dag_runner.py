import pytest

from workflow_dag_runner import StepError, run_workflow, summary


def test_key_error_in_step_is_a_failure():
    steps = {
        "config": (lambda _: {}, []),
        "region": (lambda inp: inp["config"]["region"], ["config"]),
        "deploy": (lambda inp: "deployed to " + inp["region"], ["region"]),
    }
    results = run_workflow(steps)
    assert results["region"] == ("failed", "KeyError: 'region'")
    assert results["deploy"] == ("skipped", "region")
    assert results["config"] == ("ok", {})


def test_skips_propagate_transitively_and_independent_steps_run():
    def boom(_):
        raise RuntimeError("disk full")

    steps = {
        "root": (boom, []),
        "mid": (lambda _: 1, ["root"]),
        "leaf": (lambda _: 2, ["mid"]),
        "other": (lambda _: 3, []),
        "other2": (lambda inp: inp["other"] + 1, ["other"]),
    }
    results = run_workflow(steps)
    assert results == {
        "root": ("failed", "RuntimeError: disk full"),
        "mid": ("skipped", "root"),
        "leaf": ("skipped", "mid"),
        "other": ("ok", 3),
        "other2": ("ok", 4),
    }
    assert summary(results) == {"failed": 1, "skipped": 2, "ok": 2}


def test_several_failures_of_different_types():
    def bad_type(_):
        return "a" + 1

    def bad_value(_):
        return int("x1")

    def explained(_):
        raise StepError("quota exceeded")

    steps = {"t": (bad_type, []), "v": (bad_value, []), "e": (explained, [])}
    results = run_workflow(steps)
    assert results["t"][0] == "failed" and results["t"][1].startswith("TypeError: ")
    assert results["v"] == ("failed", "ValueError: invalid literal for int() with base 10: 'x1'")
    assert results["e"] == ("failed", "StepError: quota exceeded")


def test_unknown_dependency_rejected():
    with pytest.raises(ValueError, match="unknown"):
        run_workflow({"a": (lambda _: 1, ["ghost"])})


def test_keyboard_interrupt_is_not_swallowed():
    def stop(_):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_workflow({"s": (stop, [])})


def test_empty_workflow():
    assert run_workflow({}) == {}
    assert summary({}) == {}
