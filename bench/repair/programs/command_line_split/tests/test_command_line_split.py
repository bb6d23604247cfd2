import pytest

from command_line_split import split_command


def test_simple_words():
    assert split_command("ls -la  /tmp") == ["ls", "-la", "/tmp"]


def test_single_quotes():
    assert split_command("grep 'hello world' file.txt") == ["grep", "hello world", "file.txt"]


def test_double_quotes_with_escapes():
    assert split_command('echo "say \\"hi\\"" done') == ["echo", 'say "hi"', "done"]


def test_backslash_outside_quotes():
    assert split_command("touch my\\ file") == ["touch", "my file"]


def test_unterminated_quote():
    with pytest.raises(ValueError):
        split_command("echo 'oops")


def test_blank_line():
    assert split_command("   ") == []
