import pytest

from prompt_template import MissingVariable, PromptTemplate


def test_render_strings():
    template = PromptTemplate("You are {{ persona }}. Answer in {{language}}.")
    assert template.render(persona="a tutor", language="French") == "You are a tutor. Answer in French."


def test_render_number():
    template = PromptTemplate("Reply in at most {{ limit }} words.")
    assert template.render(limit=50) == "Reply in at most 50 words."


def test_inline_fallback():
    template = PromptTemplate("Tone: {{ tone | friendly }}")
    assert template.render() == "Tone: friendly"
    assert template.render(tone="formal") == "Tone: formal"


def test_missing_variable():
    with pytest.raises(MissingVariable):
        PromptTemplate("Hi {{ user }}").render()


def test_variables_in_order():
    template = PromptTemplate("{{ b }} {{ a | x }} {{ b }} {{c}}")
    assert template.variables() == ["b", "a", "c"]


def test_partial_keeps_defaults():
    base = PromptTemplate("{{ greeting }}, {{ name }}!")
    assert base.partial(greeting="Hello").render(name="Ada") == "Hello, Ada!"
