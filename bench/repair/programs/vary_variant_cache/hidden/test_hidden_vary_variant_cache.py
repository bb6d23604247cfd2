from vary_variant_cache import VaryCache, variant_key


def response(body, **headers):
    return {"status": 200, "headers": headers, "body": body}


def test_two_variants_side_by_side():
    cache = VaryCache()
    cache.store("/doc", {"Accept-Language": "en"}, response("hello", Vary="Accept-Language"))
    cache.store("/doc", {"Accept-Language": "fr"}, response("bonjour", Vary="Accept-Language"))
    assert len(cache) == 2
    assert cache.lookup("/doc", {"accept-language": "fr"})["body"] == "bonjour"
    assert cache.lookup("/doc", {"ACCEPT-LANGUAGE": "en"})["body"] == "hello"
    assert cache.lookup("/doc", {"Accept-Language": "de"}) is None
    assert cache.lookup("/doc", {}) is None


def test_response_header_with_same_name_is_not_the_key():
    cache = VaryCache()
    cache.store("/api", {"Accept": "application/json"},
                response("{}", Vary="Accept", Accept="text/plain"))
    assert cache.lookup("/api", {"Accept": "application/json"})["body"] == "{}"
    assert cache.lookup("/api", {"Accept": "text/plain"}) is None


def test_whitespace_in_request_values_normalized():
    cache = VaryCache()
    cache.store("/p", {"Accept-Encoding": "gzip,  br"}, response("z", Vary="Accept-Encoding"))
    assert cache.lookup("/p", {"accept-encoding": " gzip, br "})["body"] == "z"


def test_missing_header_is_its_own_variant():
    cache = VaryCache()
    cache.store("/p", {}, response("plain", Vary="Accept-Encoding"))
    assert cache.lookup("/p", {"User-Agent": "x"})["body"] == "plain"
    assert cache.lookup("/p", {"Accept-Encoding": "gzip"}) is None


def test_multiple_vary_names():
    cache = VaryCache()
    request = {"Accept-Encoding": "gzip", "Accept-Language": "en", "Cookie": "a=1"}
    cache.store("/m", request, response("m", Vary="accept-language, Accept-Encoding"))
    assert cache.lookup("/m", dict(request, Cookie="b=2"))["body"] == "m"
    assert cache.lookup("/m", dict(request, **{"Accept-Language": "de"})) is None


def test_new_vary_replaces_old_variants():
    cache = VaryCache()
    cache.store("/v", {"Accept": "a"}, response("1", Vary="Accept"))
    cache.store("/v", {"Accept": "a", "Cookie": "c"}, response("2", Vary="Cookie"))
    assert len(cache) == 1
    assert cache.lookup("/v", {"Cookie": "c"})["body"] == "2"


def test_invalidate():
    cache = VaryCache()
    cache.store("/i", {"Accept": "a"}, response("1", Vary="Accept"))
    cache.store("/j", {}, response("2"))
    cache.invalidate("/i")
    assert cache.lookup("/i", {"Accept": "a"}) is None
    assert cache.lookup("/j", {})["body"] == "2"


def test_variant_key():
    assert variant_key(("accept",), {"Accept": " text/html "}) == (("accept", "text/html"),)
