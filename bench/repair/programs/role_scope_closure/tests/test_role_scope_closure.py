from role_scope_closure import RoleRegistry


def make_registry():
    reg = RoleRegistry()
    reg.define("viewer", {"doc:read"})
    reg.define("editor", {"doc:write"}, inherits=["viewer"])
    reg.define("admin", {"user:*"}, inherits=["editor"])
    return reg


def test_direct_and_inherited_scopes():
    reg = make_registry()
    assert reg.scopes("editor") == {"doc:read", "doc:write"}
    assert reg.scopes("admin") == {"doc:read", "doc:write", "user:*"}


def test_namespace_wildcard():
    reg = make_registry()
    assert reg.can("admin", "user:delete")
    assert not reg.can("editor", "user:delete")


def test_grant_adds_scope():
    reg = make_registry()
    assert not reg.can("viewer", "doc:comment")
    reg.grant("viewer", "doc:comment")
    assert reg.can("viewer", "doc:comment")
    assert reg.can("admin", "doc:comment")


def test_inherit_adds_parent_scopes():
    reg = make_registry()
    reg.define("auditor", {"log:read"})
    assert not reg.can("editor", "log:read")
    reg.inherit("editor", "auditor")
    assert reg.can("editor", "log:read")
