"""Decide whether a tool call may run: "allow", "ask" or "deny".

Rules are written like "Bash(git diff:*)", "Read(src/**)" or a bare tool name
such as "WebFetch".  A pattern ending in ":*" is a command prefix; any other
pattern is a shell-style glob on the call's target.  When several rules
match, deny beats ask and ask beats allow.  A call that no rule matches gets
the policy's default decision.
"""

from fnmatch import fnmatchcase

DECISIONS = ("allow", "ask", "deny")


def parse_rule(rule):
    """Split "Tool(pattern)" into ("Tool", "pattern"); a bare name has no pattern."""
    tool, paren, rest = rule.partition("(")
    if not paren:
        return rule.strip(), None
    if not rest.endswith(")"):
        raise ValueError(f"malformed rule: {rule!r}")
    return tool.strip(), rest[:-1]


def rule_matches(rule, tool, target):
    rule_tool, pattern = parse_rule(rule)
    if rule_tool != tool:
        return False
    if pattern is None:
        return True
    if pattern.endswith(":*"):
        prefix = pattern[:-2]
        return target == prefix or target.startswith(prefix + " ")
    return fnmatchcase(target, pattern)


class PermissionPolicy:
    def __init__(self, allow=(), ask=(), deny=(), default="ask"):
        if default not in DECISIONS:
            raise ValueError(f"unknown default decision: {default!r}")
        self.allow = list(allow)
        self.ask = list(ask)
        self.deny = list(deny)
        self.default = default

    def decide(self, tool, target=""):
        """Return "allow", "ask" or "deny" for one call."""
        for rule in self.allow:
            if rule_matches(rule, tool, target):
                return "allow"
        for rule in self.deny:
            if rule_matches(rule, tool, target):
                return "deny"
        for rule in self.ask:
            if rule_matches(rule, tool, target):
                return "ask"
        return self.default

    def filter_calls(self, calls):
        """Split (tool, target) pairs into runnable, needs-approval and refused lists."""
        buckets = {decision: [] for decision in DECISIONS}
        for tool, target in calls:
            buckets[self.decide(tool, target)].append((tool, target))
        return buckets["allow"], buckets["ask"], buckets["deny"]
