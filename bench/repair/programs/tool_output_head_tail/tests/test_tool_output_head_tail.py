from tool_output_head_tail import clip_output, clip_result


def numbered(n):
    return "\n".join(f"line {i}" for i in range(1, n + 1))


def test_short_output_unchanged():
    assert clip_output(numbered(5), max_lines=10) == numbered(5)


def test_long_output_keeps_head_and_tail():
    out = clip_output(numbered(100), max_lines=10, tail=3).splitlines()
    assert len(out) == 10
    assert out[:6] == [f"line {i}" for i in range(1, 7)]
    assert out[6] == "[... 91 lines omitted ...]"
    assert out[7:] == ["line 98", "line 99", "line 100"]


def test_bytes_output_is_decoded():
    assert clip_output(b"ok\ndone\n") == "ok\ndone"


def test_binary_garbage_does_not_crash():
    text = clip_output(b"header\n\x89PNG\xff\xfe\n", max_lines=5)
    assert text.startswith("header\n")


def test_clip_result_labels_streams():
    result = {"stdout": b"built 3 targets\n", "stderr": "", "returncode": 0}
    assert clip_result(result) == "[stdout]\nbuilt 3 targets\n[exit code 0]"
