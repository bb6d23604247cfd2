import random
import shlex

import pytest

from shell_words import split_command


def _shlex_or_error(line):
    try:
        return shlex.split(line)
    except ValueError:
        return ValueError


def _ours_or_error(line):
    try:
        return split_command(line)
    except ValueError:
        return ValueError


def test_random_lines_match_shlex():
    rng = random.Random(17)
    alphabet = ["a", "b", "c", " ", "\t", "'", '"', "\\", "x y", "-"]
    for _ in range(2000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _ours_or_error(line) == _shlex_or_error(line), line


def test_windows_path_in_single_quotes():
    assert split_command(r"type 'C:\Users\bob\notes.txt'") == ["type", r"C:\Users\bob\notes.txt"]


def test_backslash_before_closing_single_quote():
    assert split_command("echo 'trailing\\' next") == ["echo", "trailing\\", "next"]


def test_mixed_quoting_in_one_word():
    assert split_command("""a'b c'"d\\"e"f""") == ['ab cd"ef']


def test_double_quotes_keep_unknown_escapes():
    assert split_command(r'echo "a\nb" "c\\d" "\$x"') == ["echo", r"a\nb", "c\\d", "$x"]


def test_trailing_backslash_is_an_error():
    with pytest.raises(ValueError):
        split_command("echo abc\\")


def test_blank_line():
    assert split_command(" \t ") == []
