import pytest

from session_state import BudgetExceeded, Message, Session


def _msg(role, tokens):
    return Message(role, f"{role} text", tokens)


def test_add_and_pop_keep_total():
    s = Session(100)
    s.add(_msg("user", 30))
    s.add(_msg("assistant", 20))
    s.pop()
    assert s.total_tokens == 30


def test_budget_enforced():
    s = Session(10)
    with pytest.raises(BudgetExceeded):
        s.add(_msg("user", 11))


def test_drop_oldest_makes_room():
    s = Session(50)
    s.add(_msg("system", 10))
    s.add(_msg("user", 30))
    s.drop_oldest()
    s.add(_msg("user", 35))
    assert [m.role for m in s.messages] == ["system", "user"]


def test_clear_then_reuse():
    s = Session(40)
    s.add(_msg("system", 5))
    s.add(_msg("user", 30))
    s.clear()
    assert s.remaining() == 35
