from turn_token_usage import heaviest_turn, session_totals, summarize


def user(text):
    return {"role": "user", "content": text}


def tool_results(*ids):
    return {"role": "user",
            "content": [{"type": "tool_result", "tool_use_id": i, "content": "ok"} for i in ids]}


def assistant(inp, out, cached=0, model="claude-sonnet"):
    return {"role": "assistant", "model": model, "content": "...",
            "usage": {"input_tokens": inp, "output_tokens": out,
                      "cache_read_input_tokens": cached}}


def test_single_turn():
    [turn] = summarize([user("hi"), assistant(100, 20)])
    assert (turn.turn, turn.calls, turn.input_tokens, turn.output_tokens) == (1, 1, 100, 20)


def test_tool_round_trips_stay_in_the_same_turn():
    transcript = [user("list files"), assistant(100, 30), tool_results("t1"),
                  assistant(150, 10, cached=90)]
    [turn] = summarize(transcript)
    assert turn.calls == 2
    assert (turn.input_tokens, turn.cache_read_tokens, turn.output_tokens) == (250, 90, 40)
    assert turn.total == 380


def test_turns_numbered_by_user_message():
    transcript = [user("one"), assistant(10, 1), user("two"), assistant(20, 2),
                  user("three"), assistant(30, 3)]
    assert [turn.turn for turn in summarize(transcript)] == [1, 2, 3]


def test_first_index_points_at_first_call():
    transcript = [user("one"), assistant(10, 1), tool_results("a"), assistant(5, 5)]
    assert summarize(transcript)[0].first_index == 1


def test_session_totals_and_models():
    transcript = [user("a"), assistant(10, 1, model="haiku"), user("b"),
                  assistant(20, 2, model="sonnet")]
    totals = session_totals(summarize(transcript))
    assert (totals.calls, totals.input_tokens, totals.output_tokens) == (2, 30, 3)
    assert totals.models == {"haiku", "sonnet"}


def test_empty_transcript():
    assert summarize([]) == []
    assert heaviest_turn([]) is None
