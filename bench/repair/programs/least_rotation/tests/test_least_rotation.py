from least_rotation import canonical, is_rotation, least_rotation, necklace_groups


def test_least_rotation_simple():
    assert least_rotation("") == 0
    assert least_rotation("a") == 0
    assert least_rotation("ba") == 1
    assert least_rotation("bca") == 2


def test_least_rotation_periodic_takes_smallest_index():
    assert least_rotation("abab") == 0
    assert least_rotation("baba") == 1


def test_canonical():
    assert canonical("cabbage") == "abbagec"
    assert canonical("dcba") == "adcb"


def test_is_rotation():
    assert is_rotation("waterbottle", "erbottlewat")
    assert not is_rotation("abc", "acb")
    assert not is_rotation("ab", "aba")


def test_necklace_groups():
    words = ["abc", "bca", "xyz", "cab", "acb", "zxy"]
    assert necklace_groups(words) == [["abc", "bca", "cab"], ["xyz", "zxy"], ["acb"]]
