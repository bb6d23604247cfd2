"""Resolve RFC 6901 JSON pointers against decoded JSON documents."""


class PointerError(LookupError):
    """The pointer is malformed or does not lead to a value."""


def parse_pointer(pointer):
    """Split a pointer string into its unescaped reference tokens."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerError(f"pointer must start with '/': {pointer!r}")
    tokens = []
    for token in pointer[1:].split("/"):
        token = token.replace("~0", "~")
        token = token.replace("~1", "/")
        tokens.append(token)
    return tokens


def _array_index(token, length):
    if token == "-":
        raise PointerError("'-' refers to a nonexistent element")
    if not token.isdigit() or (len(token) > 1 and token[0] == "0"):
        raise PointerError(f"invalid array index {token!r}")
    index = int(token)
    if index >= length:
        raise PointerError(f"index {index} out of range")
    return index


def resolve(document, pointer):
    """Return the value ``pointer`` refers to inside ``document``."""
    node = document
    for token in parse_pointer(pointer):
        if isinstance(node, dict):
            if token not in node:
                raise PointerError(f"no member {token!r}")
            node = node[token]
        elif isinstance(node, list):
            node = node[_array_index(token, len(node))]
        else:
            raise PointerError(f"cannot descend into {type(node).__name__}")
    return node


def resolve_or(document, pointer, default=None):
    """Like :func:`resolve`, but return ``default`` when the pointer does not resolve."""
    try:
        return resolve(document, pointer)
    except PointerError:
        return default
