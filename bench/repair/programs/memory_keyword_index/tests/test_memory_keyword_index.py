from memory_keyword_index import KeywordMemory, terms


def test_terms_drop_stop_words():
    assert terms("The user prefers tabs to spaces") == {"user", "prefers", "tabs", "spaces"}


def test_recall_best_match_first():
    memory = KeywordMemory()
    memory.remember("editor", "user prefers tabs in the editor")
    memory.remember("deploy", "deploy with make release")
    memory.remember("style", "user prefers short commit messages")
    assert [key for key, _ in memory.recall("which editor does the user prefer, tabs?")] == ["editor", "style"]


def test_remember_replaces_old_text():
    memory = KeywordMemory()
    memory.remember("db", "database is postgres")
    memory.remember("db", "database is sqlite")
    assert memory.recall("postgres") == []
    assert memory.recall("sqlite") == [("db", "database is sqlite")]


def test_forget():
    memory = KeywordMemory()
    memory.remember("a", "alpha note")
    assert memory.forget("a") is True
    assert memory.forget("a") is False
    assert memory.recall("alpha") == []
    assert memory.recent() == []


def test_append_extends_note_and_marks_it_recent():
    memory = KeywordMemory()
    memory.remember("todo", "fix login bug")
    memory.remember("notes", "meeting on friday")
    memory.append("todo", "write release notes")
    assert memory.recall("release") == [("todo", "fix login bug\nwrite release notes")]
    assert memory.recent() == ["todo", "notes"]
