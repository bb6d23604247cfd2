import pytest

from slash_command_parser import Command, CommandError, CommandSpec, SlashCommands

COMMANDS = SlashCommands([
    CommandSpec("system", aliases=("sys",), options={"prompt": str, "append": bool}),
    CommandSpec("budget", options={"usd": float, "turns": int, "strict": bool}),
])


def test_value_containing_equals_sign():
    command = COMMANDS.parse('/system --prompt="answer as JSON: {a=1}"')
    assert command.options == {"prompt": "answer as JSON: {a=1}"}


def test_value_after_space_containing_equals_sign():
    command = COMMANDS.parse("/sys --prompt x=y")
    assert command == Command("system", [], {"prompt": "x=y"})


def test_flags_and_values_mixed():
    command = COMMANDS.parse("/budget --strict --usd 2.5 --turns=40 extra")
    assert command == Command("budget", ["extra"], {"strict": True, "usd": 2.5, "turns": 40})


def test_boolean_with_explicit_value():
    assert COMMANDS.parse("/budget --strict=off").options == {"strict": False}
    assert COMMANDS.parse("/budget --strict=YES").options == {"strict": True}
    with pytest.raises(CommandError):
        COMMANDS.parse("/budget --strict=maybe")


def test_option_missing_its_value():
    with pytest.raises(CommandError, match="turns"):
        COMMANDS.parse("/budget --turns")


def test_bad_number():
    with pytest.raises(CommandError, match="usd"):
        COMMANDS.parse("/budget --usd lots")


def test_unknown_option_names_it():
    with pytest.raises(CommandError, match="--verbose"):
        COMMANDS.parse("/budget --verbose")


def test_empty_command():
    with pytest.raises(CommandError):
        COMMANDS.parse("/")
    assert COMMANDS.parse("") is None
