import pytest

from chat_branch_thread import ChatTree


def test_thread_of_linear_chat():
    chat = ChatTree()
    q = chat.add("user", "hi")
    a = chat.add("assistant", "hello!", q)
    assert chat.thread(a) == [("user", "hi"), ("assistant", "hello!")]


def test_single_message_thread():
    chat = ChatTree()
    q = chat.add("user", "ping")
    assert chat.thread(q) == [("user", "ping")]


def test_edit_creates_version():
    chat = ChatTree()
    q = chat.add("user", "2+2?")
    a = chat.add("assistant", "5", q)
    b = chat.edit(a, "4")
    assert chat.versions(a) == [a, b]
    assert chat.latest_leaf(q) == b


def test_unknown_parent_rejected():
    chat = ChatTree()
    with pytest.raises(KeyError):
        chat.add("user", "hi", parent=42)
