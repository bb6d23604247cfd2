import pytest

from run_checkpoint_file import RunCheckpoint, resume_run


def test_fresh_checkpoint_is_empty(tmp_path):
    cp = RunCheckpoint(str(tmp_path / "run.json"))
    assert cp.results == {}
    assert cp.remaining(["a", "b"]) == ["a", "b"]


def test_record_marks_step_done(tmp_path):
    cp = RunCheckpoint(str(tmp_path / "run.json"))
    cp.record("search", ["hit1", "hit2"])
    assert cp.is_done("search")
    assert not cp.is_done("summarize")


def test_recorded_steps_survive_reload(tmp_path):
    path = str(tmp_path / "run.json")
    cp = RunCheckpoint(path)
    cp.record("search", {"hits": 3})
    cp.record("read", "page text")
    again = RunCheckpoint(path)
    assert again.results == {"search": {"hits": 3}, "read": "page text"}


def test_resume_skips_steps_finished_before_crash(tmp_path):
    path = str(tmp_path / "run.json")
    calls = []

    def step(name, fail=False):
        def run(previous):
            calls.append(name)
            if fail:
                raise RuntimeError("crash")
            return name.upper()
        return run

    plan = ["plan", "search", "write"]
    crashing = {"plan": step("plan"), "search": step("search"), "write": step("write", fail=True)}
    with pytest.raises(RuntimeError):
        resume_run(plan, crashing, RunCheckpoint(path))

    calls.clear()
    handlers = {"plan": step("plan"), "search": step("search"), "write": step("write")}
    assert resume_run(plan, handlers, RunCheckpoint(path)) == ["PLAN", "SEARCH", "WRITE"]
    assert calls == ["write"]


def test_recording_twice_is_an_error(tmp_path):
    cp = RunCheckpoint(str(tmp_path / "run.json"))
    cp.record("a", 1)
    with pytest.raises(ValueError):
        cp.record("a", 2)
