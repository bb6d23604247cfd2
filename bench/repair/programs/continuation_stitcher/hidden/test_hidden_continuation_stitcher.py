from continuation_stitcher import CONTINUE_PROMPT, Reply, Stitched, complete_with_continuation


class ScriptedModel:
    def __init__(self, replies):
        self.replies = list(replies)
        self.requests = []

    def __call__(self, messages):
        self.requests.append([dict(m) for m in messages])
        return self.replies.pop(0)


CHAT = [
    {"role": "system", "content": "Be terse."},
    {"role": "user", "content": "List the planets."},
    {"role": "assistant", "content": "All eight?"},
    {"role": "user", "content": "Yes."},
]


def _continuation(so_far):
    return CHAT + [
        {"role": "assistant", "content": so_far},
        {"role": "user", "content": CONTINUE_PROMPT},
    ]


def test_every_request_has_the_expected_shape():
    chunks = ["Mercury, ", "Venus, ", "Earth, ", "Mars."]
    model = ScriptedModel(
        [Reply(c, "max_tokens", 3) for c in chunks[:-1]] + [Reply(chunks[-1], "end_turn", 2)]
    )
    result = complete_with_continuation(model, CHAT, max_continuations=5)
    assert result == Stitched("Mercury, Venus, Earth, Mars.", "end_turn", 11, 4)
    assert model.requests == [
        CHAT,
        _continuation("Mercury, "),
        _continuation("Mercury, Venus, "),
        _continuation("Mercury, Venus, Earth, "),
    ]


def test_budget_of_three_continuations_makes_four_calls():
    model = ScriptedModel([Reply(str(i), "max_tokens", 10) for i in range(9)])
    result = complete_with_continuation(model, CHAT, max_continuations=3)
    assert result.calls == 4
    assert result.text == "0123"
    assert result.output_tokens == 40
    assert result.stop_reason == "max_tokens"
    assert model.requests[-1] == _continuation("012")


def test_zero_budget_never_continues():
    model = ScriptedModel([Reply("cut", "max_tokens", 1), Reply("never", "end_turn", 1)])
    result = complete_with_continuation(model, CHAT, max_continuations=0)
    assert (result.text, result.calls, result.stop_reason) == ("cut", 1, "max_tokens")


def test_other_stop_reasons_end_the_loop():
    model = ScriptedModel([Reply("Mercury", "max_tokens", 1), Reply("", "stop_sequence", 0)])
    result = complete_with_continuation(model, CHAT)
    assert (result.text, result.calls, result.stop_reason) == ("Mercury", 2, "stop_sequence")


def test_caller_messages_are_not_changed():
    original = [dict(m) for m in CHAT]
    model = ScriptedModel([Reply("x", "max_tokens", 1), Reply("y", "max_tokens", 1), Reply("z", "end_turn", 1)])
    complete_with_continuation(model, CHAT)
    assert CHAT == original
