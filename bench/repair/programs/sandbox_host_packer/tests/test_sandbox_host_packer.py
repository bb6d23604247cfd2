from sandbox_host_packer import host_headroom, place_sandboxes


def box(box_id, mem):
    return {"id": box_id, "mem_gb": mem}


def test_largest_sandbox_placed_first():
    hosts = [{"name": "h1", "mem_gb": 16}, {"name": "h2", "mem_gb": 8}]
    sandboxes = [box("s1", 4), box("s2", 10), box("s3", 6)]
    assert place_sandboxes(sandboxes, hosts) == ({"h1": ["s2", "s3"], "h2": ["s1"]}, [])


def test_sandboxes_that_fit_nowhere():
    hosts = [{"name": "h1", "mem_gb": 8}]
    sandboxes = [box("a", 12), box("b", 4), box("c", 9)]
    assert place_sandboxes(sandboxes, hosts) == ({"h1": ["b"]}, ["a", "c"])


def test_reserved_memory_is_not_handed_out():
    hosts = [{"name": "h1", "mem_gb": 16, "reserved_gb": 4}, {"name": "h2", "mem_gb": 8}]
    sandboxes = [box("a", 8), box("b", 8), box("c", 8)]
    assert place_sandboxes(sandboxes, hosts) == ({"h1": ["a"], "h2": ["b"]}, ["c"])


def test_no_hosts():
    assert place_sandboxes([box("a", 1)], []) == ({}, ["a"])


def test_headroom_after_placement():
    hosts = [{"name": "h1", "mem_gb": 32, "reserved_gb": 2}]
    assert host_headroom([box("a", 10), box("b", 5)], hosts) == {"h1": 15}
