import pytest

from tenant_call_byte_quota import QuotaExceeded, TenantQuota


def make():
    return TenantQuota({"acme": {"calls": 3, "bytes": 1000}, "beta": {"calls": 1, "bytes": 10}})


def test_charge_records_usage():
    q = make()
    q.charge("acme", 200)
    q.charge("acme", 300)
    assert q.usage("acme") == {"calls": 2, "bytes": 500}
    assert q.remaining("acme") == {"calls": 1, "bytes": 500}


def test_call_quota_enforced():
    q = make()
    for _ in range(3):
        q.charge("acme", 1)
    with pytest.raises(QuotaExceeded) as err:
        q.charge("acme", 1)
    assert err.value.resource == "calls"


def test_byte_quota_enforced():
    q = make()
    q.charge("acme", 900)
    with pytest.raises(QuotaExceeded) as err:
        q.charge("acme", 101)
    assert err.value.resource == "bytes"
    assert q.usage("acme") == {"calls": 1, "bytes": 900}


def test_refund_undoes_charge():
    q = make()
    q.charge("acme", 400)
    q.refund("acme", 400)
    assert q.usage("acme") == {"calls": 0, "bytes": 0}


def test_tenants_are_independent():
    q = make()
    q.charge("beta", 10)
    q.charge("acme", 10)
    assert q.usage("beta") == {"calls": 1, "bytes": 10}
    assert q.usage("acme") == {"calls": 1, "bytes": 10}
