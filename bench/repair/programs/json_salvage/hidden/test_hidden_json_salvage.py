from json_salvage import Salvaged, salvage_json


def test_no_content_at_all():
    assert salvage_json(None) is None
    assert salvage_json("") is None
    assert salvage_json("   \n") is None


def test_fence_without_json_inside():
    assert salvage_json("```\nno structured data today\n```") is None
    assert salvage_json("Sorry (I can't) do that.") is None


def test_array_reply_with_leading_prose():
    result = salvage_json('The ids are [3, 5, 8] as requested.')
    assert result == Salvaged([3, 5, 8], [])


def test_truncated_inside_string_and_trailing_comma():
    result = salvage_json('```json\n{"notes": ["first", "sec')
    assert result.value == {"notes": ["first", "sec"]}
    assert result.repairs == ["code fence", "unclosed"]
    cut = salvage_json('{"a": 1, "b": [true, false,')
    assert cut.value == {"a": 1, "b": [True, False]}
    assert cut.repairs == ["unclosed", "trailing comma"]


def test_braces_inside_strings_are_not_counted():
    result = salvage_json('{"template": "{name} [x]", "n": 2')
    assert result.value == {"template": "{name} [x]", "n": 2}


def test_hopeless_input_gives_none():
    assert salvage_json('{"a": nope}') is None
