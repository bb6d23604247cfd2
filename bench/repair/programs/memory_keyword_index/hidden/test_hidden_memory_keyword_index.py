from memory_keyword_index import KeywordMemory


def test_appended_note_wins_recall_ties():
    memory = KeywordMemory()
    memory.remember("x", "python project layout")
    memory.remember("y", "python version pinned")
    memory.append("x", "uses src folder")
    assert [key for key, _ in memory.recall("python")] == ["x", "y"]
    memory.append("y", "see pyproject")
    assert [key for key, _ in memory.recall("python")] == ["y", "x"]


def test_recent_after_several_appends_and_limit():
    memory = KeywordMemory()
    for key in ("a", "b", "c", "d"):
        memory.remember(key, f"note {key}")
    memory.append("b", "more")
    memory.append("a", "more")
    assert memory.recent() == ["a", "b", "d", "c"]
    assert memory.recent(limit=2) == ["a", "b"]


def test_append_to_new_key_starts_note():
    memory = KeywordMemory()
    memory.remember("old", "first")
    memory.append("new", "fresh start")
    assert memory.recent() == ["new", "old"]
    assert memory.recall("fresh") == [("new", "fresh start")]


def test_forget_after_append_clears_all_terms():
    memory = KeywordMemory()
    memory.remember("k", "alpha beta")
    memory.append("k", "gamma")
    memory.remember("other", "delta")
    assert memory.forget("k") is True
    assert memory.recall("alpha gamma beta") == []
    assert memory.recent() == ["other"]


def test_rewrite_moves_note_to_front():
    memory = KeywordMemory()
    memory.remember("a", "one")
    memory.remember("b", "two")
    memory.remember("a", "one again")
    assert memory.recent() == ["a", "b"]


def test_recall_limit():
    memory = KeywordMemory()
    for i in range(5):
        memory.remember(f"n{i}", "shared word")
    assert [key for key, _ in memory.recall("shared", limit=2)] == ["n4", "n3"]
