from json_salvage import missing_closers, salvage_json


def test_valid_json_untouched():
    result = salvage_json('{"tool": "search", "args": {"q": "weather"}}')
    assert result.value == {"tool": "search", "args": {"q": "weather"}}
    assert result.repairs == []


def test_code_fence_and_prose():
    reply = 'Here you go:\n```json\n{"answer": 42}\n```\nLet me know!'
    result = salvage_json(reply)
    assert result.value == {"answer": 42}
    assert result.repairs == ["code fence"]


def test_trailing_commas():
    result = salvage_json('{"items": [1, 2, 3,], "done": true,}')
    assert result.value == {"items": [1, 2, 3], "done": True}
    assert result.repairs == ["trailing comma"]


def test_truncated_output():
    result = salvage_json('{"steps": ["plan", "act"')
    assert result.value == {"steps": ["plan", "act"]}


def test_missing_closers():
    assert missing_closers('{"a": [1, {"b": "x') == '"}]}'
    assert missing_closers('{"a": "}"}') == ""


def test_reply_without_json():
    assert salvage_json("I could not find anything relevant.") is None
