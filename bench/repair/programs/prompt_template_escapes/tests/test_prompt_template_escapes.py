import pytest

from prompt_template_escapes import TemplateError, render


def test_plain_text_untouched():
    assert render("You are a helpful assistant.", {}) == "You are a helpful assistant."


def test_substitution_with_spaces_in_tag():
    assert render("Hello {{ user }}, today is {{day}}.", {"user": "Ada", "day": "Monday"}) == (
        "Hello Ada, today is Monday."
    )


def test_dotted_names_and_non_strings():
    values = {"tool": {"name": "search", "args": {"q": "x"}}, "n": 3}
    assert render("{{tool.name}}({{tool.args}}) x{{n}}", values) == 'search({"q": "x"}) x3'


def test_escaped_braces_are_literal():
    assert render(r"Write \{{name}} to insert a name.", {"name": "IGNORED"}) == (
        "Write {{name}} to insert a name."
    )


def test_missing_value_raises():
    with pytest.raises(TemplateError):
        render("Hi {{who}}", {})


def test_unclosed_tag_raises():
    with pytest.raises(TemplateError):
        render("Hi {{who", {"who": "x"})
