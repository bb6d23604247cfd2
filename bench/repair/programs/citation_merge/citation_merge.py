"""Resolves [n] citation markers in a model's answer against the retrieved sources.

Markers are 1-based positions in the source list. Cited sources are renumbered in the
order they are first cited and listed as references; a marker that cannot be resolved is
dropped from the text and reported instead of failing the whole answer.
"""

import re
from dataclasses import dataclass, field

MARKER = re.compile(r"(\s*)\[([1-9][0-9]*)\]")


@dataclass
class CitedAnswer:
    text: str
    references: list[str] = field(default_factory=list)
    unresolved: list[int] = field(default_factory=list)


def _label(source: dict[str, str]) -> str:
    return f"{source['title']} <{source['url']}>"


def merge_citations(answer: str, sources: list[dict[str, str]]) -> CitedAnswer:
    result = CitedAnswer(text="")
    renumbered: dict[int, int] = {}

    def replace(match: re.Match[str]) -> str:
        space, cited = match.group(1), int(match.group(2))
        if cited not in renumbered:
            try:
                label = _label(sources[cited - 1])
            except KeyError:
                if cited not in result.unresolved:
                    result.unresolved.append(cited)
                return ""
            renumbered[cited] = len(renumbered) + 1
            result.references.append(f"[{renumbered[cited]}] {label}")
        return f"{space}[{renumbered[cited]}]"

    result.text = MARKER.sub(replace, answer)
    return result
