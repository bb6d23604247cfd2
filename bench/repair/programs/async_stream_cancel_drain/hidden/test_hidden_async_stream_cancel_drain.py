import asyncio

from async_stream_cancel_drain import DrainResult, drain


class FakeStream:
    def __init__(self, chunks, delay=0.0):
        self.chunks = chunks
        self.delay = delay
        self.closed = False
        self.pulled = 0

    async def _gen(self):
        try:
            for chunk in self.chunks:
                await asyncio.sleep(self.delay)
                self.pulled += 1
                yield chunk
        finally:
            self.closed = True

    def __aiter__(self):
        return self._gen()


def test_empty_stream_without_cancel_event():
    stream = FakeStream([])
    assert asyncio.run(drain(stream)) == DrainResult("", "complete", 0)
    assert stream.closed


def test_on_chunk_without_cancel_event():
    seen = []
    stream = FakeStream(["x", "y"], delay=0.001)
    result = asyncio.run(drain(stream, on_chunk=seen.append, idle_timeout=1.0))
    assert result == DrainResult("xy", "complete", 2)
    assert seen == ["x", "y"]


def test_already_cancelled_reads_nothing():
    stream = FakeStream(["a", "b"])
    cancel = asyncio.Event()
    cancel.set()
    result = asyncio.run(drain(stream, cancel=cancel))
    assert result == DrainResult("", "cancelled", 0)
    assert stream.pulled == 0


def test_cancel_from_other_task():
    async def main():
        stream = FakeStream(["t"] * 100, delay=0.01)
        cancel = asyncio.Event()

        async def press_stop():
            await asyncio.sleep(0.035)
            cancel.set()

        stopper = asyncio.create_task(press_stop())
        result = await drain(stream, cancel=cancel, idle_timeout=1.0)
        await stopper
        return stream, result

    stream, result = asyncio.run(main())
    assert result.reason == "cancelled"
    assert 1 <= result.chunks < 100
    assert result.text == "t" * result.chunks
    assert stream.closed


def test_idle_timeout_closes_stream():
    stream = FakeStream(["slow"], delay=5)
    result = asyncio.run(drain(stream, idle_timeout=0.02))
    assert result == DrainResult("", "idle_timeout", 0)
    assert stream.closed


def test_plain_async_iterator_without_aclose():
    class Counter:
        def __init__(self):
            self.n = 0

        def __aiter__(self):
            return self

        async def __anext__(self):
            self.n += 1
            if self.n > 3:
                raise StopAsyncIteration
            return str(self.n)

    assert asyncio.run(drain(Counter())) == DrainResult("123", "complete", 3)
