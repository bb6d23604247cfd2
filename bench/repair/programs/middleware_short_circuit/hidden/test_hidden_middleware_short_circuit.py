import pytest

from middleware_short_circuit import Chain, require_field, set_defaults


def echo(request):
    return {"status": 200, "body": request}


def test_rewritten_request_seen_by_next_layer():
    seen = []

    def spy(request, call_next):
        seen.append(dict(request))
        return call_next(request)

    chain = Chain(echo).use(set_defaults(user="anon"), "defaults").use(spy, "spy")
    chain({"q": 2})
    assert seen == [{"user": "anon", "q": 2}]


def test_defaults_satisfy_requirement_further_in():
    chain = Chain(echo).use(set_defaults(user="svc")).use(require_field("user"))
    response = chain({})
    assert response == {"status": 200, "body": {"user": "svc"}}
    assert chain.trace == ["fill", "require_user", "handler"]


def test_each_layer_sees_previous_rewrite():
    def add(key, value):
        def mw(request, call_next):
            return call_next({**request, key: value})
        return mw

    chain = Chain(echo).use(add("a", 1), "a").use(add("b", 2), "b").use(add("a", 3), "a2")
    assert chain({"z": 0})["body"] == {"z": 0, "a": 3, "b": 2}


def test_caller_request_not_mutated():
    def mutate(request, call_next):
        request["touched"] = True
        return call_next(request)

    original = {"q": 1}
    response = Chain(echo).use(mutate)(original)
    assert original == {"q": 1}
    assert response["body"] == {"q": 1, "touched": True}


def test_calling_next_twice_raises():
    def twice(request, call_next):
        call_next(request)
        return call_next(request)

    with pytest.raises(RuntimeError, match="twice"):
        Chain(echo).use(twice)({})


def test_short_circuit_stops_inner_layers():
    inner_calls = []

    def inner(request, call_next):
        inner_calls.append(1)
        return call_next(request)

    chain = Chain(echo).use(require_field("token", status=403)).use(inner, "inner")
    assert chain({})["status"] == 403
    assert inner_calls == []
    assert chain({"token": "t"})["status"] == 200
    assert inner_calls == [1]


def test_trace_resets_between_calls():
    chain = Chain(echo).use(require_field("x"))
    chain({})
    chain({"x": 1})
    assert chain.trace == ["require_x", "handler"]
