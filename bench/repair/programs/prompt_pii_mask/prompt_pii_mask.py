"""Masks personal data in chat messages before they are sent to a model provider.

Each distinct value gets a stable placeholder such as <EMAIL_1> for the whole conversation,
so the model can still tell two people apart; `unmask` restores the values in its reply.
"""

import re
from dataclasses import dataclass, field, replace
from functools import partial

PATTERNS: dict[str, re.Pattern[str]] = {
    "EMAIL": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "PHONE": re.compile(r"\+\d{1,3}(?:[ -]?\d){6,12}"),
}


@dataclass(frozen=True)
class Quote:
    author: str
    text: str


@dataclass(frozen=True)
class Message:
    role: str
    text: str
    quote: Quote | None = None


@dataclass
class PiiMasker:
    placeholders: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def _placeholder(self, kind: str, match: re.Match[str]) -> str:
        value = match.group()
        if value not in self.placeholders:
            self.counters[kind] = self.counters.get(kind, 0) + 1
            self.placeholders[value] = f"<{kind}_{self.counters[kind]}>"
        return self.placeholders[value]

    def mask_text(self, text: str) -> str:
        for kind, pattern in PATTERNS.items():
            text = pattern.sub(partial(self._placeholder, kind), text)
        return text

    def mask_message(self, message: Message) -> Message:
        quote = None
        if message.quote is not None:
            quote = Quote(
                author=self.mask_text(message.quote.author),
                text=self.mask_text(message.text),
            )
        return replace(message, text=self.mask_text(message.text), quote=quote)

    def mask_conversation(self, messages: list[Message]) -> list[Message]:
        return [self.mask_message(message) for message in messages]

    def unmask(self, text: str) -> str:
        for value, placeholder in self.placeholders.items():
            text = text.replace(placeholder, value)
        return text
