from memory_near_dup_merge import DedupMemory

VOCAB = ["alpha", "beta", "gamma", "delta", "omega", "sigma"]


def embed(text):
    words = text.lower().split()
    return [float(words.count(w)) for w in VOCAB]


def texts(mem):
    return sorted(m.text for m in mem.items.values())


def test_merge_refreshes_recency_for_eviction():
    mem = DedupMemory(embed, capacity=2)
    mem.remember("alpha", now=1.0)
    mem.remember("beta", now=2.0)
    mem.remember("beta", now=3.0)
    mem.remember("alpha", now=4.0)
    mem.remember("gamma", now=5.0)
    assert texts(mem) == ["alpha", "gamma"]


def test_eviction_order_follows_last_seen_not_creation():
    mem = DedupMemory(embed, capacity=3)
    mem.remember("alpha", now=1.0)
    mem.remember("beta", now=2.0)
    mem.remember("gamma", now=3.0)
    mem.recall("alpha", now=10.0)
    mem.recall("beta", now=9.0)
    mem.remember("delta", now=11.0)
    assert texts(mem) == ["alpha", "beta", "delta"]
    mem.remember("omega", now=12.0)
    assert texts(mem) == ["alpha", "delta", "omega"]


def test_fewest_hits_beats_recency():
    mem = DedupMemory(embed, capacity=2)
    mem.remember("sigma", now=1.0)
    mem.remember("sigma", now=2.0)
    mem.remember("omega", now=3.0)
    mem.recall("omega", now=8.0)
    mem.remember("delta", now=9.0)
    assert texts(mem) == ["delta", "sigma"]


def test_recall_touches_every_returned_note():
    mem = DedupMemory(embed)
    mem.remember("alpha beta", now=1.0)
    mem.remember("alpha gamma", now=2.0)
    mem.remember("omega", now=3.0)
    assert mem.recall("alpha", now=7.0, k=2) == ["alpha beta", "alpha gamma"]
    seen = {m.text: m.last_seen for m in mem.items.values()}
    assert seen == {"alpha beta": 7.0, "alpha gamma": 7.0, "omega": 3.0}
    created = {m.text: m.created for m in mem.items.values()}
    assert created == {"alpha beta": 1.0, "alpha gamma": 2.0, "omega": 3.0}


def test_shorter_duplicate_keeps_longer_text_and_keys_keep_growing():
    mem = DedupMemory(embed, threshold=0.95, capacity=1)
    mem.remember("alpha alpha beta", now=1.0)
    key, created = mem.remember("alpha  alpha beta", now=2.0)
    assert (key, created) == (0, False)
    assert mem.items[0].text == "alpha  alpha beta"
    key, created = mem.remember("omega", now=3.0)
    assert (key, created) == (1, True)
    assert texts(mem) == ["omega"]


def test_min_sim_filters_recall():
    mem = DedupMemory(embed)
    mem.remember("alpha beta gamma delta", now=1.0)
    assert mem.recall("alpha", now=2.0, min_sim=0.6) == []
    assert mem.recall("alpha", now=2.0, min_sim=0.5) == ["alpha beta gamma delta"]
    assert mem.items[0].last_seen == 2.0
