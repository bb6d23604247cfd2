"""Facts mined from a batch's failures: expected values the code never produced, keys and
strings the inputs use, exception types and messages."""

from __future__ import annotations

import ast
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selfpatch.types import JSON, Batch

MAX_STRING = 80


@dataclass(slots=True)
class Evidence:
    strings: list[str] = field(default_factory=list)
    """Expected string values, expected and input dict keys, KeyError keys: most telling first."""
    differences: list[tuple[JSON, JSON]] = field(default_factory=list)
    """(actual, expected) leaf pairs where a failing run's output differs from the expectation."""
    asserted: list[tuple[JSON, JSON]] = field(default_factory=list)
    """The same pairs read from failing tests' ``assert actual == expected``: weaker evidence,
    since one assert shows one value of a test that may check several."""
    error_types: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)
    """Keys of the output whose values came out wrong, at any depth."""
    characters: Counter[str] = field(default_factory=Counter)
    """Characters of the failing inputs (test string constants, task inputs), by frequency."""
    calls: Counter[str] = field(default_factory=Counter)
    """One-argument builtins that turn an actual value into the expected one (``sorted`` for
    the right items in the wrong order, ``int`` for ``"3"`` where 3 was expected). Not ``abs``
    for a negated value: reversed operands explain that more often than a missing ``abs``."""
    scales: Counter[str] = field(default_factory=Counter)
    """``* 1000`` or ``/ 60`` where an actual number is the expected one in another unit
    (seconds for milliseconds, a fraction for a percentage)."""
    keyed_calls: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(key, builtin) where the value under a dict key needs that builtin (``("arguments",
    "json.dumps")`` for a mapping where its JSON text was expected)."""
    reordered: int = 0
    """Failing values that hold the expected items in another order, sorted or not."""
    inputs: list[str] = field(default_factory=list)
    """Short strings the failing inputs and failing tests hold (``"get"``), first seen first."""
    folds: Counter[str] = field(default_factory=Counter)
    """``lower`` or ``upper`` where actual text (a string, or the keys of a mapping) is the
    expected text in another case: ``{"Name": 1}`` where ``{"name": 1}`` was expected."""
    claims: list[str] = field(default_factory=list)
    """What the failing tests' names say they check, as words (``query is case insensitive``
    for ``test_query_is_case_insensitive``): the behaviour the code was meant to have."""

    @classmethod
    def from_batch(cls, batch: Batch) -> Evidence:
        evidence = cls()
        strings: Counter[str] = Counter()
        for episode in batch.failures:
            outcome = episode.outcome
            expected = episode.task.get("expected")
            if "expected" in episode.task:
                evidence.differences.extend(_differences(outcome.output, expected))
                evidence.calls.update(wanted_calls(outcome.output, expected))
                evidence.scales.update(wanted_scales(outcome.output, expected))
                evidence.keyed_calls.update(keyed_calls(outcome.output, expected))
                evidence.folds.update(wanted_folds(outcome.output, expected))
                evidence.reordered += reordered(outcome.output, expected)
                evidence.fields.update(set(_wrong_fields(outcome.output, expected)))
                strings.update({s: 3 for s in _strings(expected)})
            strings.update(_keys(episode.task.get("input")))
            for text in _strings(episode.task.get("input")):
                evidence.characters.update(text[:MAX_STRING])
                evidence.add_input(text)
            if outcome.error_type:
                evidence.error_types[outcome.error_type] += 1
            if outcome.error_message:
                evidence.messages.append(outcome.error_message)
                if outcome.error_type and outcome.error_type.endswith("AssertionError"):
                    for actual, expected in asserted_values(outcome.error_message):
                        evidence.asserted.extend(_differences(actual, expected))
                        evidence.calls.update(wanted_calls(actual, expected))
                        evidence.scales.update(wanted_scales(actual, expected))
                        evidence.keyed_calls.update(keyed_calls(actual, expected))
                        evidence.folds.update(wanted_folds(actual, expected))
                        evidence.reordered += reordered(actual, expected)
                if outcome.error_type and outcome.error_type.endswith("KeyError"):
                    strings.update(
                        {m: 1 for m in re.findall(r"'([^']{1,80})'", outcome.error_message)}
                    )
        evidence.strings = [s for s, _ in strings.most_common() if 0 < len(s) <= MAX_STRING]
        return evidence

    def add_tests(self, root: Path, keys: Iterable[str]) -> None:
        """Fold in what the failing tests' own source shows: their key-like strings and the
        characters of their string constants (read once)."""
        keys = list(keys)
        self.claims += [c for c in map(claim_of, keys) if c and c not in self.claims]
        constants = list(test_constants(root, keys))
        self.strings += [s for s in _key_like(constants) if s not in self.strings]
        for text in constants:
            self.characters.update(text[:MAX_STRING])
            self.add_input(text)

    def add_input(self, text: str) -> None:
        if 0 < len(text) <= MAX_STRING and text not in self.inputs:
            self.inputs.append(text)

    def message_mentions(self, *fragments: str) -> bool:
        return any(f in m for m in self.messages for f in fragments)

    def names_field(self, identifier: str) -> bool:
        """Whether an identifier (``self.total_cents``) shares a word with a wrong output field
        (``cart_total``): the code that computes that field is then a likelier culprit."""
        words = name_words(identifier)
        return any(words & name_words(f) for f in self.fields)


IGNORED_WORDS = frozenset({"self", "cls", "get", "set", "the", "and", "value", "data"})


def name_words(identifier: str) -> set[str]:
    """The words of an identifier or dotted path: ``self.totalCents`` -> {"total", "cents"}."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", identifier)
    words = {w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced)}
    return {w for w in words if len(w) >= 3 and w not in IGNORED_WORDS}


def _differences(actual: JSON, expected: JSON) -> Iterator[tuple[JSON, JSON]]:
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in expected.keys() & actual.keys():
            yield from _differences(actual[key], expected[key])
        extra = [k for k in actual if k not in expected]
        missing = [k for k in expected if k not in actual]
        if len(extra) == 1 and len(missing) == 1:
            yield extra[0], missing[0]
    elif isinstance(actual, list) and isinstance(expected, list):
        if len(actual) == len(expected):
            for a, e in zip(actual, expected, strict=True):
                yield from _differences(a, e)
    elif actual != expected and _scalar(actual) and _scalar(expected):
        yield actual, expected


ASSERTED = re.compile(r"^assert (.+?) == (.+?)(?: ± \S+)?$")


def asserted_values(message: str) -> Iterator[tuple[JSON, JSON]]:
    """The (actual, expected) values of a failing ``assert actual == expected`` as pytest
    reports it (``assert 0.0 == 1.0``, ``assert 0.1 == 0.3 ± 3.0e-07``), when both sides are
    literals: a failing test is evidence of the value the code should have produced."""
    match = ASSERTED.match(message.split("\n", 1)[0].strip())
    if match is None:
        return
    try:
        actual, expected = (ast.literal_eval(side) for side in match.groups())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return
    yield actual, expected


def wanted_calls(actual: object, expected: object) -> Iterator[str]:
    """Builtins whose one application turns ``actual`` into ``expected``, at any depth."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in actual.keys() & expected.keys():
            yield from wanted_calls(actual[key], expected[key])
        return
    if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        if list(actual) != list(expected) and _same_items(actual, expected):
            if list(expected) == sorted(expected):  # sortable: _same_items sorted it
                yield "sorted"  # the expected order is the sorted one, not any permutation
            return
        elif len(actual) == len(expected):
            for a, e in zip(actual, expected, strict=True):
                yield from wanted_calls(a, e)
        return
    yield from _direct_calls(actual, expected)


_FOLDS = ("lower", "upper")


def wanted_folds(actual: object, expected: object) -> Iterator[str]:
    """``lower``/``upper`` for each text, at any depth, that is the expected one in another
    case; for a mapping, its keys the expected mapping lacks, folded, are the ones it has and
    the actual one lacks."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        extra = [k for k in actual if k not in expected and isinstance(k, str)]
        missing = sorted(k for k in expected if k not in actual and isinstance(k, str))
        for method in _FOLDS if extra and len(extra) == len(missing) else ():
            if sorted(getattr(k, method)() for k in extra) == missing:
                yield method
        for key in actual.keys() & expected.keys():
            yield from wanted_folds(actual[key], expected[key])
    elif isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        if len(actual) == len(expected):
            for a, e in zip(actual, expected, strict=True):
                yield from wanted_folds(a, e)
    elif isinstance(actual, str) and isinstance(expected, str) and actual != expected:
        yield from (method for method in _FOLDS if getattr(actual, method)() == expected)


UNIT_FACTORS = (1000, 100, 60, 3600, 1024)


def wanted_scales(actual: object, expected: object) -> Iterator[str]:
    """``* f`` or ``/ f`` for each number, at any depth, that is the expected one in another
    unit: 0.1 where 100.0 was expected is ``* 1000``."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in actual.keys() & expected.keys():
            yield from wanted_scales(actual[key], expected[key])
    elif isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        if len(actual) == len(expected):
            for a, e in zip(actual, expected, strict=True):
                yield from wanted_scales(a, e)
    elif _number(actual) and _number(expected) and actual and expected and actual != expected:
        assert isinstance(actual, (int, float)) and isinstance(expected, (int, float))
        for factor in UNIT_FACTORS:
            if math.isclose(actual * factor, expected, rel_tol=1e-6):
                yield f"* {factor}"
            elif math.isclose(actual, expected * factor, rel_tol=1e-6):
                yield f"/ {factor}"


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _direct_calls(actual: object, expected: object) -> Iterator[str]:
    if actual == expected or isinstance(actual, bool) or isinstance(expected, bool):
        return
    number = (int, float)
    if isinstance(actual, str) and isinstance(expected, number) and actual == str(expected):
        yield type(expected).__name__
    elif isinstance(actual, number) and isinstance(expected, str) and str(actual) == expected:
        yield "str"
    elif isinstance(actual, (dict, list)) and isinstance(expected, str) and actual:
        yield from ["json.dumps"] if _json_value(expected) == actual else []
    elif isinstance(actual, str) and isinstance(expected, (dict, list)) and expected:
        yield from ["json.loads"] if _json_value(actual) == expected else []
    elif _is_square_of(actual, expected):
        yield "math.sqrt"


def _is_square_of(actual: object, expected: object) -> bool:
    """``25.0`` where ``5.0`` was expected: a norm, distance or deviation left squared. Not for
    0 and 1, which are their own squares, nor for integers, which are seldom a missing root."""
    if not isinstance(actual, (int, float)) or not isinstance(expected, float):
        return False
    if expected <= 0 or actual <= 1 or abs(expected - 1) < 1e-9:
        return False
    return abs(expected * expected - actual) <= 1e-6 * actual


def _json_value(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def keyed_calls(actual: object, expected: object) -> Iterator[tuple[str, str]]:
    """(key, builtin) for each dict key, at any depth, whose actual value the builtin turns
    into the expected one."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in actual.keys() & expected.keys():
            for callee in _direct_calls(actual[key], expected[key]):
                yield str(key), callee
            yield from keyed_calls(actual[key], expected[key])
    elif isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        pairs = zip(actual, expected, strict=True) if len(actual) == len(expected) else []
        for a, e in pairs:
            yield from keyed_calls(a, e)


def reordered(actual: object, expected: object) -> bool:
    """Whether some list of ``actual`` holds the items of its ``expected`` in another order."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        return any(reordered(actual[k], expected[k]) for k in actual.keys() & expected.keys())
    if isinstance(actual, (list, tuple)) and isinstance(expected, (list, tuple)):
        if list(actual) != list(expected) and _same_items(actual, expected):
            return True
        if len(actual) == len(expected):
            return any(reordered(a, e) for a, e in zip(actual, expected, strict=True))
    return False


def _same_items(actual: Sequence[Any], expected: Sequence[Any]) -> bool:
    try:
        return bool(sorted(actual) == sorted(expected))
    except TypeError:
        return False


def _wrong_fields(actual: JSON, expected: JSON) -> Iterator[str]:
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in expected:
            if key not in actual or actual[key] != expected[key]:
                yield str(key)
                if key in actual:
                    yield from _wrong_fields(actual[key], expected[key])
    elif isinstance(actual, list) and isinstance(expected, list) and len(actual) == len(expected):
        for a, e in zip(actual, expected, strict=True):
            yield from _wrong_fields(a, e)


def _scalar(value: JSON) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _strings(value: JSON) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _keys(value: JSON) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


TEST_KEY = re.compile(r"^[A-Za-z_][\w\-]{0,47}$")
MAX_TEST_STRINGS = 60
JSON_KEY = re.compile(r'"([A-Za-z_][\w\-]{0,47})"\s*:')


def strings_in_tests(root: Path, keys: Iterable[str]) -> list[str]:
    """Key-like string constants of the failing tests (and their module's top level): the
    tests' inputs show the keys and names the data really uses."""
    return _key_like(test_constants(root, keys))


def _key_like(constants: Iterable[str]) -> list[str]:
    found: dict[str, None] = {}
    for value in constants:
        if TEST_KEY.match(value):
            found.setdefault(value)
        for embedded in JSON_KEY.findall(value):  # raw JSON payloads
            found.setdefault(embedded)
    return list(found)[:MAX_TEST_STRINGS]


def claim_of(key: str) -> str:
    """A pytest node id's test name as words: ``tests/t.py::test_ignores_case[x]`` ->
    ``ignores case``."""
    path, sep, name = key.partition("::")
    if not sep or not path.endswith(".py"):
        return ""  # an episode's key, not a test's
    name = name.rpartition("::")[2].split("[", 1)[0]
    return name.removeprefix("test").replace("_", " ").strip()


def test_constants(root: Path, keys: Iterable[str]) -> Iterator[str]:
    """Every string constant of the failing tests and of their modules' top level, helper
    functions and fixtures included (they build the tests' inputs)."""
    by_file: dict[str, set[str]] = {}
    for key in keys:
        path, sep, name = key.partition("::")
        if sep and path.endswith(".py"):
            by_file.setdefault(path, set()).add(name.split("[", 1)[0].split("::")[-1])
    for path, names in by_file.items():
        try:
            tree = ast.parse((root / path).read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in tree.body:
            name = getattr(node, "name", "")
            if name in names or not name.startswith(("test", "Test")):
                for child in ast.walk(node):
                    if isinstance(child, ast.Constant) and isinstance(child.value, str):
                        yield child.value
