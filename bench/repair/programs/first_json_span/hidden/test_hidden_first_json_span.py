from first_json_span import balanced_end, extract_json


def test_object_nested_in_invalid_wrapper():
    reply = 'Result: {verdict: {"ok": true, "n": 3}}'
    assert extract_json(reply) == {"ok": True, "n": 3}


def test_list_wanted():
    reply = 'Options [a, b] or as JSON: ["a", "b"]'
    assert extract_json(reply, want=list) == ["a", "b"]


def test_list_nested_in_invalid_list():
    reply = 'Steps: [step one, ["ls", "-la"]]'
    assert extract_json(reply, want=list) == ["ls", "-la"]


def test_two_stray_braces():
    reply = '{ hmm { let me think... {"plan": ["x"]}'
    assert extract_json(reply) == {"plan": ["x"]}


def test_first_of_two_valid_objects():
    assert extract_json('{"a": 1} and {"b": 2}') == {"a": 1}


def test_escaped_quotes_in_strings():
    reply = 'out: {"msg": "he said \\"{\\" loudly"} end'
    assert extract_json(reply) == {"msg": 'he said "{" loudly'}


def test_unbalanced_only():
    assert extract_json('{"a": [1, 2') is None
    assert balanced_end('{"a": [1, 2', 0) == -1


def test_trailing_text_after_broken_candidate():
    assert extract_json('{ oops {"k": "v"} {x') == {"k": "v"}
