import pytest

from llm_judge_rubric import grade, grade_all, parse_judge_output

RUBRIC = [
    {"name": "correctness", "weight": 2, "max": 10},
    {"name": "safety", "weight": 1},
    {"name": "brevity", "weight": 1, "max": 4},
]


def test_truncated_json_is_unparseable():
    assert parse_judge_output('{"scores": {"correctness": 9') is None
    assert grade(RUBRIC, '```json\n{"scores": {"correctness": 9\n```')["score"] is None


def test_empty_and_fence_only_replies():
    assert parse_judge_output("") is None
    assert parse_judge_output("```json\n```") is None


def test_wrong_shapes_are_unparseable():
    assert parse_judge_output('{"scores": [1, 2]}') is None
    assert parse_judge_output("[1, 2, 3]") is None
    assert parse_judge_output('{"rationale": "fine"}') is None


def test_non_numeric_scores_are_dropped():
    assert parse_judge_output('{"scores": {"a": "high", "b": true, "c": 3}}') == {"c": 3.0}


def test_scores_are_clamped_and_default_max_is_ten():
    result = grade(RUBRIC, '{"scores": {"correctness": 12, "safety": 5, "brevity": -1}}')
    assert result == {"score": round((2 * 1.0 + 1 * 0.5 + 0) / 4, 4), "missing": []}


def test_grade_all_skips_failures():
    replies = [
        '{"scores": {"correctness": 10, "safety": 10, "brevity": 4}}',
        "The answer is mostly right.",
        '{"scores": {"correctness": 5, "safety": 10}',
        '```JSON\n{"scores": {"correctness": 5, "safety": 10, "brevity": 2}}\n```',
    ]
    summary = grade_all(RUBRIC, replies)
    assert summary["failed"] == 2
    assert summary["mean"] == pytest.approx((1.0 + 0.625) / 2)
    assert summary["results"][1] == {"score": None, "error": "unparseable judge output"}


def test_all_failures_give_no_mean():
    summary = grade_all(RUBRIC, ["nope", "{bad json}"])
    assert summary == {"results": [{"score": None, "error": "unparseable judge output"}] * 2,
                       "mean": None, "failed": 2}


def test_zero_weight_rubric_rejected():
    with pytest.raises(ValueError):
        grade([{"name": "x", "weight": 0}], '{"scores": {"x": 1}}')
