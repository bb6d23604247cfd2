from memory_window import MemoryWindow, Turn, estimate_tokens


def join_summary(previous, turns):
    parts = [previous] if previous else []
    return " | ".join(parts + [f"{t.role}:{t.content or ''}" for t in turns])


def test_none_content_counts_zero():
    assert estimate_tokens(None) == 0
    assert Turn("assistant", None).tokens == 0
    assert Turn("assistant", None, ["a", "b"]).tokens == 16


def test_tool_turns_folded_away():
    window = MemoryWindow(max_tokens=20, summarize=join_summary, keep_recent=2)
    window.add(Turn("user", "find flights"))
    window.add(Turn("assistant", None, ["search_flights"]))
    window.add(Turn("tool", "3 results"))
    window.add(Turn("assistant", None, ["book_flight"]))
    window.add(Turn("tool", "booked"))
    assert window.summary.startswith("user:find flights | assistant:")
    assert [t.role for t in window.turns] == ["assistant", "tool"]
    assert window.used_tokens() <= 20 + 8 + 2


def test_text_tokens_unchanged():
    assert estimate_tokens("x" * 8) == 2
    assert estimate_tokens("x" * 9) == 3
    assert Turn("user", "abcdefgh", ["t"]).tokens == 10


def test_summary_counts_against_budget():
    window = MemoryWindow(max_tokens=6, summarize=lambda prev, turns: "s" * 16, keep_recent=1)
    window.add(Turn("user", "a" * 16))
    window.add(Turn("user", "b" * 12))
    assert window.folded == 1
    assert window.used_tokens() == 4 + 3
    window.add(Turn("assistant", None, []))
    assert window.folded == 2
    assert window.used_tokens() == 4


def test_compact_without_old_turns_is_a_no_op():
    calls = []
    window = MemoryWindow(max_tokens=1, summarize=lambda p, t: calls.append(t) or "x",
                          keep_recent=3)
    window.add(Turn("user", "a long message that is over budget on its own"))
    assert calls == [] and window.summary == "" and len(window.turns) == 1
