import pytest

from tool_stream_repeats import RepeatCollapser, collapse_output


def test_no_repeats_unchanged():
    assert collapse_output("a\nb\nc") == "a\nb\nc"


def test_long_run_collapsed():
    text = "start\n" + "downloading...\n" * 5 + "done"
    assert collapse_output(text) == (
        "start\ndownloading...\n[previous line repeated 4 more times]\ndone"
    )


def test_short_run_kept():
    assert collapse_output("x\nx\ny", min_run=3) == "x\nx\ny"


def test_streaming_feed_and_flush():
    c = RepeatCollapser(min_run=2)
    assert c.feed("tick") == []
    assert c.feed("tick") == []
    assert c.feed("tock") == ["tick", "[previous line repeated 1 more times]"]
    assert c.flush() == ["tock"]


def test_collapser_reused_for_next_tool_call():
    c = RepeatCollapser()
    for line in ["ok", "ok", "ok"]:
        c.feed(line)
    assert c.flush() == ["ok", "[previous line repeated 2 more times]"]
    assert c.feed("next") == []
    assert c.flush() == ["next"]


def test_min_run_validated():
    with pytest.raises(ValueError):
        RepeatCollapser(min_run=1)
