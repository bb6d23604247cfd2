import pytest

from llm_judge_rubric import grade, grade_all, parse_judge_output, strip_fence

RUBRIC = [
    {"name": "correctness", "weight": 3, "max": 10},
    {"name": "style", "weight": 1, "max": 5},
]


def test_strip_fence():
    assert strip_fence('```json\n{"a": 1}\n```') == '{"a": 1}'
    assert strip_fence('  {"a": 1} ') == '{"a": 1}'


def test_parse_plain_json():
    assert parse_judge_output('{"scores": {"correctness": 7, "style": 4}}') == {"correctness": 7.0, "style": 4.0}


def test_weighted_score():
    result = grade(RUBRIC, '{"scores": {"correctness": 8, "style": 5}, "rationale": "ok"}')
    assert result == {"score": 0.85, "missing": []}


def test_missing_criterion_counts_zero():
    result = grade(RUBRIC, '```json\n{"scores": {"correctness": 10}}\n```')
    assert result["score"] == pytest.approx(0.75)
    assert result["missing"] == ["style"]


def test_prose_reply_is_unparseable():
    assert grade(RUBRIC, "Looks good to me, 8/10.") == {"score": None, "error": "unparseable judge output"}


def test_grade_all_mean():
    replies = ['{"scores": {"correctness": 10, "style": 5}}', '{"scores": {"correctness": 0, "style": 5}}']
    summary = grade_all(RUBRIC, replies)
    assert summary["mean"] == pytest.approx(0.625)
    assert summary["failed"] == 0
