import pytest

from hypothesis_ledger import HypothesisLedger


def test_prior_sets_the_starting_probability():
    ledger = HypothesisLedger()
    ledger.propose("stale cache", prior=0.2)
    assert ledger.probability("stale cache") == pytest.approx(0.2)


def test_supporting_evidence_raises_probability():
    ledger = HypothesisLedger()
    ledger.propose("race condition")
    assert ledger.support("race condition", 2.0) == "open"
    assert ledger.probability("race condition") == pytest.approx(2 / 3)


def test_refuting_evidence_lowers_probability():
    ledger = HypothesisLedger()
    ledger.propose("bad config")
    ledger.refute("bad config", 3.0)
    assert ledger.probability("bad config") == pytest.approx(0.25)


def test_strong_evidence_confirms():
    ledger = HypothesisLedger()
    ledger.propose("off-by-one")
    assert ledger.support("off-by-one", 20.0) == "confirmed"
    assert ledger.open_claims() == []


def test_leading_hypothesis():
    ledger = HypothesisLedger()
    ledger.propose("network", prior=0.3)
    ledger.propose("disk full", prior=0.6)
    ledger.propose("oom", prior=0.5)
    assert ledger.leading() == "disk full"


def test_prior_must_be_a_probability():
    with pytest.raises(ValueError):
        HypothesisLedger().propose("x", prior=1.0)
