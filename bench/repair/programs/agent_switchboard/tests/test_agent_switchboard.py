import pytest

from agent_switchboard import Message, Switchboard


def make_board():
    board = Switchboard()
    board.join("planner", "planner")
    board.join("coder-1", "coder")
    board.join("coder-2", "coder")
    return board


def test_direct_message():
    board = make_board()
    assert board.send(Message("planner", "write tests", to="coder-2")) == "coder-2"
    assert board.receive("coder-2").body == "write tests"
    assert board.receive("coder-2") is None


def test_role_messages_take_turns():
    board = make_board()
    names = [board.send(Message("planner", f"task {i}", role="coder")) for i in range(4)]
    assert names == ["coder-1", "coder-2", "coder-1", "coder-2"]


def test_leave_hands_back_unread_messages():
    board = make_board()
    board.send(Message("planner", "a", to="coder-1"))
    board.send(Message("planner", "b", to="coder-1"))
    assert [m.body for m in board.leave("coder-1")] == ["a", "b"]
    assert "coder-1" not in board.pending()


def test_role_work_goes_to_the_agents_still_there():
    board = make_board()
    board.leave("coder-1")
    for i in range(3):
        board.send(Message("planner", f"task {i}", role="coder"))
    assert board.pending() == {"planner": 0, "coder-2": 3}


def test_unknown_recipient_or_role():
    board = make_board()
    with pytest.raises(LookupError):
        board.send(Message("planner", "hi", to="reviewer"))
    with pytest.raises(LookupError):
        board.send(Message("planner", "hi", role="reviewer"))


def test_joining_twice_is_an_error():
    board = make_board()
    with pytest.raises(ValueError):
        board.join("coder-1", "coder")
