import shlex

import pytest

from command_line_split import split_command


def test_empty_quoted_arguments():
    assert split_command("git commit -m ''") == ["git", "commit", "-m", ""]
    assert split_command('printf "" x') == ["printf", "", "x"]
    assert split_command("a '' \"\" b") == ["a", "", "", "b"]


def test_quotes_glued_to_words():
    assert split_command("--name='a b'c next") == ["--name=a bc", "next"]
    assert split_command("'x'\"y\"z") == ["xyz"]


def test_quoted_arg_followed_by_more_args():
    assert split_command('python -c "print(1)" -v') == ["python", "-c", "print(1)", "-v"]


def test_backslash_kept_in_double_quotes_before_other_chars():
    assert split_command('echo "a\\nb"') == ["echo", "a\\nb"]
    assert split_command("echo 'a\\b'") == ["echo", "a\\b"]


def test_agrees_with_shlex():
    for line in ["cp 'a b' \"c d\" e", "x  ''  y", "run --flag=\"\" --other", "tab\tsep",
                 "a'b'\"c\"d", "multi\nline"]:
        assert split_command(line) == shlex.split(line, posix=True)


def test_trailing_backslash():
    with pytest.raises(ValueError):
        split_command("echo \\")
    with pytest.raises(ValueError):
        split_command('echo "open')
