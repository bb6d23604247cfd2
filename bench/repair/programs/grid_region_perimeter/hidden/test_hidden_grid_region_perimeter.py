from grid_region_perimeter import fence_price, regions


def test_single_cell():
    assert regions(["Z"]) == [("Z", 1, 4)]


def test_single_column():
    assert regions(["A", "A", "B"]) == [("A", 2, 6), ("B", 1, 4)]


def test_uniform_rectangle():
    assert regions(["QQQ", "QQQ"]) == [("Q", 6, 10)]


def test_left_and_right_edges_do_not_join():
    garden = ["ABA", "ABA"]
    assert regions(garden) == [("A", 2, 6), ("B", 2, 6), ("A", 2, 6)]


def test_top_and_bottom_edges_do_not_join():
    garden = ["CC", "DD", "CC"]
    assert regions(garden) == [("C", 2, 6), ("D", 2, 6), ("C", 2, 6)]


def test_larger_garden():
    garden = [
        "RRRRIICCFF",
        "RRRRIICCCF",
        "VVRRRCCFFF",
        "VVRCCCJFFF",
        "VVVVCJJCFE",
        "VVIVCCJJEE",
        "VVIIICJJEE",
        "MIIIIIJJEE",
        "MIIISIJEEE",
        "MMMISSJEEE",
    ]
    assert fence_price(garden) == 1930
    assert regions(garden)[0] == ("R", 12, 18)
