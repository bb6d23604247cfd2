"""Place agent sandboxes on hosts by memory, first-fit decreasing."""


def place_sandboxes(sandboxes, hosts):
    """Assign each sandbox to the first host with enough free memory.

    sandboxes: [{"id": str, "mem_gb": number}, ...]
    hosts:     [{"name": str, "mem_gb": number, "reserved_gb": number (optional)}, ...]
    A host's `reserved_gb` is held back for its own processes and never given out.
    Sandboxes are placed largest first (ties in input order).
    Returns (placement, unplaced): placement maps host name -> list of sandbox ids in
    the order placed, unplaced lists the ids that fit nowhere, in input order.
    """
    free = {}
    for host in hosts:
        free[host["name"]] = host["mem_gb"] - host.get("reserve_gb", 0)
    placement = {host["name"]: [] for host in hosts}
    unplaced = []
    for box in sorted(sandboxes, key=lambda b: b["mem_gb"], reverse=True):
        for host in hosts:
            name = host["name"]
            if free[name] >= box["mem_gb"]:
                free[name] -= box["mem_gb"]
                placement[name].append(box["id"])
                break
        else:
            unplaced.append(box["id"])
    order = {box["id"]: i for i, box in enumerate(sandboxes)}
    unplaced.sort(key=order.get)
    return placement, unplaced


def host_headroom(sandboxes, hosts):
    """Free memory left on each host after placement."""
    placement, _ = place_sandboxes(sandboxes, hosts)
    size = {box["id"]: box["mem_gb"] for box in sandboxes}
    return {
        host["name"]: host["mem_gb"] - host.get("reserved_gb", 0)
        - sum(size[i] for i in placement[host["name"]])
        for host in hosts
    }
