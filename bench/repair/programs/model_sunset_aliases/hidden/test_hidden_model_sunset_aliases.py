from datetime import date, timedelta

import pytest

from model_sunset_aliases import Catalog, Model

DAY = timedelta(days=1)


def test_each_day_around_a_sunset():
    sunset = date(2025, 2, 28)
    catalog = Catalog([Model("old", sunset=sunset, replacement="new"), Model("new")])
    assert catalog.resolve("old", sunset - 2 * DAY) == "old"
    assert catalog.resolve("old", sunset - DAY) == "old"
    assert catalog.resolve("old", sunset) == "new"
    assert catalog.resolve("old", sunset + DAY) == "new"


def test_chain_hops_on_the_second_sunset_day():
    catalog = Catalog([
        Model("a", sunset=date(2024, 1, 1), replacement="b"),
        Model("b", sunset=date(2024, 7, 1), replacement="c"),
        Model("c"),
    ], aliases={"default": "a"})
    assert catalog.resolve("default", date(2023, 12, 31)) == "a"
    assert catalog.resolve("default", date(2024, 1, 1)) == "b"
    assert catalog.resolve("default", date(2024, 6, 30)) == "b"
    assert catalog.resolve("default", date(2024, 7, 1)) == "c"


def test_retired_on_its_sunset_day_without_replacement():
    catalog = Catalog([Model("gone", sunset=date(2024, 3, 1))])
    assert catalog.resolve("gone", date(2024, 2, 29)) == "gone"
    with pytest.raises(LookupError):
        catalog.resolve("gone", date(2024, 3, 1))


def test_replacement_cycle_is_reported():
    catalog = Catalog([
        Model("x", sunset=date(2024, 1, 1), replacement="y"),
        Model("y", sunset=date(2024, 1, 1), replacement="x"),
    ])
    with pytest.raises(LookupError, match="cycle"):
        catalog.resolve("x", date(2024, 1, 1))
    assert catalog.resolve("x", date(2023, 12, 31)) == "x"


def test_alias_to_unknown_model():
    catalog = Catalog([Model("m")], aliases={"fast": "m-turbo"})
    with pytest.raises(LookupError):
        catalog.resolve("fast", date(2024, 1, 1))


def test_warnings_window_edges():
    catalog = Catalog([
        Model("today", sunset=date(2024, 5, 1)),
        Model("tomorrow", sunset=date(2024, 5, 2)),
        Model("in30", sunset=date(2024, 5, 31)),
        Model("in31", sunset=date(2024, 6, 1)),
    ])
    assert catalog.sunset_warnings(date(2024, 5, 1)) == [
        "tomorrow retires on 2024-05-02", "in30 retires on 2024-05-31"]
