import pytest

from run_resume_points import CheckpointStore, run


def make_steps(names, calls, fail_once_at=None):
    failed = []

    def step_for(name):
        def step(earlier):
            calls.append(name)
            if name == fail_once_at and not failed:
                failed.append(name)
                raise RuntimeError("model timed out")
            return f"{name}({len(earlier)})"

        return step

    return [step_for(name) for name in names]


def test_runs_all_steps_in_order(tmp_path):
    calls = []
    result = run(make_steps(["plan", "edit", "test"], calls), CheckpointStore(tmp_path), "r1")
    assert calls == ["plan", "edit", "test"]
    assert result.outputs == ["plan(0)", "edit(1)", "test(2)"]


def test_checkpoint_is_saved(tmp_path):
    store = CheckpointStore(tmp_path)
    run(make_steps(["plan", "edit"], []), store, "r1")
    saved = store.load("r1")
    assert saved is not None
    assert saved.outputs == ["plan(0)", "edit(1)"]
    assert saved.finished(2)


def test_unknown_run_has_no_checkpoint(tmp_path):
    assert CheckpointStore(tmp_path).load("missing") is None


def test_resume_after_crash(tmp_path):
    store, calls = CheckpointStore(tmp_path), []
    steps = make_steps(["plan", "edit", "test", "report"], calls, fail_once_at="test")
    with pytest.raises(RuntimeError):
        run(steps, store, "r1")
    result = run(steps, store, "r1")
    assert result.outputs == ["plan(0)", "edit(1)", "test(2)", "report(3)"]
    assert calls == ["plan", "edit", "test", "test", "report"]


def test_runs_are_kept_apart(tmp_path):
    store = CheckpointStore(tmp_path)
    run(make_steps(["a"], []), store, "first")
    second = run(make_steps(["b", "c"], []), store, "second")
    assert second.outputs == ["b(0)", "c(1)"]
