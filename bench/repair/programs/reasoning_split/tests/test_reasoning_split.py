from reasoning_split import ReasoningStream, split_reasoning


def test_reasoning_and_answer():
    reply = "<think>\nThe user wants 2 + 2.\n</think>\n\nIt is 4."
    assert split_reasoning(reply) == ("The user wants 2 + 2.", "It is 4.")


def test_no_reasoning_block():
    assert split_reasoning("Just an answer.") == ("", "Just an answer.")


def test_truncated_reasoning_has_no_answer():
    assert split_reasoning("<think>Let me count the r's: s-t-r") == ("Let me count the r's: s-t-r", "")


def test_template_opened_block():
    assert split_reasoning("short thought</think>The answer.", in_reasoning=True) == (
        "short thought", "The answer.")


def test_stream_pieces_keep_their_channel():
    stream = ReasoningStream()
    pieces = stream.feed("<think>plan") + stream.feed(" more</think>") + stream.feed("done")
    pieces += stream.close()
    assert pieces == [("reasoning", "plan"), ("reasoning", " more"), ("answer", "done")]


def test_tag_split_across_chunks():
    stream = ReasoningStream()
    pieces = []
    for chunk in ["<thi", "nk>ab</", "think", ">cd"]:
        pieces += stream.feed(chunk)
    pieces += stream.close()
    assert pieces == [("reasoning", "ab"), ("answer", "cd")]
