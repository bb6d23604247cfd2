import json

import pytest

from run_resume_points import Checkpoint, CheckpointStore, run


class Flaky:
    """Steps that each fail on their first attempt when listed in `fail_first`."""

    def __init__(self, names, fail_first=()):
        self.names = names
        self.fail_first = set(fail_first)
        self.calls = []

    def steps(self):
        return [self._step(name) for name in self.names]

    def _step(self, name):
        def step(earlier):
            self.calls.append(name)
            if name in self.fail_first:
                self.fail_first.discard(name)
                raise RuntimeError(name)
            return name.upper() + str(len(earlier))

        return step


def test_every_crash_point(tmp_path):
    names = ["a", "b", "c", "d", "e"]
    for crash_at in names:
        flaky = Flaky(names, [crash_at])
        store = CheckpointStore(tmp_path / crash_at)
        with pytest.raises(RuntimeError):
            run(flaky.steps(), store, "job")
        result = run(flaky.steps(), store, "job")
        assert result.outputs == ["A0", "B1", "C2", "D3", "E4"]
        assert flaky.calls.count(crash_at) == 2
        assert len(flaky.calls) == len(names) + 1


def test_several_crashes(tmp_path):
    flaky = Flaky(["a", "b", "c"], ["a", "c"])
    store = CheckpointStore(tmp_path)
    for _ in range(2):
        with pytest.raises(RuntimeError):
            run(flaky.steps(), store, "job")
    assert store.load("job").next_step == 2
    result = run(flaky.steps(), store, "job")
    assert flaky.calls == ["a", "a", "b", "c", "c"]
    assert result.next_step == 3


def test_saved_file_contents(tmp_path):
    store = CheckpointStore(tmp_path / "ckpt")
    run(Flaky(["x", "y"]).steps(), store, "run-7")
    data = json.loads((tmp_path / "ckpt" / "run-7.json").read_text())
    assert data == {"run_id": "run-7", "next_step": 2, "outputs": ["X0", "Y1"]}
    assert [p.name for p in (tmp_path / "ckpt").iterdir()] == ["run-7.json"]


def test_finished_run_is_not_repeated(tmp_path):
    flaky = Flaky(["a", "b", "c"])
    store = CheckpointStore(tmp_path)
    run(flaky.steps(), store, "job")
    again = run(flaky.steps(), store, "job")
    assert flaky.calls == ["a", "b", "c"]
    assert again.outputs == ["A0", "B1", "C2"]


def test_more_steps_added_later(tmp_path):
    store = CheckpointStore(tmp_path)
    first = Flaky(["a", "b"])
    run(first.steps(), store, "job")
    longer = Flaky(["a", "b", "c"])
    result = run(longer.steps(), store, "job")
    assert longer.calls == ["c"]
    assert result.outputs == ["A0", "B1", "C2"]


def test_finished_helper():
    assert Checkpoint("r", next_step=3).finished(3)
    assert not Checkpoint("r", next_step=2).finished(3)
    assert Checkpoint("r").finished(0)
