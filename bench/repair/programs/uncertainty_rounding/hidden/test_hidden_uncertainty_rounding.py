import pytest

from uncertainty_rounding import places, quote, relative


@pytest.mark.parametrize("value, uncertainty, sig_figs, expected", [
    (3.14159, 0.0996, 2, "3.14 ± 0.10"),
    (1234.5, 9.96, 2, "1235 ± 10"),
    (58.2, 0.96, 1, "58 ± 1"),
    (58.2, 99.7, 2, "60 ± 100"),
    (0.0012345, 0.0000567, 2, "0.001235 ± 0.000057"),
    (0.5, 0.00995, 2, "0.500 ± 0.010"),
    (7.0, 0.5, 1, "7.0 ± 0.5"),
    (7.0, 0.25, 2, "7.00 ± 0.25"),
    (123.456, 0.3, 2, "123.46 ± 0.30"),
    (4.2, 0.0049, 1, "4.200 ± 0.005"),
    (6.5, 1.0, 2, "6.5 ± 1.0"),
    (0.07, 0.001, 1, "0.070 ± 0.001"),
])
def test_quotes(value, uncertainty, sig_figs, expected):
    assert quote(value, uncertainty, sig_figs) == expected


@pytest.mark.parametrize("uncertainty, sig_figs, expected", [
    (0.0996, 2, 2),
    (0.034, 2, 3),
    (0.5, 1, 1),
    (0.96, 1, 0),
    (9.96, 2, 0),
    (0.001, 1, 3),
    (0.3, 2, 2),
    (999.5, 3, -1),
])
def test_places(uncertainty, sig_figs, expected):
    assert places(uncertainty, sig_figs) == expected


def test_relative_with_carry_and_small_values():
    assert relative(1000, 0.996) == "0.10%"
    assert relative(2.0, 0.5) == "25%"
    assert relative(300, 0.1) == "0.033%"
