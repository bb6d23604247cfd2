from exponential_search import contains, exponential_search


def test_empty_list():
    assert exponential_search([], 3) == -1


def test_first_element():
    assert exponential_search([4, 8, 15, 16, 23, 42], 4) == 0


def test_element_in_the_middle():
    assert exponential_search([4, 8, 15, 16, 23, 42], 16) == 3


def test_second_element():
    assert exponential_search([4, 8, 15, 16, 23, 42], 8) == 1


def test_last_element():
    assert exponential_search([4, 8, 15, 16, 23, 42], 42) == 5


def test_absent_values():
    assert exponential_search([4, 8, 15, 16, 23, 42], 5) == -1
    assert exponential_search([4, 8, 15, 16, 23, 42], 100) == -1
    assert not contains([4, 8, 15], 1)
