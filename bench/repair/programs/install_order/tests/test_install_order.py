import pytest

from install_order import CycleError, UnknownPackage, install_order

REQUIRES = {
    "app": ["web", "db"],
    "web": ["http", "templates"],
    "db": ["driver"],
    "http": [],
    "templates": ["markup"],
    "markup": [],
    "driver": [],
}


def test_requirements_come_first():
    assert install_order(REQUIRES, ["web"]) == ["http", "markup", "templates", "web"]


def test_shared_requirement_installed_once():
    order = install_order({"a": ["c"], "b": ["c"], "c": []}, ["a", "b"])
    assert order == ["c", "a", "b"]


def test_installed_packages_are_skipped():
    order = install_order(REQUIRES, ["app"], installed=frozenset({"web"}))
    assert order == ["driver", "db", "app"]


def test_cycle_is_reported():
    with pytest.raises(CycleError) as caught:
        install_order({"a": ["b"], "b": ["c"], "c": ["a"]}, ["a"])
    assert caught.value.cycle == ["a", "b", "c", "a"]


def test_unknown_requirement_is_an_error():
    with pytest.raises(UnknownPackage):
        install_order({"app": ["left-pad"]}, ["app"])


def test_unknown_requirement_allowed():
    assert install_order({"app": ["left-pad"]}, ["app"], allow_unknown=True) == ["left-pad", "app"]
