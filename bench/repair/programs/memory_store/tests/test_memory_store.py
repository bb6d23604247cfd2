from memory_store import MemoryStore


def test_new_fact_is_stored():
    store = MemoryStore()
    store.remember("preference", {"user": "ana", "editor": "vim"})
    assert len(store) == 1
    assert store.recall()[0].payload == {"user": "ana", "editor": "vim"}


def test_same_fact_twice_counts_hits():
    store = MemoryStore()
    first = store.remember("preference", {"user": "ana", "editor": "vim"})
    second = store.remember("preference", {"user": "ana", "editor": "vim"})
    assert first == second
    assert len(store) == 1
    assert store.recall()[0].hits == 2


def test_same_fact_from_another_extractor_is_not_duplicated():
    store = MemoryStore()
    store.remember("preference", {"user": "ana", "editor": "vim"})
    store.remember("preference", {"editor": "vim", "user": "ana"})
    assert len(store) == 1
    assert store.recall()[0].hits == 2


def test_recall_ranks_by_hits_and_filters_kind():
    store = MemoryStore()
    store.remember("fact", {"city": "Lyon"})
    for _ in range(3):
        store.remember("fact", {"city": "Porto"})
    store.remember("preference", {"tea": True})
    assert [m.payload for m in store.recall(kind="fact")] == [{"city": "Porto"}, {"city": "Lyon"}]


def test_forget():
    store = MemoryStore()
    key = store.remember("fact", {"x": 1})
    assert store.forget(key)
    assert not store.forget(key)
    assert len(store) == 0
