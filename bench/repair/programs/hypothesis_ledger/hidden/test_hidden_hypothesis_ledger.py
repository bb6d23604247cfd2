import pytest

from hypothesis_ledger import HypothesisLedger


def test_strong_refutation_rules_out():
    ledger = HypothesisLedger()
    ledger.propose("dns")
    assert ledger.refute("dns", 30.0) == "ruled out"
    assert ledger.probability("dns") == pytest.approx(1 / 31)


def test_mixed_evidence_stays_open():
    ledger = HypothesisLedger()
    ledger.propose("flaky test", prior=0.25)
    assert ledger.support("flaky test", 4.0) == "open"
    assert ledger.refute("flaky test", 2.0) == "open"
    assert ledger.probability("flaky test") == pytest.approx(0.4)
    assert ledger.support("flaky test", 1.5) == "open"
    assert ledger.probability("flaky test") == pytest.approx(0.5)


def test_weak_evidence_either_way_keeps_hypothesis_open():
    ledger = HypothesisLedger()
    for claim in ("a", "b", "c"):
        ledger.propose(claim)
    ledger.support("a", 1.2)
    ledger.refute("b", 1.2)
    ledger.refute("c", 5.0)
    assert ledger.open_claims() == ["a", "b", "c"]
    assert ledger.leading() == "a"
    assert ledger.probability("c") == pytest.approx(1 / 6)


def test_settled_status_does_not_change():
    ledger = HypothesisLedger()
    ledger.propose("leak")
    ledger.refute("leak", 100.0)
    assert ledger.support("leak", 1000.0) == "ruled out"
    ledger.propose("lock")
    ledger.support("lock", 100.0)
    assert ledger.refute("lock", 1000.0) == "confirmed"


def test_leading_skips_settled_and_none_when_empty():
    ledger = HypothesisLedger()
    assert ledger.leading() is None
    ledger.propose("x", prior=0.9)
    ledger.propose("y", prior=0.4)
    ledger.propose("z", prior=0.4)
    ledger.support("x", 10.0)
    assert ledger.leading() == "y"
    ledger.refute("y", 2.0)
    assert ledger.leading() == "z"
    ledger.refute("z", 40.0)
    assert ledger.leading() == "y"


def test_custom_thresholds():
    ledger = HypothesisLedger(confirm_at=0.8, rule_out_at=0.3)
    ledger.propose("p")
    ledger.propose("q")
    assert ledger.support("p", 3.0) == "open"
    assert ledger.support("p", 2.0) == "confirmed"
    assert ledger.refute("q", 2.0) == "open"
    assert ledger.refute("q", 2.0) == "ruled out"
