"""Consent and promotion: one git commit per rewrite."""

from selfpatch.promote._commit import CommitMessage, commit_candidate, content_hash
from selfpatch.promote._consent import AutoApprove, TerminalPrompt, choose_gate

__all__ = [
    "AutoApprove",
    "CommitMessage",
    "TerminalPrompt",
    "choose_gate",
    "commit_candidate",
    "content_hash",
]
