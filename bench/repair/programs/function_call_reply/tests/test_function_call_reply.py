from function_call_reply import CallError, FunctionCall, parse_call, parse_calls


def test_plain_call():
    result = parse_call('{"name": "get_weather", "arguments": {"city": "Oslo"}}')
    assert result == FunctionCall("get_weather", {"city": "Oslo"})


def test_trailing_text_kept_apart():
    result = parse_call('{"name": "search", "arguments": {"q": "x"}}\nLet me know if that helps!')
    assert isinstance(result, FunctionCall)
    assert result.arguments == {"q": "x"}
    assert result.trailing == "Let me know if that helps!"


def test_double_encoded_arguments():
    result = parse_call('{"name": "add", "arguments": "{\\"a\\": 1, \\"b\\": 2}"}')
    assert result == FunctionCall("add", {"a": 1, "b": 2})


def test_no_json_at_all():
    assert isinstance(parse_call("I cannot help with that."), CallError)


def test_truncated_json():
    result = parse_call('{"name": "search", "arguments": {"q": ')
    assert isinstance(result, CallError)


def test_missing_name():
    result = parse_call('{"arguments": {"q": "x"}} done')
    assert isinstance(result, CallError)
    assert "name" in result.reason


def test_parse_calls_sorts_results():
    calls, errors = parse_calls(['{"name": "a"}', "nothing here"])
    assert [c.name for c in calls] == ["a"]
    assert len(errors) == 1
