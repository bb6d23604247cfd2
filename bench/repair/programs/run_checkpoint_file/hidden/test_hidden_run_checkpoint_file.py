import json

import pytest

from run_checkpoint_file import RunCheckpoint, resume_run


def test_file_content_after_each_record(tmp_path):
    path = tmp_path / "ck.json"
    cp = RunCheckpoint(str(path))
    cp.record("one", 1)
    assert json.loads(path.read_text()) == {"order": ["one"], "results": {"one": 1}}
    cp.record("two", [2, 2])
    assert json.loads(path.read_text()) == {
        "order": ["one", "two"],
        "results": {"one": 1, "two": [2, 2]},
    }


def test_single_record_reload(tmp_path):
    path = str(tmp_path / "ck.json")
    RunCheckpoint(path).record("only", None)
    again = RunCheckpoint(path)
    assert again.is_done("only")
    assert again.results == {"only": None}
    assert again.order == ["only"]
    assert again.remaining(["only", "next"]) == ["next"]


def test_no_temp_file_left_behind(tmp_path):
    path = tmp_path / "ck.json"
    RunCheckpoint(str(path)).record("x", "y")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ck.json"]


def test_three_crashes_then_finish(tmp_path):
    path = str(tmp_path / "ck.json")
    plan = ["a", "b", "c", "d"]
    runs = []

    def make(limit):
        count = {"n": 0}

        def handler_for(name):
            def run(previous):
                if count["n"] >= limit:
                    raise RuntimeError("crash")
                count["n"] += 1
                runs.append((name, sorted(previous)))
                return name * 2
            return run
        return {name: handler_for(name) for name in plan}

    for _ in range(3):
        with pytest.raises(RuntimeError):
            resume_run(plan, make(1), RunCheckpoint(path))
    result = resume_run(plan, make(10), RunCheckpoint(path))
    assert result == ["aa", "bb", "cc", "dd"]
    assert runs == [
        ("a", []),
        ("b", ["a"]),
        ("c", ["a", "b"]),
        ("d", ["a", "b", "c"]),
    ]


def test_duplicate_after_reload_is_rejected(tmp_path):
    path = str(tmp_path / "ck.json")
    RunCheckpoint(path).record("a", 1)
    with pytest.raises(ValueError):
        RunCheckpoint(path).record("a", 5)
