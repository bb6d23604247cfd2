from middleware_short_circuit import Chain, require_field, set_defaults


def echo(request):
    return {"status": 200, "body": request}


def test_handler_alone():
    chain = Chain(echo)
    assert chain({"q": 1}) == {"status": 200, "body": {"q": 1}}
    assert chain.trace == ["handler"]


def test_layers_run_outermost_first():
    def tag(label):
        def mw(request, call_next):
            response = call_next(request)
            response.setdefault("tags", []).append(label)
            return response
        return mw

    chain = Chain(echo).use(tag("outer"), "outer").use(tag("inner"), "inner")
    response = chain({})
    assert chain.trace == ["outer", "inner", "handler"]
    assert response["tags"] == ["inner", "outer"]


def test_missing_field_short_circuits():
    chain = Chain(echo).use(require_field("user", status=401))
    response = chain({"q": "x"})
    assert response == {"status": 401, "error": "missing user"}
    assert chain.trace == ["require_user"]


def test_defaults_reach_handler():
    chain = Chain(echo).use(set_defaults(limit=10, lang="en"), "defaults")
    response = chain({"q": "x", "lang": "fr"})
    assert response["body"] == {"q": "x", "limit": 10, "lang": "fr"}
