import random

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


def test_turn_without_model_call_keeps_numbering():
    transcript = [user("a"), user("b, typed again"), assistant(5, 5), user("c"),
                  assistant(7, 1)]
    turns = summarize(transcript)
    assert [(t.turn, t.first_index) for t in turns] == [(2, 2), (3, 4)]
    assert heaviest_turn(turns) == 2


def test_heaviest_turn_reports_turn_number():
    transcript = [user("a"), assistant(10, 1), tool_results("x"), assistant(10, 1),
                  user("b"), assistant(500, 40), user("c"), assistant(1, 1)]
    assert heaviest_turn(summarize(transcript)) == 2


def test_mixed_user_content_starts_a_turn():
    mixed = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t"},
                                         {"type": "text", "text": "also, stop"}]}
    transcript = [user("go"), assistant(3, 3), mixed, assistant(4, 4)]
    assert [(t.turn, t.first_index, t.calls) for t in summarize(transcript)] == [
        (1, 1, 1), (2, 3, 1)]


def test_assistant_without_usage_ignored():
    transcript = [user("go"), {"role": "assistant", "content": "cached reply"},
                  assistant(8, 2)]
    [turn] = summarize(transcript)
    assert (turn.turn, turn.first_index, turn.calls, turn.total) == (1, 2, 1, 10)


def test_random_transcripts_against_reference():
    rng = random.Random(31)
    for _ in range(100):
        transcript = []
        expected = {}
        number = 0
        for _ in range(rng.randint(0, 14)):
            kind = rng.random()
            if kind < 0.3:
                transcript.append(user("q"))
                number += 1
            elif kind < 0.45:
                transcript.append(tool_results("t"))
            else:
                inp, out, cached = rng.randint(0, 50), rng.randint(0, 50), rng.randint(0, 50)
                model = rng.choice(["a", "b"])
                if number not in expected:
                    expected[number] = [number, len(transcript), 0, 0, 0, 0, set()]
                row = expected[number]
                row[2] += 1
                row[3] += inp
                row[4] += cached
                row[5] += out
                row[6].add(model)
                transcript.append(assistant(inp, out, cached, model))
        got = [[t.turn, t.first_index, t.calls, t.input_tokens, t.cache_read_tokens,
                t.output_tokens, t.models] for t in summarize(transcript)]
        assert got == list(expected.values())
        totals = session_totals(summarize(transcript))
        assert totals.calls == sum(row[2] for row in expected.values())
        assert totals.total == sum(row[3] + row[4] + row[5] for row in expected.values())
