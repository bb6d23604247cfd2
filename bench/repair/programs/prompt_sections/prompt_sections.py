"""Assemble a system prompt from titled sections, dropping the least important to fit a budget."""

from __future__ import annotations

from dataclasses import dataclass, field

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Section:
    title: str
    body: str
    priority: int = 0  # higher survives longer when the budget is tight


@dataclass
class SystemPrompt:
    text: str
    tokens: int
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # title -> text[start:end]
    dropped: list[str] = field(default_factory=list)


def count_tokens(text: str) -> int:
    return len(text.split())


def render(section: Section) -> str:
    return f"## {section.title}\n{section.body.strip()}"


def select(sections: list[Section], budget: int) -> tuple[set[str], list[str]]:
    """Titles kept (filled by priority) and titles dropped, in the order they were dropped."""
    kept: set[str] = set()
    dropped: list[str] = []
    used = 0
    for section in sorted(sections, key=lambda s: -s.priority):
        cost = count_tokens(render(section))
        if used + cost > budget:
            dropped.append(section.title)
            continue
        kept.add(section.title)
        used += cost
    return kept, dropped


def assemble(sections: list[Section], budget: int) -> SystemPrompt:
    """Kept sections appear in their original order, whatever their priority."""
    kept, dropped = select(sections, budget)
    blocks: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    offset = 0
    for section in sections:
        if section.title not in kept:
            continue
        block = render(section)
        blocks.append(block)
        offset += len(block) + len(SEPARATOR)
        spans[section.title] = (offset, offset + len(blocks))
    text = SEPARATOR.join(blocks)
    return SystemPrompt(text, count_tokens(text), spans, dropped)
