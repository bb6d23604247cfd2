"""Reassembles a streamed model reply from chunks that may arrive late, twice, or out of order."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    seq: int
    text: str


class ChunkReassembler:
    """Releases chunk text strictly in sequence order; retransmitted duplicates are dropped."""

    def __init__(self, first_seq: int = 0) -> None:
        self.next_seq = first_seq
        self.pending: dict[int, str] = {}
        self.released: list[str] = []
        self.duplicates = 0

    def add(self, chunk: Chunk) -> str:
        """Accept one chunk; returns the text that became releasable (may be empty)."""
        if chunk.seq < self.next_seq or chunk.seq in self.pending:
            self.duplicates += 1
            return ""
        self.pending[chunk.seq] = chunk.text
        ready = []
        while self.next_seq in self.pending:
            ready.append(self.pending.pop(self.next_seq))
            self.next_seq += 1
        self.released.extend(ready)
        return "".join(ready)

    def missing(self) -> list[int]:
        """Sequence numbers to re-request: the gaps before the highest chunk buffered so far."""
        highest = max(self.pending)
        return [seq for seq in range(self.next_seq, highest) if seq not in self.pending]

    def buffered(self) -> int:
        """Characters held back waiting for a gap to fill."""
        return sum(len(text) for text in self.pending.values())

    @property
    def text(self) -> str:
        return "".join(self.released)
