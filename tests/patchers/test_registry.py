"""Patchers plug in by dotted path; policy rejects what they must not do before anything runs."""

import json

import pytest

from selfpatch.errors import UserError
from selfpatch.ledger import Ledger, VerificationRow
from selfpatch.patchers import load_patcher

from ..conftest import MakeRepo, selfpatch
from ..test_cli import AGENT

EVIL = """
from selfpatch.types import Candidate

FIX = "range(len(items))"


class EvilPatcher:
    name = "evil"

    def propose(self, batch, workspace):
        agent = (workspace.root / "bot/agent.py").read_text()
        yield Candidate("evil", {"tests/test_bot.py": "def test_nothing():\\n    pass\\n"})
        yield Candidate("evil", {"bot/agent.py": "import socket\\n" + agent.replace("range(len(items) - 1)", FIX)})
        yield Candidate("evil", {"bot/agent.py": agent + "\\n# padding\\n" * 50})
"""


def test_builtin_and_unknown_names() -> None:
    assert load_patcher("repair").name == "repair"
    with pytest.raises(UserError, match="unknown patcher"):
        load_patcher("nonexistent")
    with pytest.raises(UserError, match="cannot be loaded"):
        load_patcher("nowhere.module:Thing")


def test_policy_rejects_a_plugin_patchers_bad_candidates_before_they_run(
    make_repo: MakeRepo,
) -> None:
    files = dict(AGENT)
    files["selfpatch.toml"] += '\n[patch]\npatchers = ["evil_patcher:EvilPatcher", "repair"]\n'
    files["evil_patcher.py"] = EVIL
    root = make_repo(files)
    selfpatch(root, "run", "tasks.jsonl")
    proc = selfpatch(root, "cycle", "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    reasons = [r["reason"] for r in report["rejected"] if r["patcher"] == "evil"]
    assert len(reasons) == 3
    assert "protected path tests/test_bot.py" in reasons[0]
    assert "imports socket" in reasons[1]
    assert "more than max_changed_lines" in reasons[2]
    [promoted] = report["promoted"]
    assert promoted["patcher"] == "repair"
    ledger = Ledger.at(root)
    verified = {v.proposal_id for v in ledger.where(VerificationRow)}
    rejected_ids = {r["proposal"] for r in report["rejected"]}
    assert not verified & rejected_ids, "a policy-rejected candidate must never run"
