import pytest

from model_fallback import AllBackendsFailed, FallbackChain, Overloaded, RateLimited


def failing(error):
    def backend(prompt):
        raise error
    return backend


def test_every_transient_kind_then_success():
    chain = FallbackChain([
        ("a", failing(Overloaded())),
        ("b", failing(TimeoutError())),
        ("c", failing(RateLimited())),
        ("d", lambda prompt: prompt.upper()),
    ])
    assert chain.complete("go") == "GO"
    assert chain.log == ["a: Overloaded", "b: TimeoutError", "c: RateLimited", "d: ok"]


def test_all_overloaded_reports_every_backend():
    chain = FallbackChain([("a", failing(Overloaded())), ("b", failing(Overloaded()))])
    with pytest.raises(AllBackendsFailed) as info:
        chain.complete("x")
    assert [type(err) for _, err in info.value.errors] == [Overloaded, Overloaded]
    assert "a: Overloaded" in str(info.value)


def test_non_transient_error_after_overload_propagates():
    chain = FallbackChain([
        ("a", failing(Overloaded())),
        ("b", failing(KeyError("k"))),
        ("c", lambda prompt: "never"),
    ])
    with pytest.raises(KeyError):
        chain.complete("x")
    assert chain.log == ["a: Overloaded"]


def test_empty_chain():
    with pytest.raises(AllBackendsFailed):
        FallbackChain([]).complete("x")
