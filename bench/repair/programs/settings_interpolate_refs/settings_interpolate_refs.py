"""Expand ${NAME} references between settings values, with environment fallback.

``${NAME:-default}`` uses ``default`` when NAME is unset or empty; ``$$`` is a literal ``$``.
Names are looked up among the settings first, then in the environment mapping.
"""

import re

_REF = re.compile(r"\$\$|\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}")


class InterpolationError(ValueError):
    pass


def expand(settings, environ=None):
    """Return a new dict with every string value expanded; other values are kept as they are."""
    environ = {} if environ is None else environ
    active = []  # names being expanded, outermost first

    def resolve(name):
        if name in active:
            cycle = active[active.index(name):] + [name]
            raise InterpolationError("reference cycle: " + " -> ".join(cycle))
        value = settings[name]
        if not isinstance(value, str):
            return value
        active.append(name)
        expanded = _REF.sub(replace, value)
        return expanded

    def replace(match):
        if match.group(0) == "$$":
            return "$"
        name, default = match["name"], match["default"]
        value = resolve(name) if name in settings else environ.get(name)
        if value is None or value == "":
            if default is None:
                raise InterpolationError(f"undefined reference: ${{{name}}}")
            return default
        return str(value)

    return {name: resolve(name) for name in settings}
