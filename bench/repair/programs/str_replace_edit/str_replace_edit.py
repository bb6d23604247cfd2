"""The search/replace tool an agent calls to edit a file: exact text in, exact text out."""

from dataclasses import dataclass
from typing import Any


class EditError(ValueError):
    """The edit was refused; the message goes back to the model as the tool result."""


@dataclass
class EditResult:
    text: str
    replacements: int
    first_line: int  # 1-based line on which the first replacement starts


def apply_edit(text: str, old: str, new: str, replace_all: bool = False) -> EditResult:
    """Replace old with new in text.

    old must occur exactly once unless replace_all is set. The model always writes "\\n"
    line endings; in a file that uses "\\r\\n" both strings are converted before the edit,
    so the file keeps its own line endings.
    """
    if not old:
        raise EditError("old_string must not be empty")
    if old == new:
        raise EditError("old_string and new_string are identical")
    if "\r\n" in text:
        old = old.replace("\r\n", "\n").replace("\n", "\r\n")
    count = text.count(old)
    if count == 0:
        raise EditError("old_string not found in the file")
    if count > 1 and not replace_all:
        raise EditError(f"old_string occurs {count} times; add context or set replace_all")
    first_line = text[: text.index(old)].count("\n") + 1
    return EditResult(text.replace(old, new), count, first_line)


def apply_edits(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply several edits in order, all or nothing.

    Each edit is {"old_string", "new_string", "replace_all" (optional)} and sees the text
    left by the edits before it.
    """
    for number, edit in enumerate(edits, start=1):
        try:
            result = apply_edit(text, edit["old_string"], edit["new_string"],
                                edit.get("replace_all", False))
        except EditError as error:
            raise EditError(f"edit {number}: {error}") from None
        text = result.text
    return text
