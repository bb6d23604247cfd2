import pytest

from pinned_fact_slots import WorkingMemory


def test_never_holds_more_than_its_slots():
    for slots in (1, 2, 3, 5):
        memory = WorkingMemory(slots)
        for index in range(12):
            memory.remember(f"k{index}", str(index), importance=index % 3)
            assert len(memory.keys()) == min(index + 1, slots)


def test_ties_drop_the_least_recently_used():
    memory = WorkingMemory(3)
    memory.remember("a", "1")
    memory.remember("b", "2")
    memory.remember("c", "3")
    memory.recall("a")
    assert memory.remember("d", "4") == "b"
    memory.recall("c")
    assert memory.remember("e", "5") == "a"
    assert sorted(memory.keys()) == ["c", "d", "e"]


def test_first_write_into_a_full_memory_evicts():
    memory = WorkingMemory(2)
    assert memory.remember("x", "1", importance=2) is None
    assert memory.remember("y", "2", importance=5) is None
    assert memory.remember("z", "3", importance=9) == "x"
    assert memory.recall("x") is None
    assert memory.remember("w", "4", importance=1) == "y"


def test_overwrite_in_full_memory_evicts_nothing():
    memory = WorkingMemory(2)
    memory.remember("a", "1")
    memory.remember("b", "2")
    assert memory.remember("a", "1b", importance=4) is None
    assert sorted(memory.keys()) == ["a", "b"]
    assert memory.remember("c", "3") == "b"


def test_pinned_survive_and_unpinned_are_chosen():
    memory = WorkingMemory(3)
    memory.remember("p1", "x", importance=0, pinned=True)
    memory.remember("low", "y", importance=1)
    memory.remember("p2", "z", importance=0, pinned=True)
    assert memory.remember("new", "w", importance=0) == "low"
    assert memory.remember("newer", "v", importance=7) == "new"
    assert sorted(memory.keys()) == ["newer", "p1", "p2"]


def test_all_pinned_raises_and_keeps_contents():
    memory = WorkingMemory(2)
    memory.remember("a", "1", pinned=True)
    memory.remember("b", "2", pinned=True)
    with pytest.raises(MemoryError):
        memory.remember("c", "3")
    assert sorted(memory.keys()) == ["a", "b"]
    with pytest.raises(ValueError):
        WorkingMemory(0)
