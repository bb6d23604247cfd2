"""Consent gates: who says yes to a promotion. Each answer names the exact candidate (its hash)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from rich.console import Console
from rich.prompt import Confirm


@dataclass
class AutoApprove:
    """``--yes``: the operator approved every verified candidate in advance."""

    by: str = "--yes"

    def ask(self, proposal_id: str, content_hash: str, summary: str) -> bool:
        return True


@dataclass
class TerminalPrompt:
    """Asks the person at the terminal, showing the diff summary and the content hash."""

    console: Console
    by: str = "prompt"

    def ask(self, proposal_id: str, content_hash: str, summary: str) -> bool:
        self.console.print(summary)
        question = f"Promote {proposal_id} (content {content_hash[:12]})?"
        return Confirm.ask(question, console=self.console, default=False)


def choose_gate(*, yes: bool, console: Console) -> AutoApprove | TerminalPrompt | None:
    """--yes approves; a terminal asks; with neither, None: candidates wait for ``approve``."""
    if yes:
        return AutoApprove()
    if sys.stdin.isatty() and sys.stdout.isatty():
        return TerminalPrompt(console)
    return None
