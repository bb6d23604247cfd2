"""Search tools for the model: results come back a page at a time behind a cursor."""

from collections.abc import Callable

Hit = dict[str, str]
Backend = Callable[[str], list[Hit]]
Result = dict[str, object]

PAGE_SIZE = 3


def parse_cursor(cursor: str) -> int:
    prefix, _, number = cursor.partition(":")
    if prefix != "offset" or not number.isdigit():
        raise ValueError(f"invalid cursor {cursor!r}; pass next_cursor back unchanged")
    return int(number)


def search(backend: Backend, args: dict[str, object]) -> Result:
    query = str(args["query"])
    cursor = args.get("cursor")
    offset = parse_cursor(str(cursor)) if cursor else 0
    hits = backend(query)
    page = hits[offset:offset + PAGE_SIZE]
    result: Result = {
        "results": [
            {"rank": offset + number, "title": hit["title"], "url": hit["url"]}
            for number, hit in enumerate(page, start=1)
        ],
        "total": len(hits),
    }
    if offset + PAGE_SIZE < len(hits):
        result["next_cursor"] = f"offset:{offset + PAGE_SIZE}"
    return result


def open_result(backend: Backend, args: dict[str, object]) -> Result:
    rank = int(str(args["rank"]))
    hits = backend(str(args["query"]))
    if not 1 <= rank <= len(hits):
        return {"error": f"no result with rank {rank}; there are {len(hits)}"}
    return {"url": hits[rank - 1]["url"], "snippet": hits[rank - 1].get("snippet", "")}


HANDLERS: dict[str, Callable[[Backend, dict[str, object]], Result]] = {
    "search": search,
    "open_result": open_result,
}


def dispatch(backend: Backend, name: str, args: dict[str, object]) -> Result:
    """Run one tool call; every failure the model can act on comes back as {"error": ...}."""
    handler = HANDLERS.get(name)
    if handler is None:
        return {"error": f"unknown tool {name!r}; available: {', '.join(HANDLERS)}"}
    try:
        return handler(backend, args)
    except TimeoutError:
        return {"error": "the search backend timed out; try again"}
    except KeyError as exc:
        return {"error": f"{name}: bad or missing argument: {exc}"}
