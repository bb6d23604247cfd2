import pytest

from prompt_filters import MissingVariable, PromptTemplate


def test_plain_substitution():
    template = PromptTemplate("You are {{ role }}. Answer in {{language}}.")
    assert template.render(role="a tutor", language="French") == (
        "You are a tutor. Answer in French.")


def test_defaults_and_overrides():
    template = PromptTemplate("Tone: {{ tone }}", defaults={"tone": "neutral"})
    assert template.render() == "Tone: neutral"
    assert template.render({"tone": "friendly"}) == "Tone: friendly"


def test_variables():
    template = PromptTemplate("{{ a }} and {{ b | upper }} and {{ a }}")
    assert template.variables() == {"a", "b"}


def test_missing_variable():
    with pytest.raises(MissingVariable):
        PromptTemplate("Hello {{ user }}").render()


def test_filters():
    template = PromptTemplate("Task: {{ task | upper }}\nSteps:\n{{ steps | bullets }}")
    rendered = template.render(task="fix login", steps=["reproduce", "patch"])
    assert rendered == "Task: FIX LOGIN\nSteps:\n- reproduce\n- patch"


def test_unknown_filter():
    with pytest.raises(ValueError):
        PromptTemplate("{{ x | shout }}").render(x=1)
