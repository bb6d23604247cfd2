from history_compactor import HistoryCompactor


def user(text):
    return {"role": "user", "content": text}


def assistant(text):
    return {"role": "assistant", "content": text}


def tool(text):
    return {"role": "tool", "content": text}


SYSTEM = {"role": "system", "content": "sys"}


class RecordingSummarizer:
    def __init__(self):
        self.calls = []

    def __call__(self, messages):
        self.calls.append(list(messages))
        return f"{len(messages)} msgs"


def test_parallel_tool_results_stay_together():
    summarizer = RecordingSummarizer()
    compactor = HistoryCompactor(summarizer, keep_recent=2)
    history = [user("go"), assistant("call a, b"), tool("A"), tool("B"), assistant("done")]
    compacted = compactor.compact(history)
    assert summarizer.calls == [[user("go")]]
    assert compacted == [{"role": "user", "content": "[Summary of 1 earlier messages]\n1 msgs"},
                         assistant("call a, b"), tool("A"), tool("B"), assistant("done")]


def test_summarizer_sees_exactly_the_dropped_turns():
    summarizer = RecordingSummarizer()
    compactor = HistoryCompactor(summarizer, keep_recent=3)
    history = [SYSTEM, user("u1"), assistant("c1"), tool("t1"), assistant("r1"),
               user("u2"), assistant("c2"), tool("t2"), assistant("r2")]
    compacted = compactor.compact(history)
    assert summarizer.calls == [history[1:6]]
    assert compacted[0] == SYSTEM
    assert compacted[2:] == history[6:]


def test_nothing_to_summarize_when_only_tool_results_before():
    summarizer = RecordingSummarizer()
    compactor = HistoryCompactor(summarizer, keep_recent=2)
    history = [assistant("call"), tool("1"), tool("2")]
    assert compactor.compact(history) == history
    assert summarizer.calls == []
    assert compactor.compactions == 0


def test_no_tool_result_opens_the_recent_part():
    compactor = HistoryCompactor(lambda messages: "s", keep_recent=4)
    history = []
    for turn in range(6):
        history += [user(f"u{turn}"), assistant(f"call{turn}"), tool(f"t{turn}")]
    for keep in range(1, 10):
        compactor.keep_recent = keep
        compacted = compactor.compact(history)
        assert compacted[1]["role"] != "tool"
        assert compacted[1:] == history[len(history) - len(compacted) + 1:]
        assert len(compacted) - 1 >= keep


def test_input_list_not_modified():
    compactor = HistoryCompactor(lambda messages: "s", keep_recent=1)
    history = [user("a"), assistant("b"), user("c")]
    snapshot = list(history)
    compactor.compact(history)
    assert history == snapshot
