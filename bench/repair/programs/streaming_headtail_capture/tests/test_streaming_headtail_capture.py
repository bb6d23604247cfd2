from streaming_headtail_capture import HeadTailCapture


def numbered(n):
    return "".join(f"line {i}\n" for i in range(1, n + 1))


def test_short_output_is_kept_whole():
    cap = HeadTailCapture(head=5, tail=5)
    cap.feed(numbered(3))
    cap.close()
    assert cap.render() == "line 1\nline 2\nline 3"
    assert cap.omitted == 0


def test_long_output_keeps_head_and_tail():
    cap = HeadTailCapture(head=2, tail=2)
    cap.feed(numbered(10))
    cap.close()
    assert cap.render() == "line 1\nline 2\n[... 6 lines omitted ...]\nline 9\nline 10"


def test_lines_split_across_chunks():
    cap = HeadTailCapture(head=10, tail=10)
    for chunk in ["hel", "lo\nwor", "ld\n", "no newline"]:
        cap.feed(chunk)
    cap.close()
    assert cap.render() == "hello\nworld\nno newline"
    assert cap.total == 3


def test_counts_total_lines():
    cap = HeadTailCapture(head=3, tail=3)
    cap.feed(numbered(1000))
    assert cap.total == 1000
