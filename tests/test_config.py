from pathlib import Path

import pytest

from selfpatch.config import load_config
from selfpatch.errors import UserError

VALID = """
[agent]
entrypoint = "bot.agent:handle"
source = ["bot"]

[policy]
max_changed_lines = 10
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "selfpatch.toml").write_text(text)
    return tmp_path


def test_valid_config_has_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, VALID))
    assert config.agent.entrypoint == "bot.agent:handle"
    assert config.policy.max_changed_lines == 10
    assert config.patch.patchers == ["repair"]
    assert config.verify.isolation == "auto"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (VALID + "\n[agent2]\nx = 1\n", "unknown key 'agent2'"),
        (VALID.replace("max_changed_lines = 10", "max_changed_lines = 'ten'"), "max_changed_lines"),
        ("[agent]\nentrypoint = 'a:b'\n", "missing required key 'agent.source'"),
        (VALID.replace('"bot.agent:handle"', '"no_colon"'), "package.module:function"),
        (VALID.replace('["bot"]', '["../../etc/passwd"]'), "inside the repository"),
        ("[agent\n", "not valid TOML"),
    ],
)
def test_invalid_config_is_a_one_line_user_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UserError) as err:
        load_config(write(tmp_path, text))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_config(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"no selfpatch\.toml"):
        load_config(tmp_path)
