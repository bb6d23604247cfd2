from structured_output import check_reply, extract_object

SCHEMA = {"title": str, "tags": list, "score": int, "meta": dict}


def test_extract_multiline_nested_object():
    reply = 'Result:\n{\n  "a": {\n    "b": [1,\n 2]\n  }\n}\nDone.'
    assert extract_object(reply) == '{\n  "a": {\n    "b": [1,\n 2]\n  }\n}'


def test_extract_none_without_braces():
    assert extract_object("no object\nhere") is None


def test_multiline_reply_with_text_after():
    reply = (
        "Okay.\n\n{\n"
        '  "title": "Q3 report",\n'
        '  "tags": ["finance",\n           "quarterly"],\n'
        '  "score": 7,\n'
        '  "meta": {"pages": 12}\n'
        "}\n\nLet me know if you need changes."
    )
    result = check_reply(reply, SCHEMA)
    assert result.ok, result.errors
    assert result.data == {
        "title": "Q3 report",
        "tags": ["finance", "quarterly"],
        "score": 7,
        "meta": {"pages": 12},
    }


def test_multiline_type_errors_reported():
    reply = '{\n"title": "x",\n"tags": "a,b",\n"score": true,\n"meta": {}\n}'
    result = check_reply(reply, SCHEMA)
    assert result.errors == ["tags: expected list, got str", "score: expected int, got bool"]


def test_multiline_unexpected_and_optional_fields():
    reply = '```\n{\n"title": "t",\n"tags": [],\n"score": 1,\n"extra": 0\n}\n```'
    result = check_reply(reply, SCHEMA, optional=frozenset({"meta"}))
    assert result.errors == ["unexpected field 'extra'"]
    assert result.data is None


def test_broken_multiline_json_reports_line():
    reply = '{\n"title": "t",\n"tags": [,\n}'
    result = check_reply(reply, SCHEMA)
    assert len(result.errors) == 1
    assert result.errors[0].startswith("invalid JSON") and result.errors[0].endswith("line 3")


def test_single_line_still_works():
    result = check_reply('{"title": "a", "tags": ["x"], "score": 3, "meta": {}}', SCHEMA)
    assert result.ok
