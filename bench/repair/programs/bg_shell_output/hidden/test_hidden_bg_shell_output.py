from bg_shell_output import ShellRegistry


def _shell(*chunks):
    shells = ShellRegistry()
    shell_id = shells.start("job")
    for chunk in chunks:
        shells.feed(shell_id, chunk)
    return shells, shell_id


def test_filter_that_matches_nothing_still_consumes():
    shells, shell_id = _shell("a\nb\nc\n")
    result = shells.read(shell_id, pattern="zzz")
    assert result["output"] == "" and result["skipped"] == 3
    assert shells.read(shell_id)["output"] == ""


def test_filter_keeping_the_first_lines_only():
    shells, shell_id = _shell("ERROR one\nERROR two\nok\nok\nok\n")
    assert shells.read(shell_id, pattern="ERROR")["output"] == "ERROR one\nERROR two"
    shells.feed(shell_id, "ERROR three\nok\n")
    result = shells.read(shell_id, pattern="ERROR")
    assert result == {"status": "running", "output": "ERROR three", "skipped": 1}
    assert shells.read(shell_id)["output"] == ""


def test_alternating_filtered_and_plain_reads():
    shells, shell_id = _shell()
    for round_number in range(6):
        lines = [f"r{round_number} {kind}" for kind in ("info", "warn", "info", "warn", "info")]
        shells.feed(shell_id, "\n".join(lines) + "\n")
        if round_number % 2:
            assert shells.read(shell_id)["output"] == "\n".join(lines)
        else:
            result = shells.read(shell_id, pattern="warn$")
            assert result["output"] == f"r{round_number} warn\nr{round_number} warn"
            assert result["skipped"] == 3
    assert shells.read(shell_id) == {"status": "running", "output": "", "skipped": 0}


def test_filter_with_partial_line_pending():
    shells, shell_id = _shell("x 1\ny 2\nx 3\ny 4\nx 5 (partial")
    assert shells.read(shell_id, pattern="^y")["output"] == "y 2\ny 4"
    shells.feed(shell_id, ")\n")
    assert shells.read(shell_id)["output"] == "x 5 (partial)"


def test_finish_then_filtered_read():
    shells, shell_id = _shell("build ok\nlint: 2 issues\nlast line")
    shells.finish(shell_id, 1)
    result = shells.read(shell_id, pattern="line|issues")
    assert result == {"status": "exited with code 1",
                      "output": "lint: 2 issues\nlast line", "skipped": 1}
    assert shells.read(shell_id)["output"] == ""


def test_shells_are_independent():
    shells = ShellRegistry()
    a, b = shells.start("a"), shells.start("b")
    shells.feed(a, "a1\na2\n")
    shells.feed(b, "b1\n")
    assert shells.read(a, pattern="2")["output"] == "a2"
    assert shells.read(b)["output"] == "b1"
    shells.feed(a, "a3\n")
    assert shells.read(a)["output"] == "a3"
    assert (a, b) == ("shell_1", "shell_2")


def test_finish_without_partial_and_empty_chunks():
    shells, shell_id = _shell("", "one\n", "", "two\n")
    shells.finish(shell_id, 0)
    assert shells.read(shell_id)["output"] == "one\ntwo"
    assert shells.status(shell_id) == "exited with code 0"
    assert shells.running() == []
