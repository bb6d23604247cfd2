from kill_switch_memo_board import KillSwitchBoard


def half_rollout(flag, user_id):
    return user_id % 2 == 0


def test_follows_rollout_when_not_killed():
    board = KillSwitchBoard(half_rollout)
    assert board.enabled("new-ui", 2)
    assert not board.enabled("new-ui", 3)


def test_rollout_is_computed_once_per_user():
    calls = []

    def rollout(flag, user_id):
        calls.append((flag, user_id))
        return True

    board = KillSwitchBoard(rollout)
    for _ in range(3):
        board.enabled("new-ui", 7)
    assert calls == [("new-ui", 7)]


def test_kill_turns_flag_off_for_everyone():
    board = KillSwitchBoard(half_rollout)
    assert board.enabled("new-ui", 4)
    board.kill("new-ui", reason="INC-1234")
    assert not board.enabled("new-ui", 4)
    assert board.killed() == {"new-ui": "INC-1234"}


def test_revive_restores_the_rollout():
    board = KillSwitchBoard(half_rollout)
    board.kill("new-ui")
    assert not board.enabled("new-ui", 4)
    board.revive("new-ui")
    assert board.enabled("new-ui", 4)
    assert board.killed() == {}
