from fact_dedupe_merge import facts_about, merge_facts, slot_of


def fact(subject, relation, value, ts, confidence=0.5):
    return {"subject": subject, "relation": relation, "value": value,
            "confidence": confidence, "ts": ts}


def test_slot_ignores_case_spacing_and_value():
    assert slot_of(fact(" The  User", "Works At.", "Acme", 1)) == ("the user", "works at")
    assert slot_of(fact("the user", "works at", "Globex", 2)) == ("the user", "works at")


def test_older_statement_arriving_late_is_ignored():
    facts = [fact("user", "city", "Oslo", 10), fact("user", "city", "Rome", 3)]
    merged = merge_facts(facts)
    assert len(merged) == 1
    assert merged[0]["value"] == "Oslo"


def test_value_changes_back_and_forth():
    facts = [fact("user", "diet", "vegan", 1, 0.4), fact("user", "diet", "vegetarian", 2, 0.7),
             fact("user", "diet", "Vegan", 3, 0.6), fact("user", "diet", "vegan", 4, 0.5)]
    [merged] = merge_facts(facts)
    assert merged["value"] == "Vegan"
    assert merged["mentions"] == 2
    assert merged["confidence"] == 0.6
    assert merged["ts"] == 4


def test_several_subjects_and_relations():
    facts = [fact("user", "likes", "tea", 1), fact("user", "likes", "coffee", 6),
             fact("sister", "likes", "tea", 2), fact("user", "job", "nurse", 3),
             fact("user", "job", "doctor", 5), fact("sister", "likes", "tea", 4)]
    merged = merge_facts(facts)
    assert [(f["subject"], f["relation"], f["value"], f["mentions"]) for f in merged] == [
        ("sister", "likes", "tea", 2), ("user", "job", "doctor", 1),
        ("user", "likes", "coffee", 1)]
    assert facts_about(facts, "user") == {"likes": "coffee", "job": "doctor"}


def test_input_is_not_modified():
    first = fact("user", "likes", "tea", 1, 0.2)
    merge_facts([first, fact("user", "likes", "tea", 2, 0.9)])
    assert first == fact("user", "likes", "tea", 1, 0.2)
