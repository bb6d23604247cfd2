import pytest

from tenant_call_byte_quota import QuotaExceeded, TenantQuota


def test_refund_frees_a_call_slot():
    q = TenantQuota({"t": {"calls": 1, "bytes": 100}})
    q.charge("t", 30)
    q.refund("t", 30)
    q.charge("t", 50)
    assert q.usage("t") == {"calls": 1, "bytes": 50}
    with pytest.raises(QuotaExceeded):
        q.charge("t", 1)


def test_partial_refunds_keep_other_charges():
    q = TenantQuota({"t": {"calls": 5, "bytes": 100}})
    q.charge("t", 10)
    q.charge("t", 20)
    q.charge("t", 30)
    q.refund("t", 20)
    assert q.usage("t") == {"calls": 2, "bytes": 40}
    assert q.remaining("t") == {"calls": 3, "bytes": 60}


def test_refund_never_goes_negative():
    q = TenantQuota({"t": {"calls": 2, "bytes": 100}})
    q.refund("t", 5)
    assert q.usage("t") == {"calls": 0, "bytes": 0}


def test_exact_limits_fit():
    q = TenantQuota({"t": {"calls": 2, "bytes": 10}})
    q.charge("t", 4)
    q.charge("t", 6)
    assert q.remaining("t") == {"calls": 0, "bytes": 0}


def test_failed_charge_records_nothing():
    q = TenantQuota({"t": {"calls": 1, "bytes": 10}})
    with pytest.raises(QuotaExceeded) as err:
        q.charge("t", 11)
    assert err.value.resource == "bytes"
    assert err.value.tenant == "t"
    assert q.usage("t") == {"calls": 0, "bytes": 0}


def test_reset_one_and_all():
    q = TenantQuota({"a": {"calls": 2, "bytes": 10}, "b": {"calls": 2, "bytes": 10}})
    q.charge("a", 3)
    q.charge("b", 4)
    q.reset("a")
    assert q.usage("a") == {"calls": 0, "bytes": 0}
    assert q.usage("b") == {"calls": 1, "bytes": 4}
    q.reset()
    assert q.usage("b") == {"calls": 0, "bytes": 0}


def test_unknown_tenant_is_an_error():
    q = TenantQuota({"a": {"calls": 1, "bytes": 1}})
    with pytest.raises(KeyError):
        q.charge("zzz", 1)
