from role_scope_closure import RoleRegistry


def test_inherit_invalidates_every_cached_descendant():
    reg = RoleRegistry()
    reg.define("base", {"chat:send"})
    reg.define("ops", {"deploy:run"})
    reg.define("lead", set(), inherits=["base"])
    reg.define("director", set(), inherits=["lead"])
    assert reg.scopes("director") == {"chat:send"}
    assert reg.scopes("lead") == {"chat:send"}
    reg.inherit("lead", "ops")
    assert reg.scopes("lead") == {"chat:send", "deploy:run"}
    assert reg.scopes("director") == {"chat:send", "deploy:run"}


def test_inherit_on_undefined_role_creates_it():
    reg = RoleRegistry()
    reg.define("root", {"*"})
    assert reg.scopes("guest") == frozenset()
    reg.inherit("guest", "root")
    assert reg.can("guest", "anything:at_all")


def test_cycles_terminate():
    reg = RoleRegistry()
    reg.define("a", {"x:1"}, inherits=["b"])
    reg.define("b", {"x:2"}, inherits=["a"])
    assert reg.scopes("a") == {"x:1", "x:2"}
    reg.inherit("b", "c")
    reg.grant("c", "y:1")
    assert reg.scopes("a") == {"x:1", "x:2", "y:1"}


def test_redefine_and_grant_after_caching():
    reg = RoleRegistry()
    reg.define("p", {"s:1"})
    reg.define("q", {"s:2"}, inherits=["p"])
    assert reg.can("q", "s:1")
    reg.define("p", {"s:3"})
    assert not reg.can("q", "s:1")
    assert reg.can("q", "s:3")
    reg.grant("p", "t:*")
    assert reg.can("q", "t:zzz")
    assert not reg.can("q", "tt:zzz")
