"""Text normalized short of what the code compares it with. Two shapes:

- **Case.** Code that compares text with lower-case literals (``value in ("up", "yes")``) and
  cleans that text first (``str(raw).strip()``) forgot ``.lower()`` when the failing inputs
  carry capitals: ``str(raw).strip().lower()``. So did code whose failing output is the
  expected one in another case (``{"Name": ...}`` for ``{"name": ...}``).
- **Case against a word list.** A value compared with words all in one case (``method in
  IDEMPOTENT_METHODS`` with ``{"GET", "PUT"}``), when the failing inputs carry one of those
  words in another case (``"get"``), is folded to theirs where it is compared:
  ``method.upper() in IDEMPOTENT_METHODS``.
- **Case-insensitivity the docstring promises.** A function whose docstring (or its module's,
  or a failing test's name) says case is ignored, and that folds nothing, compares its text
  parameter as given: ``_DIGITS.split(text)`` -> ``_DIGITS.split(text.lower())``.
- **Characters escaped but not tested for.** ``if delimiter in text or "\\n" in text:`` guards
  ``text.replace('"', '""')``: the branch escapes a character its test never looks for, so text
  holding only that character goes out unescaped: ``... or '"' in text``.
- **A character class.** A test that widens one character predicate (``c.isalpha() or c ==
  "_"``) shows what the code's characters are; another predicate of the same function that
  lacks the widening (``source[end].isalnum()``) gets it: ``(source[end].isalnum() or
  source[end] == "_")``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _last_assignment,
    _parse_expr,
    _replace,
    structural_edit,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import (
    FileIndex,
    Function,
    all_nodes,
    chain_operands,
    descendants,
    is_load,
    sole_assignment,
)

CASE_PRIOR = 0.55
CLEANERS = frozenset({"strip", "lstrip", "rstrip", "replace", "removeprefix", "removesuffix"})


def case_edits(ctx: Ctx) -> Iterator[Edit]:
    """``.lower()`` after the cleaning call of a value the file compares in lower case, or of
    any cleaned value when the failing output is the expected one in another case."""
    folds = [method for method, _ in ctx.evidence.folds.most_common()]
    capitals = any(c.isupper() for c in ctx.evidence.characters)
    if (
        not folds
        and capitals
        and ctx.index.memo(("lower-case literals",), lambda: _compares_lower_case(ctx.index))
    ):
        folds = ["lower"]
    for root in ctx.site.roots if folds else []:
        for node in descendants(root):
            if not _cleaned_text(node) or _lowered(ctx, node):
                continue
            for method in folds:
                new = _parse_expr(f"{ctx.index.code(node)}.{method}()")
                if new is not None:
                    yield _replace(ctx, node, new, "missing function call", CASE_PRIOR)


DOCUMENTED_FOLD_PRIOR = 0.5
CASE_IGNORED = re.compile(
    r"case[- ]insensitiv|ignor\w* (the )?case|case (is )?ignored|regardless of (letter )?case",
    re.IGNORECASE,
)
FOLDS = (".lower()", ".casefold()", ".upper()", "IGNORECASE", "re.I")


def documented_fold_edits(ctx: Ctx) -> Iterator[Edit]:
    function = ctx.site.function
    if function is None or ctx.index.memo(("folds", id(function)), lambda: _folds(ctx, function)):
        return
    text_params = _text_params(ctx, function)
    seen: set[str] = set()
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Name) or node.value not in text_params - seen:
                continue
            if not is_load(ctx.index, node):
                continue
            seen.add(node.value)
            for method, prior in (("lower", DOCUMENTED_FOLD_PRIOR), ("casefold", 0.45)):
                new = _parse_expr(f"{node.value}.{method}()")
                if new is not None:
                    yield _replace(ctx, node, new, "missing function call", prior)


def _folds(ctx: Ctx, function: Function) -> bool:
    """Whether the function folds case already, or nothing it or its module says asks it to."""
    code = ctx.index.code(function.node)
    if any(fold in code for fold in FOLDS):
        return True
    docs = [function.node.get_docstring() or "", ctx.index.module.get_docstring() or ""]
    return not any(CASE_IGNORED.search(doc) for doc in [*docs, *ctx.evidence.claims])


TEXT_NAMES = frozenset({"text", "query", "term", "word", "phrase", "line", "string", "s"})


def _text_params(ctx: Ctx, function: Function) -> set[str]:
    """The function's parameters annotated ``str``, or unannotated and named as text."""
    params = function.node.params.params
    return {
        p.name.value
        for p in params
        if (p.annotation is not None and ctx.index.code(p.annotation.annotation) == "str")
        or (p.annotation is None and p.name.value in TEXT_NAMES)
    }


def _cleaned_text(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value in CLEANERS
    )


def _lowered(ctx: Ctx, node: cst.CSTNode) -> bool:
    """Whether the value is already case-folded (``.lower().strip()``, ``.strip().lower()``)."""
    parent = ctx.index.parents.get(node)
    code = ctx.index.code(node)
    folded = isinstance(parent, cst.Attribute) and parent.attr.value in {"lower", "casefold"}
    return folded or ".lower()" in code or ".casefold()" in code


def _compares_lower_case(index: FileIndex) -> bool:
    """Whether the file compares some value with lower-case word literals (``== "yes"``,
    ``in ("up", "down")``), or looks values up in a table keyed by them (``{".pdf": ...}``)."""
    for node in all_nodes(index.module):
        if isinstance(node, cst.Dict) and _lower_keyed(node):
            return True
        if not isinstance(node, cst.Comparison):
            continue
        for target in node.comparisons:
            literals = _string_literals(target.comparator)
            if any(_lower_word(s) for s in literals):
                return True
    return False


def _lower_keyed(table: cst.Dict) -> bool:
    """A table of three or more entries whose keys are all lower-case word literals."""
    keys = [e.key for e in table.elements if isinstance(e, cst.DictElement)]
    words = [s for key in keys for s in _string_literals(key)]
    return len(words) >= 3 and len(words) == len(keys) and all(_lower_word(w) for w in words)


def _string_literals(node: cst.BaseExpression) -> list[str]:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return [value] if isinstance(value, str) else []
    if isinstance(node, (cst.Tuple, cst.List, cst.Set)):
        return [s for e in node.elements for s in _string_literals(e.value)]
    return []


def _lower_word(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.lower() and text != text.upper()


CASE_FOLD_PRIOR = 0.6


def case_fold_edits(ctx: Ctx) -> Iterator[Edit]:
    """``method in {"GET", "PUT"}`` when the failing inputs say ``"get"``: fold the value."""
    strings = [*ctx.evidence.strings, *ctx.evidence.inputs]
    if not strings:
        return
    constants = ctx.index.memo(("word constants",), lambda: _word_constants(ctx.index))
    for root in ctx.site.roots:
        for node in descendants(root):
            if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
                continue
            words = _compared_words(node.comparisons[0].comparator, constants)
            method = _folding(words, strings)
            if (
                method is None
                or _lowered(ctx, node.left)
                or f".{method}()" in ctx.index.code(node.left)
            ):
                continue
            new = _parse_expr(f"{_operand(ctx, node.left)}.{method}()")
            if new is not None:
                yield _replace(ctx, node.left, new, "missing function call", CASE_FOLD_PRIOR)
            folded = _folded_at_assignment(ctx, node.left, method)
            if folded is not None:
                yield folded


def _folded_at_assignment(ctx: Ctx, name: cst.BaseExpression, method: str) -> Edit | None:
    """``word = raw.strip()`` -> ``raw.strip().lower()``: folded once where it is made, for
    every comparison that reads it."""
    stmt = _last_assignment(ctx, name.value) if isinstance(name, cst.Name) else None
    assignment = sole_assignment(stmt) if stmt is not None else None
    if not isinstance(assignment, cst.Assign) or f".{method}()" in ctx.index.code(assignment):
        return None
    new = _parse_expr(f"{_operand(ctx, assignment.value)}.{method}()")
    if new is None:
        return None
    return _replace(ctx, assignment.value, new, "missing function call", CASE_FOLD_PRIOR)


def _word_constants(index: FileIndex) -> dict[str, list[str]]:
    """Module-level names bound to a collection of string literals (``frozenset({...})``)."""
    found: dict[str, list[str]] = {}
    for stmt in index.module.body:
        assignment = sole_assignment(stmt)
        if assignment is None or assignment.value is None:
            continue
        target = (
            assignment.target
            if isinstance(assignment, cst.AnnAssign)
            else assignment.targets[0].target
        )
        value = assignment.value
        if isinstance(value, cst.Call) and len(value.args) == 1:
            value = value.args[0].value  # frozenset({...}), set([...])
        words = _string_literals(value)
        if isinstance(target, cst.Name) and len(words) > 1:
            found[target.value] = words
    return found


def _compared_words(node: cst.BaseExpression, constants: dict[str, list[str]]) -> list[str]:
    if isinstance(node, cst.Name):
        return constants.get(node.value, [])
    return _string_literals(node)


def _folding(words: list[str], strings: list[str]) -> str | None:
    """``upper`` when the words are upper case and an input string is one of them in another
    case; ``lower`` likewise."""
    cased = [w for w in words if any(c.isalpha() for c in w)]
    if not cased:
        return None
    for method in ("upper", "lower"):
        if all(getattr(w, method)() == w for w in cased):
            known = set(cased)
            if any(s not in known and getattr(s, method)() in known for s in strings):
                return method
    return None


def _operand(ctx: Ctx, node: cst.BaseExpression) -> str:
    code = ctx.index.code(node)
    simple = (cst.Name, cst.Attribute, cst.Subscript, cst.Call)
    return code if isinstance(node, simple) else f"({code})"


ESCAPE_TEST_PRIOR = 0.55


def escape_test_edits(ctx: Ctx) -> Iterator[Edit]:
    stmt = ctx.site.node
    if not isinstance(stmt, cst.If):
        return
    tested = _membership_tests(ctx, stmt.test)
    if not tested:
        return
    for text, characters in tested.items():
        for node in all_nodes(stmt.body):
            literal = _replaced_literal(ctx, node, text)
            if literal is None or literal in characters:
                continue
            characters.add(literal)
            edit = structural_edit(
                ctx,
                stmt.test,
                f"{ctx.index.code(stmt.test)} or {literal} in {text}",
                "missing condition",
                ESCAPE_TEST_PRIOR,
            )
            if edit is not None:
                yield edit


def _membership_tests(ctx: Ctx, test: cst.BaseExpression) -> dict[str, set[str]]:
    """For an ``or`` chain of ``x in text`` clauses: text -> the code of each ``x``."""
    clauses = chain_operands(test, cst.Or)
    found: dict[str, set[str]] = {}
    for clause in clauses:
        if not isinstance(clause, cst.Comparison) or len(clause.comparisons) != 1:
            return {}
        target = clause.comparisons[0]
        if not isinstance(target.operator, cst.In):
            return {}
        found.setdefault(ctx.index.code(target.comparator), set()).add(ctx.index.code(clause.left))
    return found if len(clauses) > 1 else {}


def _replaced_literal(ctx: Ctx, node: cst.CSTNode, text: str) -> str | None:
    """``'"'`` of ``text.replace('"', '""')``."""
    if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
        return None
    if node.func.attr.value != "replace" or ctx.index.code(node.func.value) != text:
        return None
    first = node.args[0].value if node.args else None
    return ctx.index.code(first) if isinstance(first, cst.SimpleString) else None


CHARACTER_CLASS_PRIOR = 0.55
PREDICATES = frozenset({"isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace",
                        "isidentifier", "isprintable", "isupper", "islower"})  # fmt: skip


def character_class_edits(ctx: Ctx) -> Iterator[Edit]:
    """A character predicate widened elsewhere in the function gets the same widening."""
    function = ctx.site.function
    if function is None:
        return
    widened = ctx.index.memo(
        ("widened predicates", id(function)), lambda: _widenings(ctx, function)
    )
    if not widened:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            method = _predicate(node)
            if method is None or _is_widened(ctx, node):
                continue
            assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            subject = ctx.index.code(node.func.value)
            for clause in widened.get(method, []):
                edit = structural_edit(
                    ctx,
                    node,
                    f"({ctx.index.code(node)} or {subject} {clause})",
                    "missing condition",
                    CHARACTER_CLASS_PRIOR,
                )
                if edit is not None:
                    yield edit


def _predicate(node: cst.CSTNode) -> str | None:
    if (
        isinstance(node, cst.Call)
        and not node.args
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value in PREDICATES
    ):
        return node.func.attr.value
    return None


def _is_widened(ctx: Ctx, node: cst.CSTNode) -> bool:
    parent = ctx.index.parents.get(node)
    return isinstance(parent, cst.BooleanOperation) and isinstance(parent.operator, cst.Or)


def _widenings(ctx: Ctx, function: Function) -> dict[str, list[str]]:
    """For each predicate, the ``== "_"`` / ``in "_-"`` clauses an ``or`` joins to it in the
    function, keyed by every predicate of the same family (``isalpha`` widens ``isalnum``)."""
    found: dict[str, list[str]] = {}
    for node in all_nodes(function.node.body):
        if not isinstance(node, cst.BooleanOperation) or not isinstance(node.operator, cst.Or):
            continue
        method = _predicate(node.left)
        clause = _character_clause(ctx, node.right)
        if method is None or clause is None:
            continue
        for related in _related(method):
            if clause not in found.setdefault(related, []):
                found[related].append(clause)
    return found


def _character_clause(ctx: Ctx, node: cst.BaseExpression) -> str | None:
    """``== "_"`` of ``c == "_"``, ``in "_-"`` of ``c in "_-"``."""
    if not isinstance(node, cst.Comparison) or len(node.comparisons) != 1:
        return None
    target = node.comparisons[0]
    if not isinstance(target.operator, (cst.Equal, cst.In)):
        return None
    if not isinstance(target.comparator, cst.SimpleString):
        return None
    word = "==" if isinstance(target.operator, cst.Equal) else "in"
    return f"{word} {ctx.index.code(target.comparator)}"


def _related(method: str) -> tuple[str, ...]:
    if method in {"isalpha", "isalnum", "isidentifier"}:
        return ("isalpha", "isalnum", "isidentifier")
    if method in {"isdigit", "isdecimal", "isnumeric"}:
        return ("isdigit", "isdecimal", "isnumeric", "isalnum")
    return (method,)
