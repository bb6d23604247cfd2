from sandbox_host_packer import host_headroom, place_sandboxes


def box(box_id, mem):
    return {"id": box_id, "mem_gb": mem}


def test_reservation_pushes_sandbox_to_next_host():
    hosts = [{"name": "edge", "mem_gb": 12, "reserved_gb": 3}, {"name": "core", "mem_gb": 64}]
    sandboxes = [box("x", 10), box("y", 9)]
    assert place_sandboxes(sandboxes, hosts) == ({"edge": ["y"], "core": ["x"]}, [])


def test_fully_reserved_host_takes_nothing():
    hosts = [{"name": "h", "mem_gb": 4, "reserved_gb": 4}]
    assert place_sandboxes([box("a", 1)], hosts) == ({"h": []}, ["a"])


def test_fractional_memory_and_ties_in_input_order():
    hosts = [{"name": "h1", "mem_gb": 4.0, "reserved_gb": 0.5}, {"name": "h2", "mem_gb": 4.0}]
    sandboxes = [box("p", 1.5), box("q", 2.0), box("r", 1.5), box("s", 2.0)]
    placement, unplaced = place_sandboxes(sandboxes, hosts)
    assert placement == {"h1": ["q", "p"], "h2": ["s", "r"]}
    assert unplaced == []


def test_headroom_never_negative_with_reservations():
    hosts = [{"name": "a", "mem_gb": 10, "reserved_gb": 6}, {"name": "b", "mem_gb": 10, "reserved_gb": 1}]
    sandboxes = [box("one", 5), box("two", 4), box("three", 4)]
    headroom = host_headroom(sandboxes, hosts)
    assert headroom == {"a": 0, "b": 0}
    assert place_sandboxes(sandboxes, hosts) == ({"a": ["two"], "b": ["one", "three"]}, [])


def test_unplaced_keep_input_order():
    hosts = [{"name": "h", "mem_gb": 10, "reserved_gb": 2}]
    sandboxes = [box("u", 9), box("v", 3), box("w", 9), box("x", 6)]
    assert place_sandboxes(sandboxes, hosts) == ({"h": ["x"]}, ["u", "v", "w"])
