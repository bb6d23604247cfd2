import pytest

from shell_argv_quote import build_command, join_command, quote_arg


def test_plain_words_are_left_alone():
    assert quote_arg("ls") == "ls"
    assert quote_arg("--color=auto") == "--color=auto"
    assert quote_arg("src/main.py") == "src/main.py"


def test_spaces_and_metacharacters_are_quoted():
    assert quote_arg("hello world") == "'hello world'"
    assert quote_arg("a;rm -rf /") == "'a;rm -rf /'"
    assert quote_arg("$HOME") == "'$HOME'"


def test_single_quote_inside_argument():
    assert quote_arg("it's") == "'it'\"'\"'s'"


def test_join_command_with_commit_message():
    argv = ["git", "commit", "-m", "", "--allow-empty"]
    assert join_command(argv) == "git commit -m '' --allow-empty"


def test_join_command_rejects_empty_argv():
    with pytest.raises(ValueError):
        join_command([])


def test_build_command_with_env_and_cwd():
    cmd = build_command(["make", "test"], env={"CI": "1"}, cwd="/work/my project")
    assert cmd == "cd '/work/my project' && env CI=1 make test"
