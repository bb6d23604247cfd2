"""Install order for packages: each package comes after the packages it requires."""


class CycleError(ValueError):
    def __init__(self, cycle: list[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


class UnknownPackage(KeyError):
    pass


def install_order(
    requires: dict[str, list[str]],
    wanted: list[str],
    *,
    installed: frozenset[str] = frozenset(),
    allow_unknown: bool = False,
) -> list[str]:
    """Packages to install so that `wanted` works, requirements first.

    Installed packages are skipped along with their requirements. A package that is not a
    key of `requires` is unknown: an error, unless allow_unknown, which installs it as a leaf.
    """
    order: list[str] = []
    placed = set(installed)

    def visit(package: str, chain: list[str]) -> None:
        if package in chain:
            raise CycleError(chain[chain.index(package):] + [package])
        if package in placed:
            return
        if package not in requires and allow_unknown:
            raise UnknownPackage(package)
        chain.append(package)
        for requirement in requires.get(package, []):
            visit(requirement, chain)
        chain.pop()
        placed.add(package)
        order.append(package)

    for package in wanted:
        visit(package, [])
    return order
