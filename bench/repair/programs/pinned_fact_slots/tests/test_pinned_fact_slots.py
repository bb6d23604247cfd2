import pytest

from pinned_fact_slots import WorkingMemory


def test_recall_returns_what_was_remembered():
    memory = WorkingMemory(3)
    memory.remember("user.name", "Ada")
    assert memory.recall("user.name") == "Ada"
    assert memory.recall("user.city") is None


def test_overwriting_a_fact_uses_the_same_slot():
    memory = WorkingMemory(2)
    memory.remember("goal", "draft email")
    memory.remember("goal", "send email")
    assert memory.keys() == ["goal"]
    assert memory.recall("goal") == "send email"


def test_full_memory_drops_the_least_important_fact():
    memory = WorkingMemory(2)
    memory.remember("deadline", "friday", importance=3)
    memory.remember("weather", "sunny", importance=1)
    assert memory.remember("budget", "500 EUR", importance=2) == "weather"
    assert sorted(memory.keys()) == ["budget", "deadline"]


def test_pinned_facts_are_never_dropped():
    memory = WorkingMemory(1)
    memory.remember("system", "be concise", pinned=True)
    with pytest.raises(MemoryError):
        memory.remember("note", "anything")


def test_forget_frees_a_slot():
    memory = WorkingMemory(1)
    memory.remember("a", "first")
    assert memory.forget("a") is True
    assert memory.forget("a") is False
    assert memory.remember("b", "second") is None


def test_render_lists_pinned_then_most_important():
    memory = WorkingMemory(4)
    memory.remember("tone", "formal", importance=1)
    memory.remember("persona", "support agent", pinned=True)
    memory.remember("order", "#1234", importance=5)
    assert memory.render() == "- persona: support agent\n- order: #1234\n- tone: formal"
