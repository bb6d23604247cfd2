import inspect

from signature_tool_schema import tool_schema


def search(query, limit: int = 10, *tags: str, exact=False, **extra: object) -> list[str]:
    """Search the index."""
    return []


def read_file(path: str, start: int, end: int | None = None) -> str:
    """Read part of a file.

    Longer explanation that is not part of the summary.
    """
    return ""


class Toolkit:
    def delete(self, path: str, *, recursive: bool = False) -> None:
        """Delete a path."""


def test_unannotated_parameters_and_defaults():
    params = tool_schema(search)["parameters"]
    assert params["required"] == ["query"]
    assert params["properties"] == {
        "query": {"type": "string"},
        "limit": {"type": "integer", "default": 10},
        "exact": {"type": "string", "default": False},
    }


def test_required_keeps_signature_order():
    schema = tool_schema(read_file)
    assert schema["parameters"]["required"] == ["path", "start"]
    assert schema["parameters"]["properties"]["end"] == {"type": "integer", "default": None}
    assert schema["description"] == "Read part of a file."


def test_method_skips_self_and_keyword_only_default():
    for func in (Toolkit.delete, Toolkit().delete):
        params = tool_schema(func)["parameters"]
        assert params["required"] == ["path"]
        assert params["properties"]["recursive"] == {"type": "boolean", "default": False}


def test_no_sentinel_leaks_into_schema():
    for func in (search, read_file, Toolkit.delete):
        for prop in tool_schema(func)["parameters"]["properties"].values():
            assert prop.get("default", None) is not inspect.Parameter.empty


def test_function_without_parameters():
    def ping() -> str:
        return "pong"

    assert tool_schema(ping) == {
        "name": "ping",
        "description": "",
        "parameters": {"type": "object", "properties": {}, "required": []},
    }
