"""What the transformations need to know about one source file: its statements (sites) with the
lines they cover, its functions with their names in scope, conditions, state updates and returns,
and the names, attributes, keys and literals the file already uses."""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, ParentNodeProvider, PositionProvider

from selfpatch.patchers.repair._edits import Span

BUILTIN_NAMES = frozenset(dir(builtins))
MUTATORS = frozenset({
    "append", "extend", "insert", "add", "update", "pop", "popitem", "remove", "discard",
    "clear", "setdefault", "sort", "reverse", "appendleft", "popleft",
})  # fmt: skip
STORING_CALLS = frozenset({"append", "appendleft", "insert", "add", "setdefault", "put"})
"""Calls that put their last argument into the receiving container."""
LOOPS = (cst.For, cst.While)
GENERIC_TYPES = BUILTIN_NAMES | {
    "Optional", "Union", "Sequence", "Mapping", "MutableMapping", "Iterable", "Iterator",
    "Callable", "Literal", "Annotated", "ClassVar", "Final", "Dict", "List", "Tuple", "Set",
    "Type", "Generator", "AsyncIterator", "Awaitable", "Deque", "DefaultDict", "Counter",
}  # fmt: skip
"""Subscripted in annotations (``list[Op]``): their "indices" are types, not positions."""
_T = TypeVar("_T")


@dataclass(slots=True, eq=False)
class Function:
    node: cst.FunctionDef
    name: str
    cls: str | None
    params: list[str]
    locals: set[str] = field(default_factory=set)
    conditions: list[cst.BaseExpression] = field(default_factory=list)
    updates: list[cst.SimpleStatementLine] = field(default_factory=list)
    returns: list[cst.Return] = field(default_factory=list)
    statements: list[cst.CSTNode] = field(default_factory=list)

    @property
    def is_async(self) -> bool:
        return self.node.asynchronous is not None


@dataclass(slots=True, eq=False)
class Site:
    """One statement (or an ``elif`` header) that can be mutated."""

    node: cst.CSTNode
    lines: frozenset[int]
    roots: list[cst.CSTNode]
    """The expressions of the statement (for a compound statement: its header only)."""
    block: Sequence[cst.BaseStatement] | None
    index: int
    function: Function | None
    in_loop: bool


class FileIndex:
    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.source = source
        self.module = cst.parse_module(source)
        wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
        self.positions: Mapping[cst.CSTNode, CodeRange] = wrapper.resolve(PositionProvider)
        self.parents: Mapping[cst.CSTNode, cst.CSTNode] = wrapper.resolve(ParentNodeProvider)
        self.sites: list[Site] = []
        self.functions: list[Function] = []
        self.module_names: set[str] = set()
        self.callables: set[str] = set()
        self.attrs_by_base: dict[str, set[str]] = {}
        self.string_keys: set[str] = set()
        self.written_keys: set[str] = set()
        """String keys the file puts into a mapping: ``{"k": v}``, ``dict(k=v)``, ``m["k"] = v``."""
        self.strings: set[str] = set()
        self.handlers: list[cst.ExceptHandler] = []
        self.async_functions: set[str] = set()
        self.unary_calls: set[str] = set()
        self._indexers: dict[tuple[int, str], Counter[str]] = {}
        self._writes: dict[int, set[str]] = {}
        self._flat: str | None = None
        self._memo: dict[tuple[object, ...], object] = {}
        self._walk(self.module, None, None, False)

    # -- queries ---------------------------------------------------------------------------

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    def span(self, node: cst.CSTNode) -> Span:
        pos = self.positions[node]
        return (pos.start.line, pos.start.column, pos.end.line, pos.end.column)

    def line(self, node: cst.CSTNode) -> int:
        return self.positions[node].start.line

    def memo(self, key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
        """``compute()``, once per key for this file: facts about a function or class that
        every site inside it asks for."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def identifiers(self) -> set[str]:
        """Every variable, parameter and attribute name the file writes (the vocabulary a
        mistyped string key was often meant to match)."""
        return self.memo(("identifiers",), self._identifiers)

    def _identifiers(self) -> set[str]:
        found: set[str] = set()
        for node in all_nodes(self.module):
            if isinstance(node, cst.Attribute):
                parent = self.parents.get(node)
                if not (isinstance(parent, cst.Call) and parent.func is node):
                    found.add(node.attr.value)
            elif isinstance(node, cst.Param):
                found.add(node.name.value)
            elif isinstance(node, cst.AssignTarget) and isinstance(node.target, cst.Name):
                found.add(node.target.value)
        return {n for n in found if len(n) > 2 and n not in BUILTIN_NAMES | {"self", "cls"}}

    def function_code(self, function: Function) -> str:
        """The source of a whole function, rendered once per file."""
        return self.memo(("function code", id(function)), lambda: self.code(function.node))

    def class_fields(self) -> dict[str, set[str]]:
        """The data fields of each class in the file: names annotated or assigned in its body
        (dataclass fields) and ``self.x`` written in its methods."""
        return self.memo(("class_fields",), self._class_fields)

    def _class_fields(self) -> dict[str, set[str]]:
        fields: dict[str, set[str]] = {}
        for node in all_nodes(self.module):
            if not isinstance(node, cst.ClassDef):
                continue
            found = fields.setdefault(node.name.value, set())
            for stmt in node.body.body:
                assignment = sole_assignment(stmt)
                if isinstance(assignment, cst.AnnAssign):
                    found |= {n.value for n in bound_names(assignment.target)}
                elif isinstance(assignment, cst.Assign):
                    for target in assignment.targets:
                        found |= {n.value for n in bound_names(target.target)}
        for function in self.functions:
            if function.cls is not None:
                fields.setdefault(function.cls, set()).update(
                    path.split(".", 1)[1]
                    for path in self.writes(function)
                    if path.startswith("self.") and path.count(".") == 1
                )
        return fields

    def mentions(self, code: str, besides: str = "") -> bool:
        """Whether ``code`` occurs in the file, whitespace aside; with ``besides``, somewhere
        other than inside that code (``len(x)`` is not familiar for ``len(x) - 1``)."""
        if self._flat is None:
            self._flat = " ".join(self.source.split())
        flat = " ".join(code.split())
        return self._flat.count(flat) > " ".join(besides.split()).count(flat)

    def sites_at(self, line: int) -> list[Site]:
        return [s for s in self.sites if line in s.lines]

    def function_named(self, name: str) -> list[Function]:
        return [f for f in self.functions if f.name == name]

    def siblings(self, function: Function) -> list[Function]:
        return [f for f in self.functions if f is not function and f.cls == function.cls]

    def writes(self, function: Function) -> set[str]:
        """The attribute paths ``function`` assigns or mutates (see ``written_state``)."""
        cached = self._writes.get(id(function))
        if cached is None:
            cached = self._writes[id(function)] = written_state(function.node.body, self.code)
        return cached

    def in_scope(self, function: Function | None) -> set[str]:
        names = set(self.module_names) | self.callables
        if function is not None:
            names |= set(function.params) | function.locals | self.closure_names(function)
        return names

    def type_aliases(self) -> set[str]:
        """Module names bound to a generic type (``Edge = tuple[int, int]``): never a value."""
        return self.memo(("type aliases",), self._type_aliases)

    def _type_aliases(self) -> set[str]:
        found: set[str] = set()
        for stmt in self.module.body:
            assignment = sole_assignment(stmt)
            if not isinstance(assignment, cst.Assign) or len(assignment.targets) != 1:
                continue
            target, value = assignment.targets[0].target, assignment.value
            if isinstance(target, cst.Name) and isinstance(value, cst.Subscript):
                base = self.code(value.value).rpartition(".")[2]
                if base in GENERIC_TYPES:
                    found.add(target.value)
        return found

    def closure_names(self, function: Function) -> set[str]:
        """Parameters and locals of the functions a nested function is defined in."""
        return self.memo(("closure", id(function)), lambda: self._closure_names(function))

    def _closure_names(self, function: Function) -> set[str]:
        by_node = {f.node: f for f in self.functions}
        names: set[str] = set()
        parent = self.parents.get(function.node)
        while parent is not None:
            outer = by_node.get(parent) if isinstance(parent, cst.FunctionDef) else None
            if outer is not None:
                names |= set(outer.params) | outer.locals
            parent = self.parents.get(parent)
        return names

    # -- indexing --------------------------------------------------------------------------

    def _walk(
        self, node: cst.CSTNode, function: Function | None, cls: str | None, in_loop: bool
    ) -> None:
        if isinstance(node, (cst.Module, cst.IndentedBlock)):
            for index, stmt in enumerate(node.body):
                self._add_site(stmt, node.body, index, function, in_loop)
        elif isinstance(node, cst.If) and isinstance(self.parents.get(node), cst.If):
            self._add_site(node, None, 0, function, in_loop)
        self._note(node, function)
        if isinstance(node, cst.FunctionDef):
            function = self._add_function(node, cls)
            in_loop = False
        elif isinstance(node, cst.ClassDef):
            cls = node.name.value
            self.callables.add(cls)
        for child in node.children:
            loop_child = in_loop or (isinstance(node, LOOPS) and child is node.body)
            self._walk(child, function, cls, loop_child)

    def _add_function(self, node: cst.FunctionDef, cls: str | None) -> Function:
        params = node.params
        names = [p.name.value for p in (*params.posonly_params, *params.params)]
        names += [p.name.value for p in params.kwonly_params]
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                names.append(star.name.value)
        function = Function(node=node, name=node.name.value, cls=cls, params=names)
        self.functions.append(function)
        if cls is None:
            self.callables.add(function.name)
        if function.is_async:
            self.async_functions.add(function.name)
        return function

    def _add_site(
        self,
        stmt: cst.CSTNode,
        block: Sequence[cst.BaseStatement] | None,
        index: int,
        function: Function | None,
        in_loop: bool,
    ) -> None:
        lines, roots = self._header(stmt)
        self.sites.append(Site(stmt, frozenset(lines), roots, block, index, function, in_loop))
        if function is not None:
            function.statements.append(stmt)
            if isinstance(stmt, cst.SimpleStatementLine) and _is_update(stmt):
                function.updates.append(stmt)

    def _header(self, stmt: cst.CSTNode) -> tuple[set[int], list[cst.CSTNode]]:
        pos = self.positions[stmt]
        start = pos.start.line
        if isinstance(stmt, cst.SimpleStatementLine):
            return set(range(start, pos.end.line + 1)), [stmt]
        roots: list[cst.CSTNode] = []
        if isinstance(stmt, (cst.If, cst.While)):
            roots = [stmt.test]
        elif isinstance(stmt, cst.For):
            roots = [stmt.target, stmt.iter]
        elif isinstance(stmt, cst.With):
            roots = [item.item for item in stmt.items]
        elif isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
            roots = []
            end = self.positions[stmt.name].end.line
            return set(range(start, end + 1)), roots
        end = max([self.positions[r].end.line for r in roots], default=start)
        return set(range(start, end + 1)), roots

    def _note(self, node: cst.CSTNode, function: Function | None) -> None:
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            value = node.evaluated_value
            if isinstance(value, str):
                self.strings.add(value)
        elif isinstance(node, cst.Attribute):
            base = self.code(node.value)
            self.attrs_by_base.setdefault(base, set()).add(node.attr.value)
        elif isinstance(node, cst.Subscript):
            self._note_key(node)
            self._note_indexers(node, function)
        elif isinstance(node, cst.Call):
            self._note_call(node)
        elif isinstance(node, cst.Dict):
            self._note_display(node)
        elif isinstance(node, cst.ExceptHandler):
            self.handlers.append(node)
        elif isinstance(node, (cst.If, cst.While, cst.IfExp, cst.Assert)):
            if function is not None:
                function.conditions.append(node.test)
        elif isinstance(node, cst.Return) and function is not None:
            function.returns.append(node)
        self._note_binding(node, function)

    def _note_written(self, target: cst.Subscript) -> None:
        if len(target.slice) == 1 and isinstance(target.slice[0].slice, cst.Index):
            key = target.slice[0].slice.value
            if isinstance(key, cst.SimpleString) and isinstance(key.evaluated_value, str):
                self.written_keys.add(key.evaluated_value)

    def _note_key(self, node: cst.Subscript) -> None:
        for element in node.slice:
            if isinstance(element.slice, cst.Index):
                value = element.slice.value
                if isinstance(value, cst.SimpleString):
                    key = value.evaluated_value
                    if isinstance(key, str):
                        self.string_keys.add(key)

    def _note_display(self, node: cst.Dict) -> None:
        for element in node.elements:
            if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString):
                key = element.key.evaluated_value
                if isinstance(key, str):
                    self.written_keys.add(key)

    def _note_indexers(self, node: cst.Subscript, function: Function | None) -> None:
        container = self.code(node.value)
        if container.rpartition(".")[2] in GENERIC_TYPES:
            return
        names = self._indexers.setdefault((id(function), container), Counter())
        for element in node.slice:
            names.update(n.value for n in value_names(element.slice))

    def indexers(self, function: Function | None, container: str) -> Counter[str]:
        """How often each name takes part in an index or slice bound of ``container`` within
        ``function``: ``new[j]`` three times and ``new[i:]`` once."""
        return self._indexers.get((id(function), container), Counter())

    def containers(self, function: Function | None) -> set[str]:
        """Every container ``function`` subscripts (``new`` of ``new[j]``)."""
        return {c for (f, c), _ in self._indexers.items() if f == id(function)}

    def _note_call(self, node: cst.Call) -> None:
        name = callee_name(node)
        if name in {"get", "pop", "setdefault"} and node.args:
            first = node.args[0].value
            if isinstance(first, cst.SimpleString) and isinstance(first.evaluated_value, str):
                self.string_keys.add(first.evaluated_value)
        if name == "dict":
            self.written_keys.update(a.keyword.value for a in node.args if a.keyword is not None)
        positional = [a for a in node.args if a.keyword is None and not a.star]
        if name and len(node.args) == 1 and len(positional) == 1:
            self.unary_calls.add(self.code(node.func))

    def _note_binding(self, node: cst.CSTNode, function: Function | None) -> None:
        targets: list[cst.CSTNode] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For)):
            targets = [node.target]
        elif isinstance(node, cst.AsName):
            targets = [node.name]
        elif isinstance(node, cst.NamedExpr):
            targets = [node.target]
        elif isinstance(node, (cst.Import, cst.ImportFrom)) and function is None:
            self._note_import(node)
        for target in targets:
            if isinstance(target, cst.Subscript):
                self._note_written(target)
        names = {n.value for t in targets for n in bound_names(t)}
        if function is not None:
            function.locals |= names
        else:
            self.module_names |= names

    def _note_import(self, node: cst.Import | cst.ImportFrom) -> None:
        if isinstance(node.names, cst.ImportStar):
            return
        for alias in node.names:
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                self.callables.add(alias.asname.name.value)
            else:
                self.callables.add(self.code(alias.name).split(".")[0])


def bound_names(target: cst.CSTNode) -> Iterator[cst.Name]:
    if isinstance(target, cst.Name):
        yield target
    elif isinstance(target, (cst.Tuple, cst.List)):
        for element in target.elements:
            yield from bound_names(element.value)
    elif isinstance(target, cst.StarredElement):
        yield from bound_names(target.value)


def value_names(node: cst.CSTNode) -> Iterator[cst.Name]:
    """Name nodes that denote a value (not attribute names, keywords, or lambda parameters)."""
    if isinstance(node, cst.Name):
        yield node
    elif isinstance(node, (cst.Attribute, cst.Arg)):
        yield from value_names(node.value)
    elif isinstance(node, (cst.Lambda, cst.FunctionDef, cst.ClassDef)):
        return
    else:
        for child in node.children:
            yield from value_names(child)


def locally_bound(node: cst.CSTNode) -> set[str]:
    """Names a statement binds for itself: comprehension targets, lambda parameters, walrus
    targets. They need no counterpart when the statement is moved to another function."""
    names: set[str] = set()
    for child in all_nodes(node):
        if isinstance(child, cst.CompFor):
            names |= {n.value for n in bound_names(child.target)}
        elif isinstance(child, cst.Lambda):
            params = child.params
            names |= {p.name.value for p in (*params.posonly_params, *params.params)}
            names |= {p.name.value for p in params.kwonly_params}
        elif isinstance(child, cst.NamedExpr):
            names |= {n.value for n in bound_names(child.target)}
    return names


def is_int(node: cst.BaseExpression, value: int) -> bool:
    """Whether ``node`` is the integer literal ``value``."""
    return isinstance(node, cst.Integer) and node.evaluated_value == value


def source_of(node: cst.CSTNode) -> str:
    """The text of a node that belongs to no indexed module (one parsed from an edit's code)."""
    return cst.Module([]).code_for_node(node)


def all_nodes(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """``node`` and every node below it."""
    yield node
    for child in node.children:
        yield from all_nodes(child)


def body_nodes(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Every node below ``node``, nested blocks included, nested definitions excluded."""
    yield node
    for child in node.children:
        if not isinstance(child, (cst.FunctionDef, cst.ClassDef)):
            yield from body_nodes(child)


def sole_assignment(stmt: cst.CSTNode) -> cst.Assign | cst.AnnAssign | None:
    """The assignment a line holding one statement makes (``x = v``, ``x: T = v``)."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    return small if isinstance(small, (cst.Assign, cst.AnnAssign)) else None


def written_state(stmt: cst.CSTNode, code: Callable[[cst.CSTNode], str]) -> set[str]:
    """The attributes and subscripted containers a statement assigns or mutates in place
    (``self.total = ...``, ``self.items[k] = v``, ``del self.items[k]``, ``self.items.append(x)``
    -> ``self.total``, ``self.items``)."""
    found: set[str] = set()
    for node in all_nodes(stmt):
        targets: list[cst.CSTNode] = []
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
        elif isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.Del)):
            targets = [node.target]
        elif is_mutator_call(node):
            assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            targets = [node.func.value]
        for target in (t for each in targets for t in unpacked_targets(each)):
            while isinstance(target, cst.Subscript):
                target = target.value
            if isinstance(target, cst.Attribute):
                found.add(code(target))
    return found


def unpacked_targets(target: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Each target of ``a, (b.c, d[0]) = ...``, nested tuples and lists flattened."""
    if isinstance(target, (cst.Tuple, cst.List)):
        for element in target.elements:
            yield from unpacked_targets(element.value)
    else:
        yield target


def is_mutator_call(node: cst.CSTNode) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value in MUTATORS
    )


def changed_container(node: cst.CSTNode) -> cst.BaseExpression | None:
    """The container a node changes in place: a mutator call's receiver (``xs.append(x)``) or
    the container of an item assignment or deletion (``d[k] = v``, ``d[k] += 1``, ``del d[k]``)."""
    if is_mutator_call(node):
        assert isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
        return node.func.value
    if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.Del)):
        target = node.target
        return target.value if isinstance(target, cst.Subscript) else None
    return None


def read_state(stmt: cst.CSTNode, code: Callable[[cst.CSTNode], str]) -> set[str]:
    """Every attribute path (``self.items``, ``cart.total``) a statement mentions."""
    return {code(n) for n in all_nodes(stmt) if isinstance(n, cst.Attribute)}


def loop_index(loop: cst.For) -> str | None:
    """``i`` of ``for i in range(...)`` and of ``for i, x in enumerate(...)``."""
    callee = loop.iter.func if isinstance(loop.iter, cst.Call) else None
    called = callee.value if isinstance(callee, cst.Name) else ""
    target = loop.target
    if called == "enumerate" and isinstance(target, cst.Tuple) and target.elements:
        first = target.elements[0].value
        return first.value if isinstance(first, cst.Name) else None
    if called == "range" and isinstance(target, cst.Name):
        return target.value
    return None


def repeated_fill(value: cst.BaseExpression | None) -> cst.BaseExpression | None:
    """``v`` of a table made by repetition, ``[v] * n``."""
    if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Multiply):
        left = value.left
        if isinstance(left, cst.List) and len(left.elements) == 1:
            return left.elements[0].value
    return None


def descendants(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """``node`` and the nodes below it in the same statement; type annotations are left out
    (a local's annotation never runs, and no fix changes one)."""
    yield node
    for child in node.children:
        if not isinstance(
            child, (cst.FunctionDef, cst.ClassDef, cst.IndentedBlock, cst.Annotation)
        ):
            yield from descendants(child)


def is_range_loop(node: cst.CSTNode, code: Callable[[cst.CSTNode], str]) -> bool:
    """``for name in range(...)`` with a plain name as its target."""
    return (
        isinstance(node, cst.For)
        and isinstance(node.target, cst.Name)
        and isinstance(node.iter, cst.Call)
        and code(node.iter.func) == "range"
    )


def chain_operands(
    test: cst.BaseExpression, operator: type[cst.BaseBooleanOp] = cst.And
) -> list[cst.BaseExpression]:
    """The clauses of an ``and`` (or ``or``) chain, in source order; a lone test is its own."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, operator):
        return [*chain_operands(test.left, operator), *chain_operands(test.right, operator)]
    return [test]


def sole_index(node: cst.Subscript) -> cst.BaseExpression | None:
    """The ``k`` of ``m[k]``; None for a slice or several indices."""
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
        return None
    return node.slice[0].slice.value


def callee_name(call: cst.Call) -> str:
    func = call.func
    if isinstance(func, cst.Name):
        return func.value
    if isinstance(func, cst.Attribute):
        return func.attr.value
    return ""


def _is_update(stmt: cst.SimpleStatementLine) -> bool:
    if len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if isinstance(small, cst.AugAssign):
        return True
    if isinstance(small, cst.Assign):
        return any(isinstance(t.target, (cst.Attribute, cst.Subscript)) for t in small.targets)
    if isinstance(small, cst.Del):
        return isinstance(small.target, (cst.Attribute, cst.Subscript))
    return isinstance(small, cst.Expr) and isinstance(small.value, (cst.Call, cst.Await))


def is_load(index: FileIndex, node: cst.Name) -> bool:
    """Whether the name is read where it stands (not bound, not an attribute's name, not a
    keyword of a call)."""
    parent = index.parents.get(node)
    if isinstance(parent, cst.AssignTarget):
        return False
    if isinstance(parent, cst.Attribute):
        return node is parent.value
    if isinstance(parent, (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName)):
        return False
    return not (isinstance(parent, cst.Arg) and node is parent.keyword)
