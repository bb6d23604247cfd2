import pytest

from prompt_template import MissingVariable, PromptTemplate, render_messages


def test_non_string_values():
    template = PromptTemplate("t={{ temperature }} tools={{tools}} stream={{ stream }}")
    assert template.render(temperature=0.2, tools=["grep", "ls"], stream=None) == \
        "t=0.2 tools=['grep', 'ls'] stream=None"


def test_numeric_defaults_and_precedence():
    template = PromptTemplate("{{ n | 1 }} of {{ total }}", defaults={"n": 3, "total": 10})
    assert template.render() == "3 of 10"
    assert template.render(n=7) == "7 of 10"


def test_partial_with_number():
    template = PromptTemplate("Use {{ k }} examples about {{ topic }}.").partial(k=5)
    assert template.render(topic="sorting") == "Use 5 examples about sorting."


def test_render_messages():
    messages = [{"role": "system", "content": "Budget: {{ budget }} tokens"},
                {"role": "user", "content": "{{ question }}"}]
    assert render_messages(messages, budget=4096, question="Why?") == [
        {"role": "system", "content": "Budget: 4096 tokens"},
        {"role": "user", "content": "Why?"},
    ]


def test_missing_variable_name_reported():
    with pytest.raises(MissingVariable) as info:
        PromptTemplate("{{ a }} {{ b }}").render(a=1)
    assert info.value.args == ("b",)
