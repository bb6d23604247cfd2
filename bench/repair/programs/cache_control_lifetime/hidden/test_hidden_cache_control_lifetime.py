from cache_control_lifetime import freshness_lifetime, is_fresh, parse_cache_control

DATED = {"Date": "Wed, 05 Jun 2024 08:00:00 GMT",
         "Expires": "Wed, 05 Jun 2024 09:00:00 GMT"}


def test_s_maxage_beats_expires_for_shared_cache():
    headers = dict(DATED, **{"Cache-Control": "s-maxage=30"})
    assert freshness_lifetime(headers, shared=True) == 30
    assert freshness_lifetime(headers, shared=False) == 3600


def test_s_maxage_without_max_age():
    headers = {"cache-control": "S-MAXAGE=120"}
    assert freshness_lifetime(headers, shared=True) == 120
    assert freshness_lifetime(headers) == 0


def test_quoted_and_spaced_s_maxage():
    headers = {"Cache-Control": 'public , s-maxage = "45" , max-age=5'}
    assert parse_cache_control(headers["Cache-Control"])["s-maxage"] == "45"
    assert freshness_lifetime(headers, shared=True) == 45
    assert is_fresh(headers, 44, shared=True)
    assert not is_fresh(headers, 6)


def test_private_only_hurts_shared_cache():
    headers = {"Cache-Control": "private, max-age=90, s-maxage=900"}
    assert freshness_lifetime(headers, shared=True) == 0
    assert freshness_lifetime(headers) == 90


def test_invalid_s_maxage_falls_back():
    headers = {"Cache-Control": "s-maxage=soon, max-age=20"}
    assert freshness_lifetime(headers, shared=True) == 20


def test_negative_is_zero_and_bad_dates():
    assert freshness_lifetime({"Cache-Control": "max-age=-5"}) == 0
    assert freshness_lifetime({"Date": "garbage", "Expires": "also garbage"}) == 0
    assert freshness_lifetime({}) == 0


def test_no_cache_wins():
    assert freshness_lifetime({"Cache-Control": "s-maxage=100, no-cache"}, shared=True) == 0
