"""Separate a model's <think>...</think> reasoning from its answer, also while streaming."""

OPEN, CLOSE = "<think>", "</think>"
Piece = tuple[str, str]  # (channel, text), channel "reasoning" or "answer"


def _partial_tag(text: str, tag: str) -> int:
    """Length of the longest end of text that could be the start of tag."""
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:size]):
            return size
    return 0


class ReasoningStream:
    """Feed text chunks as they arrive; get back pieces labelled with their channel.

    A tag split across chunks is held back until it is complete. Only the first
    <think> and the first </think> after it switch channels. Models whose chat
    template already opened the block only ever send </think>: start those with
    in_reasoning=True.
    """

    def __init__(self, in_reasoning: bool = False) -> None:
        self.channel = "reasoning" if in_reasoning else "answer"
        self._next_tag: str | None = CLOSE if in_reasoning else OPEN
        self._pending = ""

    def feed(self, chunk: str) -> list[Piece]:
        pieces: list[Piece] = []
        self._pending += chunk
        while self._next_tag is not None and self._next_tag in self._pending:
            before, _, self._pending = self._pending.partition(self._next_tag)
            if self._next_tag == OPEN:
                self.channel, self._next_tag = "reasoning", CLOSE
            else:
                self.channel, self._next_tag = "answer", None
            self._emit(pieces, before)
        held = _partial_tag(self._pending, self._next_tag) if self._next_tag else 0
        self._emit(pieces, self._pending[:len(self._pending) - held])
        self._pending = self._pending[len(self._pending) - held:]
        return pieces

    def close(self) -> list[Piece]:
        """End of stream: whatever was held back is plain text after all."""
        pieces: list[Piece] = []
        self._emit(pieces, self._pending)
        self._pending = ""
        return pieces

    def _emit(self, pieces: list[Piece], text: str) -> None:
        if text:
            pieces.append((self.channel, text))


def split_reasoning(reply: str, in_reasoning: bool = False) -> tuple[str, str]:
    """(reasoning, answer) of a whole reply, each stripped of surrounding whitespace."""
    stream = ReasoningStream(in_reasoning)
    pieces = stream.feed(reply) + stream.close()
    reasoning = "".join(text for channel, text in pieces if channel == "reasoning")
    answer = "".join(text for channel, text in pieces if channel == "answer")
    return reasoning.strip(), answer.strip()
