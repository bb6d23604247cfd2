from session_cookie_jar_expiry import CookieJar, parse_set_cookie

NOW = 1718000000.0  # 2024-06-10 06:13:20 UTC


def test_shorter_max_age_wins_over_later_expires():
    header = "tok=x; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=120"
    assert parse_set_cookie(header, NOW) == ("tok", "x", NOW + 120)


def test_max_age_before_expires_in_header_still_wins():
    header = "tok=x; Max-Age=45; expires=Fri, 01 Jan 2100 00:00:00 GMT"
    assert parse_set_cookie(header, NOW)[2] == NOW + 45


def test_longer_max_age_wins_over_past_expires_in_jar():
    jar = CookieJar()
    jar.store("sid=s1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=300", NOW)
    assert jar.valid(NOW + 299) == {"sid": "s1"}
    assert jar.valid(NOW + 300) == {}


def test_zero_max_age_deletes_despite_future_expires():
    jar = CookieJar()
    jar.store("sid=s1", NOW)
    jar.store("sid=gone; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=0", NOW + 1)
    assert jar.valid(NOW + 2) == {}


def test_negative_max_age_deletes():
    jar = CookieJar()
    jar.store("sid=s1; Max-Age=100", NOW)
    jar.store("sid=; Max-Age=-1", NOW + 5)
    assert jar.cookie_header(NOW + 6) == ""


def test_expires_only_in_jar():
    jar = CookieJar()
    jar.store("pref=1; Expires=Mon, 10 Jun 2024 07:13:20 GMT", NOW)
    assert jar.valid(NOW + 3599) == {"pref": "1"}
    assert jar.valid(NOW + 3600) == {}


def test_past_expires_only_deletes():
    jar = CookieJar()
    jar.store("pref=1", NOW)
    jar.store("pref=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT", NOW)
    assert jar.valid(NOW) == {}


def test_attribute_names_case_insensitive_and_spaces():
    name, value, exp = parse_set_cookie(" lang = en ;  MAX-AGE = 10 ; path=/", NOW)
    assert (name, value, exp) == ("lang", "en", NOW + 10)


def test_value_with_equals_sign_kept():
    assert parse_set_cookie("data=a=b==; HttpOnly", NOW) == ("data", "a=b==", None)


def test_overwrite_updates_value_and_expiry():
    jar = CookieJar()
    jar.store("sid=old; Max-Age=10", NOW)
    jar.store("sid=new; Max-Age=1000", NOW + 5)
    assert jar.cookie_header(NOW + 500) == "sid=new"
