import json

from golden_output_check import check_outputs, differences


def write_goldens(folder, **goldens):
    for name, value in goldens.items():
        (folder / f"{name}.json").write_text(json.dumps(value))
    return folder


def test_identical_outputs_pass(tmp_path):
    write_goldens(tmp_path, summary={"accuracy": 0.8, "labels": ["a", "b"]})
    assert check_outputs(tmp_path, {"summary": {"accuracy": 0.8, "labels": ["a", "b"]}}) == {}


def test_float_noise_is_tolerated(tmp_path):
    write_goldens(tmp_path, metrics={"accuracy": 0.8125, "mean_latency_ms": 1234.5678})
    outputs = {"metrics": {"accuracy": 0.8125000000001, "mean_latency_ms": 1234.5679}}
    assert check_outputs(tmp_path, outputs) == {}


def test_real_difference_is_reported_with_its_path(tmp_path):
    write_goldens(tmp_path, scores={"per_task": [0.5, 0.7]})
    report = check_outputs(tmp_path, {"scores": {"per_task": [0.5, 0.75]}})
    assert report == {"scores": ["$.per_task[1]: expected 0.7, got 0.75"]}


def test_true_is_not_one():
    assert differences({"passed": True}, {"passed": 1}) == ["$.passed: expected True, got 1"]


def test_missing_and_extra_keys():
    assert differences({"a": 1, "b": 2}, {"a": 1, "c": 3}) == ["$.b: missing", "$.c: unexpected"]


def test_missing_output_and_missing_golden(tmp_path):
    write_goldens(tmp_path, kept={"n": 1})
    assert check_outputs(tmp_path, {"new": {"n": 2}}) == {
        "kept": ["no output produced"], "new": ["no golden file"]}
