from fact_consolidation import Fact, consolidate


def note(session, turn, at, subject, value):
    return {"session": session, "turn": turn, "at": at, "subject": subject, "value": value}


def test_last_noted_is_the_latest_time_not_turn():
    notes = [
        note("s1", 12, 5_000, "user.pet", "cat"),
        note("s2", 0, 9_000, "user.pet", "cat"),
        note("s3", 30, 7_000, "user.pet", "cat"),
    ]
    assert consolidate(notes) == {"user.pet": Fact("cat", 3, 9_000)}


def test_notes_out_of_order_still_pick_most_recent_value():
    notes = [
        note("s9", 0, 8_000, "user.team", "infra"),
        note("s1", 40, 1_000, "user.team", "payments"),
        note("s8", 1, 7_500, "user.team", "infra"),
        note("s2", 35, 1_500, "user.team", "payments"),
        note("s3", 20, 2_000, "user.team", "payments"),
    ]
    assert consolidate(notes)["user.team"] == Fact("infra", 2, 8_000)


def test_older_value_with_late_turn_loses():
    notes = [
        note("a", 0, 300, "user.os", "linux"),
        note("b", 1, 400, "user.os", "linux"),
        note("c", 50, 100, "user.os", "mac"),
        note("d", 60, 200, "user.os", "mac"),
    ]
    assert consolidate(notes)["user.os"] == Fact("linux", 2, 400)


def test_unsupported_newer_value_does_not_replace():
    notes = [
        note("a", 3, 100, "user.city", "Oslo"),
        note("b", 3, 200, "user.city", "Oslo"),
        note("c", 0, 900, "user.city", "Rome"),
    ]
    assert consolidate(notes) == {"user.city": Fact("Oslo", 2, 200)}


def test_several_subjects_and_min_sessions():
    notes = [
        note("a", 0, 10, "x", "1"),
        note("b", 0, 20, "x", "1"),
        note("c", 2, 30, "x", "1"),
        note("a", 1, 11, "y", "2"),
        note("b", 5, 25, "y", "2"),
        note("a", 2, 12, "z", "3"),
    ]
    assert consolidate(notes, min_sessions=3) == {"x": Fact("1", 3, 30)}
    assert consolidate(notes, min_sessions=1) == {
        "x": Fact("1", 3, 30),
        "y": Fact("2", 2, 25),
        "z": Fact("3", 1, 12),
    }
    assert consolidate([]) == {}
