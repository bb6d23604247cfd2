import pytest

from model_fallback import AllBackendsFailed, FallbackChain, Overloaded, RateLimited


def answer(text):
    return lambda prompt: f"{text}: {prompt}"


def failing(error):
    def backend(prompt):
        raise error
    return backend


def test_first_backend_answers():
    chain = FallbackChain([("primary", answer("A")), ("backup", answer("B"))])
    assert chain.complete("hi") == "A: hi"
    assert chain.log == ["primary: ok"]


def test_rate_limit_falls_back():
    chain = FallbackChain([("primary", failing(RateLimited())), ("backup", answer("B"))])
    assert chain.complete("hi") == "B: hi"


def test_overloaded_provider_falls_back():
    chain = FallbackChain([("primary", failing(Overloaded("529"))), ("backup", answer("B"))])
    assert chain.complete("hi") == "B: hi"
    assert chain.log == ["primary: Overloaded", "backup: ok"]


def test_bad_request_propagates():
    chain = FallbackChain([("primary", failing(ValueError("bad"))), ("backup", answer("B"))])
    with pytest.raises(ValueError):
        chain.complete("hi")


def test_all_failing():
    chain = FallbackChain([("a", failing(TimeoutError())), ("b", failing(RateLimited()))])
    with pytest.raises(AllBackendsFailed) as info:
        chain.complete("hi")
    assert [name for name, _ in info.value.errors] == ["a", "b"]
