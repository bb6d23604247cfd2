import pytest

from mustache_sections import TemplateSyntaxError, render


def test_variables_and_missing_names():
    assert render("Hello {{ user }}, {{missing}}!", {"user": "Ada"}) == "Hello Ada, !"


def test_dotted_names():
    assert render("{{task.title}} ({{task.owner.name}})",
                  {"task": {"title": "Fix CI", "owner": {"name": "Lin"}}}) == "Fix CI (Lin)"


def test_conditional_and_inverted_sections():
    template = "{{#tools}}You may call tools.{{/tools}}{{^tools}}Answer directly.{{/tools}}"
    assert render(template, {"tools": True}) == "You may call tools."
    assert render(template, {"tools": []}) == "Answer directly."


def test_list_of_examples():
    template = "{{#examples}}Q: {{q}}\nA: {{a}}\n{{/examples}}"
    context = {"examples": [{"q": "2+2", "a": "4"}, {"q": "3*3", "a": "9"}]}
    assert render(template, context) == "Q: 2+2\nA: 4\nQ: 3*3\nA: 9\n"


def test_item_names_shadow_outer_names():
    template = "{{name}} knows:{{#skills}} {{name}}/{{level}}{{/skills}}"
    context = {"name": "agent", "level": "?",
               "skills": [{"name": "sql", "level": 3}, {"name": "git"}]}
    assert render(template, context) == "agent knows: sql/3 git/?"


def test_comments_and_errors():
    assert render("a{{! ignored }}b", {}) == "ab"
    with pytest.raises(TemplateSyntaxError):
        render("{{#open}}never closed", {"open": True})
