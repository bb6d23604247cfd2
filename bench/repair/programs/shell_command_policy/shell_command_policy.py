"""Decides whether the agent may run a shell command, from ordered allow/deny rules."""

import fnmatch
import shlex
from dataclasses import dataclass, field

NEEDS_APPROVAL = ("&&", "||", ";", "|", "`", "$(", ">", "<")


@dataclass(frozen=True)
class Rule:
    pattern: str  # glob over the normalized command line, e.g. "git status*"
    allow: bool


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str


@dataclass
class CommandPolicy:
    rules: list[Rule]
    default_allow: bool = False
    audit: list[tuple[str, bool]] = field(default_factory=list)

    def normalize(self, command: str) -> str:
        """'LANG=C /usr/bin/git  log' -> 'git log'."""
        argv = shlex.split(command)
        if argv:
            argv[0] = argv[0].rsplit("/", 1)[-1]
        while argv and "=" in argv[0]:
            argv.pop(0)
        return " ".join(argv)

    def decide(self, command: str) -> Decision:
        if any(token in command for token in NEEDS_APPROVAL):
            decision = Decision(False, "chained or redirected commands need approval")
        else:
            try:
                decision = self._match(self.normalize(command))
            except ValueError:
                decision = Decision(False, "unparseable command")
        self.audit.append((command, decision.allowed))
        return decision

    def _match(self, normalized: str) -> Decision:
        if not normalized:
            return Decision(False, "empty command")
        for rule in self.rules:
            if fnmatch.fnmatchcase(normalized, rule.pattern):
                verb = "allowed" if rule.allow else "denied"
                return Decision(rule.allow, f"{verb} by rule {rule.pattern!r}")
        return Decision(self.default_allow, "no rule matched")
