from datetime import date

import pytest

from model_sunset_aliases import Catalog, Model

CATALOG = Catalog(
    [
        Model("chat-2023-06", sunset=date(2024, 6, 1), replacement="chat-2024-01"),
        Model("chat-2024-01", sunset=date(2025, 1, 15), replacement="chat-2024-11"),
        Model("chat-2024-11"),
        Model("embed-v1", sunset=date(2024, 3, 1)),
    ],
    aliases={"chat-latest": "chat-2024-11", "chat-stable": "chat-2023-06"},
)


def test_alias_points_at_a_live_model():
    assert CATALOG.resolve("chat-latest", date(2024, 12, 1)) == "chat-2024-11"


def test_model_served_until_its_sunset():
    assert CATALOG.resolve("chat-stable", date(2024, 5, 31)) == "chat-2023-06"


def test_sunset_day_goes_to_the_replacement():
    assert CATALOG.resolve("chat-stable", date(2024, 6, 1)) == "chat-2024-01"


def test_replacements_are_followed_in_a_chain():
    assert CATALOG.resolve("chat-2023-06", date(2025, 3, 1)) == "chat-2024-11"


def test_retired_without_replacement():
    with pytest.raises(LookupError):
        CATALOG.resolve("embed-v1", date(2024, 4, 1))


def test_unknown_model():
    with pytest.raises(LookupError):
        CATALOG.resolve("chat-9000", date(2024, 1, 1))


def test_sunset_warnings():
    assert CATALOG.sunset_warnings(date(2024, 5, 10)) == ["chat-2023-06 retires on 2024-06-01"]
    assert CATALOG.sunset_warnings(date(2024, 8, 1)) == []
