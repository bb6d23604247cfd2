import itertools
import random

from dfa_shortest_word import DFA


def _brute_shortest(dfa, max_length):
    for length in range(max_length + 1):
        for letters in itertools.product(dfa.alphabet, repeat=length):
            word = "".join(letters)
            if dfa.accepts(word):
                return word
    return None


def test_start_state_accepting():
    dfa = DFA(start="q", accepting=frozenset({"q"}), transitions={("q", "a"): "r"})
    assert dfa.shortest_word() == ""


def test_divisible_by_three_binary():
    transitions = {(str(r), bit): str((2 * r + int(bit)) % 3) for r in range(3) for bit in "01"}
    dfa = DFA(start="s", accepting=frozenset({"0"}),
              transitions={**transitions, ("s", "0"): "0", ("s", "1"): "1"})
    assert dfa.shortest_word() == "0"


def test_long_chain_versus_short_detour():
    transitions = {("s", "a"): "x", ("x", "a"): "end"}
    transitions.update({(f"b{i}", "b"): f"b{i + 1}" for i in range(5)})
    transitions[("s", "b")] = "b0"
    transitions[("b5", "b")] = "end"
    dfa = DFA(start="s", accepting=frozenset({"end"}), transitions=transitions)
    assert dfa.shortest_word() == "aa"


def test_equal_length_alphabetical():
    dfa = DFA(start="s", accepting=frozenset({"t"}),
              transitions={("s", "c"): "t", ("s", "b"): "t", ("s", "a"): "u", ("u", "a"): "t"})
    assert dfa.shortest_word() == "b"


def test_random_against_brute_force():
    rng = random.Random(11)
    for _ in range(200):
        states = [f"q{i}" for i in range(rng.randint(1, 6))]
        transitions = {(state, symbol): rng.choice(states)
                       for state in states for symbol in "abc" if rng.random() < 0.6}
        accepting = frozenset(s for s in states if rng.random() < 0.3)
        dfa = DFA(start=states[0], accepting=accepting, transitions=transitions)
        expected = _brute_shortest(dfa, len(states))
        assert dfa.shortest_word() == expected, (transitions, accepting)
        assert dfa.is_empty() == (expected is None)
