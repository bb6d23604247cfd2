"""Find where a diff hunk applies when the file has drifted since the diff was made.

Like `patch`, search outward from the line the hunk header names, and if
that fails, retry with up to `fuzz` context lines dropped from each end.
"""


def find_block(lines, block, expected, max_offset=None):
    """Index where `block` occurs in `lines`, closest to `expected`.

    Of two matches equally far away, the earlier one wins. Returns None if
    there is no match within `max_offset` lines (unlimited when None).
    """
    n = len(block)
    last = len(lines) - n
    if last < 0:
        return None
    expected = min(max(expected, 0), last)
    reach = max(expected, last - expected)
    if max_offset is not None:
        reach = min(reach, max_offset)
    for offset in range(reach + 1):
        for pos in (expected + offset, expected - offset):
            if 0 <= pos <= last and lines[pos:pos + n] == block:
                return pos
    return None


def locate_hunk(lines, hunk, expected, fuzz=0, max_offset=None):
    """hunk: list of (tag, text) with tags " ", "-", "+".

    Returns (start, fuzz_used): the index of the hunk's first old line, or
    None when it cannot be placed.
    """
    old = [text for tag, text in hunk if tag != "+"]
    tags = [tag for tag, _ in hunk if tag != "+"]
    lead = next((i for i, t in enumerate(tags) if t != " "), len(tags))
    trail = next((i for i, t in enumerate(reversed(tags)) if t != " "), len(tags))
    for level in range(fuzz + 1):
        cut_front, cut_back = min(level, lead), min(level, trail)
        block = old[cut_front:len(old) - cut_back]
        if not block:
            break
        pos = find_block(lines, block, expected + cut_front, max_offset)
        if pos is not None:
            return pos - cut_front, level
    return None
