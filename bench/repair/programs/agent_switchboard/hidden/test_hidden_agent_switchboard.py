import pytest

from agent_switchboard import Message, Switchboard


def test_last_agent_of_a_role_leaves():
    board = Switchboard()
    board.join("critic", "review")
    board.join("lead", "planner")
    board.leave("critic")
    with pytest.raises(LookupError, match="role"):
        board.send(Message("lead", "check this", role="review"))
    assert board.pending() == {"lead": 0}


def test_rejoin_with_another_role():
    board = Switchboard()
    board.join("a", "search")
    board.join("b", "search")
    board.leave("a")
    board.join("a", "write")
    got = [board.send(Message("x", str(i), role="search")) for i in range(4)]
    assert got == ["b", "b", "b", "b"]
    assert board.send(Message("x", "draft", role="write")) == "a"


def test_rejoin_same_role_gets_fair_share():
    board = Switchboard()
    for name in ("w1", "w2", "w3"):
        board.join(name, "worker")
    board.leave("w2")
    board.join("w2", "worker")
    for i in range(30):
        board.send(Message("boss", str(i), role="worker"))
    assert board.pending() == {"w1": 10, "w3": 10, "w2": 10}


def test_messages_after_middle_agent_leaves():
    board = Switchboard()
    for name in ("p", "q", "r"):
        board.join(name, "tool")
    board.send(Message("s", "0", role="tool"))
    board.leave("q")
    got = [board.send(Message("s", str(i), role="tool")) for i in range(1, 5)]
    assert set(got) == {"p", "r"}
    assert board.pending() == {"p": 3, "r": 2}


def test_message_without_destination():
    board = Switchboard()
    board.join("a", "x")
    with pytest.raises(ValueError):
        board.send(Message("a", "lost"))
