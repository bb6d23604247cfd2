"""Build the environment a sandboxed tool subprocess gets: pass what it needs, never secrets."""

import re
from collections.abc import Iterable, Mapping

ALWAYS_PASS = frozenset({"PATH", "HOME", "USER", "LANG", "TZ", "TERM", "TMPDIR", "SHELL"})
PASS_PREFIXES = ("LC_",)
SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSW(OR)?D|API_?KEY|PRIVATE|CREDENTIAL|COOKIE")
SECRET_VALUE = re.compile(
    r"\b(sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|xox[abpr]-[A-Za-z0-9-]{10,})"
    r"|://[^/\s:@]+:[^/\s@]+@"  # user:password@ in a URL
)


def looks_secret(name: str, value: str) -> bool:
    """By name (GITHUB_TOKEN, npm_config__authToken) or by value (an API key, a URL with a password)."""
    return bool(SECRET_NAME.search(name) or SECRET_VALUE.search(value))


def child_env(
    env: Mapping[str, str],
    allow: Iterable[str] = (),
    allow_prefixes: Iterable[str] = (),
) -> tuple[dict[str, str], list[str]]:
    """The variables to hand the child, and the sorted names left out.

    A variable passes when its name (any case: http_proxy, Path) is always passed, is in allow,
    or starts with an allowed prefix, and it does not look like a secret. Looking like a
    secret wins over every allowance.
    """
    allowed = ALWAYS_PASS | {name.upper() for name in allow}
    prefixes = PASS_PREFIXES + tuple(prefix.upper() for prefix in allow_prefixes)
    kept: dict[str, str] = {}
    dropped: list[str] = []
    for name, value in env.items():
        key = name.upper()
        if (key in allowed or key.startswith(prefixes)) and not looks_secret(name, value):
            kept[name] = value
        else:
            dropped.append(name)
    return kept, sorted(dropped)


def describe_dropped(dropped: list[str], limit: int = 5) -> str:
    """One line for the run log; never prints values."""
    if not dropped:
        return "environment: nothing withheld"
    shown = ", ".join(dropped[:limit])
    more = f" and {len(dropped) - limit} more" if len(dropped) > limit else ""
    return f"environment: withheld {shown}{more}"
