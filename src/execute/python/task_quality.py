"""Measure one task's quality inside the sandbox: does the reference pass (three times, each in a fresh
interpreter), how long does it take, and do the tests kill the mutants of the reference that behave
differently from it?

The program boundary-bench sends is this file, then `_FEATURES_SRC = "<task_features.py>"`, then
`main(json.loads("<payload>"))`. It prints one JSON object on stdout.

Mutants: one AST mutation of the reference's body at a time (comparison and arithmetic operator swaps,
boolean operator swaps, integer constant +1 and -1, negated if/while conditions, dropped statements,
swapped first two arguments of a call). A mutant that does not compile is not counted. A mutant
*behaves differently* when the tests fail on it, or when on any input its result, exception type or
effect on its arguments differs from the reference's. The inputs are every distinct argument tuple the
tests pass to the candidate (up to 400), those of the task's optional `inputs.py`
(`def inputs(rng): return [args_tuple, ...]`), and seeded random probes near them: three per recorded
call, each perturbing one argument (numbers ±1, 0, negated, doubled; strings and lists with an element
dropped, repeated or reordered, or emptied), kept only where the reference returns normally. Floats compare with a relative and absolute tolerance
of 1e-9. Score = killed by the tests / behaving differently.
"""
import ast
import copy
import json
import math
import random
import signal
import subprocess
import sys
import time

MAX_INPUTS = 400
MAX_WRONG_PROGRAMS = 16


class Timeout(BaseException):
    """A BaseException, so that `except Exception` in the code under test cannot swallow it."""


def _alarm(_signum, _frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)


def limited(seconds, fn, *args, **kwargs):
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args, **kwargs)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def load(source, seconds=5):
    namespace = {"__name__": "candidate"}
    limited(seconds, exec, compile(source, "candidate.py", "exec"), namespace)
    return namespace


def run_reference_fresh(program, entry, seconds):
    """The reference with its tests in a fresh interpreter: (passed, seconds spent in check)."""
    src = program + f"\nimport time as _t\n_s = _t.perf_counter()\ncheck({entry})\nprint('__ELAPSED__', _t.perf_counter() - _s)\n"
    try:
        r = subprocess.run([sys.executable, "-I", "-c", src], capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        return False, None, "timeout"
    elapsed = [line.split()[1] for line in r.stdout.splitlines() if line.startswith("__ELAPSED__")]
    ok = r.returncode == 0 and bool(elapsed)
    return ok, float(elapsed[0]) if elapsed else None, r.stderr[-300:]


def capture_inputs(source, test, entry, extra_inputs):
    fn = load(source)[entry]
    calls, seen = [], set()

    def spy(*args, **kwargs):
        try:
            key = repr((args, sorted(kwargs.items())))[:2000]
        except Exception:
            key = None
        if key is not None and key not in seen and len(calls) < MAX_INPUTS:
            seen.add(key)
            calls.append(copy.deepcopy((args, kwargs)))
        return fn(*args, **kwargs)

    tests = {"__name__": "tests"}
    exec(compile(test, "test.py", "exec"), tests)
    limited(120, tests["check"], spy)
    for args in extra_inputs:
        calls.append((tuple(args), {}))
    return calls


def perturb(value, rng, depth=0):
    """A nearby value of the same shape: the generic random-input probe used when a task has no inputs.py."""
    if depth > 3:
        return value
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return rng.choice([value + 1, value - 1, 0, -value, value * 2, rng.randint(-5, 60)])
    if isinstance(value, float):
        return rng.choice([value + 0.5, value * 1.5, 0.0, -value, round(value)])
    if isinstance(value, str):
        if not value:
            return rng.choice(["a", " ", "0"])
        i = rng.randrange(len(value))
        return rng.choice([value[:i] + value[i + 1:], value[:i] + value[i] + value[i:], value.swapcase(), value[::-1], ""])
    if isinstance(value, (list, tuple)):
        items = list(value)
        if items:
            i = rng.randrange(len(items))
            choice = rng.randrange(5)
            if choice == 0:
                del items[i]
            elif choice == 1:
                items.insert(i, copy.deepcopy(items[i]))
            elif choice == 2:
                rng.shuffle(items)
            elif choice == 3:
                items = []
            else:
                items[i] = perturb(items[i], rng, depth + 1)
        return type(value)(items) if isinstance(value, tuple) else items
    if isinstance(value, dict) and value:
        out = dict(value)
        key = rng.choice(list(out))
        if rng.random() < 0.3:
            del out[key]
        else:
            out[key] = perturb(out[key], rng, depth + 1)
        return out
    return value


def probes(calls, seed, per_call=3, limit=600):
    """Random inputs near the tests' own: each probe perturbs one argument of a recorded call."""
    rng = random.Random(seed)
    out = []
    for args, kwargs in calls:
        if not args:
            continue
        for _ in range(per_call):
            if len(out) >= limit:
                return out
            new_args = list(copy.deepcopy(args))
            i = rng.randrange(len(new_args))
            new_args[i] = perturb(new_args[i], rng)
            out.append((tuple(new_args), copy.deepcopy(kwargs)))
    return out


def outcome(fn, call, seconds):
    args, kwargs = copy.deepcopy(call)
    try:
        result = limited(seconds, fn, *args, **kwargs)
        return ("ok", result, args, kwargs)
    except Timeout:
        return ("timeout",)
    except RecursionError:
        return ("raise", "RecursionError")
    except BaseException as error:  # the code under test may raise anything
        return ("raise", type(error).__name__)


def same(a, b, depth=0):
    try:
        if depth > 50:
            return a == b
        if isinstance(a, float) or isinstance(b, float):
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
                return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
            return False
        if type(a) is not type(b):
            return False
        if isinstance(a, (list, tuple)):
            return len(a) == len(b) and all(same(x, y, depth + 1) for x, y in zip(a, b))
        if isinstance(a, dict):
            return a.keys() == b.keys() and all(same(a[k], b[k], depth + 1) for k in a)
        return bool(a == b)
    except Exception:
        return False


SWAP = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult, ast.Div: ast.Mult,
    ast.Mod: ast.FloorDiv, ast.And: ast.Or, ast.Or: ast.And,
}


def mutation_sites(tree, first_line):
    """Every (operator, node, index) of the body; nodes of the prompt (docstring, signature) are left alone."""
    sites = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", first_line) < first_line:
            continue
        if isinstance(node, ast.Compare):
            sites += [("comparison swap", node, i) for i, op in enumerate(node.ops) if type(op) in SWAP]
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in SWAP:
            sites.append(("arithmetic swap", node, None))
        elif isinstance(node, ast.BoolOp):
            sites.append(("boolean swap", node, None))
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            sites += [("constant +1", node, None), ("constant -1", node, None)]
        elif isinstance(node, ast.Call) and len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args[:2]):
            sites.append(("swapped arguments", node, None))
        if isinstance(node, (ast.If, ast.While)):
            sites.append(("negated condition", node, None))
        body = getattr(node, "body", None)
        if isinstance(body, list) and len(body) > 1:
            sites += [("dropped statement", node, i) for i, st in enumerate(body)
                      if st.lineno >= first_line and not isinstance(st, (ast.FunctionDef, ast.Return, ast.ClassDef))]
        if isinstance(node, ast.If) and node.orelse:
            sites.append(("dropped else branch", node, None))
    return sites


def apply(kind, node, i):
    if kind == "comparison swap":
        node.ops[i] = SWAP[type(node.ops[i])]()
    elif kind in ("arithmetic swap", "boolean swap"):
        node.op = SWAP[type(node.op)]()
    elif kind == "constant +1":
        node.value += 1
    elif kind == "constant -1":
        node.value -= 1
    elif kind == "swapped arguments":
        node.args[0], node.args[1] = node.args[1], node.args[0]
    elif kind == "negated condition":
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif kind == "dropped statement":
        node.body[i] = ast.Pass()
    elif kind == "dropped else branch":
        node.orelse = []


def mutants(source, first_line):
    """(operator, line, mutated source) for every site, re-parsing so each mutant has one change."""
    count = len(mutation_sites(ast.parse(source), first_line))
    for k in range(count):
        tree = ast.parse(source)
        kind, node, i = mutation_sites(tree, first_line)[k]
        apply(kind, node, i)
        try:
            yield kind, getattr(node, "lineno", 0), ast.unparse(ast.fix_missing_locations(tree))
        except Exception:
            yield kind, getattr(node, "lineno", 0), None


def without_docstrings(source):
    """The program to store for the simulated model: the same code, without the prompt's docstrings."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
    return ast.unparse(tree) + "\n"


def first_changed_line(original, mutated):
    before = set(line.strip() for line in ast.unparse(ast.parse(original)).splitlines())
    return next((line.strip() for line in mutated.splitlines() if line.strip() and line.strip() not in before), "(a line was removed)")


def judge_mutant(src, test, entry, calls, expected, seconds):
    """(killed by the tests, behaves differently, hung) for one compiled mutant."""
    try:
        fn = load(src)[entry]
    except Timeout:
        return True, True, True
    except BaseException:
        return True, True, False
    tests = {"__name__": "tests"}
    exec(compile(test, "test.py", "exec"), tests)
    try:
        limited(max(1.0, seconds * 4), tests["check"], fn)
    except Timeout:
        return True, True, True
    except BaseException:
        return True, True, False
    for call, want in zip(calls, expected):
        got = outcome(fn, call, seconds)
        if got[0] != want[0] or (got[0] == "raise" and got[1] != want[1]) or (
                got[0] == "ok" and not (same(got[1], want[1]) and same(got[2], want[2]) and same(got[3], want[3]))):
            return False, True, False
    return False, False, False


def quality(task, features_ns):
    prompt, solution, test, entry = task["prompt"], task["solution"], task["test"], task["entry_point"]
    source = prompt + solution
    program = source + "\n" + test + "\n"
    measured = features_ns["measure"]({"task_id": task["task_id"], "source": source, "entry_point": entry, "edge_cases": task.get("edge_cases", [])})
    if task.get("features_only"):
        return {"task_id": task["task_id"], **measured, "reference": {"passed": [], "seconds": [], "error": None}}
    runs = [run_reference_fresh(program, entry, task.get("reference_timeout_s", 60)) for _ in range(3)]
    result = {"task_id": task["task_id"], **measured,
              "reference": {"passed": [r[0] for r in runs], "seconds": [r[1] for r in runs], "error": next((r[2] for r in runs if not r[0]), None)}}
    if not all(r[0] for r in runs):
        return result
    extra = []
    if task.get("inputs_source"):
        generator = {"__name__": "inputs"}
        exec(compile(task["inputs_source"], "inputs.py", "exec"), generator)
        extra = list(generator["inputs"](random.Random(task.get("seed", 0))))
    recorded = capture_inputs(source, test, entry, extra)
    reference = load(source)[entry]
    check_seconds = max(r[1] or 0 for r in runs)
    per_call = max(0.2, 20 * check_seconds)
    # Probes where the reference itself raises or times out are outside the task's domain: dropped.
    probed = [(c, outcome(reference, c, per_call)) for c in probes(recorded, task.get("seed", 0))]
    probed = [(c, o) for c, o in probed if o[0] == "ok"]
    calls = recorded + [c for c, _ in probed]
    expected = [outcome(reference, call, max(5.0, per_call)) for call in recorded] + [o for _, o in probed]
    first_line = prompt.count("\n") + 1
    generated = uncompilable = differing = killed = 0
    survivors, wrong = [], []
    for kind, line, src in mutants(source, first_line):
        generated += 1
        if src is None:
            uncompilable += 1
            continue
        try:
            compile(src, "mutant.py", "exec")
        except Exception:
            uncompilable += 1
            continue
        was_killed, differs, hung = judge_mutant(src, test, entry, calls, expected, per_call)
        if not differs:
            continue
        differing += 1
        if was_killed:
            killed += 1
        # The simulated model answers with killed mutants; hung ones would turn its wrong answers into timeouts.
        if was_killed and not hung:
            wrong.append({"operator": kind, "line": line, "program": without_docstrings(src)})
        else:
            survivors.append({"operator": kind, "line": line, "code": first_changed_line(source, src)})
    step = max(1, len(wrong) // MAX_WRONG_PROGRAMS)
    result["mutation"] = {
        "generated": generated, "uncompilable": uncompilable, "equivalent": generated - uncompilable - differing,
        "differing": differing, "killed": killed, "score": (killed / differing) if differing else None,
        "inputs": len(recorded), "probes": len(probed), "survivors": survivors[:50],
    }
    result["wrong"] = wrong[::step][:MAX_WRONG_PROGRAMS]
    return result


def cap_memory(limit_bytes=400 * 1024 * 1024):
    """A mutant that allocates without end should raise MemoryError here, not get the whole measurement
    killed by the container's OOM killer."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    target = limit_bytes if soft == resource.RLIM_INFINITY else min(soft, limit_bytes)
    resource.setrlimit(resource.RLIMIT_AS, (target, hard))


def main(payload):
    cap_memory()
    features_ns = {"__name__": "task_features"}
    exec(compile(_FEATURES_SRC, "task_features.py", "exec"), features_ns)  # noqa: F821 (defined by the sender)
    started = time.perf_counter()
    out = quality(payload["task"], features_ns)
    out["seconds"] = time.perf_counter() - started
    sys.stdout.write(json.dumps(out) + "\n")
