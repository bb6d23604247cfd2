from reply_stop_trim import cut_at_stop, finish_reply, strip_partial_stop


def test_no_stop_found():
    assert cut_at_stop("hello world", ["###"]) == ("hello world", None)


def test_cut_before_stop():
    assert cut_at_stop("answer: 42\nUser: next", ["\nUser:"]) == ("answer: 42", "\nUser:")


def test_include_stop():
    assert cut_at_stop("a</s>b", ["</s>"], include_stop=True) == ("a</s>", "</s>")


def test_earliest_stop_wins():
    text = "step one\n\nObservation: done END"
    assert cut_at_stop(text, ["END", "\n\nObservation:"]) == ("step one", "\n\nObservation:")


def test_longer_stop_wins_at_same_position():
    text = "The answer is 4.\n\nUser: thanks"
    assert cut_at_stop(text, ["\n\nUser:", "\n\n"]) == ("The answer is 4.", "\n\nUser:")


def test_strip_partial_stop():
    assert strip_partial_stop("final answer\n\nUs", ["\n\nUser:"]) == "final answer"


def test_finish_reply_on_length():
    assert finish_reply("done.\n\nUse", ["\n\nUser:"], "length") == ("done.", None)
