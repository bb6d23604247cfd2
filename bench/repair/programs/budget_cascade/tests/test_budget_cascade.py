import pytest

from budget_cascade import CascadeResult, Tier, call_cost, run_cascade

TIERS = [
    Tier("large", usd_per_1k_tokens=10.0, accept_at=0.0),
    Tier("small", usd_per_1k_tokens=0.5, accept_at=0.8),
    Tier("medium", usd_per_1k_tokens=3.0, accept_at=0.7),
]
PROMPT = "x" * 4000  # 1000 tokens


def scripted(replies):
    def call(model, prompt):
        return replies[model]
    return call


def test_call_cost():
    assert call_cost(TIERS[1], PROMPT) == pytest.approx(0.5)


def test_cheapest_confident_answer_wins():
    call = scripted({"small": ("42", 0.9), "medium": ("41", 0.95), "large": ("40", 1.0)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert result == CascadeResult("42", "small", pytest.approx(0.5), ["small"])


def test_escalates_when_not_confident():
    call = scripted({"small": ("maybe", 0.3), "medium": ("yes", 0.75), "large": ("no", 1.0)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert (result.answer, result.model, result.tried) == ("yes", "medium", ["small", "medium"])
    assert result.spent == pytest.approx(3.5)


def test_budget_stops_before_expensive_tier():
    call = scripted({"small": ("maybe", 0.6), "medium": ("perhaps", 0.5), "large": ("no", 1.0)})
    result = run_cascade(TIERS, PROMPT, call, budget=5.0)
    assert result.tried == ["small", "medium"]
    assert (result.answer, result.model) == ("maybe", "small")


def test_blank_answer_does_not_count():
    call = scripted({"small": ("\n", 0.99), "medium": ("Paris", 0.9), "large": ("", 1.0)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert (result.answer, result.model) == ("Paris", "medium")


def test_nothing_affordable():
    result = run_cascade(TIERS, PROMPT, scripted({}), budget=0.1)
    assert result == CascadeResult(None, None, 0.0, [])
