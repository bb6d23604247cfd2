"""Rendering a candidate: the walk limited to the nodes around the edits gives the same text
as a walk of the whole tree, for single edits and for pairs."""

from __future__ import annotations

from repair_fake import program

from selfpatch.patchers.repair._edits import render
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._transforms import Ctx, site_edits

SOURCE = program("""
    import json


    class Queue:
        def __init__(self, limit):
            self.limit = limit
            self.items = []

        def push(self, item):
            if len(self.items) >= self.limit:
                self.items.pop(0)
            self.items.append(item)

        def dump(self):
            return json.dumps([i for i in self.items if i is not None])


    def drain(queue, n):
        out = []
        while queue.items and len(out) < n:
            out.append(queue.items.pop())
        return out[-n:]
""")


def test_the_limited_walk_renders_the_same_text() -> None:
    index = FileIndex("prog.py", SOURCE)
    edits = [
        edit
        for site in index.sites
        for edit in site_edits(Ctx(index, site, Evidence(), frozenset(site.lines), []))
    ]
    half = len(edits) // 2  # an edit of the first half with one of the second: other sites
    pairs = [[a, b] for a, b in zip(edits, edits[half:], strict=False) if not a.overlaps(b)]
    assert len(edits) > 100 and len(pairs) > 10
    for group in [[edit] for edit in edits] + pairs:
        assert render(index.module, group, index.positions) == render(index.module, group)
    assert render(index.module, [], index.positions) == SOURCE
