def check(candidate):
    import random
    assert candidate("push 3\nloop:\ndup\nprint\npush 1\nsub\ndup\njz end\njmp loop\nend:") == ([3, 2, 1], "ok")
    assert candidate("") == ([], "ok")
    assert candidate("push -7\npush 2\ndiv\nprint\npush -7\npush 2\nmod\nprint\npush 7\npush -2\nmod\nprint") == ([-3, -1, 1], "ok")
    assert candidate("push 1\nprint\npop") == ([1], "error")
    assert candidate("push 1\npush 0\ndiv") == ([], "error")
    assert candidate("a:\njmp a", 50) == ([], "limit")
    assert candidate("push 5  # five\n\n  print\nhalt\npush 9\nprint") == ([5], "ok")
    assert candidate("push 1\npush 2\nswap\nprint\nprint") == ([1, 2], "ok")
    assert candidate("push 0\njz x\npush 1\nprint\nx:\npush 2\nprint") == ([2], "ok")
    assert candidate("push 3\njz x\npush 1\nprint\nx:") == ([1], "ok")
    assert candidate("push 2\npush 3\nmul\npush 4\nadd\ndup\nprint\npush 1\nsub\nprint") == ([10, 9], "ok")
    assert candidate("push 1\nprint\nprint", 2) == ([1], "limit")
    assert candidate("push 1\nprint\nprint", 3) == ([1], "error")
    assert candidate("push 1\nprint\npush 2\nprint", 3) == ([1], "limit")
    for bad in ["push", "push x", "push 1 2", "jmp nowhere", "a:\na:", "bad-label:", "frob", "print 3", "jz"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(241)
    for _ in range(300):
        vals = [rng.randint(-20, 20) for _ in range(rng.randint(1, 6))]
        ops = [rng.choice(["add", "sub", "mul", "div", "mod"]) for _ in range(len(vals) - 1)]
        lines = [f"push {vals[0]}"]
        acc, ok = vals[0], True
        for v, o in zip(vals[1:], ops):
            lines += [f"push {v}", o]
            if o in ("div", "mod") and v == 0:
                ok = False; break
            if o == "add": acc += v
            elif o == "sub": acc -= v
            elif o == "mul": acc *= v
            else:
                q = int(acc / v) if abs(acc) < 2 ** 50 else None
                acc = q if o == "div" else acc - v * q
        lines.append("print")
        assert candidate("\n".join(lines)) == (([acc], "ok") if ok else ([], "error"))
