import math
import random

from column_listing import fit_columns, render


def _expected_columns(names, width, gap):
    for count in range(len(names), 1, -1):
        rows = math.ceil(len(names) / count)
        layout = [names[i:i + rows] for i in range(0, len(names), rows)]
        widths = [max(len(name) for name in column) for column in layout]
        if sum(widths) + gap * (len(widths) - 1) <= width:
            return layout
    return [names] if names else []


def test_against_reference_layout():
    rng = random.Random(1818)
    for _ in range(400):
        names = ["n" * rng.randint(1, 9) + str(i) for i in range(rng.randint(0, 14))]
        width = rng.randint(3, 60)
        gap = rng.randint(1, 3)
        assert fit_columns(names, width, gap) == _expected_columns(names, width, gap), (
            names, width, gap)


def test_rendered_lines_fit():
    rng = random.Random(7)
    for _ in range(200):
        names = ["w" * rng.randint(1, 8) for _ in range(rng.randint(1, 20))]
        width = rng.randint(10, 50)
        lines = render(names, width).splitlines()
        if len(lines) < len(names):
            assert max(map(len, lines)) <= width
        assert sorted(word for line in lines for word in line.split()) == sorted(names)


def test_exact_width_with_uneven_columns():
    names = ["one", "two", "three", "four", "five"]
    # three rows: one/two/three | four/five -> 5 + 2 + 4 = 11
    assert fit_columns(names, 11) == [["one", "two", "three"], ["four", "five"]]
    assert fit_columns(names, 10) == [names]
    assert render(names, 11) == "one    four\ntwo    five\nthree\n"


def test_four_rows_of_two_columns():
    names = ["aaaa", "b", "c", "d", "e", "f", "g"]
    assert fit_columns(names, 7) == [["aaaa", "b", "c", "d"], ["e", "f", "g"]]
    assert render(names, 7) == "aaaa  e\nb     f\nc     g\nd\n"


def test_exact_fit_on_one_row():
    assert render(["ab", "cd", "ef"], width=10) == "ab  cd  ef\n"
    assert render(["ab", "cd", "ef"], width=12, gap=3) == "ab   cd   ef\n"
    assert render(["ab", "cd", "ef"], width=11, gap=3) == "ab   ef\ncd\n"
