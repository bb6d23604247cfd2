from memory_store import MemoryStore, fingerprint


def test_nested_payload_order_does_not_matter():
    a = {"project": {"name": "atlas", "lang": "go"}, "owner": "li"}
    b = {"owner": "li", "project": {"lang": "go", "name": "atlas"}}
    assert fingerprint("fact", a) == fingerprint("fact", b)


def test_tags_merge_on_duplicates_in_any_order():
    store = MemoryStore()
    k1 = store.remember("contact", {"name": "Bo", "email": "bo@x.io", "team": "infra"}, ("work",))
    k2 = store.remember("contact", {"team": "infra", "email": "bo@x.io", "name": "Bo"}, ("oncall",))
    assert k1 == k2
    [memory] = store.recall(tag="oncall")
    assert memory.tags == {"work", "oncall"}
    assert memory.hits == 2


def test_different_content_stays_separate():
    store = MemoryStore()
    store.remember("fact", {"a": 1, "b": 2})
    store.remember("fact", {"a": 2, "b": 1})
    store.remember("other", {"b": 2, "a": 1})
    assert len(store) == 3


def test_forget_by_key_of_reordered_payload():
    store = MemoryStore()
    store.remember("fact", {"k": "v", "n": [1, 2]})
    assert store.forget(fingerprint("fact", {"n": [1, 2], "k": "v"}))
    assert len(store) == 0


def test_recall_limit_and_ranking():
    store = MemoryStore()
    for count, city in [(1, "Oslo"), (4, "Rome"), (3, "Kyiv"), (1, "Lima")]:
        for _ in range(count):
            store.remember("visit", {"city": city, "year": 2024})
    store.remember("visit", {"year": 2024, "city": "Oslo"})
    top = store.recall(kind="visit", limit=3)
    assert [(m.payload["city"], m.hits) for m in top] == [("Rome", 4), ("Kyiv", 3), ("Oslo", 2)]
    assert len(store) == 4
