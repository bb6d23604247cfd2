from structured_reply_check import check_reply

SCHEMA = {"title": "str", "priority": "int", "urgent": "bool"}


def test_valid_reply():
    result = check_reply('{"title": "Fix login", "priority": 2, "urgent": false}', SCHEMA)
    assert result.ok
    assert result.data == {"title": "Fix login", "priority": 2, "urgent": False}


def test_fenced_reply_with_string_numbers():
    reply = '```json\n{"title": "Docs", "priority": "3", "urgent": "yes"}\n```'
    result = check_reply(reply, SCHEMA)
    assert result.ok
    assert result.data == {"title": "Docs", "priority": 3, "urgent": True}


def test_not_json():
    result = check_reply("Sure! Here is the ticket: title=Fix login", SCHEMA)
    assert not result.ok
    assert result.errors[0].startswith("invalid JSON")


def test_missing_field():
    result = check_reply('{"title": "Fix login", "priority": 1}', SCHEMA)
    assert result.errors == ["urgent: missing"]


def test_null_priority():
    result = check_reply('{"title": "t", "priority": null, "urgent": true}', SCHEMA)
    assert result.errors == ["priority: expected int"]


def test_priority_in_words():
    result = check_reply('{"title": "t", "priority": "high", "urgent": true}', SCHEMA)
    assert not result.ok
    assert result.errors == ["priority: expected int"]


def test_array_instead_of_object():
    result = check_reply('[{"title": "t"}]', SCHEMA)
    assert result.errors == ["expected a JSON object"]
