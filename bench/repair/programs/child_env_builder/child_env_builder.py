"""Environment for the commands the agent runs on the user's behalf."""

import os

DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin"
PASS_THROUGH = ("HOME", "USER", "LANG", "TERM", "TZ", "TMPDIR")
PASS_PREFIXES = ("LC_",)
SECRET_MARKERS = ("TOKEN", "SECRET", "PASSWORD", "API_KEY", "CREDENTIAL")


def is_secret(name):
    """True for variable names that look like they hold a credential."""
    upper = name.upper()
    return any(marker in upper for marker in SECRET_MARKERS)


def search_path(parent_path, tool_bins):
    """PATH with the agent's helper directories first, without duplicates."""
    entries = [entry for entry in (parent_path or DEFAULT_PATH).split(os.pathsep) if entry]
    for directory in reversed(tool_bins):
        if not directory:
            continue
        if directory in entries:
            entries.remove(directory)
        entries.append(directory)
    return os.pathsep.join(entries)


def build_child_env(parent, allow=(), tool_bins=(), overrides=None):
    """Return the environment dict for a child process.

    Only well-known variables, ``LC_*`` and names listed in *allow* are copied
    from *parent*; anything that looks like a credential is dropped even when
    allowed.  *overrides* are applied last and are trusted.
    """
    env = {}
    for name, value in parent.items():
        if is_secret(name):
            continue
        if name in PASS_THROUGH or name in allow or name.startswith(PASS_PREFIXES):
            env[name] = value
    env["PATH"] = search_path(parent.get("PATH"), tool_bins)
    if overrides:
        env.update(overrides)
    return env
