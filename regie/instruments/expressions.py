"""A small, safe expression language for the instruments' rules.

Both official formats carry rules as text: the decision tree's redirect conditions
(`"aanbieder" in labels && !("open-source" in labels)`) and the questionnaire's JEXL-style
criteria (`countSelectedOptions('4.1') >= 2`, `answers('1.5.1') | count`, `a ? 1 : 0`).
This module tokenises and parses them with a hand-written recursive-descent parser into a
tiny AST and evaluates that AST against an `Environment` that names the only variables,
functions and transforms an expression may use. Nothing is ever handed to Python's
`eval`; input length, nesting depth and evaluation steps are bounded, so hostile input
fails with `ExpressionError` in bounded time.

Values follow the JavaScript semantics the formats were written for: `&&`/`||` return an
operand, `+` adds numbers (booleans and null count as 0/1) or joins text, missing names
and members are `null`, and an empty list is truthy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Environment",
    "Expression",
    "ExpressionError",
    "compile_expression",
    "truthy",
    "MAX_LENGTH",
    "MAX_DEPTH",
]

MAX_LENGTH = 5000
MAX_DEPTH = 40
MAX_TOKENS = 2000
MAX_STEPS = 20000
MAX_TREE_DEPTH = 200  # evaluation recurses once per level; far below Python's limit


class ExpressionError(ValueError):
    """An expression that cannot be parsed or evaluated (Dutch message with the position)."""


# --- tokens ---------------------------------------------------------------------------------

_PUNCT = [
    "&&",
    "||",
    "==",
    "!=",
    ">=",
    "<=",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "!",
    "<",
    ">",
    "+",
    "-",
    "*",
    "/",
    "%",
    "?",
    ":",
    "|",
]


@dataclass(frozen=True)
class Token:
    kind: str  # num, str, name, op, end
    value: Any
    pos: int


def tokenize(text: str) -> list[Token]:
    if not isinstance(text, str):
        raise ExpressionError("expressie moet tekst zijn")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"expressie is te lang ({len(text)} tekens, maximaal {MAX_LENGTH})")
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if len(tokens) >= MAX_TOKENS:
            raise ExpressionError(f"expressie heeft te veel onderdelen (maximaal {MAX_TOKENS})")
        if ch in "'\"":
            j, chars = i + 1, []
            while j < n and text[j] != ch:
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                chars.append(text[j])
                j += 1
            if j >= n:
                raise ExpressionError(f"tekst zonder afsluitend aanhalingsteken op positie {i}")
            tokens.append(Token("str", "".join(chars), i))
            i = j + 1
        elif ch.isdigit():
            j = i
            while j < n and (text[j].isdigit() or text[j] == "."):
                j += 1
            raw = text[i:j]
            try:
                value: Any = float(raw) if "." in raw else int(raw)
            except ValueError as exc:
                raise ExpressionError(f"ongeldig getal {raw!r} op positie {i}") from exc
            tokens.append(Token("num", value, i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(Token("name", text[i:j], i))
            i = j
        else:
            for op in _PUNCT:
                if text.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:
                raise ExpressionError(f"onbekend teken {ch!r} op positie {i}")
    tokens.append(Token("end", None, n))
    return tokens


# --- parser ---------------------------------------------------------------------------------
# AST nodes are tuples: ("lit", v) ("name", n) ("list", [..]) ("member", obj, key)
# ("call", name, [args]) ("transform", obj, name) ("not", x) ("neg", x)
# ("bin", op, a, b) ("and", a, b) ("or", a, b) ("cond", test, a, b)

_KEYWORDS = {"true": True, "false": False, "null": None, "undefined": None}
_COMPARE = {"==", "!=", "<", "<=", ">", ">=", "in"}


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens, self.i, self.depth = tokens, 0, 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self, value: str | None = None) -> Token:
        tok = self.tok
        if value is not None and tok.value != value:
            found = "het einde" if tok.kind == "end" else repr(tok.value)
            raise ExpressionError(f"{value!r} verwacht op positie {tok.pos}, {found} gevonden")
        self.i += 1
        return tok

    def at(self, *values: str) -> bool:
        return self.tok.kind in ("op", "name") and self.tok.value in values

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"expressie is te diep genest (maximaal {MAX_DEPTH} niveaus)")

    def parse(self) -> tuple:
        node = self.conditional()
        if self.tok.kind != "end":
            raise ExpressionError(f"onverwacht {self.tok.value!r} op positie {self.tok.pos}")
        return node

    def conditional(self) -> tuple:
        self.nest()
        test = self.logical_or()
        if self.at("?"):
            self.take("?")
            yes = self.conditional()
            self.take(":")
            no = self.conditional()
            test = ("cond", test, yes, no)
        self.depth -= 1
        return test

    def logical_or(self) -> tuple:
        node = self.logical_and()
        while self.at("||"):
            self.take()
            node = ("or", node, self.logical_and())
        return node

    def logical_and(self) -> tuple:
        node = self.comparison()
        while self.at("&&"):
            self.take()
            node = ("and", node, self.comparison())
        return node

    def comparison(self) -> tuple:
        node = self.additive()
        while self.at(*_COMPARE):
            op = self.take().value
            node = ("bin", op, node, self.additive())
        return node

    def additive(self) -> tuple:
        node = self.multiplicative()
        while self.at("+", "-"):
            op = self.take().value
            node = ("bin", op, node, self.multiplicative())
        return node

    def multiplicative(self) -> tuple:
        node = self.unary()
        while self.at("*", "/", "%"):
            op = self.take().value
            node = ("bin", op, node, self.unary())
        return node

    def unary(self) -> tuple:
        if self.at("!", "-"):
            op = self.take().value
            self.nest()
            operand = self.unary()
            self.depth -= 1
            return ("not" if op == "!" else "neg", operand)
        return self.postfix()

    def postfix(self) -> tuple:
        node = self.primary()
        while True:
            if self.at("."):
                self.take()
                name = self.take()
                if name.kind != "name":
                    raise ExpressionError(f"naam verwacht na '.' op positie {name.pos}")
                node = ("member", node, name.value)
            elif self.at("["):
                self.take()
                key = self.conditional()
                self.take("]")
                node = ("member", node, key)
            elif self.at("|"):
                self.take()
                name = self.take()
                if name.kind != "name":
                    raise ExpressionError(f"naam van een bewerking verwacht op positie {name.pos}")
                node = ("transform", node, name.value)
            else:
                return node

    def arguments(self, closing: str) -> list[tuple]:
        items: list[tuple] = []
        if not self.at(closing):
            items.append(self.conditional())
            while self.at(","):
                self.take()
                items.append(self.conditional())
        self.take(closing)
        return items

    def primary(self) -> tuple:
        tok = self.take()
        if tok.kind in ("num", "str"):
            return ("lit", tok.value)
        if tok.kind == "name":
            if tok.value in _KEYWORDS:
                return ("lit", _KEYWORDS[tok.value])
            if tok.value == "in":
                raise ExpressionError(f"onverwacht 'in' op positie {tok.pos}")
            if self.at("("):
                self.take()
                self.nest()
                args = self.arguments(")")
                self.depth -= 1
                return ("call", tok.value, args)
            return ("name", tok.value)
        if tok.kind == "op" and tok.value == "(":
            self.nest()
            node = self.conditional()
            self.take(")")
            self.depth -= 1
            return node
        if tok.kind == "op" and tok.value == "[":
            self.nest()
            items = self.arguments("]")
            self.depth -= 1
            return ("list", items)
        found = "het einde" if tok.kind == "end" else repr(tok.value)
        raise ExpressionError(f"waarde verwacht op positie {tok.pos}, {found} gevonden")


# --- evaluation -----------------------------------------------------------------------------


@dataclass
class Environment:
    """What an expression may refer to: variables, functions (`f(x)`), transforms (`x | t`).

    `variables` maps a name to a value or to a zero-argument callable producing it."""

    variables: Mapping[str, Any] = field(default_factory=dict)
    functions: Mapping[str, Callable[..., Any]] = field(default_factory=dict)
    transforms: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)
    free_variables: bool = False  # unknown names are null instead of an error


def truthy(value: Any) -> bool:
    """JavaScript truthiness: lists and objects are true even when empty."""
    if value is None or value is False:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value != 0
    if isinstance(value, str):
        return value != ""
    return True


def _number(value: Any) -> float | int:
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return float(value) if value.strip() else 0
        except ValueError:
            return float("nan")
    return float("nan")


def _equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) != isinstance(b, str):
        return False
    return a == b


def _compare(op: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        x, y = a, b
    else:
        x, y = _number(a), _number(b)
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    return x >= y


def _binary(op: str, a: Any, b: Any) -> Any:
    if op == "==":
        return _equal(a, b)
    if op == "!=":
        return not _equal(a, b)
    if op == "in":
        if isinstance(b, list | tuple):
            return any(_equal(a, item) for item in b)
        if isinstance(b, str) and isinstance(a, str):
            return a in b
        if isinstance(b, Mapping):
            return a in b
        return False
    if op in ("<", "<=", ">", ">="):
        return _compare(op, a, b)
    if op == "+" and (isinstance(a, str) or isinstance(b, str)):
        return f"{'' if a is None else a}{'' if b is None else b}"[:MAX_LENGTH]
    x, y = _number(a), _number(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0:
        return float("nan")
    return x / y if op == "/" else x % y


class Expression:
    """A parsed expression; evaluate it as often as needed with `evaluate(env)`."""

    def __init__(self, source: str, tree: tuple) -> None:
        self.source, self.tree = source, tree

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"

    def names(self) -> tuple[set[str], set[str], set[str]]:
        """The variables, functions and transforms the expression refers to."""
        variables: set[str] = set()
        functions: set[str] = set()
        transforms: set[str] = set()
        stack = [self.tree]
        while stack:
            node = stack.pop()
            kind = node[0]
            if kind == "name":
                variables.add(node[1])
            elif kind == "call":
                functions.add(node[1])
                stack.extend(node[2])
            elif kind == "transform":
                transforms.add(node[2])
                stack.append(node[1])
            elif kind == "list":
                stack.extend(node[1])
            elif kind == "member":
                stack.append(node[1])
                if isinstance(node[2], tuple):
                    stack.append(node[2])
            else:
                stack.extend(part for part in node[1:] if isinstance(part, tuple))
        return variables, functions, transforms

    def check(self, env: Environment) -> None:
        """Raise when the expression names something the environment does not offer."""
        variables, functions, transforms = self.names()
        if not env.free_variables:
            unknown = sorted(variables - set(env.variables))
            if unknown:
                raise ExpressionError(f"onbekende naam {unknown[0]!r} in {self.source!r}")
        for kind, used, offered in (
            ("functie", functions, env.functions),
            ("bewerking", transforms, env.transforms),
        ):
            unknown = sorted(used - set(offered))
            if unknown:
                raise ExpressionError(f"onbekende {kind} {unknown[0]!r} in {self.source!r}")

    def evaluate(self, env: Environment) -> Any:
        steps = [0]
        return self._eval(self.tree, env, steps)

    def _eval(self, node: tuple, env: Environment, steps: list[int]) -> Any:
        steps[0] += 1
        if steps[0] > MAX_STEPS:
            raise ExpressionError("expressie kost te veel rekenstappen")
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "name":
            if node[1] not in env.variables:
                if env.free_variables:
                    return None
                raise ExpressionError(f"onbekende naam {node[1]!r}")
            value = env.variables[node[1]]
            return value() if callable(value) else value
        if kind == "list":
            return [self._eval(item, env, steps) for item in node[1]]
        if kind == "member":
            obj = self._eval(node[1], env, steps)
            key = node[2] if isinstance(node[2], str) else self._eval(node[2], env, steps)
            if isinstance(obj, Mapping) and isinstance(key, str):
                return obj.get(key)
            if (
                isinstance(obj, list | tuple | str)
                and isinstance(key, int)
                and not isinstance(key, bool)
                and 0 <= key < len(obj)
            ):
                return obj[key]
            return None
        if kind == "call":
            function = env.functions.get(node[1])
            if function is None:
                raise ExpressionError(f"onbekende functie {node[1]!r}")
            args = [self._eval(arg, env, steps) for arg in node[2]]
            try:
                return function(*args)
            except TypeError as exc:
                raise ExpressionError(f"verkeerde argumenten voor {node[1]!r}") from exc
        if kind == "transform":
            transform = env.transforms.get(node[2])
            if transform is None:
                raise ExpressionError(f"onbekende bewerking {node[2]!r}")
            return transform(self._eval(node[1], env, steps))
        if kind == "not":
            return not truthy(self._eval(node[1], env, steps))
        if kind == "neg":
            return -_number(self._eval(node[1], env, steps))
        if kind == "and":
            left = self._eval(node[1], env, steps)
            return self._eval(node[2], env, steps) if truthy(left) else left
        if kind == "or":
            left = self._eval(node[1], env, steps)
            return left if truthy(left) else self._eval(node[2], env, steps)
        if kind == "cond":
            branch = node[2] if truthy(self._eval(node[1], env, steps)) else node[3]
            return self._eval(branch, env, steps)
        return _binary(node[1], self._eval(node[2], env, steps), self._eval(node[3], env, steps))


def _tree_depth(tree: tuple) -> int:
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        for part in node[1:]:
            if isinstance(part, tuple):
                stack.append((part, depth + 1))
            elif isinstance(part, list):
                stack.extend((item, depth + 1) for item in part)
    return deepest


def compile_expression(source: str, env: Environment | None = None) -> Expression:
    """Parse `source`; with `env`, also check that every name it uses is offered."""
    tree = _Parser(tokenize(source)).parse()
    if _tree_depth(tree) > MAX_TREE_DEPTH:
        raise ExpressionError(f"expressie is te diep genest (maximaal {MAX_TREE_DEPTH} niveaus)")
    expression = Expression(source, tree)
    if env is not None:
        expression.check(env)
    return expression
