"""Pull fenced code blocks out of a model reply."""

import re

_OPEN = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")


def _closes(line, fence):
    stripped = line.strip()
    return len(stripped) >= len(fence) and set(stripped) == {fence[0]}


def extract_blocks(reply):
    """Return (language, code) for every fenced block in the reply, in order.

    A closing fence uses the same character as the opening one and is at
    least as long.  A block still open at the end of the reply (the model was
    cut off) runs to the end of the text.  language is the first word of the
    info string, lower-cased, or "" when there is none.
    """
    lines = reply.splitlines()
    blocks = []
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i].strip())
        if not match:
            i += 1
            continue
        fence = match.group("fence")
        info = match.group("info").split()
        language = info[0].lower() if info else ""
        end = i + 1
        while end < len(lines) and not _closes(lines[end], fence):
            end += 1
        blocks.append((language, "\n".join(lines[i + 1:end])))
        i = end
    return blocks


def first_block(reply, language=None):
    """Code of the first block (of the given language, if one is given), or None."""
    for lang, code in extract_blocks(reply):
        if language is None or lang == language.lower():
            return code
    return None
