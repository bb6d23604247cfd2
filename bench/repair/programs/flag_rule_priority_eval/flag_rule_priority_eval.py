"""Evaluate a feature flag's targeting rules against a request context.

A flag looks like:
    {"key": "new-planner", "enabled": True, "off_variation": "off",
     "default_variation": "off",
     "rules": [{"priority": 10, "variation": "on",
                "conditions": [{"attribute": "plan", "op": "in", "value": ["pro"]}]}]}

Rules are tried from the highest priority down (rules of equal priority in the order
listed); the first rule whose conditions all hold decides the variation.
A disabled flag always serves its off variation.
"""

OPERATORS = {
    "eq": lambda actual, expected: actual == expected,
    "neq": lambda actual, expected: actual != expected,
    "in": lambda actual, expected: actual in expected,
    "not_in": lambda actual, expected: actual not in expected,
    "gte": lambda actual, expected: actual is not None and actual >= expected,
    "lt": lambda actual, expected: actual is not None and actual < expected,
    "prefix": lambda actual, expected: isinstance(actual, str) and actual.startswith(expected),
}


def condition_holds(condition, context):
    op = OPERATORS.get(condition["op"])
    if op is None:
        raise ValueError(f"unknown operator {condition['op']!r}")
    return op(context.get(condition["attribute"]), condition["value"])


def rule_matches(rule, context):
    return all(condition_holds(c, context) for c in rule.get("conditions", []))


def ordered_rules(flag):
    return sorted(flag.get("rules", []), key=lambda rule: rule.get("priority", 0))


def evaluate(flag, context):
    """Return (variation, reason) for this context."""
    if not flag.get("enabled", True):
        return flag["off_variation"], "disabled"
    for rule in ordered_rules(flag):
        if rule_matches(rule, context):
            return rule["variation"], f"rule:{rule.get('id', rule.get('priority', 0))}"
    return flag["default_variation"], "default"
