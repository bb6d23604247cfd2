"""Split long notification text into SMS-sized segments."""


def segment(text, limit=160):
    """Split ``text`` into segments of at most ``limit`` characters.

    Breaks fall between words where possible; a word longer than ``limit``
    is cut into pieces. Runs of whitespace collapse to a single space.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    segments = []
    current = ""
    for word in text.split():
        while len(word) > limit:
            if current:
                segments.append(current)
                current = ""
            segments.append(word[:limit])
            word = word[limit:]
        if not current:
            current = word
        elif len(current) + len(word) <= limit:
            current += " " + word
        else:
            segments.append(current)
            current = word
    if current:
        segments.append(current)
    return segments


def split_numbered(text, limit=160):
    """Like ``segment`` but tags each part with `` (i/n)`` when there are several.

    The tag counts toward ``limit``; its width grows with the number of parts.
    """
    parts = segment(text, limit)
    if len(parts) <= 1:
        return parts
    digits = 1
    while True:
        room = limit - len(" (/)") - 2 * digits
        if room < 1:
            raise ValueError("limit too small for numbered segments")
        parts = segment(text, room)
        if len(str(len(parts))) <= digits:
            break
        digits += 1
    total = len(parts)
    return [f"{part} ({i}/{total})" for i, part in enumerate(parts, 1)]
