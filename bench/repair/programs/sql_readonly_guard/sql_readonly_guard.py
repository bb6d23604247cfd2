"""Guard for the agent's SQL tool: only read-only statements reach the database."""

import re
from collections.abc import Callable

READ_ONLY_STARTS = {"select", "with", "explain", "show", "values"}
WRITE_WORDS = {"insert", "update", "delete", "merge", "drop", "create", "alter",
               "truncate", "grant", "revoke", "attach", "detach"}

_QUOTED_OR_COMMENT = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|--[^\n]*|/\*.*?\*/""", re.DOTALL)
_WORD = re.compile(r"\w+")


def strip_quoted(sql: str) -> str:
    """Blank out string literals, quoted identifiers and comments: their words don't count."""
    return _QUOTED_OR_COMMENT.sub(" ", sql)


def split_statements(sql: str) -> list[str]:
    return [part.strip() for part in strip_quoted(sql).split(";")]


def check(sql: str) -> str | None:
    """None if every statement is read-only, else why the query is refused."""
    statements = split_statements(sql)
    if not any(statements):
        return "the query is empty"
    for statement in statements:
        words = _WORD.findall(statement.lower())
        if words[0] not in READ_ONLY_STARTS:
            return f"only read-only statements are allowed, not {words[0].upper()}"
        writes = WRITE_WORDS.intersection(words)
        if writes:
            return f"the statement would write: {', '.join(sorted(writes)).upper()}"
    return None


def run_query(execute: Callable[[str], list[tuple]], sql: str) -> dict[str, object]:
    """Tool handler: rows for a read-only query, an error message for anything else."""
    refusal = check(sql)
    if refusal is not None:
        return {"error": f"query refused: {refusal}"}
    return {"rows": execute(sql)}
