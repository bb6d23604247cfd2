from user_prefs_memory import PreferenceMemory, Session, Turn, User


def test_later_session_overrides_and_keeps_older_preferences():
    memory = PreferenceMemory()
    carol = User("u-7", "Carol")
    memory.observe(Turn(Session("a", carol), "reply in Spanish and use metric"))
    memory.observe(Turn(Session("b", carol), "actually respond in Italian"))
    later = Turn(Session("c", carol), "ok")
    assert memory.preferences(later) == {"language": "italian", "units": "metric"}
    assert memory.system_note(later) == (
        "Address the user as Carol. Reply in Italian. Use metric units.")


def test_same_display_name_different_people():
    memory = PreferenceMemory()
    first, second = User("u-1", "Sam"), User("u-2", "Sam")
    memory.observe(Turn(Session("s-1", first), "call me Sammy"))
    assert memory.preferences(Turn(Session("s-2", second), "hi")) == {}
    assert memory.system_note(Turn(Session("s-3", first), "hi")) == "Address the user as Sammy."


def test_shared_session_id_does_not_leak_between_users():
    memory = PreferenceMemory()
    memory.observe(Turn(Session("main", User("u-1", "Dee")), "use imperial"))
    assert memory.preferences(Turn(Session("main", User("u-2", "Eve")), "hi")) == {}


def test_forget_in_a_later_session():
    memory = PreferenceMemory()
    frank = User("u-3", "Frank")
    memory.observe(Turn(Session("s-1", frank), "call me Frankie, answer in Dutch"))
    later = Turn(Session("s-2", frank), "forget my nickname")
    assert memory.forget(later, "name")
    assert memory.preferences(later) == {"language": "dutch"}


def test_turn_without_preferences_changes_nothing():
    memory = PreferenceMemory()
    turn = Turn(Session("s-1", User("u-4", "Gus")), "what's the weather?")
    assert memory.observe(turn) == {}
    assert memory.by_user == {}
