from unbounded_sorted_search import ListReader, search


def test_first_element():
    assert search(ListReader([3, 5, 9, 12]), 3) == 0


def test_absent_values():
    reader = ListReader([-1, 0, 3, 5, 9, 12])
    assert search(reader, 2) == -1
    assert search(reader, -5) == -1
    assert search(reader, 100) == -1


def test_found_in_the_middle():
    assert search(ListReader([-1, 0, 3, 5, 9, 12]), 9) == 4
    assert search(ListReader([-1, 0, 3, 5, 9, 12]), 12) == 5


def test_probes_stay_logarithmic():
    reader = ListReader(range(0, 20000, 2))
    assert search(reader, 9998) == 4999
    assert reader.probes < 40
