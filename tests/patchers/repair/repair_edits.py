"""Helpers for tests that look at the edits the families generate, without a repair run."""

from __future__ import annotations

from repair_fake import Repair, Scenario, fixed_by

from selfpatch.patchers.repair._edits import Edit, render
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.patchers.repair._index import FileIndex
from selfpatch.patchers.repair._transforms import Ctx, site_edits

_INDEXES: dict[str, FileIndex] = {}


def edits_of(
    source: str,
    evidence: Evidence | None = None,
    *,
    raised: bool = False,
    errors: tuple[str, ...] = (),
) -> list[Edit]:
    """Every edit of every site; with ``raised``, as if each site's line raised the error, an
    error of one of the types ``errors`` names."""
    index = _INDEXES[source] = FileIndex("prog.py", source)
    found: list[Edit] = []
    for site in index.sites:
        frames = frozenset(site.lines) if raised else frozenset()
        found += site_edits(Ctx(index, site, evidence or Evidence(), frames, list(errors)))
    return found


def applied(source: str, edit: Edit) -> str:
    """The source with one edit from the latest ``edits_of(source)`` applied."""
    return render(_INDEXES[source].module, [edit])


def only(edits: list[Edit], kind: str, contains: str = "") -> Edit:
    matching = [e for e in edits if e.kind == kind and contains in e.description]
    assert len(matching) == 1, [e.description for e in edits if e.kind == kind]
    return matching[0]


def repaired(
    repair: Repair,
    source: str,
    kind: str,
    contains: str,
    evidence: Evidence | None = None,
    raised: bool = False,
    **checks: list[str],
) -> None:
    """The family offers the edit (given this evidence), and the real search, run on the
    checks, promotes it and passes the hidden ones."""
    edit = only(edits_of(source, evidence, raised=raised), kind, contains)
    fixed = applied(source, edit)
    run = repair(Scenario({"prog.py": source}, {"prog.py": fixed}, **checks))
    fixed_by(run, contains)
