import pytest

from prompt_template_escapes import TemplateError, render


def test_escape_at_start_and_end():
    assert render(r"\{{", {}) == "{{"
    assert render(r"\{{x}} and \{{", {}) == "{{x}} and {{"


def test_escape_next_to_real_tag():
    assert render(r"\{{a}}={{a}}", {"a": "1"}) == "{{a}}=1"
    assert render(r"{{a}}\{{b}}", {"a": "A"}) == "A{{b}}"


def test_escaped_tag_does_not_need_a_value():
    assert render(r"use \{{ missing }} here", {}) == "use {{ missing }} here"


def test_lone_backslash_and_single_brace_kept():
    assert render(r"a\b {x} \{y}", {}) == r"a\b {x} \{y}"


def test_none_and_bool_values():
    assert render("[{{a}}][{{b}}]", {"a": None, "b": True}) == "[][true]"


def test_empty_tag_and_missing_nested():
    with pytest.raises(TemplateError):
        render("{{ }}", {})
    with pytest.raises(TemplateError):
        render("{{a.b}}", {"a": "flat"})


def test_escape_consumes_both_braces():
    assert render(r"\{{{x}}", {"x": "V"}) == "{{{x}}"
