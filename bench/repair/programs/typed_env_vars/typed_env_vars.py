"""Read typed settings from environment variables that share a prefix (APP_DEBUG, APP_PORT, ...)."""

import os

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


class EnvError(ValueError):
    """A variable is set but its value does not fit the declared type."""


def parse_bool(raw):
    word = raw.strip()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def parse_list(raw):
    """Comma-separated list; surrounding blanks and empty items are dropped."""
    return [item.strip() for item in raw.split(",") if item.strip()]


PARSERS = {
    bool: parse_bool,
    int: lambda raw: int(raw.strip()),
    float: lambda raw: float(raw.strip()),
    list: parse_list,
    str: lambda raw: raw,
}


def read_env(schema, prefix="APP_", environ=None):
    """Build a settings dict from ``schema``: setting name -> (type, default).

    The variable for ``log_level`` is ``<prefix>LOG_LEVEL``. Unset variables give the default;
    a variable set to an empty string counts as unset, except for ``str`` settings.
    """
    environ = os.environ if environ is None else environ
    settings = {}
    for name, (kind, default) in schema.items():
        var = prefix + name.upper()
        raw = environ.get(var)
        if raw is None or (kind is not str and not raw.strip()):
            settings[name] = default
            continue
        try:
            settings[name] = PARSERS[kind](raw)
        except ValueError:
            raise EnvError(f"{var}: expected {kind.__name__}, got {raw!r}") from None
    return settings
