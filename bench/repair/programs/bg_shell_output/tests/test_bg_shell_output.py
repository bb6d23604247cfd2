import pytest

from bg_shell_output import ShellRegistry


def test_reads_are_incremental():
    shells = ShellRegistry()
    shell_id = shells.start("npm run dev")
    shells.feed(shell_id, "compiling...\nready on :3000\n")
    assert shells.read(shell_id)["output"] == "compiling...\nready on :3000"
    shells.feed(shell_id, "GET / 200\n")
    assert shells.read(shell_id)["output"] == "GET / 200"
    assert shells.read(shell_id)["output"] == ""


def test_partial_line_waits_for_its_newline():
    shells = ShellRegistry()
    shell_id = shells.start("pytest -x")
    shells.feed(shell_id, "collected 3 items\ntest_a.py ..")
    assert shells.read(shell_id)["output"] == "collected 3 items"
    shells.feed(shell_id, ". [100%]\n")
    assert shells.read(shell_id)["output"] == "test_a.py ... [100%]"


def test_finish_flushes_and_reports_exit_code():
    shells = ShellRegistry()
    shell_id = shells.start("make")
    shells.feed(shell_id, "cc -o app main.c\nerror: no main")
    shells.finish(shell_id, 2)
    result = shells.read(shell_id)
    assert result["output"] == "cc -o app main.c\nerror: no main"
    assert result["status"] == "exited with code 2"


def test_filtered_read_drops_other_lines():
    shells = ShellRegistry()
    shell_id = shells.start("cargo build")
    shells.feed(shell_id, "Compiling a\nwarning: unused x\nCompiling b\nwarning: dead code\n")
    result = shells.read(shell_id, pattern="^warning")
    assert result["output"] == "warning: unused x\nwarning: dead code"
    assert result["skipped"] == 2
    shells.feed(shell_id, "Finished dev\n")
    assert shells.read(shell_id)["output"] == "Finished dev"


def test_running_shells_and_unknown_ids():
    shells = ShellRegistry()
    first, second = shells.start("sleep 100"), shells.start("ls")
    shells.finish(second, 0)
    assert shells.running() == [first]
    assert shells.status(first) == "running"
    with pytest.raises(KeyError):
        shells.read("shell_9")
