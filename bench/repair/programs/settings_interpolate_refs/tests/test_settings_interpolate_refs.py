import pytest

from settings_interpolate_refs import InterpolationError, expand


def test_values_without_references_are_unchanged():
    settings = {"name": "shop", "port": 8080, "debug": False}
    assert expand(settings) == settings


def test_reference_to_another_setting():
    settings = {"host": "db.internal", "url": "postgres://${host}:5432/shop"}
    assert expand(settings)["url"] == "postgres://db.internal:5432/shop"


def test_environment_fallback_and_defaults():
    settings = {"home": "${HOME}/.shop", "level": "${LOG_LEVEL:-info}"}
    assert expand(settings, {"HOME": "/home/ada"}) == {"home": "/home/ada/.shop", "level": "info"}


def test_dollar_escape():
    assert expand({"price": "$$5 or ${CURRENCY:-EUR}"}) == {"price": "$5 or EUR"}


def test_undefined_reference_is_an_error():
    with pytest.raises(InterpolationError, match="MISSING"):
        expand({"path": "${MISSING}/bin"})


def test_cycle_is_an_error():
    with pytest.raises(InterpolationError, match="cycle"):
        expand({"a": "${b}", "b": "${a}"})
