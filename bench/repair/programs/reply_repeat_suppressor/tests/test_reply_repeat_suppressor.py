from reply_repeat_suppressor import ReplySuppressor, normalize


def test_normalize():
    assert normalize("  Hello\n  World ") == "hello world"


def test_repeat_is_suppressed():
    s = ReplySuppressor()
    assert s.admit("I will now run the tests.")
    assert not s.admit("I will now run   the tests.")
    assert s.suppressed == 1
    assert s.times_seen("i will now run the tests.") == 2


def test_filter_keeps_first_copies():
    s = ReplySuppressor()
    replies = ["Done.", "Checking files", "done.", "Checking  files", "Next step"]
    assert s.filter(replies) == ["Done.", "Checking files", "Next step"]


def test_capacity_forgets_oldest():
    s = ReplySuppressor(capacity=2)
    assert s.filter(["one", "two", "three"]) == ["one", "two", "three"]
    assert s.times_seen("one") == 0
    assert not s.admit("three")


def test_repeat_keeps_reply_fresh():
    s = ReplySuppressor(capacity=2)
    s.filter(["one", "two", "one", "three"])
    assert not s.admit("one")
