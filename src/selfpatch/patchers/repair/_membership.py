"""Membership tests that leave out part of what they test against.

A probe held against members that went in normalised: ``self.keys = {_normalise(k) for k in
keys}`` and then ``key in self.keys`` compares a raw key with normalised ones, so the probe goes
through the same expression the members did (``_normalise(key) in self.keys``).

A hierarchy test that leaves out the name itself: ``logger.startswith(rule + ".")`` holds for
``a.b`` under rule ``a`` but not for ``a`` (and ``host.endswith("." + domain)`` not for the
domain), so the equality goes in front (``logger == rule or logger.startswith(rule + ".")``).
"""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _parse_expr, _replace, renamed, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, descendants, value_names

NORMALISED_PROBE_PRIOR = 0.6
EXACT_NAME_PRIOR = 0.55
_COMPREHENSIONS = (cst.SetComp, cst.ListComp, cst.GeneratorExp, cst.DictComp)
_PLACEHOLDER = "__selfpatch_probe__"
_SEPARATORS = frozenset({".", "/", ":", "-", "_", "::", "\\"})


def normalised_probe_edits(ctx: Ctx) -> Iterator[Edit]:
    shapes = ctx.index.memo(("member shapes",), lambda: _member_shapes(ctx.index))
    if not shapes:
        return
    for root in ctx.site.roots:
        for node in descendants(root):
            probe = _probe(ctx, node, shapes)
            if probe is None:
                continue
            probed, (variable, element) = probe
            template = ctx.index.code(renamed(element, variable, _PLACEHOLDER))
            edit = structural_edit(
                ctx,
                probed,
                template.replace(_PLACEHOLDER, ctx.index.code(probed)),
                "missing function call",
                NORMALISED_PROBE_PRIOR,
            )
            if edit is not None:
                yield edit


def _probe(
    ctx: Ctx, node: cst.CSTNode, shapes: dict[str, tuple[str, cst.BaseExpression]]
) -> tuple[cst.BaseExpression, tuple[str, cst.BaseExpression]] | None:
    """The raw value tested against normalised members at ``node``, and how members went in."""
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
        target = node.comparisons[0]
        if isinstance(target.operator, (cst.In, cst.NotIn)):
            shape = shapes.get(ctx.index.code(target.comparator))
            if shape is not None and _raw(node.left):
                return node.left, shape
    if _is_lookup(node):
        assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
        shape = shapes.get(ctx.index.code(node.func.value))
        if shape is not None and _raw(node.args[0].value):
            return node.args[0].value, shape
    return None


def _is_lookup(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and bool(node.args)
        and node.func.attr.value in {"get", "pop", "setdefault"}
    )


def _raw(probe: cst.BaseExpression) -> bool:
    """A plain name or field: a value not passed through anything yet."""
    return isinstance(probe, (cst.Name, cst.Attribute, cst.Subscript))


def _member_shapes(index: FileIndex) -> dict[str, tuple[str, cst.BaseExpression]]:
    """For each container the file fills only with values passed through one expression of
    the loop variable (``{_normalise(k) for k in keys}``): that variable and expression."""
    shapes: dict[str, tuple[str, cst.BaseExpression]] = {}
    plain: set[str] = set()
    for node in all_nodes(index.module):
        bound = _binding(node)
        if bound is None:
            continue
        container = index.code(bound[0])
        shape = _filled_through(bound[1])
        if shape is None:
            plain.add(container)
        else:
            shapes.setdefault(container, shape)
    return {c: s for c, s in shapes.items() if c not in plain}


def _binding(node: cst.CSTNode) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    if isinstance(node, cst.Assign) and len(node.targets) == 1:
        return node.targets[0].target, node.value
    if isinstance(node, cst.AnnAssign) and node.value is not None:
        return node.target, node.value
    return None


def _filled_through(value: cst.BaseExpression) -> tuple[str, cst.BaseExpression] | None:
    for node in descendants(value):
        if not isinstance(node, _COMPREHENSIONS) or node.for_in.inner_for_in is not None:
            continue
        target = node.for_in.target
        element = node.key if isinstance(node, cst.DictComp) else node.elt
        if not isinstance(target, cst.Name) or isinstance(element, cst.Name):
            continue
        uses = [n for n in value_names(element) if n.value == target.value]
        if len(uses) == 1 and isinstance(element, (cst.Call, cst.Attribute, cst.Subscript)):
            return target.value, element
    return None


def exact_name_edits(ctx: Ctx) -> Iterator[Edit]:
    for root in ctx.site.roots:
        for node in descendants(root):
            pair = _hierarchy_test(node)
            if pair is None or _already_equal(ctx, node, pair):
                continue
            name, parent = (ctx.index.code(part) for part in pair)
            new = _parse_expr(f"{name} == {parent} or {ctx.index.code(node)}")
            if new is not None:
                yield _replace(ctx, node, new, "missing condition", EXACT_NAME_PRIOR)


def _hierarchy_test(node: cst.CSTNode) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """``a.startswith(b + ".")`` or ``a.endswith("." + b)``: the name ``a`` and its parent ``b``."""
    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)):
        return None
    method = node.func.attr.value
    if method not in {"startswith", "endswith"} or len(node.args) != 1:
        return None
    joined = node.args[0].value
    if not (isinstance(joined, cst.BinaryOperation) and isinstance(joined.operator, cst.Add)):
        return None
    parent, separator = (
        (joined.left, joined.right) if method == "startswith" else (joined.right, joined.left)
    )
    if not isinstance(separator, cst.SimpleString) or separator.evaluated_value not in _SEPARATORS:
        return None
    return node.func.value, parent


def _already_equal(
    ctx: Ctx, node: cst.CSTNode, pair: tuple[cst.BaseExpression, cst.BaseExpression]
) -> bool:
    """Whether the statement already compares the name with its parent."""
    codes = {ctx.index.code(part) for part in pair}
    for other in all_nodes(ctx.site.node):
        if isinstance(other, cst.Comparison) and len(other.comparisons) == 1:
            target = other.comparisons[0]
            sides = {ctx.index.code(other.left), ctx.index.code(target.comparator)}
            if isinstance(target.operator, (cst.Equal, cst.NotEqual)) and sides == codes:
                return True
    return False
