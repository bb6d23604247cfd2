"""A field of a record that a run of field-by-field updates leaves out. A record set up as
``{"count": 0, "total": 0.0, "min": None}`` is updated one field at a time
(``slot["total"] += theirs["total"]``); a numeric field that the block updating its siblings
never touches is the missing line, written where the record's own order puts it. Its value
follows the neighbour's: the same field of the record the neighbour reads
(``slot["count"] += theirs["count"]``), or what a running total in the same function adds
(``total += size`` beside ``entry["files"] += 1`` gives ``entry["bytes"] += size``)."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import (
    Ctx,
    _insert_after,
    _insert_before,
    _sole_small,
    _string_literal,
)
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import FileIndex, all_nodes, body_nodes, sole_index

SAME_FIELD_PRIOR = 0.75
RUNNING_TOTAL_PRIOR = 0.6


def record_field_edits(ctx: Ctx) -> Iterator[Edit]:
    small = _sole_small(ctx.site.node)
    if not isinstance(small, cst.AugAssign) or ctx.site.block is None:
        return
    key = _string_key(small.target)
    name = key.evaluated_value if key is not None else None
    if not isinstance(name, str):
        return
    assert isinstance(small.target, cst.Subscript) and key is not None
    record = ctx.index.code(small.target.value)
    updated = {_updated_key(ctx, stmt, record) for stmt in ctx.site.block}
    operator = ctx.index.code(small.operator).strip()
    fields = _numeric_fields_beside(ctx.index, name)
    for field in fields:
        literal = _string_literal(key, field)
        if field in updated or literal is None:
            continue
        spelt = ctx.index.code(literal)
        insert = _insert_before if fields.index(field) < fields.index(name) else _insert_after
        for value, prior in _values(ctx, small, spelt):
            code = f"{record}[{spelt}] {operator} {value}\n"
            edit = insert(ctx, code, "missing field update", prior, structural=True)
            if edit is not None:
                yield edit


def _values(ctx: Ctx, small: cst.AugAssign, spelt: str) -> Iterator[tuple[str, float]]:
    """The value to add to the field spelt ``spelt``, each with its prior."""
    read = small.value
    if isinstance(read, cst.Subscript) and _string_key(read) is not None:
        yield f"{ctx.index.code(read.value)}[{spelt}]", SAME_FIELD_PRIOR
        return
    function = ctx.site.function
    if function is None:
        return
    seen: set[str] = set()
    for node in body_nodes(function.node.body):
        if (
            isinstance(node, cst.AugAssign)
            and isinstance(node.target, cst.Name)
            and type(node.operator) is type(small.operator)
            and isinstance(node.value, (cst.Name, cst.Attribute))
        ):
            value = ctx.index.code(node.value)
            if value not in seen and value != ctx.index.code(read):
                seen.add(value)
                yield value, RUNNING_TOTAL_PRIOR


def _string_key(node: cst.BaseExpression) -> cst.SimpleString | None:
    key = sole_index(node) if isinstance(node, cst.Subscript) else None
    return key if isinstance(key, cst.SimpleString) else None


def _updated_key(ctx: Ctx, stmt: cst.CSTNode, record: str) -> str | None:
    small = _sole_small(stmt)
    if isinstance(small, cst.AugAssign):
        targets = [small.target]
    elif isinstance(small, cst.Assign):
        targets = [t.target for t in small.targets]
    else:
        return None
    for target in targets:
        key = _string_key(target)
        same = isinstance(target, cst.Subscript) and ctx.index.code(target.value) == record
        if key is not None and same:
            value = key.evaluated_value
            return value if isinstance(value, str) else None
    return None


def _numeric_fields_beside(index: FileIndex, key: str) -> list[str]:
    """The keys set up as numbers in a dict literal of the file that also sets up ``key``."""
    records = index.memo(("numeric records",), lambda: list(_numeric_records(index)))
    return next((fields for fields in records if key in fields), [])


def _numeric_records(index: FileIndex) -> Iterator[list[str]]:
    for node in all_nodes(index.module):
        if not isinstance(node, cst.Dict) or len(node.elements) < 2:
            continue
        fields: list[str] = []
        for element in node.elements:
            if not isinstance(element, cst.DictElement):
                break
            key = element.key
            name = key.evaluated_value if isinstance(key, cst.SimpleString) else None
            if not isinstance(name, str):
                break
            if isinstance(element.value, (cst.Integer, cst.Float)):
                fields.append(name)
        else:
            if fields:
                yield fields
