import pytest

from mustache_sections import TemplateSyntaxError, render


def test_dict_section_shadows_outer_names():
    template = "{{title}}: {{#owner}}{{title}} {{name}}{{/owner}}"
    context = {"title": "Report", "name": "nobody", "owner": {"title": "Dr.", "name": "Okafor"}}
    assert render(template, context) == "Report: Dr. Okafor"


def test_outer_names_visible_inside_sections():
    template = "{{#docs}}[{{source}}#{{id}}] {{/docs}}"
    context = {"source": "kb", "docs": [{"id": 1}, {"id": 2, "source": "web"}]}
    assert render(template, context) == "[kb#1] [web#2] "


def test_nested_lists_shadow_innermost_first():
    template = "{{#a}}{{#b}}{{v}}{{/b}}|{{v}};{{/a}}"
    context = {"v": "top", "a": [{"v": "a1", "b": [{"v": "b1"}, {}]}, {"b": [{"v": "b2"}]}]}
    assert render(template, context) == "b1a1|a1;b2|top;"


def test_dotted_name_resolves_from_innermost_scope():
    template = "{{#items}}{{meta.kind}} {{/items}}"
    context = {"meta": {"kind": "outer"}, "items": [{"meta": {"kind": "inner"}}, {}]}
    assert render(template, context) == "inner outer "


def test_dot_is_current_item():
    assert render("{{#tags}}<{{.}}>{{/tags}}", {"tags": ["a", "b"]}) == "<a><b>"


def test_falsy_values_and_missing_sections():
    template = "{{#x}}yes{{/x}}{{^x}}no{{/x}}"
    for value in [False, 0, "", None, []]:
        assert render(template, {"x": value}) == "no"
    assert render(template, {}) == "no"
    assert render(template, {"x": "text"}) == "yes"


def test_nested_same_name_sections():
    assert render("{{#x}}({{#x}}in{{/x}}){{/x}}", {"x": True}) == "(in)"


def test_stray_close_tag():
    with pytest.raises(TemplateSyntaxError):
        render("text {{/x}}", {})
