from fenced_tool_calls import ToolCall, extract_tool_calls


def fenced(body: str, tag: str = "json") -> str:
    return f"```{tag}\n{body}\n```"


def test_bare_call():
    text = "Let me look that up.\n" + fenced('{"name": "search", "arguments": {"q": "tides"}}')
    assert extract_tool_calls(text) == [ToolCall("search", {"q": "tides"})]


def test_openai_shape_with_string_arguments():
    body = '{"id": "call_1", "type": "function", "function": {"name": "add", "arguments": "{\\"a\\": 1}"}}'
    assert extract_tool_calls(fenced(body)) == [ToolCall("add", {"a": 1}, "call_1")]


def test_anthropic_shape():
    body = '{"type": "tool_use", "id": "toolu_9", "name": "get_weather", "input": {"city": "Oslo"}}'
    assert extract_tool_calls(fenced(body)) == [ToolCall("get_weather", {"city": "Oslo"}, "toolu_9")]


def test_several_calls_in_one_block():
    body = '[{"name": "a", "arguments": {}}, {"name": "b", "arguments": {"x": 2}}]'
    assert [call.name for call in extract_tool_calls(fenced(body))] == ["a", "b"]


def test_code_samples_are_not_calls():
    text = fenced("print('hi')", "python") + "\n" + fenced('{"answer": 42}')
    assert extract_tool_calls(text) == []


def test_plain_text():
    assert extract_tool_calls("No tools needed, the answer is 4.") == []
