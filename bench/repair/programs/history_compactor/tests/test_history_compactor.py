from history_compactor import HistoryCompactor


def user(text):
    return {"role": "user", "content": text}


def assistant(text):
    return {"role": "assistant", "content": text}


def tool(text):
    return {"role": "tool", "content": text}


SYSTEM = {"role": "system", "content": "You are a coding agent."}


def fake_summary(messages):
    return " | ".join(m["content"] for m in messages)


def test_short_history_unchanged():
    compactor = HistoryCompactor(fake_summary, keep_recent=4)
    history = [SYSTEM, user("hi"), assistant("hello")]
    assert compactor.compact(history) == history
    assert compactor.compactions == 0


def test_older_turns_summarized():
    compactor = HistoryCompactor(fake_summary, keep_recent=2)
    history = [SYSTEM, user("q1"), assistant("a1"), user("q2"), assistant("a2")]
    compacted = compactor.compact(history)
    assert compacted == [
        SYSTEM,
        {"role": "user", "content": "[Summary of 2 earlier messages]\nq1 | a1"},
        user("q2"),
        assistant("a2"),
    ]
    assert compactor.compactions == 1


def test_needs_compaction_ignores_system_messages():
    compactor = HistoryCompactor(fake_summary, keep_recent=2)
    assert not compactor.needs_compaction([SYSTEM, SYSTEM, user("q"), assistant("a")])
    assert compactor.needs_compaction([user("q"), assistant("a"), user("q2")])


def test_tool_result_kept_with_its_call():
    compactor = HistoryCompactor(fake_summary, keep_recent=3)
    history = [SYSTEM, user("list files"), assistant("call ls"), tool("a.py b.py"),
               assistant("two files"), user("thanks")]
    compacted = compactor.compact(history)
    assert compacted[2:] == [assistant("call ls"), tool("a.py b.py"),
                             assistant("two files"), user("thanks")]
