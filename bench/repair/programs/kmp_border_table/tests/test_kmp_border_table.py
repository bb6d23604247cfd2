from kmp_border_table import border_table, count_occurrences, find_all, primitive_root, shortest_period


def test_border_table_classic():
    assert border_table("abacaba") == [0, 0, 1, 0, 1, 2, 3]


def test_border_table_empty():
    assert border_table("") == []


def test_find_all_overlapping():
    assert find_all("aaaa", "aa") == [0, 1, 2]


def test_find_all_in_sentence():
    assert find_all("the cat sat on the mat", "at") == [5, 9, 20]


def test_count_occurrences():
    assert count_occurrences("abababab", "abab") == 3


def test_periods():
    assert shortest_period("abcabcab") == 3
    assert primitive_root("xyxyxy") == "xy"
    assert primitive_root("xyx") == "xyx"
