"""The cycle's order of work: a batch left unfixed gets one more attempt when a later batch's
promotion changed the code under it."""

from __future__ import annotations

import json

from .conftest import MakeRepo, selfpatch

CALC = """def scale(x):
    return x * 2


def report(x):
    return scale(x) + 1
"""

TESTS = """import pytest

from calc import report, scale


def test_scale():
    assert scale(2) == 6


@pytest.mark.parametrize("x, want", [(3, 8), (1, 2)])
def test_report(x, want):
    assert report(x) == want
"""

SINGLE_EDIT = """from selfpatch.patchers.repair import RepairPatcher


class SingleEdit(RepairPatcher):
    # One edit at a time, so report's batch cannot be fixed while scale is still wrong.
    def __init__(self):
        super().__init__(max_edits=1)
"""


def test_an_unfixed_batch_is_retried_after_a_later_promotion(make_repo: MakeRepo) -> None:
    root = make_repo({
        "selfpatch.toml": (
            '[agent]\nsource = ["calc.py"]\ntests = "python -m pytest -q tests"\n\n'
            '[patch]\npatchers = ["single_edit:SingleEdit"]\n\n'
            "[verify]\nholdout_share = 0.0\n"
        ),
        "calc.py": CALC,
        "single_edit.py": SINGLE_EDIT,
        "tests/test_calc.py": TESTS,
    })  # fmt: skip
    proc = selfpatch(root, "cycle", "--from-tests", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    attempts = [(b["signature"].rsplit(" in ", 1)[-1], b["status"]) for b in report["batches"]]
    assert attempts == [
        ("test_report", "unfixed"),
        ("test_scale", "fixed"),
        ("test_report", "fixed"),
    ], attempts
    text = (root / "calc.py").read_text()
    assert "x * 3" in text and "scale(x) - 1" in text, text
    assert len(report["promoted"]) == 2 and report["score_after"] == 1.0


SHARE = """def share_left(used, limit):
    if limit is None:
        return 0.0
    return min(max(limit - used, 0) / limit, 1.0)
"""

SHARE_TESTS = """from share import share_left


def test_no_limit_leaves_everything_free():
    assert share_left(3, None) == 1.0


def test_share_of_a_limit():
    assert share_left(1, 4) == 0.75
    assert share_left(5, 4) == 0.0
"""


def test_a_failing_assert_shows_the_value_the_code_should_produce(make_repo: MakeRepo) -> None:
    # pytest reports ``assert 0.0 == 1.0``: the engine reads the expected value from it
    root = make_repo({
        "selfpatch.toml": (
            '[agent]\nsource = ["share.py"]\ntests = "python -m pytest -q tests"\n\n'
            "[verify]\nholdout_share = 0.0\n"
        ),
        "share.py": SHARE,
        "tests/test_share.py": SHARE_TESTS,
    })  # fmt: skip
    proc = selfpatch(root, "cycle", "--from-tests", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [p["description"] for p in report["promoted"]] == [
        "share.py:3: literal from expected output: `0.0` -> `1.0`"
    ], report
    assert "return 1.0" in (root / "share.py").read_text()
