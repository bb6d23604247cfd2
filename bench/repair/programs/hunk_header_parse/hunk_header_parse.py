"""Parse unified diffs (as produced by `git diff` or an LLM) into file patches."""

import re

HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$")


class PatchError(ValueError):
    pass


def _strip_prefix(path):
    if path == "/dev/null":
        return None
    if path.startswith(("a/", "b/")):
        return path[2:]
    return path


def parse_hunk_header(line):
    """Return (old_start, old_len, new_start, new_len, section) for an @@ line."""
    m = HEADER.match(line)
    if not m:
        raise PatchError(f"bad hunk header: {line!r}")
    old_len = int(m.group(2)) if m.group(2) is not None else 1
    new_len = int(m.group(4)) if m.group(4) is not None else 0
    return int(m.group(1)), old_len, int(m.group(3)), new_len, m.group(5)


def parse_patch(text):
    """Split a diff into [{"old": path, "new": path, "hunks": [...]}, ...]."""
    files = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old = _strip_prefix(line[4:].split("\t")[0].strip())
            new = _strip_prefix(lines[i + 1][4:].split("\t")[0].strip())
            files.append({"old": old, "new": new, "hunks": []})
            i += 2
            continue
        if line.startswith("@@"):
            if not files:
                raise PatchError("hunk before file header")
            old_start, old_len, new_start, new_len, _ = parse_hunk_header(line)
            body = []
            i += 1
            seen_old = seen_new = 0
            while i < len(lines) and (seen_old < old_len or seen_new < new_len):
                body_line = lines[i]
                i += 1
                if body_line.startswith("\\"):
                    continue
                tag = body_line[:1] or " "
                if tag not in " +-":
                    raise PatchError(f"unexpected line in hunk: {body_line!r}")
                if tag != "+":
                    seen_old += 1
                if tag != "-":
                    seen_new += 1
                body.append((tag, body_line[1:]))
            if seen_old != old_len or seen_new != new_len:
                raise PatchError("hunk is shorter than its header says")
            files[-1]["hunks"].append(
                {"old_start": old_start, "old_len": old_len,
                 "new_start": new_start, "new_len": new_len, "lines": body})
            continue
        i += 1
    return files
