import asyncio

from async_sheet_loader import load_sheets, parse_sheet

SHEETS = {
    "fruit": "name,qty\napple,3\npear,5\n",
    "veg": "name,qty\nleek,1\n",
}


async def fetch(name):
    await asyncio.sleep(0)
    if name not in SHEETS:
        raise FileNotFoundError(name)
    return SHEETS[name]


def test_parse_sheet_normalises_header_and_cells():
    assert parse_sheet(" Name , Qty\n apple , 3\n") == [{"name": "apple", "qty": "3"}]


def test_parse_sheet_skips_blank_lines():
    assert parse_sheet("a,b\n1,2\n\n,\n3,4\n") == [{"a": "1", "b": "2"}, {"a": "3", "b": "4"}]


def test_load_all_sources():
    tables, errors = asyncio.run(load_sheets(["fruit", "veg"], fetch))
    assert errors == {}
    assert tables["veg"] == [{"name": "leek", "qty": "1"}]
    assert len(tables["fruit"]) == 2


def test_missing_source_does_not_lose_the_others():
    tables, errors = asyncio.run(load_sheets(["fruit", "nuts", "veg"], fetch))
    assert sorted(tables) == ["fruit", "veg"]
    assert list(errors) == ["nuts"]
