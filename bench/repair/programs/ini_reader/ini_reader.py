"""Reader for INI-style settings files: [sections], key = value lines and # or ; comments."""

Sections = dict[str, dict[str, str]]

TRUE_WORDS = {"1", "yes", "true", "on"}
FALSE_WORDS = {"0", "no", "false", "off"}


class IniError(ValueError):
    pass


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_ini(text: str) -> Sections:
    """Sections in file order; keys are case-insensitive (stored lower-case)."""
    sections: Sections = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        if current is None:
            raise IniError(f"line {number}: key outside of any section")
        key, separator, value = line.rpartition("=")
        if not separator or not key.strip():
            raise IniError(f"line {number}: expected 'key = value'")
        current[key.strip().lower()] = _unquote(value.strip())
    return sections


def get_bool(sections: Sections, section: str, key: str, default: bool = False) -> bool:
    raw = sections.get(section, {}).get(key.lower())
    if raw is None:
        return default
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise IniError(f"[{section}] {key}: not a boolean: {raw!r}")


def get_int(sections: Sections, section: str, key: str, default: int = 0) -> int:
    raw = sections.get(section, {}).get(key.lower())
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise IniError(f"[{section}] {key}: not an integer: {raw!r}") from None
