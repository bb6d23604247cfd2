from function_call_reply import CallError, FunctionCall, parse_call, parse_calls


def test_prose_before_and_after():
    reply = 'Sure! {"name": "files.read", "arguments": {"path": "a.txt"}} -- done'
    assert parse_call(reply) == FunctionCall("files.read", {"path": "a.txt"}, "-- done")


def test_braces_inside_strings_and_nested_objects():
    reply = '{"name": "fmt", "arguments": {"template": "{x}}", "opts": {"a": [1, {"b": 2}]}}} ok'
    result = parse_call(reply)
    assert isinstance(result, FunctionCall)
    assert result.arguments == {"template": "{x}}", "opts": {"a": [1, {"b": 2}]}}
    assert result.trailing == "ok"


def test_missing_arguments_default_to_empty():
    assert parse_call('{"name": "ping"}') == FunctionCall("ping", {})
    assert parse_call('{"name": "ping", "arguments": "  "}') == FunctionCall("ping", {})


def test_bad_names_become_errors():
    for name in ["", "two words", "9lives", "rm -rf"]:
        result = parse_call('{"name": "%s", "arguments": {}}' % name)
        assert isinstance(result, CallError), name
        assert result.reply.startswith("{")


def test_non_object_arguments_become_errors():
    for arguments in ["[1, 2]", "42", '"[1, 2]"', '"\\"text\\""', "null"]:
        result = parse_call('{"name": "f", "arguments": %s}' % arguments)
        assert isinstance(result, CallError), arguments


def test_invalid_double_encoded_arguments():
    result = parse_call('{"name": "f", "arguments": "{not json"}')
    assert isinstance(result, CallError)


def test_unterminated_object_is_an_error():
    assert isinstance(parse_call("{"), CallError)
    assert isinstance(parse_call('{"name": "f"'), CallError)


def test_batch_never_raises():
    replies = ['{"name": "ok"}', '{"name": 5}', '{"arguments": 1}', "{oops", '{"name": "x y"}']
    calls, errors = parse_calls(replies)
    assert [c.name for c in calls] == ["ok"]
    assert len(errors) == 4
