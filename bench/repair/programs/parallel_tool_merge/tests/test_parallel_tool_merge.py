from parallel_tool_merge import Partial, ToolResult, merge_partials


def test_single_call_in_order():
    parts = [Partial("c1", 0, "hello "), Partial("c1", 1, "world", final=True)]
    assert merge_partials(["c1"], parts) == [ToolResult("c1", "hello world", True)]


def test_results_follow_request_order():
    parts = [Partial("b", 0, "B", final=True), Partial("a", 0, "A", final=True)]
    assert [r.call_id for r in merge_partials(["a", "b"], parts)] == ["a", "b"]


def test_interleaved_chunks_from_two_calls():
    parts = [
        Partial("ls", 1, "b.txt\n"),
        Partial("cat", 0, "line 1\n"),
        Partial("ls", 0, "a.txt\n"),
        Partial("cat", 1, "line 2\n", final=True),
        Partial("ls", 2, "", final=True),
    ]
    merged = merge_partials(["ls", "cat"], parts)
    assert merged[0].text == "a.txt\nb.txt\n"
    assert merged[1].text == "line 1\nline 2\n"


def test_missing_final_chunk_is_incomplete():
    [result] = merge_partials(["c1"], [Partial("c1", 0, "partial")])
    assert not result.complete
    assert result.as_message()["content"] == "partial\n[output incomplete]"


def test_error_is_reported():
    parts = [Partial("c1", 0, "", final=True, error="timeout")]
    [result] = merge_partials(["c1"], parts)
    assert result.as_message() == {"role": "tool", "tool_call_id": "c1", "content": "ERROR: timeout"}
