"""The ledger: what happened, when, and why."""

from selfpatch.ledger._schema import (
    BatchRow,
    CycleRow,
    DecisionRow,
    EpisodeRow,
    ProposalRow,
    VerificationRow,
)
from selfpatch.ledger._store import Ledger, ledger_dir, new_id

__all__ = [
    "BatchRow",
    "CycleRow",
    "DecisionRow",
    "EpisodeRow",
    "Ledger",
    "ProposalRow",
    "VerificationRow",
    "ledger_dir",
    "new_id",
]
