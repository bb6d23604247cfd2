import pytest

from chat_branches import ChatTree


def contents(messages):
    return [message.content for message in messages]


def test_edit_switches_current_branch():
    tree = ChatTree()
    first = tree.say("user", "a")
    tree.edit(first.id, "b", "retry")
    assert tree.current == "retry"
    assert contents(tree.history()) == ["b"]


def test_reply_after_edit_leaves_original_alone():
    tree = ChatTree()
    tree.say("system", "be brief")
    asked = tree.say("user", "capital of France?")
    answered = tree.say("assistant", "Paris")
    edited = tree.edit(asked.id, "capital of Spain?", "spain")
    reply = tree.say("assistant", "Madrid")
    assert reply.parent == edited.id
    assert contents(tree.history("main")) == ["be brief", "capital of France?", "Paris"]
    assert contents(tree.history("spain")) == ["be brief", "capital of Spain?", "Madrid"]
    assert tree.branches_with(answered.id) == ["main"]
    assert tree.branches_with(1) == ["main", "spain"]


def test_edit_of_an_edit_and_switching_back():
    tree = ChatTree()
    tree.say("user", "v1")
    tree.say("assistant", "r1")
    second = tree.edit(1, "v2", "two")
    tree.say("assistant", "r2")
    tree.edit(second.id, "v3", "three")
    tree.say("assistant", "r3")
    assert contents(tree.history("two")) == ["v2", "r2"]
    assert contents(tree.history("three")) == ["v3", "r3"]
    tree.switch("main")
    tree.say("user", "more")
    assert contents(tree.history()) == ["v1", "r1", "more"]
    assert contents(tree.history("three")) == ["v3", "r3"]


def test_fork_then_edit_on_the_fork():
    tree = ChatTree()
    tree.say("user", "q")
    tree.fork("side")
    answer = tree.say("assistant", "a")
    tree.edit(answer.id, "a-better", "side-2")
    tree.say("user", "thanks")
    assert contents(tree.history()) == ["q", "a-better", "thanks"]
    assert contents(tree.history("side")) == ["q", "a"]
    assert contents(tree.history("main")) == ["q"]


def test_errors():
    tree = ChatTree()
    first = tree.say("user", "x")
    with pytest.raises(ValueError):
        tree.edit(first.id, "y", "main")
    assert tree.current == "main"
    with pytest.raises(KeyError):
        tree.switch("nope")
