from stop_seq_holdback import StopSequenceFilter, cut_at_stops


def test_stop_inside_one_chunk():
    stream = StopSequenceFilter(["\nUser:"])
    assert stream.feed("Sure.\nUser: hi") == "Sure."
    assert stream.stopped


def test_stop_split_across_chunks():
    stream = StopSequenceFilter(["</answer>"])
    shown = [stream.feed(c) for c in ["42 is it</an", "swer> trailing"]]
    assert shown == ["42 is it", ""]
    assert stream.stopped


def test_partial_match_is_released_when_it_breaks():
    stream = StopSequenceFilter(["###"])
    assert stream.feed("a ##") == "a "
    assert stream.feed(" b") == "## b"
    assert not stream.stopped


def test_whole_stream_without_stop():
    assert cut_at_stops(["Hello, ", "world", "!#"], ["##"]) == "Hello, world!#"


def test_input_after_stop_is_ignored():
    stream = StopSequenceFilter(["STOP"])
    stream.feed("abcSTOPdef")
    assert stream.feed("more") == ""
    assert stream.emitted == "abc"
