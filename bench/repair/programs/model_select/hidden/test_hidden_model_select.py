import pytest

from model_select import NoModelFits, can_serve, select_model

CATALOG = [
    {"id": "haiku-ish", "context_window": 200_000, "max_output_tokens": 8_192,
     "pricing": {"input": 0.80, "output": 4.00}, "capabilities": ["tools", "vision"]},
    {"id": "flash-ish", "context_window": 1_000_000, "max_output_tokens": 8_192,
     "pricing": {"input": 0.10, "output": 0.40}, "capabilities": ["tools", "audio"]},
    {"id": "opus-ish", "context_window": 200_000, "max_output_tokens": 32_000,
     "pricing": {"input": 15.0, "output": 75.0},
     "capabilities": ["tools", "vision", "extended_thinking"]},
    {"id": "text-only", "context_window": 8_000,
     "pricing": {"input": 0.01, "output": 0.01}},
]


def test_plain_text_goes_to_text_only_model():
    assert select_model(CATALOG, prompt_tokens=1_000, max_output=500) == "text-only"


def test_audio_needs_flash():
    assert select_model(CATALOG, prompt_tokens=1_000, needs=("audio",)) == "flash-ish"


def test_vision_and_tools():
    assert select_model(CATALOG, prompt_tokens=50_000, needs=("vision", "tools")) == "haiku-ish"


def test_thinking_with_long_output():
    assert select_model(CATALOG, 10_000, max_output=20_000,
                        needs=["extended_thinking"]) == "opus-ish"


def test_needs_given_as_generator():
    needs = (feature for feature in ["vision"])
    assert select_model(CATALOG, prompt_tokens=1_000, needs=needs) == "haiku-ish"


def test_entry_without_capabilities_serves_plain_requests_only():
    entry = CATALOG[3]
    assert can_serve(entry, 100, 100, ())
    assert not can_serve(entry, 100, 100, ("tools",))


def test_unknown_feature_raises_with_message():
    with pytest.raises(NoModelFits, match="telepathy"):
        select_model(CATALOG, prompt_tokens=1_000, needs=["telepathy"])
