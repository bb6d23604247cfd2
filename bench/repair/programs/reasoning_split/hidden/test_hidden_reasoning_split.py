from reasoning_split import ReasoningStream, split_reasoning


def collect(chunks, in_reasoning=False):
    stream = ReasoningStream(in_reasoning)
    pieces = []
    for chunk in chunks:
        pieces += stream.feed(chunk)
    return pieces + stream.close()


def joined(pieces, channel):
    return "".join(text for name, text in pieces if name == channel)


def test_one_chunk_with_both_tags():
    assert collect(["<think>why</think>because"]) == [("reasoning", "why"), ("answer", "because")]


def test_text_before_the_think_tag_is_answer():
    assert collect(["Sure. <think>hmm</think>ok"]) == [
        ("answer", "Sure. "), ("reasoning", "hmm"), ("answer", "ok")]


def test_character_by_character():
    reply = "<think>a < b, so</think> b > a, see <think>this</think>."
    pieces = collect(list(reply))
    assert joined(pieces, "reasoning") == "a < b, so"
    assert joined(pieces, "answer") == " b > a, see <think>this</think>."


def test_template_opened_stream_in_chunks():
    pieces = collect(["reason", "ing</th", "ink>answer <think>"], in_reasoning=True)
    assert pieces == [("reasoning", "reason"), ("reasoning", "ing"), ("answer", "answer <think>")]


def test_held_back_text_that_is_not_a_tag():
    pieces = collect(["<think>x</thin", "g"])
    assert pieces == [("reasoning", "x"), ("reasoning", "</thing")]


def test_split_reasoning_whitespace_and_empty():
    assert split_reasoning("<think></think>\n\nHi") == ("", "Hi")
    assert split_reasoning("") == ("", "")
    assert split_reasoning("  <think> a </think>  b  ") == ("a", "b")


def test_channel_attribute_follows_stream():
    stream = ReasoningStream()
    stream.feed("<think>x")
    assert stream.channel == "reasoning"
    stream.feed("</think>")
    assert stream.channel == "answer"
