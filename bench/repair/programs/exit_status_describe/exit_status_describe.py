"""Turn a finished command's exit status into a short line for the model.

`subprocess` reports death by signal N as returncode -N; a command run
through `sh -c` reports it as 128 + N instead.  A few other statuses have
conventional meanings that are worth spelling out.
"""

import signal

MAX_SIGNAL = 64
WELL_KNOWN = {
    124: "timed out (timeout(1))",
    126: "command found but not executable",
    127: "command not found",
}


def signal_name(signum):
    """SIGKILL-style name for a signal number, or a generic fallback."""
    try:
        return signal.Signals(signum).name
    except KeyError:
        return f"signal {signum}"


def describe_exit(returncode, via_shell=True):
    """Return (ok, description) for a process exit status."""
    if returncode == 0:
        return True, "exited normally"
    if returncode < 0:
        return False, f"killed by {signal_name(-returncode)}"
    if via_shell and 128 < returncode <= 128 + MAX_SIGNAL:
        return False, f"killed by {signal_name(returncode + 128)}"
    if returncode in WELL_KNOWN:
        return False, WELL_KNOWN[returncode]
    return False, f"exited with status {returncode}"


def summarize(returncode, output_tail="", via_shell=True):
    """One line for the transcript, with the last output line when failing."""
    ok, text = describe_exit(returncode, via_shell=via_shell)
    if ok or not output_tail.strip():
        return text
    last = output_tail.strip().splitlines()[-1]
    return f"{text}: {last}"
