import pytest

from fare_routes import build_network, cheapest_route

LEGS = [
    ("Airport", "Central", 12),
    ("Airport", "Harbour", 4),
    ("Harbour", "Market", 3),
    ("Market", "Central", 2),
    ("Central", "Museum", 5),
]


def test_cheapest_fare():
    network = build_network(LEGS)
    assert cheapest_route(network, "Airport", "Museum")[0] == 14


def test_cheapest_route_stops():
    network = build_network(LEGS)
    assert cheapest_route(network, "Airport", "Central") == (
        9, ["Airport", "Harbour", "Market", "Central"])


def test_unreachable_stop():
    network = build_network(LEGS)
    assert cheapest_route(network, "Museum", "Airport") is None


def test_negative_fare_rejected():
    with pytest.raises(ValueError):
        build_network([("A", "B", -1)])


def test_free_transfer_between_lines():
    network = build_network([("Red-A", "Red-X", 3), ("Red-X", "Blue-X", 0), ("Blue-X", "Blue-B", 2),
                             ("Red-A", "Blue-B", 6)])
    assert cheapest_route(network, "Red-A", "Blue-B") == (5, ["Red-A", "Red-X", "Blue-X", "Blue-B"])
