from transcript_run_squash import expand, message_key, render, squash


def call(name, arguments):
    return {"role": "assistant", "content": "", "tool_calls": [{"name": name, "arguments": arguments}]}


def test_key_for_malformed_arguments():
    a = message_key(call("shell", "not json"))
    b = message_key(call("shell", "not json"))
    c = message_key(call("shell", "not json!"))
    assert a == b
    assert a != c


def test_malformed_and_empty_arguments_squash():
    msgs = [call("shell", "{\"cmd\": \"ls"), call("shell", "{\"cmd\": \"ls"),
            call("shell", ""), call("shell", ""), call("shell", "")]
    assert [n for _, n in squash(msgs)] == [2, 3]


def test_missing_arguments_and_dict_equivalence():
    msgs = [call("ls", None), call("ls", None),
            call("grep", {"b": 2, "a": 1}), call("grep", '{"a": 1, "b": 2}')]
    assert [n for _, n in squash(msgs)] == [2, 2]


def test_different_malformed_arguments_not_merged():
    msgs = [call("shell", "{\"cmd\": \"ls"), call("shell", "{\"cmd\": \"pwd")]
    assert [n for _, n in squash(msgs)] == [1, 1]


def test_non_adjacent_repeats_stay_apart():
    msgs = [{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"},
            {"role": "user", "content": "x"}]
    runs = squash(msgs)
    assert [n for _, n in runs] == [1, 1, 1]
    assert expand(runs) == msgs
    assert squash([]) == []


def test_render_malformed_run():
    msgs = [call("shell", "{oops")] * 4
    assert render(squash(msgs)) == "assistant: [shell] (x4)"
