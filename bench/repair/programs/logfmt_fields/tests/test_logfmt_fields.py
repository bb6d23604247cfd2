from logfmt_fields import parse_line, parse_lines


def test_plain_fields():
    assert parse_line("level=info msg=started component=api") == {
        "level": "info",
        "msg": "started",
        "component": "api",
    }


def test_numbers_and_booleans_are_converted():
    fields = parse_line("port=8080 load=0.75 tls=true debug=false")
    assert fields == {"port": 8080, "load": 0.75, "tls": True, "debug": False}


def test_bare_key_is_a_flag():
    assert parse_line("level=debug cached retry") == {"level": "debug", "cached": True, "retry": True}


def test_quoted_message_with_spaces():
    fields = parse_line('level=warn msg="disk almost full" used=0.93')
    assert fields == {"level": "warn", "msg": "disk almost full", "used": 0.93}


def test_parse_lines_skips_comments_and_collects_rejects():
    lines = [
        "# service log",
        "level=info msg=boot",
        "",
        "msg=no_level_here",
        "level=error msg=crash code=500",
    ]
    records, rejected = parse_lines(lines)
    assert [r["msg"] for r in records] == ["boot", "crash"]
    assert rejected == [4]
