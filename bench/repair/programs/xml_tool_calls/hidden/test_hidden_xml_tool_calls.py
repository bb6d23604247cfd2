from xml_tool_calls import XmlToolCallParser

parser = XmlToolCallParser({"read_file", "write_file"})


def test_unclosed_inner_tag():
    reply = ('<tool_call name="read_file"><arg name="path">a.txt</tool_call>'
             ' and <tool_call name="write_file"><arg name="path">b.txt</arg></tool_call>')
    parsed = parser.parse(reply)
    assert parsed.calls == [("write_file", {"path": "b.txt"})]
    assert len(parsed.errors) == 1
    assert parsed.errors[0].startswith("tool call #1:")


def test_raw_angle_bracket_in_argument():
    parsed = parser.parse('<tool_call name="write_file"><arg name="text">if a < b</arg></tool_call>')
    assert parsed.calls == []
    assert len(parsed.errors) == 1


def test_every_kind_of_problem_collected():
    reply = "\n".join([
        '<tool_call><arg name="path">x</arg></tool_call>',
        '<tool_call name="read_file"><arg name="path">ok.txt</arg></tool_call>',
        '<tool_call name="read_file" bad attr><arg name="path">y</arg></tool_call>',
        '<tool_call name="delete"><arg name="path">z</arg></tool_call>',
        '<tool_call name="write_file"><arg>no name</arg></tool_call>',
        '<tool_call name="write_file"><arg name="n" type="json">{oops}</arg></tool_call>',
    ])
    parsed = parser.parse(reply)
    assert parsed.calls == [("read_file", {"path": "ok.txt"})]
    assert [error.split(":")[0] for error in parsed.errors] == [
        "tool call #1", "tool call #3", "tool call #4", "tool call #5", "tool call #6",
    ]
    assert "unknown tool 'delete'" in parsed.errors[2]


def test_escaped_entities_are_fine():
    reply = '<tool_call name="write_file"><arg name="text">Tom &amp; Jerry &lt;3</arg></tool_call>'
    assert parser.parse(reply).calls == [("write_file", {"text": "Tom & Jerry <3"})]


def test_text_around_calls_kept():
    reply = 'Before <tool_call name="read_file"><arg name="path">p</arg></tool_call> after'
    assert parser.parse(reply).text == "Before  after"


def test_no_calls():
    parsed = parser.parse("Just an answer.")
    assert (parsed.text, parsed.calls, parsed.errors) == ("Just an answer.", [], [])
