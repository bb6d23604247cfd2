"""A repair patcher that stops after generation and writes the ranked edits to a JSON file.

Used by explain.py only: it runs inside a real `selfpatch cycle --from-tests` (loaded by its
dotted path), so the localization and evidence it sees are the cycle's own. It reaches into the
engine's private search class on purpose: a diagnostic for the benchmark, not part of the product.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence

import libcst as cst

from selfpatch.patchers.repair import RepairPatcher
from selfpatch.patchers.repair._edits import Edit, render
from selfpatch.patchers.repair._engine import _Search
from selfpatch.patchers.repair._evidence import Evidence
from selfpatch.protocols import Workspace
from selfpatch.types import Batch, Candidate, Outcome, SuspiciousLine

OUT_ENV = "SELFPATCH_EXPLAIN_OUT"
MAX_RENDERED = 6000


class RankingPatcher(RepairPatcher):
    name = "repair-explain"

    def propose(self, batch: Batch, workspace: Workspace) -> Iterator[Candidate]:
        return _RankingSearch(batch, workspace, self.max_edits, self.seed).run()


class _RankingSearch(_Search):
    def _generate(
        self,
        base: dict[str, str],
        suspicious: Sequence[SuspiciousLine],
        evidence: Evidence,
        outcomes: Sequence[Outcome],
        hangs: bool = False,
    ) -> list[Edit]:
        edits = super()._generate(base, suspicious, evidence, outcomes, hangs)
        report = {
            "suspicious": [[s.path, s.line, round(float(s.score), 4)] for s in suspicious],
            "edits": [self._describe(rank, edit) for rank, edit in enumerate(edits, 1)],
        }
        with open(os.environ[OUT_ENV], "w", encoding="utf-8") as out:
            json.dump(report, out)
        return []  # nothing to screen: the cycle ends with the batch unfixed

    def _describe(self, rank: int, edit: Edit) -> dict[str, object]:
        row: dict[str, object] = {
            "rank": rank, "path": edit.path, "line": edit.line, "kind": edit.kind,
            "description": edit.description, "prior": round(edit.prior, 4),
            "score": round(edit.score, 6), "structural": edit.structural,
        }  # fmt: skip
        if rank <= MAX_RENDERED:
            index = self.indexes[edit.path]
            try:
                row["text"] = render(index.module, [edit], index.positions)
            except (cst.CSTValidationError, TypeError, ValueError, cst.ParserSyntaxError):
                row["text"] = None
        return row
