"""Per-logger log levels from a compact spec string, RUST_LOG style.

    "info,agent.tools=debug,httpx=warn"

A bare level sets the default. A rule for ``agent.tools`` applies to that logger and to
its descendants (``agent.tools.shell``) but not to ``agent.toolsmith``. The most specific
matching rule wins.
"""

LEVELS = {"trace": 5, "debug": 10, "info": 20, "warn": 30, "warning": 30, "error": 40, "off": 100}


def parse_spec(spec, default="info"):
    rules = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            name, level = part.split("=", 1)
        else:
            name, level = "", part
        level = level.strip().lower()
        if level not in LEVELS:
            raise ValueError(f"unknown log level {level!r} in {part!r}")
        rules[name.strip()] = LEVELS[level]
    rules.setdefault("", LEVELS[default])
    return rules


def _applies(rule, logger):
    return rule == "" or logger.startswith(rule + ".")


def effective_level(rules, logger):
    best = ""
    for rule in rules:
        if _applies(rule, logger) and len(rule) > len(best):
            best = rule
    return rules[best]


def is_enabled(rules, logger, level):
    return LEVELS[level.lower()] >= effective_level(rules, logger)


def filter_records(rules, records):
    """Keep (logger, level, message) records that pass the spec."""
    return [r for r in records if is_enabled(rules, r[0], r[1])]
