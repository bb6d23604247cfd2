import pytest

from tool_call_kwargs_parse import parse_tool_call


def test_bare_text_that_is_not_python():
    assert parse_tool_call("weather(city=New York, date=2024-01-05)") == (
        "weather", {"city": "New York", "date": "2024-01-05"})


def test_bare_text_that_parses_but_is_not_a_literal():
    assert parse_tool_call("lookup(term=cats and dogs, field=name)") == (
        "lookup", {"term": "cats and dogs", "field": "name"})


def test_nested_dict_and_escaped_quote():
    name, kwargs = parse_tool_call(r'''write(path="a.txt", meta={"k": [1, {"x": 2}]}, text="say \"hi\", ok")''')
    assert name == "write"
    assert kwargs == {"path": "a.txt", "meta": {"k": [1, {"x": 2}]}, "text": 'say "hi", ok'}


def test_no_arguments_and_dotted_name():
    assert parse_tool_call("ping()") == ("ping", {})
    assert parse_tool_call("  fs.list( path = '/tmp' , )  ") == ("fs.list", {"path": "/tmp"})


def test_equals_inside_value():
    assert parse_tool_call('sql(q="a = 1", mode=x=y)') == ("sql", {"q": "a = 1", "mode": "x=y"})


def test_repeated_and_malformed_arguments():
    with pytest.raises(ValueError):
        parse_tool_call("f(a=1, a=2)")
    with pytest.raises(ValueError):
        parse_tool_call("f(1bad=3)")
