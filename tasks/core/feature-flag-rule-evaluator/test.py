def check(candidate):
    import random

    def raises(rule, ctx):
        try:
            candidate(rule, ctx)
        except ValueError:
            return True
        return False

    u = {"country": "DE", "age": 16, "beta": True, "tier": 1, "plan": "pro", "staff": False}
    assert candidate('country in ["DE", "AT"] and (age >= 18 or beta)', u) is True
    assert candidate('country in ["DE", "AT"] and (age >= 18 or staff)', u) is False
    assert candidate('not beta and missing == 1', {"beta": True}) is False
    assert candidate('beta or missing == 1', {"beta": True}) is True
    assert raises('beta and missing == 1', {"beta": True})
    assert raises('staff or missing', u)
    assert candidate('tier == true', u) is False
    assert candidate('tier != true', u) is True
    assert candidate('beta == true', u) is True
    assert candidate('staff != false', u) is False
    assert candidate('1 in [true, "1"]', u) is False
    assert candidate('beta in [1, true]', u) is True
    assert candidate('tier in []', u) is False
    assert candidate('"pro" in [plan]', u) is True
    # every list item is evaluated, even after a match
    assert raises('tier in [1, ghost]', u)
    # comparison operands are both evaluated
    assert raises('ghost == 1', u)
    # literals and negative integers
    assert candidate('true', {}) is True
    assert candidate('false', {}) is False
    assert candidate('-3 < -2', {}) is True
    assert candidate('-3 >= -2', {}) is False
    assert candidate('age>-1', u) is True
    assert candidate('age <= 16 and age < 17 and age > 15 and age >= 16', u) is True
    assert candidate('age <= 15', u) is False
    assert candidate('age < 16', u) is False
    assert candidate('age > 16', u) is False
    assert candidate('age >= 17', u) is False
    assert candidate('"Zebra" < "apple"', {}) is True
    assert candidate('plan >= "pro"', u) is True
    assert candidate('"" == ""', {}) is True
    assert candidate('"a b" == "a b"', {}) is True
    assert candidate('"and" == "and"', {}) is True
    # precedence: not > and > or
    assert candidate('true or true and false', {}) is True
    assert candidate('(true or true) and false', {}) is False
    assert candidate('not false and false', {}) is False
    assert candidate('not (false and false)', {}) is True
    assert candidate('not not beta', u) is True
    assert candidate('not age == 16', u) is False
    assert candidate('(age == 16) == beta', u) is True
    assert candidate('(age == 16) != beta', u) is False
    assert candidate('  beta   ', u) is True
    assert candidate('_x1 == 2', {"_x1": 2}) is True
    assert candidate('notice', {"notice": True}) is True
    assert candidate('android', {"android": False}) is False
    # type errors
    assert raises('age', u)
    assert raises('plan', u)
    assert raises('not age', u)
    assert raises('age and beta', u)
    assert raises('beta and age', u)
    assert raises('staff or age', u)
    assert raises('age < "20"', u)
    assert raises('beta < true', u)
    assert raises('true >= false', {})
    assert raises('plan > 3', u)
    assert not raises('beta or age', u)
    assert not raises('staff and age', u)
    # syntax errors
    for bad in ['', '   ', 'age <', '< age', 'age < 1 < 2', 'age == == 1', '(beta', 'beta)',
                'beta and', 'or beta', 'not', 'tier in 1', 'tier in [1,', 'tier in [1 2]',
                'tier in [,]', 'tier in [1,]', '"open', 'age = 16', 'beta && staff', 'beta staff',
                '- 5 == -5', 'true = true', '[1] == [1]', 'in', 'age in [[1]]', '()', 'beta or or staff',
                'tier in (1)', 'age # 1', 'true false']:
        assert raises(bad, u), bad
    # syntax errors are raised even where evaluation would be skipped
    assert raises('true or (', u)
    assert raises('false and age < < 2', u)
    assert raises('true or ghost ==', u)

    # random comparison against Python semantics on well-typed rules
    ints = ["age", "tier", "score", "0", "16", "-4", "3", "ghost"]
    strs = ["country", "plan", '"DE"', '"pro"', '"basic"', '""']
    bools = ["beta", "staff", "true", "false", "ghost"]
    rng = random.Random(5)

    def gen(depth):
        # returns (text, precedence) with 0=or, 1=and, 2=not, 3=comparison/operand
        r = rng.random()
        if depth <= 0 or r < 0.3:
            c = rng.randrange(5)
            if c == 0:
                return rng.choice(bools), 3
            if c == 1:
                return "%s %s %s" % (rng.choice(ints), rng.choice(["==", "!=", "<", "<=", ">", ">="]), rng.choice(ints)), 3
            if c == 2:
                return "%s %s %s" % (rng.choice(strs), rng.choice(["==", "!=", "<", "<=", ">", ">="]), rng.choice(strs)), 3
            if c == 3:
                items = [rng.choice(ints) for _ in range(rng.randint(0, 3))]
                return "%s in [%s]" % (rng.choice(ints), ", ".join(items)), 3
            items = [rng.choice(strs) for _ in range(rng.randint(0, 3))]
            return "%s in [%s]" % (rng.choice(strs), ",".join(items)), 3
        c = rng.randrange(4)
        if c == 0:
            t, p = gen(depth - 1)
            if p < 2:
                t = "(" + t + ")"
            return "not " + t, 2
        if c == 3:
            a, pa = gen(depth - 1)
            b, pb = gen(depth - 1)
            return "(%s) %s (%s)" % (a, rng.choice(["==", "!="]), b), 3
        op, level = ("or", 0) if c == 1 else ("and", 1)
        a, pa = gen(depth - 1)
        b, pb = gen(depth - 1)
        if pa < level or rng.random() < 0.2:
            a = "(" + a + ")"
        if pb <= level or rng.random() < 0.2:
            b = "(" + b + ")"
        return "%s %s %s" % (a, op, b), level

    for _ in range(400):
        ctx = {"age": rng.randint(-5, 20), "tier": rng.randint(0, 3), "score": rng.randint(-2, 2),
               "country": rng.choice(["DE", "FR", ""]), "plan": rng.choice(["pro", "basic"]),
               "beta": rng.random() < 0.5, "staff": rng.random() < 0.5}
        if rng.random() < 0.5:
            del ctx["score"]
        text, _ = gen(rng.randint(0, 4))
        py = text.replace("true", "True").replace("false", "False")
        try:
            expected = eval(py, {"__builtins__": {}}, dict(ctx))
        except NameError:
            expected = "error"
        if expected == "error":
            assert raises(text, ctx), (text, ctx)
        else:
            assert candidate(text, ctx) is expected, (text, ctx, expected)
