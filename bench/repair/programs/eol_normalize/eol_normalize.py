"""Line-ending helpers so an agent's edits keep a file's newline style."""

import re

_NEWLINE = re.compile(r"\r\n|\r|\n")
STYLES = ("\r\n", "\n", "\r")


def newline_counts(text):
    """Count each newline style; a CRLF pair is not also counted as CR or LF."""
    crlf = text.count("\r\n")
    return {
        "\r\n": crlf,
        "\n": text.count("\n") - crlf,
        "\r": text.count("\r") - crlf,
    }


def detect_newline(text, default="\n"):
    """Return the most common newline style in text.

    Ties are broken in STYLES order (CRLF first); text with no newline at all
    gets `default`.
    """
    counts = newline_counts(text)
    best, best_count = default, 0
    for style in STYLES:
        if counts[style] >= best_count:
            best, best_count = style, counts[style]
    return best


def is_mixed(text):
    return sum(1 for n in newline_counts(text).values() if n) > 1


def normalize(text, newline="\n"):
    """Rewrite every newline in text as `newline`."""
    return _NEWLINE.sub(newline, text)


def match_style(original, new_text):
    """Convert an edited file to the newline style of the original file.

    The trailing newline follows the original too: kept if it had one,
    dropped if it did not.
    """
    style = detect_newline(original)
    out = normalize(new_text, style)
    had_final = original.endswith(("\n", "\r"))
    if had_final and out and not out.endswith(style):
        out += style
    elif not had_final and original and out.endswith(style):
        out = out[: -len(style)]
    return out
