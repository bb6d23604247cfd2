import pytest

from path_sandbox import SandboxViolation, is_allowed, resolve

ROOT = "/srv/agent/workspace"


def test_relative_path_inside():
    assert resolve(ROOT, "src/main.py") == "/srv/agent/workspace/src/main.py"
    assert is_allowed(ROOT, "docs/README.md")


def test_parent_escape_rejected():
    with pytest.raises(SandboxViolation):
        resolve(ROOT, "../../etc/passwd")


def test_absolute_path_outside_rejected():
    assert not is_allowed(ROOT, "/etc/shadow")


def test_sibling_directory_with_same_prefix_rejected():
    assert not is_allowed(ROOT, "../workspace-backup/.env")
