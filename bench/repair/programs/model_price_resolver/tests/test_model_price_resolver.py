import pytest

from model_price_resolver import PriceTable, UnknownModel


def test_exact_name():
    assert PriceTable().resolve("gpt-4o") == "gpt-4o"


def test_dated_snapshot_resolves_to_family():
    table = PriceTable()
    assert table.resolve("gpt-4o-2024-08-06") == "gpt-4o"
    assert table.resolve("claude-3-5-sonnet-20241022") == "claude-3-5-sonnet"


def test_snapshot_of_mini_model():
    assert PriceTable().resolve("gpt-4o-mini-2024-07-18") == "gpt-4o-mini"


def test_alias_and_case():
    table = PriceTable(aliases={"Sonnet": "claude-3-5-sonnet"})
    assert table.resolve(" sonnet ") == "claude-3-5-sonnet"


def test_unknown_model():
    with pytest.raises(UnknownModel):
        PriceTable().resolve("llama-3-70b")


def test_cost():
    assert PriceTable().cost("gpt-4o", 1_000_000, 100_000) == pytest.approx(3.5)
