from vary_variant_cache import VaryCache, vary_names


def response(body, **headers):
    return {"status": 200, "headers": headers, "body": body}


def test_vary_names_parsed_and_sorted():
    assert vary_names({"Vary": "Accept-Language, accept-encoding"}) == (
        "accept-encoding", "accept-language")
    assert vary_names({}) == ()


def test_no_vary_serves_any_request():
    cache = VaryCache()
    cache.store("/a", {"Accept": "text/html"}, response("A"))
    assert cache.lookup("/a", {"Accept": "application/json"})["body"] == "A"
    assert cache.lookup("/b", {}) is None


def test_same_request_headers_hit():
    cache = VaryCache()
    request = {"Accept-Encoding": "gzip"}
    cache.store("/page", request, response("zipped", Vary="Accept-Encoding"))
    assert cache.lookup("/page", request)["body"] == "zipped"


def test_different_vary_header_misses():
    cache = VaryCache()
    cache.store("/page", {"Accept-Encoding": "gzip"},
                response("zipped", Vary="Accept-Encoding"))
    assert cache.lookup("/page", {"Accept-Encoding": "br"}) is None


def test_vary_star_not_stored():
    cache = VaryCache()
    assert cache.store("/x", {}, response("x", Vary="*")) is False
    assert cache.lookup("/x", {}) is None
