from logfmt_fields import parse_line, parse_lines


def test_quoted_value_at_end_of_line():
    assert parse_line('level=info msg="all good"') == {"level": "info", "msg": "all good"}


def test_quoted_values_stay_strings():
    assert parse_line('code="404" ok="true" n=404') == {"code": "404", "ok": "true", "n": 404}


def test_escaped_quote_and_backslash():
    line = r'msg="say \"hi\" now" path="C:\\temp" level=info'
    assert parse_line(line) == {"msg": 'say "hi" now', "path": "C:\\temp", "level": "info"}


def test_empty_quoted_and_unquoted_values():
    assert parse_line('a="" b= c=1') == {"a": "", "b": "", "c": 1}


def test_consecutive_quoted_values_and_extra_spaces():
    line = 'user="ann lee"   role="site admin"  active'
    assert parse_line(line) == {"user": "ann lee", "role": "site admin", "active": True}


def test_no_stray_keys_from_quotes():
    fields = parse_line('msg="x y" level=warn')
    assert list(fields) == ["msg", "level"]


def test_parse_lines_with_quoted_messages():
    lines = [
        'level=info msg="service ready" port=9000',
        '  ',
        'level=warn msg="slow request" ms=1200',
        'level=error',
        '# trailing comment',
    ]
    records, rejected = parse_lines(lines)
    assert records == [
        {"level": "info", "msg": "service ready", "port": 9000},
        {"level": "warn", "msg": "slow request", "ms": 1200},
    ]
    assert rejected == [4]


def test_custom_required_fields():
    records, rejected = parse_lines(['trace="abc" span=1', 'span=2'], required=("trace",))
    assert records == [{"trace": "abc", "span": 1}]
    assert rejected == [2]
