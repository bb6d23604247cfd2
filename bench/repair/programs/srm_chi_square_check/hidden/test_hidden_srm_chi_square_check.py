import pytest

from srm_chi_square_check import chi_square, has_srm


def test_two_variants_just_over_the_line():
    # chi-square 11.552 with one degree of freedom
    assert chi_square({"a": 1076, "b": 924}, {"a": 1, "b": 1}) == pytest.approx(11.552)
    assert has_srm({"a": 1076, "b": 924}, {"a": 1, "b": 1})
    assert not has_srm({"a": 1070, "b": 930}, {"a": 1, "b": 1})


def test_uneven_weights():
    weights = {"control": 9, "treatment": 1}
    assert not has_srm({"control": 9000, "treatment": 1000}, weights)
    # chi-square 12.25 with one degree of freedom
    assert chi_square({"control": 8895, "treatment": 1105}, weights) == pytest.approx(12.25)
    assert has_srm({"control": 8895, "treatment": 1105}, weights)


def test_three_variants_between_two_and_three_degrees():
    weights = {"a": 1, "b": 1, "c": 1}
    observed = {"a": 1100, "b": 950, "c": 950}
    assert chi_square(observed, weights) == pytest.approx(15.0)
    assert has_srm(observed, weights)


def test_eight_variants_use_seven_degrees():
    weights = {f"v{i}": 1 for i in range(8)}
    assert not has_srm({f"v{i}": 100 for i in range(8)}, weights)


def test_too_many_variants():
    weights = {f"v{i}": 1 for i in range(9)}
    with pytest.raises(ValueError):
        has_srm({f"v{i}": 100 for i in range(9)}, weights)


def test_single_variant_is_never_flagged():
    assert not has_srm({"only": 10}, {"only": 1})
