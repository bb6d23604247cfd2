"""Extracts fenced code blocks (``` or ~~~) from a model's markdown reply."""

import re
from dataclasses import dataclass

FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>[\w+.-]*)\s*$")


@dataclass(frozen=True)
class CodeBlock:
    language: str
    code: str


def extract_blocks(reply: str, language: str | None = None) -> list[CodeBlock]:
    """Fenced blocks in order; only those in `language` when it is given.

    An unclosed block at the end of the reply (a truncated answer) is still returned.
    """
    blocks: list[CodeBlock] = []
    opener: str | None = None
    info = ""
    body: list[str] = []
    for line in reply.splitlines():
        match = FENCE.match(line.strip())
        if opener is None:
            if match:
                opener, info, body = match["fence"], match["info"].lower(), []
            continue
        fence = match["fence"] if match and not match["info"] else ""
        if fence.startswith(opener[0]):
            blocks.append(CodeBlock(info, "\n".join(body)))
            opener = None
        else:
            body.append(line)
    if opener is not None:
        blocks.append(CodeBlock(info, "\n".join(body)))
    if language is None:
        return blocks
    return [block for block in blocks if block.language == language.lower()]


def first_block(reply: str, language: str | None = None) -> str | None:
    blocks = extract_blocks(reply, language)
    return blocks[0].code if blocks else None
