"""Coerce loosely typed records (rows extracted by a model, CSV uploads) to a schema.

A schema maps field names to ``(type_name, required)``.  ``cast_record`` returns
``(clean, errors)``: the coerced fields and a list of ``"field: message"``
strings.  A bad value is reported and left out; it never aborts the record.
"""

from datetime import date

_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


def _to_bool(value):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def _to_int(value):
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"not a whole number: {value!r}")
    return int(value.strip()) if isinstance(value, str) else int(value)


CASTERS = {
    "str": lambda v: str(v).strip(),
    "int": _to_int,
    "float": float,
    "bool": _to_bool,
    "date": lambda v: v if isinstance(v, date) else date.fromisoformat(v.strip()),
}


def cast_record(record, schema):
    clean, errors = {}, []
    for name, (type_name, required) in schema.items():
        value = record.get(name)
        if value is None or value == "":
            if required:
                errors.append(f"{name}: missing")
            continue
        try:
            clean[name] = CASTERS[type_name](value)
        except (ValueError, AttributeError) as exc:
            errors.append(f"{name}: cannot read {value!r} as {type_name} ({exc})")
    return clean, errors


def cast_all(records, schema):
    """Cast every record; return the clean rows and ``(index, error)`` pairs."""
    rows, problems = [], []
    for index, record in enumerate(records):
        clean, errors = cast_record(record, schema)
        if errors:
            problems.extend((index, error) for error in errors)
        else:
            rows.append(clean)
    return rows, problems
