"""Score a tool call's risk and map the score to allow / ask / deny.

The score starts from a per-tool base weight and grows with risky traits
of the arguments. Scores at or above `ask_at` need a human; scores at or
above `deny_at` are refused outright.
"""

from __future__ import annotations

BASE_WEIGHTS = {"read_file": 5, "grep": 5, "http_get": 20, "write_file": 25, "shell": 40}
UNKNOWN_TOOL_WEIGHT = 30
DANGEROUS_WORDS = ("rm", "sudo", "chmod", "dd", "mkfs")


def risk_score(tool: str, args: dict, workspace: str = "/work") -> int:
    score = BASE_WEIGHTS.get(tool, UNKNOWN_TOOL_WEIGHT)
    path = args.get("path", "")
    if path and not path.startswith(workspace.rstrip("/") + "/"):
        score += 30
    words = str(args.get("command", "")).split()
    if any(word in DANGEROUS_WORDS for word in words):
        score += 40
    if args.get("force"):
        score += 10
    return min(score, 100)


class ThresholdPolicy:
    def __init__(self, ask_at: int = 30, deny_at: int = 80, workspace: str = "/work") -> None:
        if not 0 <= ask_at <= deny_at <= 100:
            raise ValueError("need 0 <= ask_at <= deny_at <= 100")
        self.ask_at = ask_at
        self.deny_at = deny_at
        self.workspace = workspace

    def decide(self, tool: str, args: dict) -> tuple[str, int]:
        score = risk_score(tool, args, self.workspace)
        if score > self.deny_at:
            return "deny", score
        if score >= self.ask_at:
            return "ask", score
        return "allow", score
