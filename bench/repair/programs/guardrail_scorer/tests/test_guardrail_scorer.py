from guardrail_scorer import Guardrail, Verdict

WEIGHTS = {"toxicity": 1.0, "pii": 0.8, "jailbreak": 0.6}


def make() -> Guardrail:
    return Guardrail(WEIGHTS, warn_at=0.4, block_at=0.7)


def test_score_and_reasons():
    guard = make()
    assert guard.score({"toxicity": 0.25, "pii": 0.25, "unknown": 1.0}) == (0.45, ["pii", "toxicity"])


def test_check_thresholds():
    guard = make()
    assert guard.check({"toxicity": 0.1}).action == "allow"
    assert guard.check({"toxicity": 0.5}).action == "warn"
    assert guard.check({"pii": 1.0}).action == "block"
    assert guard.counts == {"allow": 1, "warn": 1, "block": 1}


def test_stream_takes_worst_chunk():
    guard = make()
    verdict = guard.check_stream([{"toxicity": 0.1}, {"toxicity": 0.5}, {"toxicity": 0.2}])
    assert verdict == Verdict("warn", 0.5, ["toxicity"])


def test_stream_counts_as_one_check():
    guard = make()
    guard.check({"toxicity": 0.0})
    guard.check_stream([{"toxicity": 0.9}, {"pii": 0.1}])
    assert guard.checked == 2
    assert guard.counts == {"allow": 1, "warn": 0, "block": 1}
    assert guard.block_rate() == 0.5
