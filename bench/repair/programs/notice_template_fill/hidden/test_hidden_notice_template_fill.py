import pytest

from notice_template_fill import MissingValue, render


def test_leading_and_trailing_whitespace_in_names():
    context = {"job": {"id": 42, "state": "failed"}}
    assert render("Job {{  job.id}} {{job.state   }}", context) == "Job 42 failed"
    assert render("{{\tjob.state\t}}", context) == "failed"


def test_fallback_with_spaces_around_both_parts():
    assert render("Dear {{ user.first | valued customer }},", {"user": {}}) == \
        "Dear valued customer,"
    assert render("{{ user.first | x }}", {"user": {"first": "Cy"}}) == "Cy"


def test_non_strict_leaves_placeholder_untouched():
    text = render("{{ known }} and {{ unknown }}", {"known": 1}, strict=False)
    assert text == "1 and {{ unknown }}"


def test_missing_nested_value_reports_full_name():
    with pytest.raises(MissingValue) as info:
        render("{{ user.email }}", {"user": {"name": "x"}})
    assert info.value.args[0] == "user.email"


def test_values_are_stringified():
    context = {"n": 0, "ok": False, "items": [1, 2]}
    assert render("{{ n }}/{{ ok }}/{{ items }}", context) == "0/False/[1, 2]"
