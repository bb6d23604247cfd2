from string_period_root import borders, is_repetition, prefix_function, repetition_root, smallest_period


def test_prefix_function():
    assert prefix_function("aabaaab") == [0, 1, 0, 1, 2, 2, 3]


def test_smallest_period():
    assert smallest_period("abcabcab") == 3
    assert smallest_period("aaaa") == 1
    assert smallest_period("abcd") == 4


def test_repeated_strings():
    assert is_repetition("abab")
    assert is_repetition("xyzxyzxyz")
    assert repetition_root("abcabcabcabc") == "abc"


def test_strings_without_repetition():
    assert not is_repetition("abcd")
    assert repetition_root("abcd") == "abcd"


def test_borders():
    assert borders("abacaba") == [3, 1]
