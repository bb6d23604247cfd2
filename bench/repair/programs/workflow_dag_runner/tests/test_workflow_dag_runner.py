import pytest

from workflow_dag_runner import StepError, run_workflow, summary


def test_outputs_flow_to_dependents():
    steps = {
        "fetch": (lambda _: [3, 1, 2], []),
        "sort": (lambda inp: sorted(inp["fetch"]), ["fetch"]),
        "total": (lambda inp: sum(inp["fetch"]), ["fetch"]),
        "report": (lambda inp: f"{inp['sort']} sum={inp['total']}", ["sort", "total"]),
    }
    results = run_workflow(steps)
    assert results["report"] == ("ok", "[1, 2, 3] sum=6")


def test_step_error_skips_downstream_steps():
    def lint(_):
        raise StepError("3 warnings")

    steps = {
        "checkout": (lambda _: "repo", []),
        "lint": (lint, ["checkout"]),
        "publish": (lambda _: "done", ["lint"]),
        "docs": (lambda _: "html", ["checkout"]),
    }
    results = run_workflow(steps)
    assert results["lint"] == ("failed", "StepError: 3 warnings")
    assert results["publish"] == ("skipped", "lint")
    assert results["docs"] == ("ok", "html")
    assert summary(results) == {"ok": 2, "failed": 1, "skipped": 1}


def test_crashing_step_is_recorded_as_failed():
    steps = {
        "load": (lambda _: {"rows": 0}, []),
        "mean": (lambda inp: 10 / inp["load"]["rows"], ["load"]),
    }
    results = run_workflow(steps)
    assert results["mean"] == ("failed", "ZeroDivisionError: division by zero")


def test_cycle_is_rejected_before_running():
    ran = []
    steps = {
        "a": (lambda _: ran.append("a"), ["b"]),
        "b": (lambda _: ran.append("b"), ["a"]),
    }
    with pytest.raises(ValueError, match="cycle"):
        run_workflow(steps)
    assert ran == []
