"""Read a small INI dialect into plain dictionaries."""


def parse_ini(text, default_section="DEFAULT"):
    """Parse INI text into {section: {key: value}}.

    * ``[name]`` starts a section; keys before the first header belong to
      ``default_section``. A repeated header continues the same section.
    * ``key = value`` or ``key: value`` (whichever separator comes first);
      keys are lower-cased, keys and values are stripped.
    * Lines whose first non-blank character is ``#`` or ``;`` are comments,
      blank lines are skipped.
    * An indented line continues the previous value, joined with a newline.
    * Every section inherits the keys of ``default_section`` it does not set.
    """
    sections = {default_section: {}}
    current = sections[default_section]
    last_key = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if raw[0] in " \t" and last_key is not None:
            current[last_key] += "\n" + line
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            last_key = None
            continue
        seps = [pos for pos in (line.find("="), line.find(":")) if pos >= 0]
        if not seps or min(seps) == 0:
            raise ValueError(f"line {lineno}: expected 'key = value', got {line!r}")
        sep = min(seps)
        last_key = line[:sep].strip().lower()
        current[last_key] = line[sep + 1:].strip()
    defaults = sections[default_section]
    return {name: values if name == default_section else {**defaults, **values}
            for name, values in sections.items()}


def get_int(config, section, key, fallback=None):
    """Return config[section][key] as an int, or fallback when it is absent."""
    value = config.get(section, {}).get(key.lower())
    if value is None or value == "":
        return fallback
    return int(value)
