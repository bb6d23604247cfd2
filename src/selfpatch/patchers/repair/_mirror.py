"""Missing mirrored statement: code that treats two things symmetrically (left/right runs, the
two ends of a window, both operands) shows the pairing in its branches; a statement written for
one side and missing for the other is a common "missing line". The name pairs come from the two
branches of an ``if``/``else`` (or the two operands of an ``and``/``or``) whose statements have
the same shape; the site's statement with the pairs exchanged is inserted after it.

The same symmetry inside one condition: ``0 <= row < rows and col < cols`` bounds the row on
both sides and the column on one; the column gets the row's missing bound,
``0 <= col < cols``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _is_terminal,
    _normal,
    _parse_expr,
    _replace,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, sole_assignment, value_names

MIRROR_PRIOR = 0.55
IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


def mirrored_edits(ctx: Ctx) -> Iterator[Edit]:
    function, block, stmt = ctx.site.function, ctx.site.block, ctx.site.node
    if function is None or block is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    if _is_terminal(stmt):
        return
    mapping = _pairs(ctx.index, function.node)
    if not mapping:
        return
    code = ctx.index.code(stmt.with_changes(leading_lines=())).strip()
    names = {n.value for n in value_names(stmt)}
    mirrored = IDENTIFIER.sub(
        lambda m: mapping.get(m.group(0), m.group(0)) if m.group(0) in names else m.group(0), code
    )
    present = {_normal(ctx.index.code(s)) for s in block}
    if mirrored != code and _normal(mirrored) not in present:
        edit = _insert_after(ctx, mirrored + "\n", "missing mirrored statement", MIRROR_PRIOR)
        if edit is not None:
            yield edit


TWIN_LINE_PRIOR = 0.5


def twin_line_edits(ctx: Ctx) -> Iterator[Edit]:
    """Two neighbouring statements that update twin names (``cx += (x0 + x1) * cross`` beside
    ``cy += y0 * cross``): written once and copied, the copy that lost a term gets the other's
    value with the twin's names (``(y0 + y1) * cross``)."""
    block, stmt, function = ctx.site.block, ctx.site.node, ctx.site.function
    if block is None or function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    own = _updated_name(stmt)
    if own is None or _binds_names(own[1].value):
        return
    known = ctx.index.memo(
        ("identifiers", id(function)),
        lambda: set(IDENTIFIER.findall(ctx.index.function_code(function))),
    )
    at = ctx.site.index
    for neighbour in [*block[max(at - 1, 0) : at], *block[at + 1 : at + 2]]:
        other = _updated_name(neighbour)
        if other is None or type(other[1]) is not type(own[1]) or other[0] == own[0]:
            continue
        if not _same_operator(other[1], own[1]):
            continue
        parts = _differing_part(other[0], own[0])
        if parts is None:
            continue
        mapped = _renamed_code(ctx.index.code(other[1].value), *parts, known)
        new = _parse_expr(mapped)
        if new is not None and _normal(mapped) != _normal(ctx.index.code(own[1].value)):
            yield _replace(ctx, own[1].value, new, "twin statement", TWIN_LINE_PRIOR)


def _binds_names(value: cst.BaseExpression) -> bool:
    """Comprehensions and lambdas bind names of their own, which renaming would confuse."""
    scoped = (cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp, cst.Lambda)
    return any(isinstance(node, scoped) for node in all_nodes(value))


def _updated_name(stmt: cst.CSTNode | None) -> tuple[str, cst.Assign | cst.AugAssign] | None:
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    assignment = stmt.body[0]
    if isinstance(assignment, cst.AugAssign) and isinstance(assignment.target, cst.Name):
        return assignment.target.value, assignment
    if isinstance(assignment, cst.Assign) and len(assignment.targets) == 1:
        target = assignment.targets[0].target
        if isinstance(target, cst.Name):
            return target.value, assignment
    return None


def _same_operator(a: cst.Assign | cst.AugAssign, b: cst.Assign | cst.AugAssign) -> bool:
    if isinstance(a, cst.AugAssign) and isinstance(b, cst.AugAssign):
        return type(a.operator) is type(b.operator)
    return True


def _differing_part(a: str, b: str) -> tuple[str, str] | None:
    """(``x``, ``y``) for ``cx`` and ``cy``: what remains of each name once the prefix and
    suffix they share are cut, when they share some."""
    prefix = _shared_start(a, b)
    suffix = _shared_start(a[prefix:][::-1], b[prefix:][::-1])
    if prefix + suffix == 0:
        return None
    x, y = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    if not x or not y or not x.isalpha() or not y.isalpha():
        return None
    return x, y


def _shared_start(a: str, b: str) -> int:
    count = 0
    while count < min(len(a), len(b)) and a[count] == b[count]:
        count += 1
    return count


def _renamed_code(code: str, old: str, new: str, known: set[str]) -> str:
    """Each identifier of ``code`` with ``old`` spelled ``new``, where the function knows the
    identifier that makes."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        twin = word.replace(old, new)
        return twin if twin in known else word

    return IDENTIFIER.sub(swap, code)


ATTRIBUTE_TWIN_PRIOR = 0.55


def attribute_twin_edits(ctx: Ctx) -> Iterator[Edit]:
    """Fields the file handles in pairs (``preorder(node.left)`` next to
    ``preorder(node.right)``): a statement that touches one of them in a block that never
    mentions the other (``node.left = build()`` alone) gets its twin inserted after it."""
    block, stmt = ctx.site.block, ctx.site.node
    if block is None or not isinstance(stmt, cst.SimpleStatementLine) or _is_terminal(stmt):
        return
    twins = ctx.index.memo(("attribute twins",), lambda: _attribute_twins(ctx.index))
    if not twins:
        return
    code = ctx.index.code(stmt.with_changes(leading_lines=())).strip()
    block_code = " ".join(ctx.index.code(s) for s in block)
    for attribute in dict.fromkeys(re.findall(r"\.([A-Za-z_]\w*)", code)):
        for twin in twins.get(attribute, ()):
            if re.search(rf"\.{twin}\b", block_code):
                continue
            mirrored = re.sub(rf"\.{attribute}\b", f".{twin}", code)
            edit = _insert_after(
                ctx,
                mirrored + "\n",
                "missing twin statement",
                ATTRIBUTE_TWIN_PRIOR,
                structural=True,
            )
            if edit is not None:
                yield edit


def _attribute_twins(index: FileIndex) -> dict[str, set[str]]:
    """Attribute names that two consecutive statements of the file differ in, alone."""
    twins: dict[str, set[str]] = {}
    for node in all_nodes(index.module):
        if not isinstance(node, (cst.IndentedBlock, cst.Module)):
            continue
        for first, second in itertools.pairwise(node.body):
            if not isinstance(first, cst.SimpleStatementLine) or type(second) is not type(first):
                continue
            if _sets_a_constant(first):
                continue  # ``self.hits = 0`` beside ``self.misses = 0``: initial values, not twins
            pair = _one_attribute_apart(index.code(first).strip(), index.code(second).strip())
            if pair is not None:
                twins.setdefault(pair[0], set()).add(pair[1])
                twins.setdefault(pair[1], set()).add(pair[0])
    return twins


def _sets_a_constant(stmt: cst.SimpleStatementLine) -> bool:
    assignment = sole_assignment(stmt)
    value = getattr(assignment, "value", None)
    if isinstance(value, (cst.List, cst.Dict, cst.Set, cst.Tuple)):
        return not value.elements
    return isinstance(value, (cst.Integer, cst.Float, cst.SimpleString, cst.Name))


def _one_attribute_apart(first: str, second: str) -> tuple[str, str] | None:
    """(a, b) when the two statements differ only in attribute ``.a`` spelled ``.b``."""
    a, b = list(IDENTIFIER.finditer(first)), list(IDENTIFIER.finditer(second))
    if len(a) != len(b) or IDENTIFIER.sub("_", first) != IDENTIFIER.sub("_", second):
        return None
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x.group(0) != y.group(0)]
    pairs = {(x.group(0), y.group(0)) for x, y in differ}
    dotted = all(
        first[x.start() - 1 : x.start()] == "." == second[y.start() - 1 : y.start()]
        for x, y in differ
    )
    return next(iter(pairs)) if len(pairs) == 1 and dotted else None


def _pairs(index: FileIndex, function: cst.FunctionDef) -> dict[str, str]:
    """Names that play the same role in two same-shaped pieces of code, both ways round."""
    mapping: dict[str, str] = {}
    conflicts: set[str] = set()
    for a, b in _parallel_parts(function):
        shape_a, names_a = _shape(index, a)
        shape_b, names_b = _shape(index, b)
        if shape_a != shape_b or len(names_a) != len(names_b):
            continue
        for x, y in zip(names_a, names_b, strict=True):
            if x == y:
                continue
            for key, value in ((x, y), (y, x)):
                if mapping.get(key, value) != value:
                    conflicts.add(key)
                mapping.setdefault(key, value)
    return {k: v for k, v in mapping.items() if k not in conflicts}


def _parallel_parts(function: cst.FunctionDef) -> Iterator[tuple[cst.CSTNode, cst.CSTNode]]:
    for node in _all(function.body):
        if isinstance(node, cst.If) and isinstance(node.orelse, cst.Else):
            body, other = node.body.body, node.orelse.body.body
            yield from zip(body, other, strict=False)
        elif isinstance(node, cst.BooleanOperation):
            yield node.left, node.right


def _all(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    yield node
    for child in node.children:
        if not isinstance(child, (cst.FunctionDef, cst.ClassDef)):
            yield from _all(child)


def _shape(index: FileIndex, node: cst.CSTNode) -> tuple[str, list[str]]:
    names = [n.value for n in value_names(node) if not _is_callee(index, n)]
    wanted = set(names)
    code = index.code(node).strip()
    shape = IDENTIFIER.sub(lambda m: "_" if m.group(0) in wanted else m.group(0), code)
    return _normal(shape), names


def _is_callee(index: FileIndex, name: cst.Name) -> bool:
    parent = index.parents.get(name)
    return isinstance(parent, cst.Call) and parent.func is name


CHAINED_BOUND_PRIOR = 0.55


def chained_bound_edits(ctx: Ctx) -> Iterator[Edit]:
    """``x < n`` beside ``0 <= y < m`` in one ``and``: ``0 <= x < n``."""
    for root in ctx.site.roots:
        for node in all_nodes(root):
            if not isinstance(node, cst.BooleanOperation) or not isinstance(node.operator, cst.And):
                continue
            clauses = [c for c in (node.left, node.right) if isinstance(c, cst.Comparison)]
            for full, bare in itertools.permutations(clauses, 2):
                new = _with_lower_bound(full, bare)
                if new is not None:
                    edit = _replace(ctx, bare, new, "missing condition", CHAINED_BOUND_PRIOR)
                    edit.structural = True
                    yield edit


def _with_lower_bound(full: cst.Comparison, bare: cst.Comparison) -> cst.Comparison | None:
    """``0 <= y < m`` and ``x < n``: ``0 <= x < n``."""
    if len(full.comparisons) != 2 or len(bare.comparisons) != 1:
        return None
    upper, own = full.comparisons[1], bare.comparisons[0]
    if type(upper.operator) is not type(own.operator):
        return None
    if not isinstance(upper.operator, (cst.LessThan, cst.LessThanEqual)):
        return None
    if not isinstance(full.comparisons[0].comparator, cst.Name):
        return None
    if not isinstance(bare.left, cst.Name) or not isinstance(full.left, (cst.Integer, cst.Name)):
        return None
    lower = full.comparisons[0].with_changes(comparator=bare.left)
    return bare.with_changes(left=full.left, comparisons=[lower, own])


BRANCH_PRIOR = 0.55


def branch_edits(ctx: Ctx) -> Iterator[Edit]:
    """A variable the other branches of an ``if``/``elif``/``else`` chain assign, left alone in
    this one (``lines.append(line)`` without the ``line = word`` its siblings do): the sibling's
    assignment is inserted at the end of this branch."""
    block, stmt = ctx.site.block, ctx.site.node
    if block is None or ctx.site.index != len(block) - 1 or _is_terminal(stmt):
        return
    body = ctx.index.parents.get(stmt)
    branches = _chain_bodies(ctx.index, body)
    if len(branches) < 2:
        return
    own = _assigned(ctx.index, block)
    seen: set[str] = set()
    for other in branches:
        if other is body:
            continue
        for sibling in other.body:
            for name, code in _assignments(ctx.index, sibling):
                if name not in own and code not in seen:
                    seen.add(code)
                    edit = _insert_after(
                        ctx, code + "\n", "missing branch assignment", BRANCH_PRIOR
                    )
                    if edit is not None:
                        yield edit


def _chain_bodies(index: FileIndex, body: cst.CSTNode | None) -> list[cst.IndentedBlock]:
    """Every branch body of the if/elif/else chain that ``body`` belongs to."""
    owner = index.parents.get(body) if body is not None else None
    if isinstance(owner, cst.Else):
        owner = index.parents.get(owner)
    if not isinstance(owner, cst.If):
        return []
    parent = index.parents.get(owner)
    while isinstance(parent, cst.If) and parent.orelse is owner:
        owner, parent = parent, index.parents.get(parent)
    bodies: list[cst.IndentedBlock] = []
    node: cst.CSTNode | None = owner
    while isinstance(node, cst.If):
        if isinstance(node.body, cst.IndentedBlock):
            bodies.append(node.body)
        node = node.orelse
    if isinstance(node, cst.Else) and isinstance(node.body, cst.IndentedBlock):
        bodies.append(node.body)
    return bodies


def _assigned(index: FileIndex, block: Sequence[cst.BaseStatement]) -> set[str]:
    return {name for stmt in block for name, _ in _assignments(index, stmt)}


def _assignments(index: FileIndex, stmt: cst.CSTNode) -> list[tuple[str, str]]:
    """(name, code) of a plain ``name = value`` statement."""
    assignment = sole_assignment(stmt)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return []
    target = assignment.targets[0].target
    if not isinstance(target, cst.Name) or not isinstance(stmt, cst.SimpleStatementLine):
        return []
    return [(target.value, index.code(stmt.with_changes(leading_lines=())).strip())]
