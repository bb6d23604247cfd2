import pytest

from requirement_pin_audit import audit, canonical, is_clean, parse_line

LOCK = {"requests": "2.31.0", "flask-cors": "4.0.0", "PyYAML": "6.0.1", "click": "8.1.7"}


def test_canonical_names():
    assert canonical("Flask_Cors") == "flask-cors"
    assert canonical("zope.interface") == "zope-interface"


def test_parse_line_skips_comments_and_options():
    assert parse_line("# tooling") is None
    assert parse_line("-r base.txt") is None
    assert parse_line("   ") is None
    assert parse_line("requests == 2.31.0  # http") == ("requests", "==2.31.0")
    assert parse_line("uvicorn[standard]>=0.20 ; python_version >= '3.8'") == ("uvicorn", ">=0.20")


def test_clean_requirements():
    report = audit("requests==2.31.0\nclick==8.1.7\n", LOCK)
    assert is_clean(report)


def test_unpinned_requirements_reported():
    report = audit("requests>=2\nclick\nrich==13.*\n", LOCK)
    assert report["unpinned"] == ["requests", "click", "rich"]


def test_names_match_the_lock_after_normalisation():
    report = audit("Flask_Cors==4.0.0\npyyaml==6.0.1\n", LOCK)
    assert is_clean(report)


def test_version_mismatch_and_missing_lock_entry():
    report = audit("click==8.1.6\nhttpx==0.27.0\n", LOCK)
    assert report["mismatched"] == [("click", "8.1.6", "8.1.7")]
    assert report["missing"] == ["httpx"]


def test_garbage_line_rejected():
    with pytest.raises(ValueError):
        parse_line("==1.0")


def test_duplicate_requirement_reported():
    report = audit("click==8.1.7\nrequests==2.31.0\nclick==8.1.7\n", LOCK)
    assert report["duplicate"] == ["click"]
