"""Measure a task's reference solution with Python's own ast module, and map the features to a tier.

The tier rule lives here, in one place:
    score = cyclomatic + 2*maxNesting + statements/4 + 2*helpers + loops + 3*[recursive] + edgeCases
    simple: score < 16      moderate: 16 <= score < 30      complex: score >= 30
`edgeCases` is the number of distinct edge-case classes the spec names (task.json "edge_cases").

Two ways to run it:
  - in the sandbox: JSON {"tasks": [{"task_id", "source", "entry_point", "edge_cases"}]} on stdin,
    JSON {"results": [{task_id, features, score, tier}]} on stdout;
  - on a checkout: `python3 task_features.py tasks/core/NAME ...` prints one line per task folder.
"""
import ast
import json
import os
import sys

SIMPLE_BELOW = 16
COMPLEX_FROM = 30
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.comprehension)
BLOCKS = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.Try, ast.With, ast.Match)


def cyclomatic(tree):
    """McCabe over the whole solution: 1 + decision points (branches, loops, handlers, boolean operands)."""
    n = 1
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.IfExp, ast.ExceptHandler, ast.match_case)):
            n += 1
        elif isinstance(node, ast.comprehension):
            n += 1 + len(node.ifs)
        elif isinstance(node, ast.BoolOp):
            n += len(node.values) - 1
    return n


def max_nesting(node, depth=0):
    """Deepest stack of control blocks; a nested def starts counting again from its own body."""
    best = depth
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            best = max(best, max_nesting(child, 0))
        else:
            best = max(best, max_nesting(child, depth + 1 if isinstance(child, BLOCKS) else depth))
    return best


def features(source, entry_point, edge_cases):
    tree = ast.parse(source)
    funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    recursive = [f.name for f in funcs
                 if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == f.name for c in ast.walk(f))]
    return {
        "cyclomatic": cyclomatic(tree),
        "maxNesting": max_nesting(tree),
        "statements": sum(isinstance(n, ast.stmt) for n in ast.walk(tree)),
        "helpers": sum(1 for f in funcs if f.name != entry_point) + sum(isinstance(n, ast.ClassDef) for n in ast.walk(tree)),
        "loops": sum(isinstance(n, LOOPS) for n in ast.walk(tree)),
        "recursive": len(recursive),
        "edgeCases": len(set(edge_cases)),
    }


def score_of(f):
    return (f["cyclomatic"] + 2 * f["maxNesting"] + f["statements"] / 4 + 2 * f["helpers"] + f["loops"]
            + 3 * (1 if f["recursive"] else 0) + f["edgeCases"])


def tier_of(score):
    return "simple" if score < SIMPLE_BELOW else "moderate" if score < COMPLEX_FROM else "complex"


def measure(task):
    f = features(task["source"], task["entry_point"], task.get("edge_cases", []))
    score = round(score_of(f), 2)
    return {"task_id": task["task_id"], "features": f, "score": score, "tier": tier_of(score)}


def read_folder(path):
    with open(os.path.join(path, "task.json")) as fh:
        meta = json.load(fh)
    with open(os.path.join(path, "prompt.py")) as fh:
        prompt = fh.read()
    with open(os.path.join(path, "solution.py")) as fh:
        solution = fh.read()
    return meta, {"task_id": meta["task_id"], "source": prompt + solution,
                  "entry_point": meta["entry_point"], "edge_cases": meta.get("edge_cases", [])}


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for folder in sys.argv[1:]:
            meta, task = read_folder(folder)
            m = measure(task)
            mark = "" if meta.get("tier") == m["tier"] else f"  <- declared {meta.get('tier')}"
            print(f"{m['tier']:8} {m['score']:6.1f}  {m['task_id']}  {json.dumps(m['features'])}{mark}")
    else:
        request = json.load(sys.stdin)
        print(json.dumps({"results": [measure(t) for t in request["tasks"]]}))
