from xml_tool_calls import XmlToolCallParser

parser = XmlToolCallParser({"search", "open_url", "calc"})


def test_single_call_and_remaining_text():
    reply = 'Checking.\n<tool_call name="search"><arg name="query">tide tables</arg></tool_call>'
    parsed = parser.parse(reply)
    assert parsed.calls == [("search", {"query": "tide tables"})]
    assert parsed.text == "Checking."
    assert parsed.errors == []


def test_calls_keep_their_order():
    reply = ('<tool_call name="open_url"><arg name="url">https://a.example</arg></tool_call>'
             '<tool_call name="calc"><arg name="expr">2+2</arg></tool_call>')
    assert [name for name, _ in parser.parse(reply).calls] == ["open_url", "calc"]


def test_json_typed_argument():
    reply = '<tool_call name="calc"><arg name="terms" type="json">[1, 2, 3]</arg></tool_call>'
    assert parser.parse(reply).calls == [("calc", {"terms": [1, 2, 3]})]


def test_unknown_tool_reported():
    parsed = parser.parse('<tool_call name="rm_rf"><arg name="path">/</arg></tool_call>')
    assert parsed.calls == []
    assert parsed.errors == ["tool call #1: unknown tool 'rm_rf'"]


def test_bad_json_argument_reported():
    parsed = parser.parse('<tool_call name="calc"><arg name="terms" type="json">[1, 2</arg></tool_call>')
    assert parsed.calls == []
    assert len(parsed.errors) == 1


def test_unescaped_ampersand_reported_and_rest_still_parsed():
    reply = ('<tool_call name="search"><arg name="query">Tom & Jerry</arg></tool_call>\n'
             '<tool_call name="calc"><arg name="expr">1+1</arg></tool_call>')
    parsed = parser.parse(reply)
    assert parsed.calls == [("calc", {"expr": "1+1"})]
    assert len(parsed.errors) == 1
    assert parsed.errors[0].startswith("tool call #1:")
