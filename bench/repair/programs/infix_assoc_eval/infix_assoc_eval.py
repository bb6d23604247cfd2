"""Evaluate arithmetic expressions with Dijkstra's shunting-yard algorithm."""
import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?)|(\S))")
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}
APPLY = {"+": operator.add, "-": operator.sub, "*": operator.mul,
         "/": operator.truediv, "%": operator.mod, "^": operator.pow}


def tokenize(text):
    """Split text into numbers (int or float) and one-character symbols."""
    tokens = []
    for number, symbol in TOKEN.findall(text):
        if number:
            tokens.append(float(number) if "." in number else int(number))
        elif symbol:
            tokens.append(symbol)
    return tokens


def to_rpn(tokens):
    """Reorder infix tokens into reverse Polish notation."""
    output, stack = [], []
    for tok in tokens:
        if isinstance(tok, (int, float)):
            output.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced parentheses")
            stack.pop()
        elif tok in PREC:
            while (stack and stack[-1] != "("
                   and (PREC[stack[-1]] > PREC[tok]
                        or (PREC[stack[-1]] == PREC[tok] and tok in RIGHT_ASSOC))):
                output.append(stack.pop())
            stack.append(tok)
        else:
            raise ValueError(f"unexpected token {tok!r}")
    while stack:
        op = stack.pop()
        if op == "(":
            raise ValueError("unbalanced parentheses")
        output.append(op)
    return output


def evaluate(text):
    """Evaluate an infix expression with + - * / % ^ and parentheses."""
    values = []
    for tok in to_rpn(tokenize(text)):
        if isinstance(tok, str):
            if len(values) < 2:
                raise ValueError(f"missing operand for {tok!r}")
            right = values.pop()
            left = values.pop()
            values.append(APPLY[tok](left, right))
        else:
            values.append(tok)
    if len(values) != 1:
        raise ValueError("malformed expression")
    return values[0]
