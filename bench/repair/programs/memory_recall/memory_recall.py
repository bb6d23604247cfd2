"""Choose which long-term memory notes go into the prompt for the user's next message."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    text: str
    turn: int  # conversation turn in which the note was written


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def relevance(note: Note, query: str) -> float:
    """Share of the query's words that appear in the note."""
    query_words = _words(query)
    if not query_words:
        return 0.0
    return len(query_words & _words(note.text)) / len(query_words)


def recall(notes: list[Note], query: str, k: int = 3) -> list[Note]:
    """Up to k notes sharing a word with the query: most relevant first, newer first on ties."""
    scored = [(relevance(note, query), note.turn, note) for note in notes]
    scored = [item for item in scored if item[0] > 0]
    ranked = sorted(scored, key=lambda item: (item[0], item[1]))
    return [note for _, _, note in ranked[:k]]


def memory_block(notes: list[Note], query: str, k: int = 3) -> str:
    chosen = recall(notes, query, k)
    if not chosen:
        return ""
    return "Relevant notes:\n" + "\n".join(f"- {note.text}" for note in chosen)
