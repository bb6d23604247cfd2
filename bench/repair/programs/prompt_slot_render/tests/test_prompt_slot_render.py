import pytest

from prompt_slot_render import MissingSlot, render, slot_names


def test_fill_named_slots():
    assert render("Hello {user}, you have {count} tasks.", {"user": "Ana", "count": 3}) == \
        "Hello Ana, you have 3 tasks."


def test_default_used_when_missing():
    assert render("Tone: {tone|friendly}", {}) == "Tone: friendly"
    assert render("Tone: {tone|friendly}", {"tone": "terse"}) == "Tone: terse"


def test_dotted_names():
    assert render("{user.name} ({user.role})", {"user": {"name": "Bo", "role": "admin"}}) == "Bo (admin)"


def test_escaped_braces():
    assert render('Reply as JSON: {{"answer": "{answer}"}}', {"answer": "yes"}) == \
        'Reply as JSON: {"answer": "yes"}'


def test_strict_missing_raises():
    with pytest.raises(MissingSlot):
        render("Hi {name}", {})


def test_lenient_keeps_unknown_slot():
    assert render("Hi {name}, see {doc}", {"name": "Cy"}, strict=False) == "Hi Cy, see {doc}"


def test_slot_names():
    template = 'Answer {question} as {{"answer": ...}} in {lang|English}; {question} again'
    assert slot_names(template) == ["question", "lang"]
