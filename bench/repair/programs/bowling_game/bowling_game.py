"""Ten-pin bowling: record rolls as they happen and score the game frame by frame."""


class BowlingGame:
    FRAMES = 10
    PINS = 10

    def __init__(self) -> None:
        self.rolls: list[int] = []

    def roll(self, pins: int) -> None:
        if not 0 <= pins <= self.PINS:
            raise ValueError(f"a roll knocks down 0-{self.PINS} pins, not {pins}")
        self.rolls.append(pins)

    def roll_many(self, *pins: int) -> None:
        for count in pins:
            self.roll(count)

    def _is_strike(self, index: int) -> bool:
        return self.rolls[index] == self.PINS

    def _is_spare(self, index: int) -> bool:
        return self.rolls[index] + self.rolls[index + 1] == self.PINS

    def _strike_bonus(self, index: int) -> int:
        return self.rolls[index + 1] + self.rolls[index + 2]

    def _spare_bonus(self, index: int) -> int:
        return self.rolls[index + 1]

    def frame_totals(self) -> list[int]:
        """Running score after each of the ten frames (the game must be complete)."""
        totals: list[int] = []
        total = 0
        index = 0
        for _ in range(self.FRAMES):
            if self._is_strike(index):
                total += self.PINS + self._strike_bonus(index)
                index += 1
            elif self._is_spare(index):
                total += self.PINS + self._spare_bonus(index)
                index += 2
            else:
                total += self.rolls[index] + self.rolls[index + 1]
                index += 2
            totals.append(total)
        return totals

    def score(self) -> int:
        return self.frame_totals()[-1]
