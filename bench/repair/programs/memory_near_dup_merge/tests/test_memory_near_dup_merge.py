from memory_near_dup_merge import DedupMemory

VOCAB = ["coffee", "tea", "python", "rust", "meeting", "deadline", "friday", "monday"]


def embed(text):
    words = text.lower().replace(".", "").split()
    return [float(words.count(w)) for w in VOCAB]


def test_first_note_is_created():
    mem = DedupMemory(embed)
    key, created = mem.remember("user likes coffee", now=1.0)
    assert created and key == 0
    assert mem.items[0].hits == 1


def test_near_duplicate_is_merged():
    mem = DedupMemory(embed, threshold=0.9)
    mem.remember("user likes python", now=1.0, tags=["pref"])
    key, created = mem.remember("the user really likes python a lot", now=5.0, tags=["lang"])
    assert (key, created) == (0, False)
    item = mem.items[0]
    assert item.hits == 2
    assert item.last_seen == 5.0 and item.created == 1.0
    assert item.tags == {"pref", "lang"}
    assert item.text == "the user really likes python a lot"


def test_different_notes_are_kept_apart():
    mem = DedupMemory(embed)
    mem.remember("prefers tea", now=1.0)
    mem.remember("deadline is friday", now=2.0)
    assert len(mem.items) == 2


def test_recall_ranks_and_filters():
    mem = DedupMemory(embed)
    mem.remember("rust meeting monday", now=1.0)
    mem.remember("rust rust deadline", now=2.0)
    mem.remember("coffee break", now=3.0)
    assert mem.recall("rust", now=4.0, k=5) == ["rust rust deadline", "rust meeting monday"]
    assert mem.recall("rust", now=4.0, k=1) == ["rust rust deadline"]


def test_eviction_drops_note_with_fewest_hits():
    mem = DedupMemory(embed, capacity=2)
    mem.remember("tea", now=1.0)
    mem.remember("coffee", now=2.0)
    mem.remember("tea", now=3.0)
    mem.remember("python", now=4.0)
    assert sorted(m.text for m in mem.items.values()) == ["python", "tea"]


def test_recently_recalled_note_survives_eviction():
    mem = DedupMemory(embed, capacity=2)
    mem.remember("meeting monday", now=1.0)
    mem.remember("deadline friday", now=2.0)
    assert mem.recall("monday meeting", now=3.0) == ["meeting monday"]
    mem.remember("coffee", now=4.0)
    assert sorted(m.text for m in mem.items.values()) == ["coffee", "meeting monday"]
