from dfa_shortest_word import DFA


def contains_ab() -> DFA:
    """Words over {a, b} that contain "ab"."""
    return DFA(
        start="s",
        accepting=frozenset({"done"}),
        transitions={
            ("s", "a"): "a", ("s", "b"): "s",
            ("a", "a"): "a", ("a", "b"): "done",
            ("done", "a"): "done", ("done", "b"): "done",
        },
    )


def keyword_or_digit() -> DFA:
    """Accepts "if" or a single digit 0-1."""
    return DFA(
        start="start",
        accepting=frozenset({"kw", "num"}),
        transitions={
            ("start", "i"): "i", ("i", "f"): "kw",
            ("start", "0"): "num", ("start", "1"): "num",
        },
    )


def test_accepts():
    dfa = contains_ab()
    assert dfa.accepts("bbab")
    assert not dfa.accepts("bbba")
    assert not dfa.accepts("")


def test_missing_transition_rejects():
    assert not keyword_or_digit().accepts("ix")


def test_shortest_word():
    assert contains_ab().shortest_word() == "ab"


def test_shortest_word_prefers_shorter_branch():
    assert keyword_or_digit().shortest_word() == "0"


def test_empty_language():
    dfa = DFA(start="q", accepting=frozenset({"unreachable"}), transitions={("q", "a"): "q"})
    assert dfa.shortest_word() is None
    assert dfa.is_empty()
