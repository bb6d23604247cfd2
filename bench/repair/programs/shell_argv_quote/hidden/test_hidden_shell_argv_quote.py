import shlex

from shell_argv_quote import build_command, join_command, quote_arg


def test_empty_string_is_quoted():
    assert quote_arg("") == "''"


def test_empty_argument_survives_shell_split():
    for argv in (["printf", "%s|", "", "x"], ["grep", ""], ["echo", "", ""]):
        assert shlex.split(join_command(argv)) == argv


def test_round_trip_of_awkward_arguments():
    argv = ["python", "-c", "print('hi')", "a b", "tab\there", "new\nline", "*.py",
            "it's", "\"dq\"", "back\\slash", "", "~", "x=1", "é"]
    assert shlex.split(join_command(argv)) == argv


def test_plain_words_unchanged():
    for word in ("pytest", "-q", "a.b", "user@host:/tmp", "50%", "x+y", "k=v,w"):
        assert quote_arg(word) == word


def test_empty_env_value_is_kept():
    cmd = build_command(["tool"], env={"EMPTY": "", "B": "two words"})
    assert cmd == "env B='two words' EMPTY='' tool"
    assert shlex.split(cmd) == ["env", "B=two words", "EMPTY=", "tool"]


def test_non_string_arguments_are_converted():
    assert join_command(["head", "-n", 5, ""]) == "head -n 5 ''"


def test_cwd_only():
    assert build_command(["ls"], cwd="/tmp") == "cd /tmp && ls"
