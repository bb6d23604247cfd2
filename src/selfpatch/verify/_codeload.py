"""The candidate's code inside a child: sys.path, fresh modules, and a source-only finder.

The finder and loader follow importlib's protocols without subclassing ``importlib.abc``:
that module imports ``importlib.resources`` (tempfile, shutil, ...) and the cold worker has no
use for them.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import linecache
import os
import sys
import types
from collections.abc import Mapping, Sequence

from selfpatch.verify._setup import Setup, code_paths, under


class SourceLoader:
    """Executes a module from source text, never from (possibly stale) bytecode; an
    ``importlib.abc.InspectLoader`` by protocol."""

    def __init__(self, path: str, source: str, package: bool) -> None:
        self.path = path
        self.source = source
        self.package = package

    def get_source(self, fullname: str) -> str:
        return self.source

    def get_filename(self, fullname: str) -> str:
        return self.path

    def is_package(self, fullname: str) -> bool:
        return self.package

    def get_code(self, fullname: str) -> types.CodeType:
        return compile(self.source, self.path, "exec", dont_inherit=True)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def load_module(self, fullname: str) -> types.ModuleType:
        """The deprecated loader API, as ``importlib.abc.Loader`` provides it."""
        shim = importlib._bootstrap._load_module_shim  # type: ignore[attr-defined]
        return shim(self, fullname)  # type: ignore[no-any-return]

    def exec_module(self, module: types.ModuleType) -> None:
        lines = self.source.splitlines(keepends=True)
        linecache.cache[self.path] = (len(self.source), None, lines, self.path)
        exec(self.get_code(module.__name__), module.__dict__)


class CodeFinder:
    """Serves every ``.py`` module under the code root from source: the override text when the
    candidate changed the file, else the file on disk. Candidates are screened without writing
    files, and no stale ``.pyc`` can stand in for a changed file. An
    ``importlib.abc.MetaPathFinder`` by protocol.
    """

    def __init__(self, code_root: str, overrides: Mapping[str, str]) -> None:
        self.code_root = code_root
        self.files = {
            os.path.normpath(os.path.join(code_root, rel)): text for rel, text in overrides.items()
        }

    def _inside(self, entry: str) -> bool:
        path = os.path.abspath(entry or os.getcwd())
        return path == self.code_root or path.startswith(self.code_root + os.sep)

    def invalidate_caches(self) -> None:
        return None

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        name = fullname.rpartition(".")[2]
        for entry in sys.path if path is None else path:
            if not isinstance(entry, str) or not self._inside(entry):
                return None  # the path finder takes it from here, in sys.path order
            base = os.path.join(os.path.abspath(entry or os.getcwd()), name)
            spec = self._spec(fullname, base)
            if spec is not None or os.path.isdir(base) or _has_extension(base):
                return spec
        return None

    def _spec(self, fullname: str, base: str) -> importlib.machinery.ModuleSpec | None:
        for path, package in ((os.path.join(base, "__init__.py"), True), (base + ".py", False)):
            source = self._source(path)
            if source is not None:
                loader = SourceLoader(path, source, package)
                return importlib.util.spec_from_file_location(
                    fullname,
                    path,
                    loader=loader,
                    submodule_search_locations=[base] if package else None,
                )
        return None

    def _source(self, path: str) -> str | None:
        if path in self.files:
            return self.files[path]
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            return importlib.util.decode_source(f.read())


def _has_extension(base: str) -> bool:
    return any(os.path.exists(base + s) for s in importlib.machinery.EXTENSION_SUFFIXES)


def prepare_code(setup: Setup, overrides: Mapping[str, str]) -> None:
    """sys.path with the code root first, fresh modules, and the source finder in front."""
    drop_modules(setup.roots)
    keep = [p for p in sys.path if p and not under(os.path.abspath(p), setup.roots)]
    sys.path[:] = [*code_paths(setup.code_root), *keep]
    sys.meta_path.insert(0, CodeFinder(setup.code_root, overrides))
    importlib.invalidate_caches()
    os.chdir(setup.code_root)


def drop_modules(roots: Sequence[str]) -> None:
    """Forget every module loaded from the roots (the evaluator's imports, for one): a child
    must import the candidate's code afresh, never reuse what the worker had bound."""
    for name, module in list(sys.modules.items()):
        if name == "selfpatch" or name.startswith("selfpatch."):
            continue
        locations = [getattr(module, "__file__", None) or "", *_module_path(module)]
        if any(loc and under(os.path.abspath(loc), roots) for loc in locations):
            del sys.modules[name]


def _module_path(module: types.ModuleType) -> list[str]:
    path = getattr(module, "__path__", None)
    try:
        return [p for p in path if isinstance(p, str)] if path is not None else []
    except TypeError:
        return []
