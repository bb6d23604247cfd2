from pascal_triangle import binomial, pascal


def test_no_rows():
    assert pascal(0) == []


def test_first_rows():
    assert pascal(3) == [[1], [1, 1], [1, 2, 1]]


def test_fifth_row():
    assert pascal(5)[4] == [1, 4, 6, 4, 1]


def test_binomial_edges():
    assert binomial(6, 0) == 1
    assert binomial(3, 5) == 0
