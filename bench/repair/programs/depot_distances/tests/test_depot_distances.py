from depot_distances import distances, nearest, within


def test_single_road():
    assert distances({"A": {"B": 4}}, "A") == {"A": 0, "B": 4}


def test_unreachable_town_left_out():
    roads = {"A": {"B": 1}, "C": {"A": 1}}
    assert distances(roads, "A") == {"A": 0, "B": 1}


def test_detour_shorter_than_direct_road():
    roads = {
        "leeds": {"york": 40, "hull": 100},
        "york": {"hull": 30},
        "hull": {},
    }
    assert distances(roads, "leeds") == {"leeds": 0, "york": 40, "hull": 70}


def test_nearest_lists_each_town_once():
    roads = {
        "depot": {"mill": 9, "farm": 2},
        "farm": {"mill": 3, "quay": 10},
        "mill": {"quay": 1},
    }
    assert nearest(roads, "depot", 4) == ["depot", "farm", "mill", "quay"]


def test_within_limit():
    roads = {"A": {"B": 2, "C": 5}, "B": {"D": 2}}
    assert within(roads, "A", 4) == ["A", "B", "D"]
