"""Merges user accounts that share an email address (union-find over the addresses)."""


class DisjointSet:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}

    def add(self, item: str) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.size[item] = 1

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if self.size[root_a] < self.size[root_b]:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.size[root_a] += self.size[root_b]


def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    """Each account is [name, email, ...]; returns one [name, *sorted emails] per person."""
    emails = DisjointSet()
    owner: dict[str, str] = {}
    for name, *addresses in accounts:
        for address in addresses:
            emails.add(address)
            owner[address] = name
            emails.union(addresses[0], address)
    groups: dict[str, list[str]] = {}
    for address in owner:
        groups.get(emails.find(address), []).append(address)
    return sorted([owner[root], *sorted(members)] for root, members in groups.items())
