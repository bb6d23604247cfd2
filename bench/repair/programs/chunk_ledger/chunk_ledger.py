"""Bookkeeping for a vector store: which chunk ids belong to which source document."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    ordinal: int
    text: str


class ChunkLedger:
    def __init__(self, chunk_size: int = 200, overlap: int = 50) -> None:
        if not 0 <= overlap < chunk_size:
            raise ValueError("overlap must be non-negative and smaller than chunk_size")
        self.chunk_size = chunk_size
        self.overlap = overlap
        self._chunks: dict[str, list[Chunk]] = {}

    def split(self, text: str) -> list[str]:
        step = self.chunk_size - self.overlap
        last_start = max(len(text) - self.overlap, 1)
        return [text[start:start + self.chunk_size] for start in range(0, last_start, step)]

    def index(self, doc_id: str, text: str) -> tuple[list[Chunk], list[str]]:
        """(Re-)index a document: returns the chunks to upsert and the stale ids to delete."""
        old_ids = [chunk.chunk_id for chunk in self._chunks.get(doc_id, [])]
        chunks = [
            Chunk(f"{doc_id}#{ordinal}", doc_id, ordinal, piece)
            for ordinal, piece in enumerate(self.split(text))
        ]
        self._chunks[doc_id] = chunks
        kept = {chunk.chunk_id for chunk in chunks}
        return chunks, [chunk_id for chunk_id in old_ids if chunk_id not in kept]

    def remove(self, doc_id: str) -> list[str]:
        return [chunk.chunk_id for chunk in self._chunks.pop(doc_id, [])]

    def __len__(self) -> int:
        return sum(len(chunks) for chunks in self._chunks.values())

    def page(self, number: int, size: int) -> list[Chunk]:
        """Page `number` (counting from 1) of all chunks, by document id then ordinal."""
        ordered = [chunk for doc_id in sorted(self._chunks) for chunk in self._chunks[doc_id]]
        start = number * size
        return ordered[start:start + size]

    def page_count(self, size: int) -> int:
        return -(-len(self) // size)
