import json

from prompt_filters import PromptTemplate


def test_json_filter_dumps_the_value():
    template = PromptTemplate("Context: {{ ctx | json }}")
    assert template.render(ctx={"k": [1, 2]}) == 'Context: {"k": [1, 2]}'


def test_trim_filter():
    assert PromptTemplate("[{{ note|trim }}]").render(note="  spaced out \n") == "[spaced out]"


def test_filter_on_default_value():
    template = PromptTemplate("{{ mode | upper }}", defaults={"mode": "draft"})
    assert template.render() == "DRAFT"
    assert template.render(mode="final") == "FINAL"


def test_bullets_with_single_value_and_numbers():
    template = PromptTemplate("{{ items | bullets }}")
    assert template.render(items="only one") == "- only one"
    assert template.render(items=(1, 2, 3)) == "- 1\n- 2\n- 3"


def test_same_variable_with_and_without_filter():
    template = PromptTemplate("{{ name }} / {{ name | upper }} / {{ name | json }}")
    assert template.render(name="ada") == "ada / ADA / " + json.dumps("ada")


def test_values_mapping_and_keywords_combined():
    template = PromptTemplate("{{ a }}-{{ b | upper }}", defaults={"a": "0", "b": "z"})
    assert template.render({"a": "1"}, b="y") == "1-Y"
