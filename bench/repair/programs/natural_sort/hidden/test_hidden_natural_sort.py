from natural_sort import natural_compare, natural_key, natural_max, natural_sorted


def test_case_insensitive_with_numbers():
    names = ["IMG12.png", "img3.PNG", "Img100.png", "img20.png"]
    assert natural_sorted(names) == ["img3.PNG", "IMG12.png", "img20.png", "Img100.png"]


def test_case_only_differences_are_ordered_by_text():
    assert natural_sorted(["a1", "A1"]) == ["A1", "a1"]
    assert natural_sorted(["A1", "a1"]) == ["A1", "a1"]
    assert natural_sorted(["x01", "x1", "X1"]) == ["X1", "x01", "x1"]


def test_upper_and_lower_interleave():
    words = ["delta", "Alpha", "charlie", "Bravo", "echo", "Foxtrot"]
    assert natural_sorted(words) == ["Alpha", "Bravo", "charlie", "delta", "echo", "Foxtrot"]


def test_compare_ignores_case():
    assert natural_compare("Zeta2", "alpha10") == 1
    assert natural_compare("b", "A") == 1
    assert natural_compare("Chapter 2", "chapter 10") == -1


def test_max_ignores_case():
    assert natural_max(["Zebra", "apple", "mango"]) == "Zebra"
    assert natural_max(["release-2", "Release-10"]) == "Release-10"


def test_key_chunks():
    assert natural_key("Track07b") == (("track", 7, "b"), "Track07b")
    assert natural_key("42") == (("", 42, ""), "42")
    assert natural_key("") == (("",), "")
