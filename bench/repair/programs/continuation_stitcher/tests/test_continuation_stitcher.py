from continuation_stitcher import CONTINUE_PROMPT, Reply, complete_with_continuation


class ScriptedModel:
    def __init__(self, replies):
        self.replies = list(replies)
        self.requests = []

    def __call__(self, messages):
        self.requests.append([dict(m) for m in messages])
        return self.replies.pop(0)


QUESTION = [{"role": "user", "content": "Write a haiku about rain."}]


def test_single_complete_reply():
    model = ScriptedModel([Reply("Soft rain on the roof.", "end_turn", 7)])
    result = complete_with_continuation(model, QUESTION)
    assert result.text == "Soft rain on the roof."
    assert result.stop_reason == "end_turn"
    assert result.calls == 1
    assert model.requests == [QUESTION]


def test_one_continuation_is_stitched():
    model = ScriptedModel([Reply("Soft rain ", "max_tokens", 4), Reply("on the roof.", "end_turn", 5)])
    result = complete_with_continuation(model, QUESTION)
    assert result.text == "Soft rain on the roof."
    assert result.output_tokens == 9
    assert model.requests[1] == QUESTION + [
        {"role": "assistant", "content": "Soft rain "},
        {"role": "user", "content": CONTINUE_PROMPT},
    ]


def test_each_continuation_sees_all_text_so_far():
    model = ScriptedModel([
        Reply("Soft ", "max_tokens", 2),
        Reply("rain ", "max_tokens", 2),
        Reply("falls.", "end_turn", 2),
    ])
    result = complete_with_continuation(model, QUESTION)
    assert result.text == "Soft rain falls."
    assert model.requests[2] == QUESTION + [
        {"role": "assistant", "content": "Soft rain "},
        {"role": "user", "content": CONTINUE_PROMPT},
    ]


def test_gives_up_after_the_continuation_budget():
    model = ScriptedModel([Reply("a", "max_tokens", 1)] * 5)
    result = complete_with_continuation(model, QUESTION, max_continuations=1)
    assert result.calls == 2
    assert result.text == "aa"
    assert result.stop_reason == "max_tokens"
