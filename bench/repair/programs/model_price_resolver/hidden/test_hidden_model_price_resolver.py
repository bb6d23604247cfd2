import pytest

from model_price_resolver import PriceTable, UnknownModel


def test_longest_family_wins_for_o3_mini():
    table = PriceTable()
    assert table.resolve("o3-mini-2025-01-31") == "o3-mini"
    assert table.resolve("o3-2025-04-16") == "o3"


def test_longest_prefix_in_custom_table():
    table = PriceTable({"m-large": (2.0, 2.0), "m-large-v2": (3.0, 3.0), "m": (1.0, 1.0)})
    assert table.resolve("m-large-v2-0601") == "m-large-v2"
    assert table.resolve("m-large-0601") == "m-large"
    assert table.resolve("m-small") == "m"


def test_prefix_needs_dash_boundary():
    table = PriceTable({"gpt-4": (30.0, 60.0)})
    with pytest.raises(UnknownModel):
        table.resolve("gpt-4o")


def test_cost_of_mini_snapshot_uses_mini_price():
    table = PriceTable()
    assert table.cost("gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000) == pytest.approx(0.75)


def test_cost_by_family():
    table = PriceTable()
    calls = [
        ("o3-mini-2025-01-31", 1_000_000, 0),
        ("o3-mini", 0, 1_000_000),
        ("o3-2025-04-16", 500_000, 0),
        ("GPT-4o-2024-11-20", 0, 100_000),
    ]
    assert table.cost_by_family(calls) == {
        "o3-mini": pytest.approx(5.5),
        "o3": pytest.approx(1.0),
        "gpt-4o": pytest.approx(1.0),
    }


def test_alias_to_snapshot_resolves_through_prefix():
    table = PriceTable(aliases={"fast": "claude-3-5-haiku-20241022"})
    assert table.resolve("FAST") == "claude-3-5-haiku"
