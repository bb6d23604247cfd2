from cache_control_lifetime import freshness_lifetime, is_fresh, parse_cache_control


def test_parse_directives():
    assert parse_cache_control('public, max-age=60, no-cache="Set-Cookie"') == {
        "public": None, "max-age": "60", "no-cache": "Set-Cookie"}
    assert parse_cache_control(None) == {}


def test_max_age():
    assert freshness_lifetime({"Cache-Control": "max-age=300"}) == 300


def test_no_store_is_never_fresh():
    assert freshness_lifetime({"Cache-Control": "no-store, max-age=300"}) == 0


def test_shared_cache_uses_s_maxage():
    headers = {"Cache-Control": "max-age=60, s-maxage=600"}
    assert freshness_lifetime(headers) == 60
    assert freshness_lifetime(headers, shared=True) == 600


def test_expires_minus_date():
    headers = {"Date": "Tue, 04 Jun 2024 10:00:00 GMT",
               "Expires": "Tue, 04 Jun 2024 10:05:00 GMT"}
    assert freshness_lifetime(headers) == 300


def test_is_fresh():
    headers = {"Cache-Control": "max-age=10"}
    assert is_fresh(headers, 9)
    assert not is_fresh(headers, 10)
