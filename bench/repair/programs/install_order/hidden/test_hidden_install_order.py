import pytest

from install_order import CycleError, UnknownPackage, install_order

REQUIRES = {
    "cli": ["core", "colors"],
    "core": ["io", "json"],
    "colors": [],
    "io": [],
    "json": ["io"],
}


def _respects_requirements(order, requires):
    position = {name: i for i, name in enumerate(order)}
    return all(position[dep] < position[name]
               for name in order for dep in requires.get(name, []) if dep in position)


def test_full_order():
    order = install_order(REQUIRES, ["cli"])
    assert order == ["io", "json", "core", "colors", "cli"]
    assert _respects_requirements(order, REQUIRES)


def test_unknown_wanted_package_is_an_error():
    with pytest.raises(UnknownPackage):
        install_order(REQUIRES, ["nope"])


def test_deep_unknown_requirement_is_an_error():
    requires = {**REQUIRES, "json": ["io", "simd"]}
    with pytest.raises(UnknownPackage):
        install_order(requires, ["cli"])


def test_unknown_leaves_allowed_and_deduplicated():
    requires = {"a": ["x", "y"], "b": ["x"]}
    assert install_order(requires, ["a", "b"], allow_unknown=True) == ["x", "y", "a", "b"]


def test_installed_unknown_package_is_fine():
    order = install_order({"app": ["vendored"]}, ["app"], installed=frozenset({"vendored"}))
    assert order == ["app"]


def test_known_packages_with_allow_unknown():
    assert install_order(REQUIRES, ["core"], allow_unknown=True) == ["io", "json", "core"]


def test_self_requirement_is_a_cycle():
    with pytest.raises(CycleError) as caught:
        install_order({"a": ["a"]}, ["a"], allow_unknown=True)
    assert caught.value.cycle == ["a", "a"]
