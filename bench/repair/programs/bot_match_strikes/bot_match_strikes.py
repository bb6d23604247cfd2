"""Turn loop for bot-versus-bot matches.

Bots are callables taking the game state and returning a move. A bot that
plays an illegal move or runs out of thinking time gets a strike and loses
that turn; MAX_STRIKES strikes forfeit the match. Any other error from a bot
is a bug in the bot and is not swallowed.
"""

MAX_STRIKES = 3


class IllegalMove(ValueError):
    """Raised by a game's apply() when a move breaks the rules."""


def run_match(game, bots, max_turns=200, on_move=None):
    """Play `bots` (name -> callable) in turn order on `game`.

    `game` needs state(), apply(name, move) and winner() -> name or None.
    Returns {"winner", "forfeit", "turns", "log"}.
    """
    order = list(bots)
    strikes = {name: 0 for name in order}
    log = []
    turn = 0
    while turn < max_turns:
        name = order[turn % len(order)]
        turn += 1
        try:
            move = bots[name](game.state())
            game.apply(name, move)
        except IllegalMove as exc:
            strikes[name] += 1
            log.append((name, "strike", type(exc).__name__))
            if strikes[name] >= MAX_STRIKES:
                rest = [other for other in order if other != name]
                winner = rest[0] if len(rest) == 1 else None
                return {"winner": winner, "forfeit": name, "turns": turn, "log": log}
            continue
        log.append((name, "move", move))
        if on_move is not None:
            on_move(name, move)
        winner = game.winner()
        if winner is not None:
            return {"winner": winner, "forfeit": None, "turns": turn, "log": log}
    return {"winner": None, "forfeit": None, "turns": turn, "log": log}
