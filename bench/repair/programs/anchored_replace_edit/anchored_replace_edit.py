"""Search-and-replace edits for an agent's file tool.

The model sends the text to replace; it must identify exactly one place in
the file. If the exact text is missing, a second pass compares whole lines
while ignoring trailing whitespace, which models often get wrong.
"""


class EditError(ValueError):
    pass


def _find_all(text, needle):
    hits, start = [], 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return hits
        hits.append(i)
        start = i + 1


def _loose_line_matches(lines, wanted):
    """Start indexes where `wanted` lines match, ignoring trailing whitespace."""
    target = [line.rstrip() for line in wanted]
    n = len(target)
    return [i for i in range(len(lines) - n + 1)
            if [line.strip() for line in lines[i:i + n]] == target]


def replace_once(text, old, new):
    """Replace the single occurrence of `old` in `text` with `new`."""
    if not old:
        raise EditError("old text is empty")
    hits = _find_all(text, old)
    if len(hits) == 1:
        return text[:hits[0]] + new + text[hits[0] + len(old):]
    if len(hits) > 1:
        raise EditError(f"old text occurs {len(hits)} times; include more context")
    lines = text.split("\n")
    wanted = old.rstrip("\n").split("\n")
    starts = _loose_line_matches(lines, wanted)
    if len(starts) != 1:
        raise EditError("old text not found" if not starts else "old text is ambiguous")
    i = starts[0]
    lines[i:i + len(wanted)] = new.rstrip("\n").split("\n")
    return "\n".join(lines)


def replace_all(text, old, new):
    """Replace every occurrence; returns (new_text, count)."""
    if not old:
        raise EditError("old text is empty")
    count = text.count(old)
    if count == 0:
        raise EditError("old text not found")
    return text.replace(old, new), count
