from transcript_run_squash import expand, render, squash


def user(text):
    return {"role": "user", "content": text}


def assistant(text=None, calls=()):
    return {"role": "assistant", "content": text, "tool_calls": list(calls)}


def test_squash_repeated_text():
    msgs = [user("hi"), assistant("Working..."), assistant("Working... "), assistant("Done")]
    runs = squash(msgs)
    assert [count for _, count in runs] == [1, 2, 1]


def test_different_roles_not_merged():
    msgs = [user("ok"), assistant("ok")]
    assert len(squash(msgs)) == 2


def test_squash_repeated_tool_call():
    call = {"name": "read_file", "arguments": '{"path": "a.py"}'}
    msgs = [assistant(calls=[call]), assistant(calls=[dict(call)]), assistant(calls=[dict(call)])]
    assert [count for _, count in squash(msgs)] == [3]


def test_squash_truncated_arguments():
    call = {"name": "write_file", "arguments": '{"path": "a.py", "text": "x'}
    msgs = [assistant(calls=[call]), assistant(calls=[dict(call)])]
    assert [count for _, count in squash(msgs)] == [2]


def test_expand_roundtrip():
    msgs = [user("a"), user("a"), assistant("b"), user("a")]
    assert expand(squash(msgs)) == msgs


def test_render():
    msgs = [user("go"), assistant("Trying", [{"name": "run", "arguments": {}}])] + \
        [assistant("Trying", [{"name": "run", "arguments": "{}"}])] * 2
    assert render(squash(msgs)) == "user: go\nassistant: Trying [run] (x3)"
