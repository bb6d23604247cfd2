from session_cookie_jar_expiry import CookieJar, parse_set_cookie

NOW = 1704067200.0  # 2024-01-01 00:00:00 UTC


def test_session_cookie_has_no_expiry():
    assert parse_set_cookie("sid=abc123; Path=/; HttpOnly", NOW) == ("sid", "abc123", None)


def test_max_age_sets_expiry():
    assert parse_set_cookie("sid=abc; Max-Age=3600", NOW) == ("sid", "abc", NOW + 3600)


def test_expires_date_is_parsed():
    name, value, expires_at = parse_set_cookie(
        "sid=abc; Expires=Mon, 01 Jan 2024 01:00:00 GMT; Secure", NOW)
    assert expires_at == NOW + 3600


def test_max_age_wins_over_expires():
    header = "sid=abc; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=600"
    assert parse_set_cookie(header, NOW)[2] == NOW + 600


def test_jar_drops_cookie_once_expired():
    jar = CookieJar()
    jar.store("sid=abc; Max-Age=60", NOW)
    jar.store("theme=dark", NOW)
    assert jar.valid(NOW + 30) == {"sid": "abc", "theme": "dark"}
    assert jar.valid(NOW + 61) == {"theme": "dark"}


def test_logout_deletes_cookie():
    jar = CookieJar()
    jar.store("sid=abc; Max-Age=3600", NOW)
    jar.store("sid=; Max-Age=0", NOW + 10)
    assert jar.valid(NOW + 11) == {}


def test_cookie_header_is_sorted():
    jar = CookieJar()
    jar.store("b=2", NOW)
    jar.store("a=1; Path=/", NOW)
    assert jar.cookie_header(NOW) == "a=1; b=2"
