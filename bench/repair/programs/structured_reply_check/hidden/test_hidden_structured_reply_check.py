from structured_reply_check import check_reply

SCHEMA = {"name": "str", "score": "float", "passed": "bool", "attempts": "int"}


def test_unrecognised_boolean_is_an_error_not_a_crash():
    reply = '{"name": "run-1", "score": 0.5, "passed": "maybe", "attempts": 2}'
    result = check_reply(reply, SCHEMA)
    assert result.errors == ["passed: expected bool"]
    assert result.data == {"name": "run-1", "score": 0.5, "attempts": 2}


def test_float_placeholder_text():
    reply = '{"name": "r", "score": "n/a", "passed": true, "attempts": 1}'
    result = check_reply(reply, SCHEMA)
    assert not result.ok
    assert result.errors == ["score: expected float"]
    assert result.data["passed"] is True


def test_every_bad_field_reported_in_schema_order():
    reply = '{"name": "r", "score": "lots", "passed": "perhaps", "attempts": "two"}'
    result = check_reply(reply, SCHEMA)
    assert result.errors == [
        "score: expected float",
        "passed: expected bool",
        "attempts: expected int",
    ]
    assert result.data == {"name": "r"}


def test_mixed_type_and_value_errors():
    reply = '{"name": "r", "score": [1], "passed": "nope", "attempts": 3}'
    result = check_reply(reply, SCHEMA)
    assert result.errors == ["score: expected float", "passed: expected bool"]
    assert result.data["attempts"] == 3


def test_string_values_coerced():
    reply = '```\n{"name": 7, "score": "0.25", "passed": "No", "attempts": " 4 "}\n```'
    result = check_reply(reply, SCHEMA)
    assert result.ok
    assert result.data == {"name": "7", "score": 0.25, "passed": False, "attempts": 4}


def test_decimal_text_for_int_field():
    result = check_reply('{"name": "a", "score": 1, "passed": 1, "attempts": "2.5"}', SCHEMA)
    assert result.errors == ["attempts: expected int"]


def test_truncated_json():
    result = check_reply('{"name": "a", "score": 1', SCHEMA)
    assert len(result.errors) == 1 and result.errors[0].startswith("invalid JSON")
    assert result.data == {}
