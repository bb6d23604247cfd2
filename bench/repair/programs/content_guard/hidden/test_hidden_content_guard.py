from content_guard import ContentGuard

BLOCKLIST = {
    "pii": ["ssn", "passport number"],
    "secrets": ["token", "private key"],
    "abuse": ["idiot"],
}


def test_three_categories_in_one_message():
    verdict = ContentGuard(BLOCKLIST).check("u", "Idiot, here is my SSN and my token")
    assert verdict.categories == ("pii", "secrets", "abuse")
    assert verdict.text == "[redacted], here is my [redacted] and my [redacted]"


def test_repeated_terms_of_two_categories():
    verdict = ContentGuard(BLOCKLIST).check("u", "token token private key ssn")
    assert verdict.text == "[redacted] [redacted] [redacted] [redacted]"


def test_single_strike_limit():
    guard = ContentGuard(BLOCKLIST, max_strikes=1)
    assert not guard.is_suspended("u")
    guard.check("u", "idiot")
    assert guard.is_suspended("u")
    assert guard.check("u", "sorry").text == ""


def test_not_suspended_one_strike_before_the_limit():
    guard = ContentGuard(BLOCKLIST, max_strikes=3)
    guard.check("u", "token")
    guard.check("u", "token")
    assert not guard.is_suspended("u")
    assert guard.check("u", "hello").allowed


def test_suspension_counts_only_violations_and_pardon_lifts_it():
    guard = ContentGuard(BLOCKLIST, max_strikes=2)
    for text in ("hi", "ssn", "fine", "idiot"):
        guard.check("u", text)
    assert guard.strikes("u") == 2 and guard.is_suspended("u")
    guard.pardon("u")
    assert guard.check("u", "hello").allowed
    assert not guard.is_suspended("other")
