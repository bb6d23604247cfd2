from assistant_run_collapse import Transcript


def _pairs(transcript):
    return [(m.role, m.content) for m in transcript.collapsed()]


def test_order_is_kept_around_every_run():
    transcript = Transcript(separator="|")
    for role, text in [("system", "be brief"), ("assistant", "a"), ("assistant", "b"),
                       ("user", "u1"), ("assistant", "c"), ("user", "u2"),
                       ("assistant", "d"), ("assistant", "e"), ("assistant", "f")]:
        transcript.append(role, text)
    assert _pairs(transcript) == [("system", "be brief"), ("assistant", "a|b"), ("user", "u1"),
                                  ("assistant", "c"), ("user", "u2"), ("assistant", "d|e|f")]


def test_tool_results_follow_their_call():
    first = {"id": "1", "name": "read"}
    second = {"id": "2", "name": "write"}
    transcript = Transcript()
    transcript.append("user", "go")
    transcript.append("assistant", "thinking")
    transcript.append("assistant", "", [first])
    transcript.append("tool", "file body")
    transcript.append("assistant", "now writing", [second])
    transcript.append("tool", "ok")
    transcript.append("assistant", "done")
    transcript.append("assistant", "  ")
    transcript.append("user", "great")
    assert transcript.payload() == [
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": "thinking", "tool_calls": [first]},
        {"role": "tool", "content": "file body"},
        {"role": "assistant", "content": "now writing", "tool_calls": [second]},
        {"role": "tool", "content": "ok"},
        {"role": "assistant", "content": "done"},
        {"role": "user", "content": "great"},
    ]


def test_consecutive_user_messages_are_not_merged():
    transcript = Transcript()
    transcript.append("user", "one")
    transcript.append("user", "two")
    transcript.append("assistant", " x ")
    assert _pairs(transcript) == [("user", "one"), ("user", "two"), ("assistant", "x")]


def test_collapsing_leaves_the_stored_messages_alone():
    transcript = Transcript()
    transcript.append("assistant", "p")
    transcript.append("assistant", "q")
    transcript.append("user", "r")
    list(transcript.collapsed())
    assert [m.content for m in transcript.messages] == ["p", "q", "r"]
    assert Transcript().payload() == []
