from dataclasses import dataclass

import pytest

from multikey_sort import SortKey, SortSpec, order_by


@dataclass
class Product:
    name: str
    category: str
    price: float


CATALOG = [
    Product("kettle", "kitchen", 30.0),
    Product("lamp", "living", 45.0),
    Product("pan", "kitchen", 25.0),
    Product("sofa", "living", 900.0),
    Product("knife", "kitchen", 30.0),
]


def names(products):
    return [p.name for p in products]


def test_single_key_ascending():
    assert names(order_by(CATALOG, "price")) == ["pan", "kettle", "knife", "lamp", "sofa"]


def test_single_key_descending():
    assert names(order_by(CATALOG, "-price")) == ["sofa", "lamp", "kettle", "knife", "pan"]


def test_category_then_most_expensive_first():
    assert names(order_by(CATALOG, "category, -price")) == [
        "kettle", "knife", "pan", "sofa", "lamp"]


def test_full_ties_keep_input_order():
    assert names(order_by(CATALOG, "category,price")) == ["pan", "kettle", "knife", "lamp", "sofa"]


def test_parse_key():
    assert SortKey.parse("-price") == SortKey("price", descending=True)
    assert SortKey.parse("name") == SortKey("name")


def test_bad_specs_rejected():
    with pytest.raises(ValueError):
        SortSpec.parse(" , ")
    with pytest.raises(ValueError):
        SortSpec.parse("price, 2nd")
