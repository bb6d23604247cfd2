"""What a candidate may and may not do, checked before any of its code runs."""

from __future__ import annotations

import ast
import difflib
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import PurePosixPath

from selfpatch.config import Config
from selfpatch.types import GateResult

ALWAYS_PROTECTED = (
    "selfpatch.toml",
    "tests/**",
    "test/**",
    "**/conftest.py",
    "**/test_*.py",
    ".git/**",
    ".github/**",
    ".gitlab-ci.yml",
    ".ci/**",
    ".pre-commit-config.yaml",
    ".selfpatch/**",
    # selfpatch's own safety layer, when selfpatch evolves itself: a human changes it
    "**/selfpatch/policy.py",
    "**/selfpatch/verify/**",
    "**/selfpatch/promote/**",
    "**/selfpatch/ledger/**",
    # dependency files: a new dependency goes to a human
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    "requirements*.txt",
    "Pipfile*",
    "poetry.lock",
    "uv.lock",
)

FORBIDDEN_MODULES = frozenset(
    {
        "socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "aiohttp",
        "ftplib", "smtplib", "telnetlib", "subprocess", "pty", "ctypes", "cffi",
        "multiprocessing", "pickle", "marshal", "base64", "codecs", "importlib",
        "builtins", "selfpatch",
    }
)  # fmt: skip
FORBIDDEN_CALLS = frozenset(
    {
        "eval", "exec", "compile", "__import__", "globals", "setattr", "delattr",
        "os.system", "os.popen", "os.exec", "os.execv", "os.execve", "os.execl", "os.spawn",
        "os.fork", "os.kill", "os._exit", "sys.exit", "os.getenv", "open",
        "os.remove", "os.unlink", "os.chmod", "shutil.rmtree",
    }
)  # fmt: skip
_DUNDERS = frozenset({"__globals__", "__code__", "__builtins__", "__subclasses__", "__dict__"})
_BLOB = re.compile(r"^[A-Za-z0-9+/=_-]{80,}$")


@dataclass(frozen=True)
class PolicyInput:
    files: Mapping[str, str]
    """New text of every changed file."""
    base: Callable[[str], str | None]
    """Text of a file in the base version (None when it did not exist)."""


def check(config: Config, candidate: PolicyInput) -> GateResult:
    """Pass, or the first rule the candidate breaks, as one readable reason."""
    for rule in (_paths, _size, _syntax, _constructs):
        reason = rule(config, candidate)
        if reason:
            return GateResult("policy", False, reason)
    return GateResult("policy", True)


def protected_patterns(config: Config) -> list[str]:
    patterns = [*ALWAYS_PROTECTED, *config.policy.protected]
    if config.agent.evaluator:
        module = config.agent.evaluator.split(":")[0]
        patterns.append(module.replace(".", "/") + ".py")
    return patterns


def _paths(config: Config, c: PolicyInput) -> str:
    if not c.files:
        return "the candidate changes nothing"
    if len(c.files) > config.policy.max_files:
        return f"changes {len(c.files)} files, more than max_files={config.policy.max_files}"
    for path in c.files:
        reason = _path_reason(config, path)
        if reason:
            return reason
    return ""


def _path_reason(config: Config, path: str) -> str:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not path:
        return f"{path!r} is outside the repository"
    for pattern in protected_patterns(config):
        if fnmatch(path, pattern) or fnmatch("/" + path, "*/" + pattern.lstrip("*/")):
            return f"touches protected path {path} (matches {pattern!r})"
    if not any(_inside(path, src) for src in config.agent.source):
        return f"{path} is outside the agent's source paths {config.agent.source}"
    if not path.endswith(".py"):
        return f"{path} is not a Python source file"
    return ""


def _inside(path: str, source: str) -> bool:
    source = source.rstrip("/")
    return path == source or path.startswith(source + "/")


def changed_lines(old: str, new: str) -> int:
    diff = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
    return sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))


def _size(config: Config, c: PolicyInput) -> str:
    total = sum(changed_lines(c.base(p) or "", text) for p, text in c.files.items())
    if total > config.policy.max_changed_lines:
        return (
            f"changes {total} lines, more than max_changed_lines={config.policy.max_changed_lines}"
        )
    for path, text in c.files.items():
        if "\0" in text:
            return f"{path} has NUL bytes (binary content)"
    return ""


def _syntax(config: Config, c: PolicyInput) -> str:
    for path, text in c.files.items():
        try:
            ast.parse(text, filename=path)
        except SyntaxError as exc:
            return f"{path} does not parse: {exc.msg} at line {exc.lineno}"
    return ""


def _constructs(config: Config, c: PolicyInput) -> str:
    for path, text in c.files.items():
        added = _features(text) - _features(c.base(path) or "")
        for feature in sorted(added):
            kind, _, name = feature.partition(":")
            if kind == "import" and _forbidden_module(name):
                return f"{path} imports {name}, which a patch may not use (network/exec/IO)"
            if kind == "import" and not _stdlib(name) and not config.policy.allow_new_imports:
                return (
                    f"{path} adds an import of {name}, a dependency: a human decides "
                    "(policy.allow_new_imports = true lets patches add imports)"
                )
            if kind == "call":
                return f"{path} adds a call to {name}, which a patch may not use"
            if kind == "blob":
                return f"{path} adds an encoded blob literal"
            if kind == "dunder":
                return f"{path} touches {name}, which a patch may not use"
    return ""


def _forbidden_module(name: str) -> bool:
    return name.split(".")[0] in FORBIDDEN_MODULES


def _stdlib(name: str) -> bool:
    return name.split(".")[0] in sys.stdlib_module_names


def _features(text: str) -> Counter[str]:
    """Risky features of a source file: imports, dangerous calls, blobs, dunder access."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return Counter()
    found: Counter[str] = Counter()
    for node in ast.walk(tree):
        found.update(_node_features(node))
    return found


def _node_features(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [f"import:{a.name}" for a in node.names]
    if isinstance(node, ast.ImportFrom):
        return [f"import:{node.module or ''}"]
    if isinstance(node, ast.Call):
        name = _dotted(node.func)
        if name in FORBIDDEN_CALLS or name.startswith(("os.exec", "os.spawn")):
            return [f"call:{name}"]
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
        value = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        if _BLOB.match(value):
            return ["blob:"]
    if isinstance(node, ast.Attribute) and (
        node.attr in _DUNDERS or _dotted(node) in ("sys.modules", "sys.settrace", "os.environ")
    ):
        return [f"dunder:{_dotted(node) or node.attr}"]
    if isinstance(node, ast.Name) and node.id in ("__builtins__", "__import__"):
        return [f"dunder:{node.id}"]
    return []


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""
