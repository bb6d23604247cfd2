import json
import math

import pytest

from golden_output_check import check_outputs, differences, numbers_match


@pytest.mark.parametrize("expected, actual", [
    (1e6, 1e6 + 0.5),
    (-250.0, -250.0001),
    (0.0, 5e-10),
    (3, 3.0000001),
    (1e-3, 1e-3 + 1e-10),
])
def test_within_tolerance(expected, actual):
    assert numbers_match(expected, actual, 1e-6, 1e-9)
    assert math.isclose(expected, actual, rel_tol=1e-6, abs_tol=1e-9)
    assert differences([expected], [actual]) == []


@pytest.mark.parametrize("expected, actual", [
    (1e6, 1e6 + 2.0),
    (0.0, 1e-7),
    (1.0, 1.00001),
    (-1.0, 1.0),
])
def test_outside_tolerance(expected, actual):
    assert not numbers_match(expected, actual, 1e-6, 1e-9)
    assert differences({"x": expected}, {"x": actual}) != []


def test_nan_matches_only_nan():
    assert numbers_match(float("nan"), float("nan"), 1e-6, 1e-9)
    assert not numbers_match(float("nan"), 1.0, 1e-6, 1e-9)


def test_custom_tolerances_are_passed_down(tmp_path):
    (tmp_path / "run.json").write_text(json.dumps({"rows": [{"score": 10.0}, {"score": 0.0}]}))
    outputs = {"run": {"rows": [{"score": 10.4}, {"score": 0.001}]}}
    assert check_outputs(tmp_path, outputs, rel_tol=0.05, abs_tol=0.01) == {}
    assert check_outputs(tmp_path, outputs, rel_tol=0.01, abs_tol=0.01) == {
        "run": ["$.rows[0].score: expected 10.0, got 10.4"]}
    assert check_outputs(tmp_path, outputs, rel_tol=0.05, abs_tol=0.0) == {
        "run": ["$.rows[1].score: expected 0.0, got 0.001"]}


def test_large_counts_within_relative_tolerance():
    assert differences({"tokens": 12_345_678}, {"tokens": 12_345_680}) == []


def test_list_length_and_strings():
    assert differences([1, 2], [1, 2, 3]) == ["$: expected 2 items, got 3"]
    assert differences({"text": "ok"}, {"text": "OK"}) == ["$.text: expected 'ok', got 'OK'"]
    assert differences(None, None) == []
    assert differences(1, "1") == ["$: expected 1, got '1'"]


def test_many_files(tmp_path):
    for name, value in {"a": [1.0, 2.0], "b": {"k": 100.0}, "c": "same"}.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(value))
    outputs = {"a": [1.0000000001, 2.0000001], "b": {"k": 100.00001}, "c": "same"}
    assert check_outputs(tmp_path, outputs) == {}
