"""Packs retrieved passages into the context block of a RAG prompt, within a token budget."""

from collections import Counter
from dataclasses import dataclass

SEPARATOR_TOKENS = 2  # blank line and source tag the prompt adds around each passage
GAP = " [...] "


@dataclass(frozen=True)
class Passage:
    doc_id: str
    position: int  # chunk number within its document
    text: str
    tokens: int


class ContextPacker:
    def __init__(self, budget: int, per_doc: int = 2) -> None:
        self.budget = budget
        self.per_doc = per_doc
        self.used = 0
        self._passages: list[Passage] = []
        self._doc_counts: Counter[str] = Counter()

    def offer(self, passage: Passage) -> bool:
        """Offer passages best first; one is taken if it fits and its document has room."""
        if passage in self._passages or self._doc_counts[passage.doc_id] >= self.per_doc:
            return False
        cost = passage.tokens + SEPARATOR_TOKENS
        if self.used + cost > self.budget:
            return False
        self._passages.append(passage)
        self._doc_counts[passage.doc_id] += 1
        self.used += cost
        return True

    def drop_document(self, doc_id: str) -> int:
        """Remove a document's passages (say it turned out stale); returns the tokens freed."""
        dropped = [p for p in self._passages if p.doc_id == doc_id]
        self._passages = [p for p in self._passages if p.doc_id != doc_id]
        freed = sum(p.tokens + SEPARATOR_TOKENS for p in dropped)
        self.used -= freed
        return freed

    def render(self) -> str:
        """Documents in the order they were first taken; within one, passages in text order,
        adjacent chunks run together and a gap marker where chunks were skipped."""
        by_doc: dict[str, list[Passage]] = {}
        for passage in self._passages:
            by_doc.setdefault(passage.doc_id, []).append(passage)
        blocks = []
        for doc_id, passages in by_doc.items():
            passages.sort(key=lambda p: p.position)
            body = passages[0].text
            for before, after in zip(passages, passages[1:]):
                joint = " " if after.position == before.position + 1 else GAP
                body += joint + after.text
            blocks.append(f"[{doc_id}]\n{body}")
        return "\n\n".join(blocks)
