from fact_dedupe_merge import facts_about, merge_facts


def fact(subject, relation, value, ts, confidence=0.8):
    return {"subject": subject, "relation": relation, "value": value,
            "confidence": confidence, "ts": ts}


def test_distinct_facts_are_kept_in_time_order():
    facts = [fact("user", "likes", "tea", 2), fact("user", "works at", "Acme", 1)]
    merged = merge_facts(facts)
    assert [f["value"] for f in merged] == ["Acme", "tea"]
    assert all(f["mentions"] == 1 for f in merged)


def test_restated_fact_is_merged():
    facts = [fact("User", "likes", "tea.", 1, confidence=0.6),
             fact("user", "likes", "Tea", 5, confidence=0.9)]
    [merged] = merge_facts(facts)
    assert merged["mentions"] == 2
    assert merged["confidence"] == 0.9
    assert merged["ts"] == 5


def test_newer_value_replaces_older_one():
    facts = [fact("user", "lives in", "Paris", 1), fact("user", "lives in", "Berlin", 4)]
    merged = merge_facts(facts)
    assert [f["value"] for f in merged] == ["Berlin"]


def test_facts_about_subject():
    facts = [fact("user", "likes", "tea", 1), fact("dog", "name", "Rex", 2),
             fact("user", "name", "Ada", 3)]
    assert facts_about(facts, "User") == {"likes": "tea", "name": "Ada"}
