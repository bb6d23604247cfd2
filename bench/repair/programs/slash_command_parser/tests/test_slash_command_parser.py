import pytest

from slash_command_parser import Command, CommandError, CommandSpec, SlashCommands

COMMANDS = SlashCommands([
    CommandSpec("model", options={"temperature": float, "max-tokens": int}),
    CommandSpec("rename", aliases=("title",)),
    CommandSpec("export", options={"format": str, "redact": bool}),
])


def test_ordinary_chat_is_not_a_command():
    assert COMMANDS.parse("hello there") is None
    assert COMMANDS.parse("//etc/hosts is the file") is None


def test_quoted_argument_stays_together():
    assert COMMANDS.parse('/rename "release notes draft"') == Command(
        "rename", ["release notes draft"], {})


def test_alias_resolves_to_command():
    assert COMMANDS.parse("/title plan").name == "rename"


def test_option_with_equals():
    command = COMMANDS.parse("/model fast-1 --temperature=0.2")
    assert command == Command("model", ["fast-1"], {"temperature": 0.2})


def test_option_value_in_next_word():
    command = COMMANDS.parse("/model fast-1 --max-tokens 512")
    assert command.options == {"max-tokens": 512}


def test_boolean_flag():
    command = COMMANDS.parse("/export --redact transcript.md")
    assert command == Command("export", ["transcript.md"], {"redact": True})


def test_unknown_command():
    with pytest.raises(CommandError):
        COMMANDS.parse("/frobnicate now")
