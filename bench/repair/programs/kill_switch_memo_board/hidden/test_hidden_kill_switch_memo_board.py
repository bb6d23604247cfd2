from kill_switch_memo_board import KillSwitchBoard


class CountingRollout:
    def __init__(self, on_users):
        self.on_users = set(on_users)
        self.calls = []

    def __call__(self, flag, user_id):
        self.calls.append((flag, user_id))
        return user_id in self.on_users


def test_revive_after_many_users_were_checked():
    rollout = CountingRollout({"a", "b"})
    board = KillSwitchBoard(rollout)
    board.kill("search-v3", reason="latency")
    assert [board.enabled("search-v3", u) for u in "abc"] == [False, False, False]
    board.revive("search-v3")
    assert [board.enabled("search-v3", u) for u in "abc"] == [True, True, False]


def test_revive_leaves_other_flags_memoised():
    rollout = CountingRollout({"a"})
    board = KillSwitchBoard(rollout)
    board.enabled("other", "a")
    board.kill("search-v3")
    board.enabled("search-v3", "a")
    board.revive("search-v3")
    board.enabled("other", "a")
    board.enabled("search-v3", "a")
    board.enabled("search-v3", "a")
    assert rollout.calls == [("other", "a"), ("search-v3", "a")]


def test_kill_revive_kill_cycle():
    board = KillSwitchBoard(CountingRollout({"u"}))
    for _ in range(2):
        board.kill("f", reason="again")
        assert not board.enabled("f", "u")
        board.revive("f")
        assert board.enabled("f", "u")
    assert board.killed() == {}


def test_reviving_a_live_flag_is_harmless():
    board = KillSwitchBoard(CountingRollout({"u"}))
    assert board.enabled("f", "u")
    board.revive("f")
    assert board.enabled("f", "u")
    assert board.killed() == {}


def test_killed_lists_reasons_per_flag():
    board = KillSwitchBoard(CountingRollout(set()))
    board.kill("a", reason="r1")
    board.kill("b")
    board.revive("a")
    assert board.killed() == {"b": ""}
