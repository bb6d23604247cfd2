import json

from gemini_contents import to_gemini


def call(call_id, name, arguments):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_parallel_calls_and_results_merge_into_one_turn_each():
    body = to_gemini([
        {"role": "user", "content": "Compare"},
        {"role": "assistant", "content": "Checking both.", "tool_calls": [
            call("a", "price", json.dumps({"sku": "X-1", "qty": 2})),
            call("b", "price", json.dumps({"sku": "Y-2", "qty": 1})),
        ]},
        {"role": "tool", "tool_call_id": "b", "content": "9.5"},
        {"role": "tool", "tool_call_id": "a", "content": '{"eur": 4}'},
        {"role": "user", "content": "Which is cheaper?"},
    ])
    assert body["contents"] == [
        {"role": "user", "parts": [{"text": "Compare"}]},
        {"role": "model", "parts": [
            {"text": "Checking both."},
            {"functionCall": {"name": "price", "args": {"sku": "X-1", "qty": 2}}},
            {"functionCall": {"name": "price", "args": {"sku": "Y-2", "qty": 1}}},
        ]},
        {"role": "user", "parts": [
            {"functionResponse": {"name": "price", "response": {"result": 9.5}}},
            {"functionResponse": {"name": "price", "response": {"eur": 4}}},
            {"text": "Which is cheaper?"},
        ]},
    ]


def test_nested_and_unicode_arguments():
    arguments = '{"query": "caf\\u00e9 near me", "filters": {"open": true, "tags": ["wifi", null]}, "limit": 5}'
    body = to_gemini([
        {"role": "user", "content": "find"},
        {"role": "assistant", "content": "", "tool_calls": [call("q", "search", arguments)]},
    ])
    assert body["contents"][1]["parts"] == [{"functionCall": {"name": "search", "args": {
        "query": "café near me", "filters": {"open": True, "tags": ["wifi", None]}, "limit": 5}}}]


def test_arguments_with_whitespace_and_no_arguments():
    body = to_gemini([
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": None, "tool_calls": [
            call("1", "now", "{}"),
            call("2", "sleep", '{\n  "seconds": 3\n}'),
        ]},
    ])
    assert [part["functionCall"]["args"] for part in body["contents"][1]["parts"]] == [{}, {"seconds": 3}]


def test_several_system_messages_and_consecutive_users():
    body = to_gemini([
        {"role": "system", "content": "A"},
        {"role": "user", "content": "one"},
        {"role": "user", "content": "two"},
        {"role": "system", "content": "B"},
    ])
    assert body == {"contents": [{"role": "user", "parts": [{"text": "one"}, {"text": "two"}]}],
                    "systemInstruction": {"parts": [{"text": "A"}, {"text": "B"}]}}


def test_json_list_output_is_wrapped():
    body = to_gemini([
        {"role": "user", "content": "x"},
        {"role": "assistant", "content": None, "tool_calls": [call("z", "list_files", '{"dir": "."}')]},
        {"role": "tool", "tool_call_id": "z", "content": '["a", "b"]'},
    ])
    assert body["contents"][2]["parts"][0]["functionResponse"] == {
        "name": "list_files", "response": {"result": ["a", "b"]}}
