import pytest

from shell_words import split_command


def test_plain_words_and_extra_spaces():
    assert split_command("  ls   -la\t/tmp ") == ["ls", "-la", "/tmp"]


def test_double_quotes_keep_spaces():
    assert split_command('git commit -m "fix the build"') == ["git", "commit", "-m",
                                                              "fix the build"]


def test_single_quotes_are_literal():
    assert split_command(r"grep -E '^\d+ \$HOME' app.log") == ["grep", "-E", r"^\d+ \$HOME",
                                                               "app.log"]


def test_backslash_escapes_a_space():
    assert split_command(r"cp my\ notes.txt backup/") == ["cp", "my notes.txt", "backup/"]


def test_empty_quoted_argument():
    assert split_command("printf '' done") == ["printf", "", "done"]


def test_unclosed_quote_is_an_error():
    with pytest.raises(ValueError):
        split_command('echo "oops')
