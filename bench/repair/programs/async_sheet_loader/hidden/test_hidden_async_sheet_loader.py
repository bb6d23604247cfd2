import asyncio

from async_sheet_loader import load_sheets, parse_sheet


def make_fetch(sheets, delays=None, stats=None):
    async def fetch(name):
        if stats is not None:
            stats["active"] += 1
            stats["peak"] = max(stats["peak"], stats["active"])
        try:
            await asyncio.sleep((delays or {}).get(name, 0))
            value = sheets[name]
            if isinstance(value, Exception):
                raise value
            return value
        finally:
            if stats is not None:
                stats["active"] -= 1
    return fetch


def test_mixed_case_headers_through_the_loader():
    fetch = make_fetch({"a": "SKU,Price EUR\nx1,2.50\n"})
    tables, errors = asyncio.run(load_sheets(["a"], fetch))
    assert tables == {"a": [{"sku": "x1", "price eur": "2.50"}]} and errors == {}


def test_several_failures_are_all_reported():
    sheets = {
        "ok": "id\n1\n",
        "denied": PermissionError("no access"),
        "gone": FileNotFoundError("gone.csv"),
    }
    tables, errors = asyncio.run(load_sheets(["denied", "ok", "gone"], make_fetch(sheets)))
    assert tables == {"ok": [{"id": "1"}]}
    assert errors == {"denied": "PermissionError: no access",
                      "gone": "FileNotFoundError: gone.csv"}


def test_failure_while_others_are_slow():
    sheets = {"slow": "v\n9\n", "bad": ValueError("broken header")}
    fetch = make_fetch(sheets, delays={"slow": 0.05})
    tables, errors = asyncio.run(load_sheets(["slow", "bad"], fetch))
    assert tables == {"slow": [{"v": "9"}]}
    assert errors == {"bad": "ValueError: broken header"}


def test_concurrency_is_bounded():
    sheets = {f"s{i}": "x\n1\n" for i in range(9)}
    stats = {"active": 0, "peak": 0}
    fetch = make_fetch(sheets, delays={n: 0.01 for n in sheets}, stats=stats)
    tables, errors = asyncio.run(load_sheets(list(sheets), fetch, max_concurrent=3))
    assert len(tables) == 9 and errors == {}
    assert stats["peak"] == 3


def test_empty_and_header_only_sheets():
    assert parse_sheet("") == []
    assert parse_sheet("A,B\n") == []
    assert parse_sheet("Col\n  \nv\n") == [{"col": "v"}]
    assert asyncio.run(load_sheets([], make_fetch({}))) == ({}, {})
