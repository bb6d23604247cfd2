"""Builds a JSON-schema tool definition from a Python function's signature and docstring."""

import inspect
import types
from collections.abc import Callable
from typing import Any, Literal, Union, get_args, get_origin

PRIMITIVES: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def type_schema(annotation: Any) -> dict[str, Any]:
    if annotation in PRIMITIVES:
        return {"type": PRIMITIVES[annotation]}
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return {"type": PRIMITIVES[type(args[0])], "enum": list(args)}
    if origin in (list, tuple, set, frozenset):
        return {"type": "array", "items": type_schema(args[0])} if args else {"type": "array"}
    if annotation is dict or origin is dict:
        return {"type": "object"}
    if origin in (Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        if len(options) == 1:
            return type_schema(options[0])
        return {"anyOf": [type_schema(option) for option in options]}
    return {}


def param_docs(doc: str) -> dict[str, str]:
    """Descriptions from a Google-style `Args:` section."""
    docs: dict[str, str] = {}
    in_args = False
    for line in doc.splitlines():
        stripped = line.strip()
        if stripped in ("Args:", "Arguments:"):
            in_args = True
        elif in_args and stripped and not line.startswith((" ", "\t")):
            in_args = False
        elif in_args and ":" in stripped:
            name, _, text = stripped.partition(":")
            docs[name.split(" ")[0]] = text.strip()
    return docs


def tool_schema(func: Callable[..., Any]) -> dict[str, Any]:
    doc = inspect.getdoc(func) or ""
    descriptions = param_docs(doc)
    properties: dict[str, dict[str, Any]] = {}
    required: list[str] = []
    for name, param in inspect.signature(func).parameters.items():
        if name in ("self", "cls") or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        annotation = str if param.annotation is param.empty else param.annotation
        schema = type_schema(annotation)
        if name in descriptions:
            schema["description"] = descriptions[name]
        if param.annotation is param.empty:
            required.append(name)
        else:
            schema["default"] = param.default
        properties[name] = schema
    return {
        "name": func.__name__,
        "description": doc.split("\n\n")[0].replace("\n", " ").strip(),
        "parameters": {"type": "object", "properties": properties, "required": required},
    }
