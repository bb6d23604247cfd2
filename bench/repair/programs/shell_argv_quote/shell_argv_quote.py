"""Build shell command lines for the agent's `run_shell` tool.

The tool receives an argument list from the model and has to hand a single
string to `/bin/sh -c`.  Every argument is quoted so that the shell sees
exactly the words the model asked for.
"""

import string

_SAFE_CHARS = frozenset(string.ascii_letters + string.digits + "@%+=:,./-_")


def quote_arg(arg):
    """Return *arg* quoted for a POSIX shell (a no-op for plain words)."""
    if all(ch in _SAFE_CHARS for ch in arg):
        return arg
    # Close the quote, emit a double-quoted ', and reopen it.
    return "'" + arg.replace("'", "'\"'\"'") + "'"


def join_command(argv):
    """Join an argument list into one shell-safe command string."""
    if not argv:
        raise ValueError("empty command")
    return " ".join(quote_arg(str(arg)) for arg in argv)


def build_command(argv, env=None, cwd=None):
    """Build `cd DIR && env K=V ... argv` for a one-shot shell invocation."""
    parts = []
    if cwd is not None:
        parts.append("cd " + quote_arg(cwd) + " &&")
    if env:
        assignments = [
            key + "=" + quote_arg(value) for key, value in sorted(env.items())
        ]
        parts.append("env " + " ".join(assignments))
    parts.append(join_command(argv))
    return " ".join(parts)
