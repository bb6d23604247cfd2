import pytest

from bot_match_strikes import IllegalMove, run_match


class Nim:
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


def ones(stones):
    return 1


def timeout_bot(stones):
    raise TimeoutError


def test_timeouts_forfeit_after_three():
    result = run_match(Nim(20), {"a": ones, "b": timeout_bot})
    assert result["forfeit"] == "b"
    assert result["winner"] == "a"
    assert result["turns"] == 6
    assert [e[1] for e in result["log"]] == ["move", "strike"] * 3


def test_mixed_strikes_add_up():
    calls = {"n": 0}

    def flaky(stones):
        calls["n"] += 1
        if calls["n"] == 1:
            raise TimeoutError
        if calls["n"] == 2:
            return 9
        raise TimeoutError

    result = run_match(Nim(20), {"a": flaky, "b": ones})
    assert [e[2] for e in result["log"] if e[0] == "a"] == ["TimeoutError", "IllegalMove", "TimeoutError"]
    assert result["forfeit"] == "a"


def test_timeout_in_apply_is_a_strike():
    class SlowNim(Nim):
        def apply(self, name, take):
            if name == "a":
                raise TimeoutError("validation timed out")
            super().apply(name, take)

    result = run_match(SlowNim(2), {"a": ones, "b": ones})
    assert result["log"][0] == ("a", "strike", "TimeoutError")
    assert result["winner"] == "b"


def test_bot_bug_is_not_swallowed():
    def broken(stones):
        raise RuntimeError("bot crashed")

    with pytest.raises(RuntimeError):
        run_match(Nim(5), {"a": broken, "b": ones})


def test_key_error_from_bot_propagates():
    def broken(stones):
        return {}["move"]

    with pytest.raises(KeyError):
        run_match(Nim(5), {"a": ones, "b": broken})


def test_three_player_forfeit_has_no_winner():
    result = run_match(Nim(30), {"a": ones, "b": timeout_bot, "c": ones})
    assert result["forfeit"] == "b"
    assert result["winner"] is None
    assert result["turns"] == 8


def test_on_move_not_called_for_strikes():
    seen = []
    run_match(Nim(2), {"a": timeout_bot, "b": ones}, on_move=lambda n, m: seen.append(n))
    assert "a" not in seen
