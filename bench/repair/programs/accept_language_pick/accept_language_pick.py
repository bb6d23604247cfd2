"""Choose the response language from an HTTP Accept-Language header."""

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageRange:
    tag: str
    quality: float


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(float(value), 1.0))
            except ValueError:
                return 0.0
    return 1.0


def parse_accept_language(header: str) -> list[LanguageRange]:
    """Ranges from most to least preferred; equal qualities keep header order."""
    ranges = []
    for item in header.split(","):
        tag, *params = [piece.strip() for piece in item.split(";")]
        if tag:
            ranges.append(LanguageRange(tag.lower(), _quality(params)))
    return sorted(ranges, key=lambda language_range: -language_range.quality)


def _matches(language_range: str, tag: str) -> bool:
    """'en' accepts 'en-GB' and 'en-GB' accepts 'en'; '*' accepts anything."""
    return (
        language_range == "*"
        or tag == language_range
        or tag.startswith(language_range + "-")
        or language_range.startswith(tag + "-")
    )


def negotiate(header: str, supported: list[str], default: str) -> str:
    """The supported language the client prefers most, or default.

    A range with q=0 means "not acceptable" and never selects anything.
    """
    acceptable = [r for r in parse_accept_language(header) if r.quality >= 0]
    for language_range in acceptable:
        for tag in supported:
            if _matches(language_range.tag, tag.lower()):
                return tag
    return default
