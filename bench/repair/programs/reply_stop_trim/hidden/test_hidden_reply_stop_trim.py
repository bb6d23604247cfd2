from reply_stop_trim import cut_at_stop, finish_reply, strip_partial_stop


def test_longer_stop_listed_first_with_include():
    text = "ok\n\nUser: more"
    assert cut_at_stop(text, ["\n\nUser:", "\n\n"], include_stop=True) == ("ok\n\nUser:", "\n\nUser:")


def test_longer_stop_listed_last():
    text = "ok\n\nUser: more"
    assert cut_at_stop(text, ["\n\n", "\n\nUser:"], include_stop=True) == ("ok\n\nUser:", "\n\nUser:")


def test_longer_stop_listed_first_is_kept():
    assert cut_at_stop("x<A>y", ["<A>", "<A"]) == ("x", "<A>")
    assert cut_at_stop("x<AB", ["<AB", "<A"]) == ("x", "<AB")
    assert cut_at_stop("x12", ["12", "1"]) == ("x", "12")


def test_three_stops_tie_and_earlier():
    text = "abc STOP\n\nHuman: hi"
    assert cut_at_stop(text, ["\n\nHuman:", "STOP", "\n\n"]) == ("abc ", "STOP")
    assert cut_at_stop(text, ["\n\n", "\n\nHuman:", "ST"], include_stop=True) == ("abc ST", "ST")


def test_empty_stop_ignored():
    assert cut_at_stop("abc", ["", "c"]) == ("ab", "c")
    assert cut_at_stop("abc", [""]) == ("abc", None)


def test_stop_at_start():
    assert cut_at_stop("###rest", ["#", "###"]) == ("", "###")


def test_finish_reply_with_stop_and_stop_reason():
    assert finish_reply("Result: 5  \n\nUser: ok", ["\n\n", "\n\nUser:"], "stop") == ("Result: 5", "\n\nUser:")
    assert finish_reply("partial \n\nU", ["\n\nUser:"], "stop") == ("partial \n\nU", None)


def test_strip_partial_picks_longest_fragment():
    assert strip_partial_stop("text<|im_", ["<|im_end|>", "<x"]) == "text"
    assert strip_partial_stop("text", ["<|im_end|>"]) == "text"
