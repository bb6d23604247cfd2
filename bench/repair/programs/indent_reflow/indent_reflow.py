"""Re-indent code snippets so a model's edit matches the file it lands in."""

from math import gcd


def leading_width(line, tab_size=4):
    """Visual width of a line's indentation, with tabs expanded."""
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    return len(lead.expandtabs())


def indent_unit(lines, tab_size=4):
    """Guess the width of one indentation level (the gcd of all indents)."""
    unit = 0
    for line in lines:
        if line.strip():
            unit = gcd(unit, leading_width(line, tab_size))
    return unit or tab_size


def reindent(text, target="    ", tab_size=4, base=0):
    """Rewrite indentation with `target` per level, shifted by `base` levels.

    Blank lines become empty; the snippet's least-indented line ends up at
    level `base`.
    """
    lines = text.split("\n")
    code = [line for line in lines if line.strip()]
    if not code:
        return text
    unit = indent_unit(code, tab_size)
    floor = min(leading_width(line, tab_size) for line in code)
    out = []
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        width = leading_width(line, tab_size) - floor
        level, extra = divmod(width, unit)
        out.append(target * (base + level) + " " * extra + line.lstrip(" \t"))
    return "\n".join(out)
