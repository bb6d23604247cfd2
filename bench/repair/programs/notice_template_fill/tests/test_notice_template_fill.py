import pytest

from notice_template_fill import MissingValue, placeholders, render


def test_simple_substitution():
    assert render("Hi {{name}}!", {"name": "Ana"}) == "Hi Ana!"


def test_nested_values_and_spacing():
    context = {"user": {"name": "Bo"}, "count": 3}
    text = render("{{ user.name }}, you have {{ count }} new alerts", context)
    assert text == "Bo, you have 3 new alerts"


def test_fallback_used_when_missing():
    assert render("Hello {{nickname|friend}}", {}) == "Hello friend"


def test_missing_value_raises_in_strict_mode():
    with pytest.raises(MissingValue):
        render("{{who}} joined", {})


def test_placeholders_lists_names_once():
    assert placeholders("{{a}} {{ b | x }} {{a}}") == ["a", "b"]
