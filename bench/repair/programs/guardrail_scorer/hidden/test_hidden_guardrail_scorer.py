import pytest

from guardrail_scorer import Guardrail, Verdict


def make() -> Guardrail:
    return Guardrail({"toxicity": 1.0, "pii": 0.5, "self_harm": 1.0}, warn_at=0.3, block_at=0.8)


def test_stream_first_chunk_blocks():
    guard = make()
    verdict = guard.check_stream([{"self_harm": 0.95}, {"toxicity": 0.99}])
    assert verdict == Verdict("block", 0.95, ["self_harm"])
    assert guard.history == [verdict]


def test_stream_rising_scores():
    guard = make()
    verdict = guard.check_stream([{"pii": 0.2}, {"toxicity": 0.35}, {"toxicity": 0.5, "pii": 0.8}])
    assert verdict.action == "block"
    assert verdict.score == pytest.approx(0.9)
    assert verdict.reasons == ["pii", "toxicity"]


def test_stream_matches_check_on_single_chunk():
    for value in (0.0, 0.1, 0.3, 0.5, 0.79, 0.8, 1.0):
        one, other = make(), make()
        assert one.check_stream([{"toxicity": value}]).action == other.check({"toxicity": value}).action
        assert one.counts == other.counts and one.checked == other.checked == 1


def test_counts_over_mixed_calls():
    guard = make()
    guard.check_stream([{"pii": 0.1}])
    guard.check_stream([{"toxicity": 0.4}, {"pii": 0.1}])
    guard.check_stream([{"toxicity": 0.2}, {"self_harm": 0.9}])
    guard.check({"toxicity": 0.9})
    guard.check_stream([])
    assert guard.checked == 5
    assert guard.counts == {"allow": 2, "warn": 1, "block": 2}
    assert guard.block_rate() == pytest.approx(0.4)
    assert [v.action for v in guard.history] == ["allow", "warn", "block", "block", "allow"]


def test_invalid_thresholds():
    with pytest.raises(ValueError):
        Guardrail({}, warn_at=0.9, block_at=0.5)
