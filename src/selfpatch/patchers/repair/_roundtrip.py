"""Encodings that do not round-trip. ``pack_date`` stores ``year - EPOCH_YEAR`` and
``unpack_date`` never adds ``EPOCH_YEAR`` back: the decoder of a pair named as inverses
(pack/unpack, encode/decode, dump/load, to/from) undoes the offset its encoder takes off, on
one of the values it returns."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, structural_edit
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import Function, all_nodes

OFFSET_PRIOR = 0.55
DECODERS = {"unpack": "pack", "decode": "encode", "load": "dump", "loads": "dumps",
            "deserialize": "serialize", "from": "to", "parse": "format"}  # fmt: skip


def undone_offset_edits(ctx: Ctx) -> Iterator[Edit]:
    function, stmt = ctx.site.function, ctx.site.node
    if function is None or not isinstance(stmt, cst.SimpleStatementLine):
        return
    returned = stmt.body[0].value if isinstance(stmt.body[0], cst.Return) else None
    if returned is None:
        return
    encoder = _encoder_of(ctx, function)
    if encoder is None:
        return
    used = {n.value for n in all_nodes(function.node.body) if isinstance(n, cst.Name)}
    for offset in _offsets_taken(ctx, encoder) - used:
        values = returned.elements if isinstance(returned, cst.Tuple) else None
        for value in [e.value for e in values] if values else [returned]:
            text = ctx.index.code(value)
            bare = isinstance(value, cst.BinaryOperation | cst.BooleanOperation) and not value.lpar
            code = f"({text}) + {offset}" if bare else f"{text} + {offset}"
            edit = structural_edit(ctx, value, code, "missing arithmetic expression", OFFSET_PRIOR)
            if edit is not None:
                yield edit


def _encoder_of(ctx: Ctx, function: Function) -> Function | None:
    """``pack_date`` for ``unpack_date``: the function whose name has the opposite word."""
    words = function.name.split("_")
    for index, word in enumerate(words):
        opposite = DECODERS.get(word)
        if opposite is None:
            continue
        name = "_".join([*words[:index], opposite, *words[index + 1 :]])
        for other in ctx.index.functions:
            if other.name == name and other.cls == function.cls:
                return other
    return None


def _offsets_taken(ctx: Ctx, encoder: Function) -> set[str]:
    """Constants the encoder subtracts from one of its parameters: ``year - EPOCH_YEAR``."""
    found = set()
    for node in all_nodes(encoder.node.body):
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.Subtract):
            continue
        left, right = node.left, node.right
        if not isinstance(left, cst.Name) or left.value not in encoder.params:
            continue
        if isinstance(right, cst.Name) and right.value.isupper():
            found.add(right.value)
    return found
