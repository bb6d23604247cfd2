from checkpoint_undo import Transcript


def test_same_checkpoint_twice():
    t = Transcript()
    t.add("user", "q")
    cp = t.checkpoint()
    t.add("assistant", "bad answer")
    t.rollback(cp)
    t.add("assistant", "another bad answer")
    assert t.rollback(cp) == 1
    assert [m["content"] for m in t.messages] == ["q"]


def test_later_checkpoints_are_forgotten():
    t = Transcript()
    first = t.checkpoint()
    t.add("user", "a")
    t.checkpoint()
    t.add("user", "b")
    t.checkpoint()
    t.rollback(first)
    assert t.checkpoint_count == 1
    assert t.messages == []


def test_checkpoint_is_a_snapshot():
    t = Transcript()
    t.add("user", "one")
    cp = t.checkpoint()
    t.add("user", "two")
    t.add("user", "three")
    middle = t.checkpoint()
    t.add("user", "four")
    assert t.rollback(middle) == 1
    assert len(t.messages) == 3
    assert t.rollback(cp) == 2
    assert [m["content"] for m in t.messages] == ["one"]
