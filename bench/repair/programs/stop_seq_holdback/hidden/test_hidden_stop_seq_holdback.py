from stop_seq_holdback import StopSequenceFilter, cut_at_stops


def test_flush_releases_and_records_held_text():
    stream = StopSequenceFilter(["<|end|>"])
    assert stream.feed("done <|e") == "done "
    assert stream.flush() == "<|e"
    assert stream.emitted == "done <|e"
    assert stream.flush() == ""
    assert stream.emitted == "done <|e"


def test_cut_at_stops_keeps_trailing_prefix():
    assert cut_at_stops(["x = 1", "\nObs"], ["\nObservation:"]) == "x = 1\nObs"
    assert cut_at_stops(["ab", "c"], ["cd", "bcx"]) == "abc"


def test_earliest_of_several_stops_wins():
    assert cut_at_stops(["one END two\nQ: three"], ["\nQ:", "END"]) == "one "
    assert cut_at_stops(["a", "b", "STOP", "c"], ["", "STOP"]) == "ab"


def test_emitted_matches_pieces_returned():
    stream = StopSequenceFilter(["]]"])
    pieces = [stream.feed(c) for c in ["[[x]", "y]", "z"]]
    pieces.append(stream.flush())
    assert "".join(pieces) == stream.emitted == "[[x]y]z"


def test_flush_after_stop():
    stream = StopSequenceFilter(["!!"])
    stream.feed("hey!")
    stream.feed("! more")
    assert stream.flush() == ""
    assert stream.emitted == "hey"
