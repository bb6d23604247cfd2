"""The grep tool: regex matches in a file with context lines, formatted like `grep -n`."""

import re

NO_MATCHES = "No matches found."


def match_lines(lines: list[str], pattern: str, ignore_case: bool = False) -> list[int]:
    """0-based indices of the lines the pattern matches anywhere in."""
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    return [index for index, line in enumerate(lines) if regex.search(line)]


def context_groups(hits: list[int], total: int, before: int,
                   after: int) -> list[tuple[int, int]]:
    """Half-open line ranges to print: each hit with its context, overlapping or
    touching ranges joined into one."""
    groups: list[list[int]] = []
    for hit in hits:
        start, end = max(0, hit - before), min(total, hit + after + 1)
        if groups and start < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
        else:
            groups.append([start, end])
    return [(start, end) for start, end in groups]


def grep(text: str, pattern: str, before: int = 0, after: int = 0,
         ignore_case: bool = False, max_matches: int | None = None) -> str:
    """Matching lines as "N:line", context lines as "N-line" (N counts from 1).

    With context requested, "--" separates groups that are not contiguous. Only the
    first max_matches matching lines are reported.
    """
    lines = text.splitlines()
    hits = match_lines(lines, pattern, ignore_case)[:max_matches]
    if not hits:
        return NO_MATCHES
    hit_set = set(hits)
    out: list[str] = []
    for start, end in context_groups(hits, len(lines), before, after):
        if out and (before or after):
            out.append("--")
        for index in range(start, end):
            mark = ":" if index in hit_set else "-"
            out.append(f"{index + 1}{mark}{lines[index]}")
    return "\n".join(out)
