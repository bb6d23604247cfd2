from content_guard import ContentGuard

BLOCKLIST = {
    "credentials": ["password", "api key"],
    "violence": ["kill", "attack"],
}


def test_clean_message_allowed():
    verdict = ContentGuard(BLOCKLIST).check("u1", "What is the weather in Oslo?")
    assert verdict.allowed and verdict.categories == ()
    assert verdict.text == "What is the weather in Oslo?"


def test_blocked_term_redacted():
    verdict = ContentGuard(BLOCKLIST).check("u1", "my Password is hunter2")
    assert not verdict.allowed
    assert verdict.categories == ("credentials",)
    assert verdict.text == "my [redacted] is hunter2"


def test_whole_words_only():
    verdict = ContentGuard(BLOCKLIST).check("u1", "the skill tree of my character")
    assert verdict.allowed


def test_every_category_is_redacted():
    verdict = ContentGuard(BLOCKLIST).check("u1", "send the api key or I attack")
    assert verdict.categories == ("credentials", "violence")
    assert verdict.text == "send the [redacted] or I [redacted]"


def test_suspended_after_max_strikes():
    guard = ContentGuard(BLOCKLIST, max_strikes=2)
    guard.check("u1", "kill")
    guard.check("u1", "kill")
    verdict = guard.check("u1", "hello again")
    assert not verdict.allowed and verdict.categories == ("suspended",)


def test_strikes_are_per_user():
    guard = ContentGuard(BLOCKLIST, max_strikes=3)
    guard.check("u1", "password")
    guard.check("u2", "hello")
    assert (guard.strikes("u1"), guard.strikes("u2")) == (1, 0)
