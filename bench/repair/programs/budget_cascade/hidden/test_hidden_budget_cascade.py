import pytest

from budget_cascade import Tier, run_cascade

TIERS = [
    Tier("mini", usd_per_1k_tokens=1.0, accept_at=0.9),
    Tier("mid", usd_per_1k_tokens=2.0, accept_at=0.9),
    Tier("max", usd_per_1k_tokens=4.0, accept_at=0.9),
]
PROMPT = "y" * 2000  # 500 tokens


def scripted(replies, log=None):
    def call(model, prompt):
        if log is not None:
            log.append(model)
        return replies[model]
    return call


def test_fallback_picks_most_confident_model_not_last():
    call = scripted({"mini": ("a", 0.2), "mid": ("b", 0.8), "max": ("c", 0.5)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert (result.answer, result.model) == ("b", "mid")
    assert result.tried == ["mini", "mid", "max"]
    assert result.spent == pytest.approx(3.5)


def test_fallback_when_first_tier_is_best():
    call = scripted({"mini": ("first", 0.85), "mid": ("second", 0.1), "max": ("third", 0.3)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert (result.answer, result.model) == ("first", "mini")


def test_whitespace_answers_are_skipped_even_if_confident():
    for blank in (" ", "\t\n", "   \r\n"):
        call = scripted({"mini": (blank, 1.0), "mid": ("real", 0.95), "max": ("z", 1.0)})
        result = run_cascade(TIERS, PROMPT, call, budget=100.0)
        assert (result.answer, result.model) == ("real", "mid")
        assert result.tried == ["mini", "mid"]


def test_all_blank_gives_none():
    call = scripted({"mini": (" ", 0.99), "mid": ("\n", 0.99), "max": ("", 0.99)})
    result = run_cascade(TIERS, PROMPT, call, budget=100.0)
    assert (result.answer, result.model) == (None, None)
    assert result.tried == ["mini", "mid", "max"]


def test_blank_low_confidence_answer_not_used_as_fallback():
    call = scripted({"mini": ("  ", 0.7), "mid": ("ok", 0.4), "max": ("no", 0.1)})
    result = run_cascade(TIERS, PROMPT, call, budget=1.6)
    assert result.tried == ["mini", "mid"]
    assert (result.answer, result.model) == ("ok", "mid")


def test_budget_exactly_covers_two_tiers():
    log = []
    call = scripted({"mini": ("a", 0.1), "mid": ("b", 0.2), "max": ("c", 1.0)}, log)
    result = run_cascade(TIERS, PROMPT, call, budget=1.5)
    assert log == ["mini", "mid"]
    assert (result.answer, result.model) == ("b", "mid")
