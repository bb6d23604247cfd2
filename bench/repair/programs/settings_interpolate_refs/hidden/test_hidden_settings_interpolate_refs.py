import pytest

from settings_interpolate_refs import InterpolationError, expand


def test_chain_of_references():
    settings = {"root": "/srv", "app": "${root}/app", "logs": "${app}/logs", "file": "${logs}/out.log"}
    assert expand(settings)["file"] == "/srv/app/logs/out.log"


def test_same_name_referenced_many_times():
    settings = {"v": "1.4", "tag": "${v}-${v}", "image": "shop:${tag} (${v})"}
    assert expand(settings) == {"v": "1.4", "tag": "1.4-1.4", "image": "shop:1.4-1.4 (1.4)"}


def test_diamond_references():
    settings = {
        "top": "${left}|${right}", "left": "L(${base})", "right": "R(${base})", "base": "b",
    }
    assert expand(settings)["top"] == "L(b)|R(b)"


def test_non_string_setting_referenced():
    settings = {"port": 5432, "dsn": "db:${port}", "again": "${port}/${dsn}"}
    assert expand(settings) == {"port": 5432, "dsn": "db:5432", "again": "5432/db:5432"}


def test_cycle_message_names_the_loop():
    with pytest.raises(InterpolationError) as info:
        expand({"ok": "fine", "a": "${ok}${b}", "b": "${c}", "c": "${a}"})
    assert str(info.value) == "reference cycle: a -> b -> c -> a"


def test_self_reference_after_other_keys():
    with pytest.raises(InterpolationError, match="reference cycle: x -> x"):
        expand({"y": "1", "z": "${y}", "x": "${x}"})


def test_settings_shadow_environment_and_empty_uses_default():
    settings = {"USER": "svc", "who": "${USER}", "shell": "${SHELL:-/bin/sh}"}
    env = {"USER": "root", "SHELL": ""}
    assert expand(settings, env) == {"USER": "svc", "who": "svc", "shell": "/bin/sh"}


def test_escape_next_to_reference():
    assert expand({"a": "x", "b": "$$${a}$$"})["b"] == "$x$"
