import pytest

from turn_state import TurnState


def test_fresh_turn_is_ready():
    assert TurnState().can_call_model()


def test_waiting_while_a_call_is_pending():
    turn = TurnState()
    turn.start_call("c1", "search")
    assert turn.status == "waiting_for_tools"
    turn.finish_call("c1", ["hit"])
    assert turn.can_call_model()


def test_duplicate_call_id():
    turn = TurnState()
    turn.start_call("c1", "search")
    with pytest.raises(ValueError):
        turn.start_call("c1", "search")


def test_user_cancels_slow_tool():
    turn = TurnState()
    turn.start_call("c1", "search")
    turn.start_call("c2", "browse")
    turn.finish_call("c1", "ok")
    turn.cancel_call("c2")
    assert turn.cancelled == ["c2"]
    assert turn.can_call_model()
