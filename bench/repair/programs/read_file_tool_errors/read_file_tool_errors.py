"""read_file tool for a coding agent, confined to one workspace directory."""
import os

MAX_CHARS = 100_000


def resolve_in_workspace(root, rel):
    """Absolute real path of `rel` under `root`; symlinks may not escape."""
    root = os.path.realpath(root)
    full = os.path.realpath(os.path.join(root, rel))
    if os.path.commonpath([root, full]) != root:
        raise PermissionError(f"outside workspace: {rel}")
    return full


def read_file(root, rel, start_line=1, max_lines=None):
    """Return {"ok": True, "content": numbered lines, ...} or {"ok": False, "error": ...}.

    Errors are reported to the model as data, never raised, so one bad
    path does not abort the agent's turn.
    """
    try:
        full = resolve_in_workspace(root, rel)
    except PermissionError as exc:
        return {"ok": False, "error": str(exc)}
    try:
        with open(full, encoding="utf-8") as fh:
            text = fh.read(MAX_CHARS + 1)
    except (FileNotFoundError, NotADirectoryError):
        return {"ok": False, "error": f"not a file: {rel}"}
    except UnicodeDecodeError:
        return {"ok": False, "error": f"binary file: {rel}"}
    truncated = len(text) > MAX_CHARS
    lines = text[:MAX_CHARS].splitlines()
    stop = len(lines) if max_lines is None else start_line - 1 + max_lines
    chunk = lines[start_line - 1:stop]
    numbered = "\n".join(f"{n:>4}  {line}" for n, line in enumerate(chunk, start_line))
    return {"ok": True, "content": numbered, "total_lines": len(lines), "truncated": truncated}
