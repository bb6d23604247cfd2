import pytest

from uncertainty_rounding import places, quote, relative


def test_two_significant_figures():
    assert quote(12.345, 0.123) == "12.35 ± 0.12"
    assert quote(9.81, 0.034) == "9.810 ± 0.034"


def test_large_uncertainties_round_to_tens_and_hundreds():
    assert quote(1234.5, 23) == "1235 ± 23"
    assert quote(101325, 2450) == "101300 ± 2500"
    assert places(250) == -1


def test_one_significant_figure():
    assert quote(9.81, 0.034, sig_figs=1) == "9.81 ± 0.03"
    assert quote(1234.5, 23, sig_figs=1) == "1230 ± 20"


def test_halves_round_away_from_zero():
    assert quote(2.6745, 0.012) == "2.675 ± 0.012"
    assert quote(-1.2345, 0.012) == "-1.235 ± 0.012"


def test_relative_uncertainty():
    assert relative(9.81, 0.034) == "0.35%"
    assert relative(-40, 2) == "5.0%"


def test_invalid_inputs():
    with pytest.raises(ValueError):
        quote(1.0, 0)
    with pytest.raises(ValueError):
        quote(1.0, 0.1, sig_figs=0)
    with pytest.raises(ValueError):
        relative(0, 0.1)
