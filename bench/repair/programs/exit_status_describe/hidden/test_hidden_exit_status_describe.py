from exit_status_describe import describe_exit, summarize


def test_shell_signal_statuses():
    assert describe_exit(130) == (False, "killed by SIGINT")
    assert describe_exit(143) == (False, "killed by SIGTERM")
    assert describe_exit(129) == (False, "killed by SIGHUP")
    assert describe_exit(139) == (False, "killed by SIGSEGV")


def test_realtime_signal_without_a_name():
    assert describe_exit(128 + 40) == (False, "killed by signal 40")
    assert describe_exit(-40) == (False, "killed by signal 40")


def test_not_through_shell_high_status_is_plain():
    assert describe_exit(137, via_shell=False) == (False, "exited with status 137")


def test_edges_of_the_signal_range():
    assert describe_exit(128) == (False, "exited with status 128")
    ok, text = describe_exit(128 + 64)
    assert not ok and text.startswith("killed by ")
    assert describe_exit(200) == (False, "exited with status 200")
    assert describe_exit(255) == (False, "exited with status 255")


def test_well_known_statuses():
    assert describe_exit(124) == (False, "timed out (timeout(1))")
    assert describe_exit(126) == (False, "command found but not executable")


def test_summaries():
    assert summarize(0, "all good\n") == "exited normally"
    assert summarize(1, "   \n") == "exited with status 1"
    assert summarize(-15, "partial\nlast words") == "killed by SIGTERM: last words"
    assert summarize(137, "oom\n") == "killed by SIGKILL: oom"
