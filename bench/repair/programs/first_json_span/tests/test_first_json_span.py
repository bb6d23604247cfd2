from first_json_span import balanced_end, extract_json


def test_plain_object():
    assert extract_json('{"action": "search", "query": "tides"}') == {"action": "search", "query": "tides"}


def test_object_inside_prose_and_fence():
    reply = 'Sure! Here it is:\n```json\n{"score": 7, "tags": ["a", "b"]}\n```\nAnything else?'
    assert extract_json(reply) == {"score": 7, "tags": ["a", "b"]}


def test_no_json():
    assert extract_json("I could not find an answer.") is None


def test_skips_placeholder_braces():
    reply = 'Fill in {name} like this: {"name": "Ada"}'
    assert extract_json(reply) == {"name": "Ada"}


def test_stray_brace_before_object():
    reply = 'Thinking { out loud... final: {"answer": 42}'
    assert extract_json(reply) == {"answer": 42}


def test_balanced_end_ignores_braces_in_strings():
    text = 'x = {"a": "}{", "b": [1, {"c": 2}]} tail'
    assert balanced_end(text, 4) == len(text) - len(" tail")
