from exit_status_describe import describe_exit, signal_name, summarize


def test_success():
    assert describe_exit(0) == (True, "exited normally")


def test_plain_failure():
    assert describe_exit(1) == (False, "exited with status 1")


def test_killed_by_signal_from_subprocess():
    assert describe_exit(-9) == (False, "killed by SIGKILL")


def test_killed_by_signal_through_shell():
    assert describe_exit(137) == (False, "killed by SIGKILL")


def test_unknown_signal_number():
    assert signal_name(15) == "SIGTERM"
    assert signal_name(99) == "signal 99"


def test_command_not_found():
    assert describe_exit(127) == (False, "command not found")


def test_summary_includes_last_output_line():
    line = summarize(2, "collecting...\nERROR: file not found\n")
    assert line == "exited with status 2: ERROR: file not found"
