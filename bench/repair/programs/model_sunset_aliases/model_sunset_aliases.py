"""Resolve model aliases to served models, following replacements past sunset dates."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Model:
    name: str
    sunset: date | None = None       # first day the model is no longer served
    replacement: str | None = None   # where requests go from the sunset on


class Catalog:
    def __init__(self, models: list[Model], aliases: dict[str, str] | None = None) -> None:
        self._models = {model.name: model for model in models}
        self._aliases = dict(aliases or {})

    def resolve(self, requested: str, today: date) -> str:
        """The model that actually serves a request for `requested` on `today`."""
        name = self._aliases.get(requested, requested)
        chain: list[str] = []
        while True:
            model = self._models.get(name)
            if model is None:
                raise LookupError(f"unknown model {name!r}")
            if model.sunset is None or today <= model.sunset:
                return name
            if model.replacement is None:
                raise LookupError(f"{name} was retired on {model.sunset} with no replacement")
            chain.append(name)
            if model.replacement in chain:
                raise LookupError("replacement cycle: " + " -> ".join([*chain, model.replacement]))
            name = model.replacement

    def sunset_warnings(self, today: date, within_days: int = 30) -> list[str]:
        """Models still served today that stop within `within_days` days, soonest first."""
        soon = [model for model in self._models.values()
                if model.sunset is not None and 0 < (model.sunset - today).days <= within_days]
        soon.sort(key=lambda model: (model.sunset, model.name))
        return [f"{model.name} retires on {model.sunset}" for model in soon]
