import pytest

from bot_match_strikes import IllegalMove, run_match


class Nim:
    """Take 1-3 stones; whoever takes the last stone wins."""

    def __init__(self, stones):
        self.stones = stones
        self.last = None

    def state(self):
        return self.stones

    def apply(self, name, take):
        if take not in (1, 2, 3) or take > self.stones:
            raise IllegalMove(f"{name} cannot take {take}")
        self.stones -= take
        self.last = name

    def winner(self):
        return self.last if self.stones == 0 else None


def greedy(stones):
    return min(3, stones)


def ones(stones):
    return 1


def test_plain_game():
    result = run_match(Nim(7), {"a": greedy, "b": ones})
    assert result["winner"] == "a"
    assert result["forfeit"] is None
    assert [entry[2] for entry in result["log"]] == [3, 1, 3]


def test_illegal_move_costs_a_turn():
    result = run_match(Nim(4), {"a": lambda s: 5, "b": greedy})
    assert result["log"][0] == ("a", "strike", "IllegalMove")
    assert result["winner"] == "b"


def test_three_strikes_forfeit():
    result = run_match(Nim(50), {"a": lambda s: 0, "b": ones})
    assert result["forfeit"] == "a"
    assert result["winner"] == "b"
    assert result["turns"] == 5


def test_slow_bot_gets_a_strike():
    def slow(stones):
        raise TimeoutError("no move in time")

    result = run_match(Nim(3), {"a": slow, "b": greedy})
    assert result["log"] == [("a", "strike", "TimeoutError"), ("b", "move", 3)]
    assert result["winner"] == "b"


def test_on_move_callback():
    seen = []
    run_match(Nim(5), {"a": greedy, "b": greedy}, on_move=lambda n, m: seen.append((n, m)))
    assert seen == [("a", 3), ("b", 2)]


def test_turn_limit():
    result = run_match(Nim(100), {"a": ones, "b": ones}, max_turns=10)
    assert result == {"winner": None, "forfeit": None, "turns": 10, "log": result["log"]}
    assert len(result["log"]) == 10
