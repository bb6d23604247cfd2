import random

from parallel_tool_merge import Partial, ToolResult, merge_partials


def test_reversed_delivery():
    parts = [Partial("x", 2, "c", final=True), Partial("x", 1, "b"), Partial("x", 0, "a")]
    assert merge_partials(["x"], parts) == [ToolResult("x", "abc", True)]


def test_duplicate_delivery_first_copy_wins():
    parts = [Partial("x", 1, "B", final=True), Partial("x", 0, "a"), Partial("x", 1, "dup")]
    assert merge_partials(["x"], parts)[0].text == "aB"


def test_gap_makes_result_incomplete():
    parts = [Partial("x", 0, "a"), Partial("x", 2, "c", final=True)]
    [result] = merge_partials(["x"], parts)
    assert result.text == "ac"
    assert not result.complete


def test_unrequested_and_silent_calls():
    parts = [Partial("stale", 0, "old", final=True)]
    assert merge_partials(["new"], parts) == [ToolResult("new", "", False)]


def test_shuffled_many_calls():
    rng = random.Random(17)
    expected = {f"call{n}": "".join(f"<{n}:{k}>" for k in range(rng.randint(1, 6)))
                for n in range(5)}
    parts = []
    for call_id, text in expected.items():
        pieces = text.replace("><", ">|<").split("|")
        for seq, piece in enumerate(pieces):
            parts.append(Partial(call_id, seq, piece, final=seq == len(pieces) - 1))
    for _ in range(20):
        rng.shuffle(parts)
        merged = merge_partials(list(expected), parts)
        assert {r.call_id: r.text for r in merged} == expected
        assert all(r.complete for r in merged)
