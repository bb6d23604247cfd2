import asyncio

from prompt_coalescer import Coalescer, request_key


def req(prompt, model="small-1"):
    return {"model": model, "messages": [{"role": "user", "content": prompt}]}


class ScriptedProvider:
    """Each call takes its outcome from a script: an exception to raise or text to return."""

    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    async def __call__(self, request):
        self.calls += 1
        await asyncio.sleep(0)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def test_nothing_left_in_flight_after_an_error():
    async def scenario():
        coalescer = Coalescer(ScriptedProvider(RuntimeError("boom")))
        results = await asyncio.gather(*(coalescer.complete(req("p")) for _ in range(4)),
                                       return_exceptions=True)
        return coalescer, results

    coalescer, results = asyncio.run(scenario())
    assert all(isinstance(result, RuntimeError) for result in results)
    assert coalescer.in_flight() == 0
    assert (coalescer.provider_calls, coalescer.joined) == (1, 3)


def test_alternating_failures_and_successes():
    async def scenario():
        provider = ScriptedProvider(ValueError("1"), "two", KeyError("3"), "four")
        coalescer = Coalescer(provider)
        outcomes = []
        for _ in range(4):
            try:
                outcomes.append(await coalescer.complete(req("same")))
            except Exception as exc:
                outcomes.append(type(exc).__name__)
        return provider, outcomes

    provider, outcomes = asyncio.run(scenario())
    assert outcomes == ["ValueError", "two", "KeyError", "four"]
    assert provider.calls == 4


def test_error_on_one_key_leaves_others_alone():
    async def scenario():
        provider = ScriptedProvider(OSError("down"), "fine", "later")
        coalescer = Coalescer(provider)
        first = await asyncio.gather(coalescer.complete(req("bad")), coalescer.complete(req("good")),
                                     return_exceptions=True)
        second = await coalescer.complete(req("bad"))
        return coalescer, first, second

    coalescer, first, second = asyncio.run(scenario())
    assert isinstance(first[0], OSError) and first[1] == "fine"
    assert second == "later"
    assert coalescer.in_flight() == 0


def test_new_wave_after_failed_wave_gets_fresh_call():
    async def scenario():
        provider = ScriptedProvider(ConnectionError(), "ok")
        coalescer = Coalescer(provider)
        wave1 = await asyncio.gather(*(coalescer.complete(req("w")) for _ in range(3)),
                                     return_exceptions=True)
        wave2 = await asyncio.gather(*(coalescer.complete(req("w")) for _ in range(3)))
        return provider, wave1, wave2

    provider, wave1, wave2 = asyncio.run(scenario())
    assert all(isinstance(result, ConnectionError) for result in wave1)
    assert wave2 == ["ok", "ok", "ok"]
    assert provider.calls == 2


def test_key_depends_on_model_and_content():
    assert request_key(req("a")) == request_key(req("a"))
    assert request_key(req("a")) != request_key(req("a", model="big-2"))
    assert request_key(req("a")) != request_key(req("b"))
    assert request_key({"x": "é"}) == request_key({"x": "é"})
