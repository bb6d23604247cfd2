from parity_union_find import ParityDSU, two_sides


def test_unrelated_nodes_have_no_relation():
    dsu = ParityDSU(3)
    assert dsu.relation(0, 2) is None
    assert dsu.relation(1, 1) == "same"


def test_direct_relations():
    dsu = ParityDSU(4)
    assert dsu.union(0, 1, different=True)
    assert dsu.union(2, 3, different=False)
    assert dsu.relation(1, 0) == "different"
    assert dsu.relation(2, 3) == "same"


def test_odd_cycle_is_rejected():
    dsu = ParityDSU(3)
    assert dsu.union(0, 1, different=True)
    assert dsu.union(1, 2, different=True)
    assert not dsu.union(2, 0, different=True)
    assert dsu.relation(0, 2) == "same"


def test_joining_two_teams():
    dsu = ParityDSU(4)
    dsu.union(0, 1, different=True)
    dsu.union(2, 3, different=True)
    assert dsu.union(0, 3, different=True)
    assert dsu.relation(0, 2) == "same"
    assert dsu.relation(1, 3) == "same"
    assert dsu.relation(1, 2) == "different"


def test_two_sides_of_a_square():
    sides = two_sides(4, [(0, 1), (1, 2), (2, 3), (3, 0)])
    assert sides is not None
    assert sides[0] == sides[2] != sides[1] == sides[3]
