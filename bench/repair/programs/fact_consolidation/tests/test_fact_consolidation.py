from fact_consolidation import Fact, consolidate, profile_lines


def note(session, turn, at, subject, value):
    return {"session": session, "turn": turn, "at": at, "subject": subject, "value": value}


def test_value_noted_in_two_sessions_becomes_a_fact():
    notes = [
        note("s1", 0, 100, "user.language", "Python"),
        note("s2", 4, 900, "user.language", "Python"),
    ]
    assert consolidate(notes) == {"user.language": Fact("Python", 2, 900)}


def test_repeats_within_one_session_count_once():
    notes = [
        note("s1", 0, 100, "user.editor", "vim"),
        note("s1", 5, 160, "user.editor", "vim"),
    ]
    assert consolidate(notes) == {}
    assert consolidate(notes, min_sessions=1)["user.editor"].sessions == 1


def test_subject_case_and_spacing_are_ignored():
    notes = [
        note("a", 1, 10, "User.Name ", "Ada"),
        note("b", 1, 20, "user.name", " Ada"),
    ]
    assert consolidate(notes) == {"user.name": Fact("Ada", 2, 20)}


def test_newer_value_wins_over_older_one():
    notes = [
        note("s1", 6, 1_000, "user.city", "Paris"),
        note("s2", 9, 2_000, "user.city", "Paris"),
        note("s3", 1, 3_000, "user.city", "Lyon"),
        note("s4", 2, 4_000, "user.city", "Lyon"),
    ]
    assert consolidate(notes)["user.city"] == Fact("Lyon", 2, 4_000)


def test_profile_lines_best_supported_first():
    facts = {
        "user.tz": Fact("CET", 2, 50),
        "user.name": Fact("Ada", 5, 40),
        "user.city": Fact("Lyon", 2, 60),
    }
    assert profile_lines(facts) == [
        "user.name = Ada (seen in 5 sessions)",
        "user.city = Lyon (seen in 2 sessions)",
        "user.tz = CET (seen in 2 sessions)",
    ]
