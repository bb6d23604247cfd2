"""Every policy rule rejects what it must, and lets an ordinary fix through."""

from pathlib import Path

import pytest

from selfpatch import policy
from selfpatch.config import Config, load_config

BASE = {
    "bot/agent.py": "import json\n\n\ndef handle(x):\n    return x + 1\n",
    "bot/scoring.py": "def score(task, output):\n    return 1.0\n",
}


@pytest.fixture
def config(tmp_path: Path) -> Config:
    (tmp_path / "selfpatch.toml").write_text(
        '[agent]\nentrypoint = "bot.agent:handle"\nsource = ["bot"]\n'
        'evaluator = "bot.scoring:score"\n\n[policy]\nprotected = ["bot/secret/**"]\n'
        "max_changed_lines = 6\nmax_files = 2\n"
    )
    return load_config(tmp_path)


def check(config: Config, files: dict[str, str]) -> str:
    result = policy.check(config, policy.PolicyInput(files, BASE.get))
    return "" if result.passed else result.reason


def fix(body: str) -> dict[str, str]:
    return {"bot/agent.py": BASE["bot/agent.py"].replace("return x + 1", body)}


def test_an_ordinary_fix_passes(config: Config) -> None:
    assert check(config, fix("return x - 1")) == ""
    assert check(config, fix("return json.loads(x) if isinstance(x, str) else x")) == ""


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"tests/test_agent.py": "x = 1\n"}, "protected path tests/test_agent.py"),
        ({"bot/scoring.py": "def score(t, o):\n    return 1.0\n"}, "protected path bot/scoring.py"),
        ({"selfpatch.toml": "[agent]\n"}, "protected path selfpatch.toml"),
        ({"bot/secret/keys.py": "x = 1\n"}, "protected path bot/secret/keys.py"),
        ({".github/workflows/ci.py": "x = 1\n"}, "protected path"),
        ({"bot/conftest.py": "x = 1\n"}, "protected path"),
        ({"other/mod.py": "x = 1\n"}, "outside the agent's source paths"),
        ({"../../etc/passwd.py": "x = 1\n"}, "outside the repository"),
        ({"bot/data.json": "{}"}, "not a Python source file"),
        ({"bot/a.py": "", "bot/b.py": "", "bot/c.py": ""}, "more than max_files=2"),
        (fix("return x + 1\n" + "    x = 2\n" * 10), "more than max_changed_lines=6"),
        (fix("return (x"), "does not parse"),
        (fix("return x\0"), "NUL bytes"),
        (fix("import socket\n    return x"), "imports socket"),
        (fix("import subprocess\n    return x"), "imports subprocess"),
        (fix("import numpy\n    return x"), "adds an import of numpy, a dependency"),
        (fix("return eval(x)"), "adds a call to eval"),
        (fix("return __import__('os').system(x)"), "__import__"),
        (fix("import os\n    os._exit(0)"), "os._exit"),
        (
            fix(
                "return 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3'"
            ),
            "blob",
        ),
        (fix("import sys\n    sys.modules.clear()"), "sys.modules"),
        ({}, "changes nothing"),
    ],
)
def test_each_rule_rejects(config: Config, files: dict[str, str], reason: str) -> None:
    assert reason in check(config, files)


def test_selfpatchs_own_safety_layer_is_out_of_reach(tmp_path: Path) -> None:
    (tmp_path / "selfpatch.toml").write_text('[agent]\nsource = ["src/selfpatch"]\n')
    config = load_config(tmp_path)
    for path in ("src/selfpatch/policy.py", "src/selfpatch/verify/_sandbox.py",
                 "src/selfpatch/promote/_consent.py", "src/selfpatch/ledger/_store.py"):  # fmt: skip
        result = policy.check(config, policy.PolicyInput({path: "x = 1\n"}, lambda p: None))
        assert "protected path" in result.reason
    ok = policy.check(
        config, policy.PolicyInput({"src/selfpatch/cli.py": "x = 1\n"}, lambda p: None)
    )
    assert ok.passed, ok.reason


def test_existing_risky_code_is_not_held_against_a_fix(config: Config) -> None:
    base = "import subprocess\n\n\ndef run(x):\n    return subprocess.run(x) + 1\n"
    files = {"bot/agent.py": base.replace("+ 1", "- 1")}
    result = policy.check(config, policy.PolicyInput(files, lambda p: base))
    assert result.passed, result.reason
