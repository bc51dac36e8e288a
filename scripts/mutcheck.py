#!/usr/bin/env python3
"""Check one task folder: the reference passes its tests, and the tests kill mutants.

usage: python3 mutcheck.py tasks/core/<slug> [-v]
A task folder holds task.json, prompt.py, solution.py (the body that follows the prompt), test.py.
"""
import ast, copy, json, subprocess, sys, os, tempfile

def program(prompt, body, test, entry):
    return prompt + body + "\n" + test + "\n" + f"check({entry})\n"

def run(src, timeout=10):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src); path = f.name
    try:
        r = subprocess.run([sys.executable, "-I", path], capture_output=True, timeout=timeout, text=True)
        return r.returncode == 0, r.stderr[-400:]
    except subprocess.TimeoutExpired:
        return False, "timeout"
    finally:
        os.unlink(path)

SWAP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
        ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult, ast.Mod: ast.FloorDiv,
        ast.And: ast.Or, ast.Or: ast.And, ast.In: ast.NotIn, ast.NotIn: ast.In}

def mutation_sites(tree):
    sites = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in SWAP: sites.append(("cmp", node, i))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in SWAP:
            sites.append(("binop", node, None))
        elif isinstance(node, ast.BoolOp):
            sites.append(("boolop", node, None))
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            sites.append(("const+1", node, None)); sites.append(("const-1", node, None))
        elif isinstance(node, (ast.If, ast.While)):
            sites.append(("negate", node, None))
        if hasattr(node, "body") and isinstance(getattr(node, "body"), list):
            for i, st in enumerate(node.body):
                if len(node.body) > 1 and not isinstance(st, (ast.FunctionDef, ast.Return)):
                    sites.append(("drop", node, i))
    return sites

def apply(kind, node, i):
    if kind == "cmp": node.ops[i] = SWAP[type(node.ops[i])]()
    elif kind == "binop": node.op = SWAP[type(node.op)]()
    elif kind == "boolop": node.op = SWAP[type(node.op)]()
    elif kind == "const+1": node.value += 1
    elif kind == "const-1": node.value -= 1
    elif kind == "negate": node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif kind == "drop": node.body[i] = ast.Pass()

def main():
    d = sys.argv[1]; verbose = "-v" in sys.argv
    meta = json.load(open(os.path.join(d, "task.json")))
    prompt = open(os.path.join(d, "prompt.py")).read()
    body = open(os.path.join(d, "solution.py")).read()
    test = open(os.path.join(d, "test.py")).read()
    entry = meta["entry_point"]
    ok, err = run(program(prompt, body, test, entry))
    if not ok:
        print(f"FAIL reference does not pass: {err}"); sys.exit(1)
    full = prompt + body
    n_sites = len(mutation_sites(ast.parse(full)))
    killed, survivors = 0, []
    prompt_lines = prompt.count("\n")
    for k in range(n_sites):
        tree = ast.parse(full)
        kind, node, i = mutation_sites(tree)[k]
        if getattr(node, "lineno", prompt_lines + 1) <= prompt_lines: continue
        apply(kind, node, i)
        try: src = ast.unparse(tree)
        except Exception: continue
        passed, _ = run(src + "\n" + test + "\n" + f"check({entry})\n")
        if passed:
            line = getattr(node, "lineno", "?")
            mutated = [l for l in src.splitlines() if l.strip() and l.strip() not in {x.strip() for x in ast.unparse(ast.parse(full)).splitlines()}]
            survivors.append((kind, f"{line}: {mutated[0].strip() if mutated else '(same text)'}" if verbose else line))
        else: killed += 1
    total = killed + len(survivors)
    score = killed / total if total else 1.0
    print(f"{d}: reference passes; mutants {total}, killed {killed}, score {score:.0%}")
    for kind, line in survivors:
        print(f"  survivor: {kind} at line {line}")
    sys.exit(0 if score >= 0.9 else 2)

main()
