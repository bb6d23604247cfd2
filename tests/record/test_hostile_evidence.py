"""Hostile evidence from a real agent run: secrets never reach the ledger (WAL included), and
floods, NUL bytes, ANSI escapes and invalid UTF-8 are bounded and escaped."""

import json
import os
from pathlib import Path

from ..conftest import MakeRepo, selfpatch

SECRET = "sk-proj-" + "Zx9" * 16
AGENT = {
    "selfpatch.toml": '[agent]\nentrypoint = "bot.agent:handle"\nsource = ["bot"]\n',
    "bot/__init__.py": "",
    "bot/agent.py": """
import os
import selfpatch

@selfpatch.tool
def fetch_profile(user):
    key = "sk-proj-" + "Zx9" * 16  # built at run time: the source holds no secret
    return {"user": user, "api_key": key, "note": "token " + key}

def handle(kind):
    profile = fetch_profile("ann")
    if kind == "raise":
        raise RuntimeError("upstream refused key " + os.environ["PLANTED_KEY"])
    if kind == "flood":
        return "A" * 10_000_000
    if kind == "binary":
        return "ok\\x00\\x1b[31mred\\x1b[0m" + bytes([0xff, 0xfe]).decode("latin-1")
    return profile["user"]
""",
    "tasks.jsonl": "\n".join(
        json.dumps({"id": k, "input": k, "expected": "ann"})
        for k in ("raise", "flood", "binary", "plain")
    )
    + "\n",
}


def test_secrets_and_floods_are_contained(make_repo: MakeRepo) -> None:
    root = make_repo(AGENT)
    os.environ["PLANTED_KEY"] = SECRET
    try:
        proc = selfpatch(root, "run", "tasks.jsonl", "--json")
    finally:
        del os.environ["PLANTED_KEY"]
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    statuses = [e["status"] for e in result["episodes"]]
    assert statuses[0] == "error" and "RuntimeError" in result["episodes"][0]["error"]
    assert statuses[2:] == ["ok", "ok"]
    flood = result["episodes"][1]
    assert flood["status"] == "ok" or "OutputTooLarge" in flood["error"]
    assert SECRET not in proc.stdout

    stored = b"".join(p.read_bytes() for p in (root / ".selfpatch").glob("ledger.db*"))
    assert SECRET.encode() not in stored, "a secret reached the ledger or its WAL"
    assert len(stored) < 5_000_000, "a 10 MB output was stored unbounded"

    shown = selfpatch(root, "show", result["episodes"][2]["id"], "--json")
    outcome = json.loads(shown.stdout)["outcome"]
    assert "\x00" not in json.dumps(outcome["output"]) or "\\x00" in json.dumps(outcome["output"])
    assert "\x1b" not in shown.stdout
    assert SECRET not in shown.stdout
    cycle = selfpatch(root, "cycle", "--yes", "--json")
    assert cycle.returncode == 0, cycle.stderr  # curation keeps running on hostile evidence
    assert SECRET not in Path(root / ".selfpatch/ledger.db").read_bytes().decode("latin-1")
