import pytest

from checkpoint_undo import Transcript


def test_add_messages():
    t = Transcript()
    t.add("user", "hi")
    t.add("assistant", "hello")
    assert [m["role"] for m in t.messages] == ["user", "assistant"]


def test_unknown_checkpoint():
    with pytest.raises(KeyError):
        Transcript().rollback(0)


def test_rollback_drops_later_messages():
    t = Transcript()
    t.add("user", "list files")
    cp = t.checkpoint()
    t.add("assistant", "rm -rf /")
    t.add("tool", "error")
    assert t.rollback(cp) == 2
    assert t.messages == [{"role": "user", "content": "list files"}]


def test_checkpoint_ids_count_up():
    t = Transcript()
    assert [t.checkpoint(), t.checkpoint()] == [0, 1]
    assert t.checkpoint_count == 2


def test_checkpoint_survives_its_rollback():
    t = Transcript()
    cp = t.checkpoint()
    t.rollback(cp)
    t.add("user", "retry")
    assert t.rollback(cp) == 1
