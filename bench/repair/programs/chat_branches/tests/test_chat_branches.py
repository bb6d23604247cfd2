import pytest

from chat_branches import ChatTree


def contents(messages):
    return [message.content for message in messages]


def test_linear_conversation():
    tree = ChatTree()
    tree.say("user", "hi")
    tree.say("assistant", "hello")
    assert contents(tree.history()) == ["hi", "hello"]


def test_fork_keeps_main():
    tree = ChatTree()
    tree.say("user", "plan a trip")
    tree.fork("alt")
    tree.say("assistant", "to Rome")
    assert tree.current == "alt"
    assert contents(tree.history("main")) == ["plan a trip"]
    assert contents(tree.history("alt")) == ["plan a trip", "to Rome"]


def test_edit_creates_branch():
    tree = ChatTree()
    tree.say("user", "summarise this")
    question = tree.say("user", "in French")
    tree.edit(question.id, "in German", "german")
    assert contents(tree.history("german")) == ["summarise this", "in German"]
    assert contents(tree.history("main")) == ["summarise this", "in French"]


def test_conversation_continues_after_edit():
    tree = ChatTree()
    tree.say("user", "write a haiku")
    tree.say("assistant", "old pond...")
    tree.edit(1, "write a limerick", "limerick")
    tree.say("assistant", "There once was...")
    assert contents(tree.history()) == ["write a limerick", "There once was..."]


def test_duplicate_branch_name_rejected():
    tree = ChatTree()
    tree.fork("x")
    with pytest.raises(ValueError):
        tree.fork("x")
