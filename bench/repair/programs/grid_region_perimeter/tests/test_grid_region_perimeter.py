from grid_region_perimeter import fence_price, regions


def test_empty_map():
    assert regions([]) == []
    assert fence_price([]) == 0


def test_checkerboard_cells_are_separate():
    assert regions(["AB", "BA"]) == [("A", 1, 4), ("B", 1, 4), ("B", 1, 4), ("A", 1, 4)]


def test_small_garden():
    garden = ["AAAA", "BBCD", "BBCC", "EEEC"]
    assert regions(garden) == [
        ("A", 4, 10),
        ("B", 4, 8),
        ("C", 4, 10),
        ("D", 1, 4),
        ("E", 3, 8),
    ]
    assert fence_price(garden) == 140


def test_enclosed_region():
    garden = ["OOOOO", "OXOXO", "OOOOO", "OXOXO", "OOOOO"]
    assert fence_price(garden) == 772
