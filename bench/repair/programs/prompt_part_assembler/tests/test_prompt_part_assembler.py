import pytest

from prompt_part_assembler import Part, PromptTooLarge, assemble, skipped


def test_everything_fits_in_given_order():
    parts = [Part("persona", "You are Ada.", priority=1, required=True),
             Part("tools", "Tools: search.", priority=5),
             Part("memory", "User likes tea.", priority=3)]
    assert assemble(parts, 1000) == "You are Ada.\n\nTools: search.\n\nUser likes tea."


def test_low_priority_part_is_skipped_when_over_limit():
    parts = [Part("persona", "x" * 20, required=True),
             Part("memory", "m" * 30, priority=2),
             Part("examples", "e" * 30, priority=1)]
    prompt = assemble(parts, 60)
    assert prompt == "x" * 20 + "\n\n" + "m" * 30
    assert skipped(parts, 60) == ["examples"]


def test_prompt_never_exceeds_the_limit():
    parts = [Part("a", "aaaa", priority=2), Part("b", "bbbb", priority=1)]
    assert assemble(parts, 10, separator="--") == "aaaa--bbbb"
    prompt = assemble(parts, 9, separator="--")
    assert len(prompt) <= 9
    assert prompt == "aaaa"


def test_required_part_that_does_not_fit():
    with pytest.raises(PromptTooLarge):
        assemble([Part("persona", "p" * 50, required=True)], 10)


def test_blank_parts_are_ignored():
    parts = [Part("a", "alpha"), Part("empty", "   "), Part("b", "beta")]
    assert assemble(parts, 100, separator=" | ") == "alpha | beta"
