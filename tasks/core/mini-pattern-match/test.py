def check(candidate):
    import random
    import re

    assert candidate("a[0-9]+b?", "a42") is True
    assert candidate("[^x]*", "abxc") is False
    assert candidate("", "") is True
    assert candidate("", "a") is False
    assert candidate("a*", "") is True
    assert candidate("a+", "") is False
    assert candidate("a?b", "b") is True
    assert candidate("a?b", "aab") is False
    assert candidate(".", "") is False
    assert candidate("...", "abc") is True
    assert candidate("\\.", ".") is True
    assert candidate("\\.", "x") is False
    assert candidate("a\\*", "a*") is True
    assert candidate("[a-c]+", "abcabc") is True
    assert candidate("[a-c]+", "abd") is False
    assert candidate("[^a-c]", "d") is True
    assert candidate("[^a-c]", "b") is False
    assert candidate("[-a]", "-") is True
    assert candidate("[ab-]", "-") is True
    assert candidate("x[0-9]?y", "xy") is True
    assert candidate("x[0-9]?y", "x12y") is False
    assert candidate("a.*b", "axxbyyb") is True
    assert candidate("a.*b", "axxby") is False
    assert candidate("[.]", "x") is False
    for bad in ("*a", "a**", "+", "[abc", "ab\\", "?"):
        try:
            candidate(bad, "a")
        except ValueError:
            pass
        else:
            assert False, bad
    rng = random.Random(5)
    alphabet = "abc"
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(0, 5)):
            kind = rng.random()
            if kind < 0.45:
                atom = rng.choice(alphabet)
            elif kind < 0.6:
                atom = "."
            elif kind < 0.8:
                atom = "[" + rng.choice(["", "^"]) + rng.choice(["a-b", "bc", "c", "a-c"]) + "]"
            else:
                atom = "\\" + rng.choice(".*")
            parts.append(atom + rng.choice(["", "", "*", "+", "?"]))
        pattern = "".join(parts)
        text = "".join(rng.choice(alphabet + ".*") for _ in range(rng.randint(0, 6)))
        assert candidate(pattern, text) == (re.fullmatch(pattern, text, re.DOTALL) is not None), (pattern, text)
