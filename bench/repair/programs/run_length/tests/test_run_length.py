from run_length import decode, encode, summary


def test_empty():
    assert encode("") == []


def test_decode():
    assert decode([("a", 2), ("b", 1)]) == "aab"


def test_test_run_summary():
    assert summary("....FF..") == "4. 2F 2."


def test_alternating_characters():
    assert encode("abab") == [("a", 1), ("b", 1), ("a", 1), ("b", 1)]
