def check(candidate):
    import random
    from functools import lru_cache
    assert candidate(["a", "b", "c"], ["a", "c", "d"]) == [("=", "a"), ("-", "b"), ("=", "c"), ("+", "d")]
    assert candidate([], []) == []
    assert candidate(["x"], []) == [("-", "x")]
    assert candidate([], ["y"]) == [("+", "y")]
    assert candidate(["a", "b"], ["a", "b"]) == [("=", "a"), ("=", "b")]
    assert candidate(["a"], ["b"]) == [("-", "a"), ("+", "b")]
    assert candidate(["a", "b"], ["b", "a"]) == [("-", "a"), ("=", "b"), ("+", "a")]
    assert candidate(["a", "a"], ["a"]) == [("=", "a"), ("-", "a")]
    rng = random.Random(239)
    for _ in range(400):
        old = [rng.choice("abc") for _ in range(rng.randint(0, 7))]
        new = [rng.choice("abc") for _ in range(rng.randint(0, 7))]
        ops = candidate(list(old), list(new))
        assert [l for o, l in ops if o != "+"] == old
        assert [l for o, l in ops if o != "-"] == new
        @lru_cache(None)
        def L(i, j):
            if i == len(old) or j == len(new): return 0
            return L(i + 1, j + 1) + 1 if old[i] == new[j] else max(L(i + 1, j), L(i, j + 1))
        assert sum(o == "=" for o, _ in ops) == L(0, 0)
        i = j = 0
        for o, l in ops:
            if o == "=":
                assert L(i, j) == L(i + 1, j + 1) + 1; i += 1; j += 1
            elif o == "-":
                assert not (j < len(new) and old[i] == new[j] and L(i, j) == L(i + 1, j + 1) + 1)
                assert L(i, j) == L(i + 1, j); i += 1
            else:
                assert not (i < len(old) and L(i, j) == L(i + 1, j))
                j += 1
