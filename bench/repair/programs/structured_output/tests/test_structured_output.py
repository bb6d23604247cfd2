from structured_output import check_reply, retry_prompt

SCHEMA = {"city": str, "temperature": float, "rain": bool}


def test_object_inside_prose():
    reply = 'Sure! {"city": "Oslo", "temperature": 3.5, "rain": true} Anything else?'
    result = check_reply(reply, SCHEMA)
    assert result.ok
    assert result.data == {"city": "Oslo", "temperature": 3.5, "rain": True}


def test_pretty_printed_object_in_code_fence():
    reply = (
        "Here is the forecast:\n"
        "```json\n"
        "{\n"
        '  "city": "Lima",\n'
        '  "temperature": 19,\n'
        '  "rain": false\n'
        "}\n"
        "```\n"
    )
    result = check_reply(reply, SCHEMA)
    assert result.errors == []
    assert result.data["city"] == "Lima"


def test_missing_and_wrong_type():
    result = check_reply('{"city": 42, "rain": false}', SCHEMA)
    assert not result.ok
    assert result.data is None
    assert result.errors == ["city: expected str, got int", "missing field 'temperature'"]


def test_no_json_at_all():
    result = check_reply("I cannot help with that.", SCHEMA)
    assert result.errors == ["no JSON object in reply"]


def test_retry_prompt_lists_errors():
    result = check_reply('{"city": "Rome"}', SCHEMA)
    prompt = retry_prompt(result)
    assert "- missing field 'temperature'" in prompt
    assert "- missing field 'rain'" in prompt
