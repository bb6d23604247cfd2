from stop_detector import StopDetector, cut_stream


def test_no_stop_sequence_passes_everything():
    assert cut_stream(["Hello", ", ", "world"], ["</answer>"]) == "Hello, world"


def test_stop_inside_one_chunk():
    assert cut_stream(["Answer: 42</answer> extra"], ["</answer>"]) == "Answer: 42"


def test_nothing_after_stop():
    detector = StopDetector(["STOP"])
    assert detector.feed("abSTOPcd") == "ab"
    assert detector.feed("more") == ""
    assert detector.flush() == ""


def test_stop_split_across_chunks():
    assert cut_stream(["Answer: 42</ans", "wer> trailing"], ["</answer>"]) == "Answer: 42"


def test_possible_stop_prefix_is_held_back():
    detector = StopDetector(["\nUser:"])
    assert detector.feed("Sure.\nUs") == "Sure."
    assert detector.feed("ually yes") == "\nUsually yes"
