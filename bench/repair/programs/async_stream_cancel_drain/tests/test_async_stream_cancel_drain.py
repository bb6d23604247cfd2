import asyncio

from async_stream_cancel_drain import DrainResult, drain


class FakeStream:
    def __init__(self, chunks, delay=0.0):
        self.chunks = chunks
        self.delay = delay
        self.closed = False

    async def _gen(self):
        try:
            for chunk in self.chunks:
                await asyncio.sleep(self.delay)
                yield chunk
        finally:
            self.closed = True

    def __aiter__(self):
        return self._gen()


def test_reads_whole_stream():
    stream = FakeStream(["Hel", "lo", "!"])
    result = asyncio.run(drain(stream))
    assert result == DrainResult("Hello!", "complete", 3)
    assert stream.closed


def test_stop_button_pressed_midway():
    stream = FakeStream(["a", "b", "c", "d"])
    cancel = asyncio.Event()

    def on_chunk(chunk):
        if chunk == "b":
            cancel.set()

    result = asyncio.run(drain(stream, cancel=cancel, on_chunk=on_chunk))
    assert result == DrainResult("ab", "cancelled", 2)
    assert stream.closed


def test_idle_timeout_keeps_partial_text():
    async def stalls():
        yield "par"
        yield "tial"
        await asyncio.sleep(10)
        yield "never"

    result = asyncio.run(drain(stalls(), idle_timeout=0.05))
    assert result == DrainResult("partial", "idle_timeout", 2)
