"""Parallel containers: two containers indexed alike and written side by side
(``dist[u][v] = w`` with ``next_hop[u][v] = v``, ``cost[n] = c`` with ``parent[n] = p``). A
write to one that leaves the other alone breaks the pairing (route reconstruction, back
pointers, DP choice tables): the missing companion write goes right after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from selfpatch.patchers.repair._common import Ctx, _insert_after, _last_assignment
from selfpatch.patchers.repair._edits import Edit
from selfpatch.patchers.repair._index import descendants, sole_assignment

PARALLEL_PRIOR = 0.7
MAX_VALUES = 4

Chain = tuple[str, list[str]]
"""A subscript chain split into its container and its index expressions."""


def parallel_edits(ctx: Ctx) -> Iterator[Edit]:
    block, stmt = ctx.site.block, ctx.site.node
    write = _subscript_write(ctx, stmt)
    if block is None or write is None:
        return
    (container, indices), value = write
    written_here = {w[0][0] for s in block if (w := _subscript_write(ctx, s)) is not None}
    companions = ctx.index.memo(
        ("companions", container, len(indices)), lambda: _companions(ctx, container, len(indices))
    )
    for companion, template_indices, template in companions:
        if companion in written_here:
            continue
        target = f"{companion}{''.join(f'[{i}]' for i in indices)}"
        values = _values(ctx, container, companion, indices, template_indices, template, value)
        for new_value in values:
            code = f"{target} = {new_value}\n"
            edit = _insert_after(
                ctx, code, "missing parallel update", PARALLEL_PRIOR, structural=True
            )
            if edit is not None:
                yield edit


def _subscript_write(ctx: Ctx, stmt: cst.CSTNode) -> tuple[Chain, cst.BaseExpression] | None:
    assignment = sole_assignment(stmt)
    if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
        return None
    chain = _chain(ctx, assignment.targets[0].target)
    return None if chain is None else (chain, assignment.value)


def _chain(ctx: Ctx, node: cst.CSTNode) -> Chain | None:
    indices: list[str] = []
    while isinstance(node, cst.Subscript) and len(node.slice) == 1:
        element = node.slice[0].slice
        if not isinstance(element, cst.Index):
            return None
        indices.insert(0, ctx.index.code(element.value))
        node = node.value
    return (ctx.index.code(node), indices) if indices else None


def _companions(ctx: Ctx, container: str, depth: int) -> list[tuple[str, list[str], str]]:
    """(companion, its indices, its value's code) for every write to another container that
    sits beside a write to ``container`` with the very same indices."""
    found: dict[str, tuple[str, list[str], str]] = {}
    for stmt in _all_statements(ctx):
        write = _subscript_write(ctx, stmt)
        if write is None or write[0][0] != container or len(write[0][1]) != depth:
            continue
        parent = ctx.index.parents.get(stmt)
        siblings = parent.body if isinstance(parent, cst.IndentedBlock) else ()
        for other in siblings:
            companion = _subscript_write(ctx, other)
            if companion is None or companion[0][0] == container:
                continue
            (name, indices), value = companion
            if indices == write[0][1] and name not in found:
                found[name] = (name, indices, ctx.index.code(value))
    return list(found.values())


def _all_statements(ctx: Ctx) -> Iterator[cst.CSTNode]:
    for function in ctx.index.functions:
        yield from function.statements


def _values(
    ctx: Ctx,
    container: str,
    companion: str,
    indices: list[str],
    template_indices: list[str],
    template: str,
    value: cst.BaseExpression,
) -> list[str]:
    """Values for the companion: the template's with its indices renamed to these, the
    companion's entry where the value reads the container's, and that entry's index."""
    found = [_renamed(template, template_indices, indices)]
    for read in _container_reads(ctx, container, len(indices), value):
        found.append(f"{companion}{''.join(f'[{i}]' for i in read)}")
        if len(read) == 1:
            found.append(read[0])
    return list(dict.fromkeys(v for v in found if v))[:MAX_VALUES]


def _renamed(template: str, old: list[str], new: list[str]) -> str:
    names = {o: n for o, n in zip(old, new, strict=True) if o.isidentifier()}
    if not names:
        return template
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    return pattern.sub(lambda m: names[m.group(1)], template)


def _container_reads(
    ctx: Ctx, container: str, depth: int, value: cst.BaseExpression
) -> list[list[str]]:
    """Index lists of the container entries the value reads, through one local name."""
    sources: list[cst.CSTNode] = [value]
    if isinstance(value, cst.Name):
        definition = sole_assignment(_last_assignment(ctx, value.value) or cst.Pass())
        if definition is not None and definition.value is not None:
            sources.append(definition.value)
    reads: list[list[str]] = []
    for source in sources:
        for node in descendants(source):
            chain = _chain(ctx, node) if isinstance(node, cst.Subscript) else None
            if chain is not None and chain[0] == container and len(chain[1]) == depth:
                reads.append(chain[1])
    return reads
