from middle_truncation import truncate_middle, truncate_results


def numbered_lines(count):
    return "".join(f"line {n:03d}\n" for n in range(count))


def test_short_output_unchanged():
    assert truncate_middle("ok\n", limit=100) == "ok\n"


def test_keeps_head_and_tail_lines():
    output = numbered_lines(100)  # 9 characters per line
    result = truncate_middle(output, limit=90)
    head, _, tail = result.partition("\n[...")
    assert head.startswith("line 000\n") and head.endswith("line 004\n")
    assert tail.endswith("line 095\nline 096\nline 097\nline 098\nline 099\n")
    assert "omitted" in result


def test_cuts_on_line_boundaries():
    output = numbered_lines(50)
    result = truncate_middle(output, limit=40)
    kept = [line for line in result.splitlines() if line and not line.startswith("[...")]
    assert all(line.startswith("line ") and len(line) == 8 for line in kept)


def test_single_long_line():
    output = "x" * 60 + "y" * 60
    result = truncate_middle(output, limit=20)
    assert result.startswith("x" * 10)
    assert result.endswith("y" * 10)


def test_every_result_truncated():
    results = truncate_results({"a": "short", "b": "z" * 10_000}, limit=100)
    assert results["a"] == "short"
    assert len(results["b"]) < 200
