from user_prefs_memory import PreferenceMemory, Session, Turn, User

ALICE = User("u-1", "Alice")
BOB = User("u-2", "Bob")


def test_preferences_found_in_a_turn():
    memory = PreferenceMemory()
    turn = Turn(Session("s-1", ALICE), "Please call me Ali and reply in FRENCH.")
    assert memory.observe(turn) == {"name": "Ali", "language": "french"}
    assert memory.preferences(turn) == {"name": "Ali", "language": "french"}


def test_later_turn_in_the_same_session_sees_them():
    memory = PreferenceMemory()
    session = Session("s-1", ALICE)
    memory.observe(Turn(session, "use metric please"))
    assert memory.system_note(Turn(session, "how far is it?")) == (
        "Address the user as Alice. Use metric units.")


def test_preferences_follow_the_user_into_a_new_session():
    memory = PreferenceMemory()
    memory.observe(Turn(Session("s-1", ALICE), "call me Al"))
    assert memory.preferences(Turn(Session("s-2", ALICE), "hi again")) == {"name": "Al"}


def test_users_do_not_share_preferences():
    memory = PreferenceMemory()
    memory.observe(Turn(Session("s-1", ALICE), "answer in German"))
    assert memory.preferences(Turn(Session("s-9", BOB), "hello")) == {}


def test_forget():
    memory = PreferenceMemory()
    turn = Turn(Session("s-1", BOB), "use imperial")
    memory.observe(turn)
    assert memory.forget(turn, "units")
    assert not memory.forget(turn, "units")
    assert memory.system_note(turn) == "Address the user as Bob."
