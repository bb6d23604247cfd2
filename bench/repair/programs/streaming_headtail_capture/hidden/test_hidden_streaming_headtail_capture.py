import pytest

from streaming_headtail_capture import HeadTailCapture


def numbered(n):
    return "".join(f"L{i}\n" for i in range(1, n + 1))


def test_exactly_head_plus_tail_lines_has_no_marker():
    cap = HeadTailCapture(head=3, tail=2)
    cap.feed(numbered(5))
    assert cap.render() == "L1\nL2\nL3\nL4\nL5"
    assert cap.omitted == 0


def test_one_more_line_than_fits():
    cap = HeadTailCapture(head=3, tail=2)
    cap.feed(numbered(6))
    assert cap.head_lines == ["L1", "L2", "L3"]
    assert list(cap.tail_lines) == ["L5", "L6"]
    assert cap.omitted == 1


def test_tail_only():
    cap = HeadTailCapture(head=0, tail=2)
    cap.feed(numbered(5))
    assert cap.render() == "[... 3 lines omitted ...]\nL4\nL5"


def test_head_only():
    cap = HeadTailCapture(head=2, tail=0)
    cap.feed(numbered(5))
    assert cap.render() == "L1\nL2\n[... 3 lines omitted ...]"


def test_byte_by_byte_feeding():
    cap = HeadTailCapture(head=1, tail=1)
    for ch in numbered(4) + "tail":
        cap.feed(ch)
    cap.close()
    assert cap.render() == "L1\n[... 3 lines omitted ...]\ntail"
    assert cap.total == 5


def test_empty_lines_count():
    cap = HeadTailCapture(head=1, tail=1)
    cap.feed("\n\n\nlast\n")
    assert cap.total == 4
    assert cap.render() == "\n[... 2 lines omitted ...]\nlast"


def test_negative_sizes_rejected():
    with pytest.raises(ValueError):
        HeadTailCapture(head=-1)
