"""Escape and unescape the body of a JSON string literal (the text between the quotes)."""

SIMPLE_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}
SHORT_FORMS = {char: code for code, char in SIMPLE_ESCAPES.items() if code != "/"}
HEX_DIGITS = set("0123456789abcdefABCDEF")


class JSONEscapeError(ValueError):
    pass


def _hex4(body: str, start: int) -> int:
    digits = body[start:start + 4]
    if len(digits) != 4 or not set(digits) <= HEX_DIGITS:
        raise JSONEscapeError(f"bad \\u escape at offset {start - 2}")
    return int(digits, 16)


def unescape(body: str) -> str:
    """Decode escapes; a \\uD83D\\uDE00-style surrogate pair becomes one character."""
    out: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char != "\\":
            out.append(char)
            i += 1
            continue
        if i + 1 == len(body):
            raise JSONEscapeError("dangling backslash at the end")
        code = body[i + 1]
        if code == "u":
            value = _hex4(body, i + 2)
            i += 6
            if body.startswith("\\u", i):
                low = _hex4(body, i + 2)
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                i += 6
            out.append(chr(value))
        elif code in SIMPLE_ESCAPES:
            out.append(SIMPLE_ESCAPES[code])
            i += 2
        else:
            raise JSONEscapeError(f"unknown escape \\{code} at offset {i}")
    return "".join(out)


def escape(text: str) -> str:
    """The shortest valid escaping; non-ASCII characters are kept as they are."""
    parts: list[str] = []
    for char in text:
        if char in SHORT_FORMS:
            parts.append("\\" + SHORT_FORMS[char])
        elif ord(char) < 0x20:
            parts.append(f"\\u{ord(char):04x}")
        else:
            parts.append(char)
    return "".join(parts)
