import asyncio

import pytest

from prompt_coalescer import Coalescer, request_key


def req(prompt, **settings):
    return {"model": "small-1", "messages": [{"role": "user", "content": prompt}], **settings}


class FakeProvider:
    """Answers only when released, so tests control what is in flight."""

    def __init__(self):
        self.release = asyncio.Event()
        self.seen = []
        self.fail_with = None

    async def __call__(self, request):
        self.seen.append(request)
        await self.release.wait()
        if self.fail_with is not None:
            raise self.fail_with
        return "answer to " + request["messages"][-1]["content"]


def test_key_ignores_dict_order_but_not_settings():
    a = {"model": "m", "temperature": 0, "messages": []}
    b = {"messages": [], "temperature": 0, "model": "m"}
    assert request_key(a) == request_key(b)
    assert request_key(a) != request_key({**a, "temperature": 1})


def test_identical_requests_in_flight_share_one_call():
    async def scenario():
        provider = FakeProvider()
        coalescer = Coalescer(provider)
        tasks = [asyncio.create_task(coalescer.complete(req("hi"))) for _ in range(3)]
        await asyncio.sleep(0)
        provider.release.set()
        results = await asyncio.gather(*tasks)
        return provider, coalescer, results

    provider, coalescer, results = asyncio.run(scenario())
    assert results == ["answer to hi"] * 3
    assert len(provider.seen) == 1
    assert (coalescer.provider_calls, coalescer.joined, coalescer.in_flight()) == (1, 2, 0)


def test_different_requests_are_not_merged():
    async def scenario():
        provider = FakeProvider()
        provider.release.set()
        coalescer = Coalescer(provider)
        return provider, await asyncio.gather(
            coalescer.complete(req("a")), coalescer.complete(req("b")),
            coalescer.complete(req("a", temperature=0.7)))

    provider, results = asyncio.run(scenario())
    assert results == ["answer to a", "answer to b", "answer to a"]
    assert len(provider.seen) == 3


def test_finished_answers_are_not_cached():
    async def scenario():
        provider = FakeProvider()
        provider.release.set()
        coalescer = Coalescer(provider)
        await coalescer.complete(req("again"))
        await coalescer.complete(req("again"))
        return coalescer

    assert asyncio.run(scenario()).provider_calls == 2


def test_error_reaches_every_waiter():
    async def scenario():
        provider = FakeProvider()
        provider.fail_with = ConnectionError("provider down")
        coalescer = Coalescer(provider)
        tasks = [asyncio.create_task(coalescer.complete(req("x"))) for _ in range(2)]
        await asyncio.sleep(0)
        provider.release.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    results = asyncio.run(scenario())
    assert [type(result) for result in results] == [ConnectionError, ConnectionError]


def test_retry_after_error_calls_the_provider_again():
    async def scenario():
        provider = FakeProvider()
        provider.fail_with = TimeoutError()
        provider.release.set()
        coalescer = Coalescer(provider)
        with pytest.raises(TimeoutError):
            await coalescer.complete(req("retry me"))
        provider.fail_with = None
        return coalescer, await coalescer.complete(req("retry me"))

    coalescer, text = asyncio.run(scenario())
    assert text == "answer to retry me"
    assert coalescer.provider_calls == 2
