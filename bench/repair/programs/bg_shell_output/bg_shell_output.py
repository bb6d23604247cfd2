"""Background shells an agent starts: output is buffered by line and read incrementally."""

import re
from dataclasses import dataclass, field


@dataclass
class Shell:
    command: str
    lines: list[str] = field(default_factory=list)
    partial: str = ""  # output after the last newline
    read_upto: int = 0  # lines[:read_upto] were already handed to the agent
    exit_code: int | None = None


class ShellRegistry:
    def __init__(self) -> None:
        self._shells: dict[str, Shell] = {}
        self._started = 0

    def start(self, command: str) -> str:
        self._started += 1
        shell_id = f"shell_{self._started}"
        self._shells[shell_id] = Shell(command)
        return shell_id

    def _get(self, shell_id: str) -> Shell:
        if shell_id not in self._shells:
            raise KeyError(f"no background shell {shell_id!r}")
        return self._shells[shell_id]

    def feed(self, shell_id: str, chunk: str) -> None:
        """Output from the process; a chunk may stop in the middle of a line."""
        shell = self._get(shell_id)
        *complete, shell.partial = (shell.partial + chunk).split("\n")
        shell.lines.extend(complete)

    def finish(self, shell_id: str, exit_code: int) -> None:
        shell = self._get(shell_id)
        if shell.partial:
            shell.lines.append(shell.partial)
            shell.partial = ""
        shell.exit_code = exit_code

    def status(self, shell_id: str) -> str:
        code = self._get(shell_id).exit_code
        return "running" if code is None else f"exited with code {code}"

    def read(self, shell_id: str, pattern: str | None = None) -> dict[str, object]:
        """Complete lines the agent has not seen yet, optionally only those matching pattern.

        Lines that do not match are dropped: a later read will not return them either.
        """
        shell = self._get(shell_id)
        fresh = shell.lines[shell.read_upto:]
        shown = [line for line in fresh if re.search(pattern, line)] if pattern else fresh
        shell.read_upto += len(shown)
        return {"status": self.status(shell_id), "output": "\n".join(shown),
                "skipped": len(fresh) - len(shown)}

    def running(self) -> list[str]:
        return [shell_id for shell_id, shell in self._shells.items() if shell.exit_code is None]
