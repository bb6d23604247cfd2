"""Compare an eval run's JSON outputs with golden files, allowing numeric tolerance."""

import json
import math
from pathlib import Path
from typing import Any

REL_TOL = 1e-6
ABS_TOL = 1e-9


def numbers_match(expected: float, actual: float, rel_tol: float, abs_tol: float) -> bool:
    """Close enough either absolutely or relative to the larger magnitude (as math.isclose)."""
    if math.isnan(expected) or math.isnan(actual):
        return math.isnan(expected) and math.isnan(actual)
    difference = abs(expected - actual)
    return difference <= abs_tol and difference <= rel_tol * max(abs(expected), abs(actual))


def differences(
    expected: Any, actual: Any, path: str = "$", *, rel_tol: float = REL_TOL, abs_tol: float = ABS_TOL
) -> list[str]:
    """Human-readable mismatches, one per differing leaf, with JSON-path-like locations."""
    def recurse(exp: Any, act: Any, where: str) -> list[str]:
        return differences(exp, act, where, rel_tol=rel_tol, abs_tol=abs_tol)

    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
        return [] if same else [f"{path}: expected {expected!r}, got {actual!r}"]
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if numbers_match(float(expected), float(actual), rel_tol, abs_tol):
            return []
        return [f"{path}: expected {expected!r}, got {actual!r}"]
    if isinstance(expected, dict) and isinstance(actual, dict):
        found: list[str] = []
        for key in sorted(expected.keys() | actual.keys()):
            if key not in actual:
                found.append(f"{path}.{key}: missing")
            elif key not in expected:
                found.append(f"{path}.{key}: unexpected")
            else:
                found += recurse(expected[key], actual[key], f"{path}.{key}")
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{path}: expected {len(expected)} items, got {len(actual)}"]
        found = []
        for index, (exp, act) in enumerate(zip(expected, actual)):
            found += recurse(exp, act, f"{path}[{index}]")
        return found
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]


def check_outputs(golden_dir: Path, outputs: dict[str, Any], **tolerance: float) -> dict[str, list[str]]:
    """Failing outputs only: name -> mismatches against golden_dir/<name>.json."""
    goldens = {path.stem: path for path in sorted(golden_dir.glob("*.json"))}
    report: dict[str, list[str]] = {}
    for name, path in goldens.items():
        if name not in outputs:
            report[name] = ["no output produced"]
            continue
        found = differences(json.loads(path.read_text()), outputs[name], **tolerance)
        if found:
            report[name] = found
    for name in sorted(outputs.keys() - goldens.keys()):
        report[name] = ["no golden file"]
    return report
