def check(candidate):
    import random
    from functools import lru_cache
    assert candidate("thecatsat", {"the": 1, "cat": 1, "cats": 2, "at": 1, "sat": 1}, 5) == (3, ["the", "cat", "sat"])
    assert candidate("", {"a": 1}, 3) == (0, [])
    assert candidate("xyz", {}, 2) == (6, ["x", "y", "z"])
    assert candidate("ab", {"a": 5, "b": 5}, 1) == (2, ["a", "b"])
    assert candidate("ab", {"ab": 2}, 1) == (2, ["ab"])
    assert candidate("abc", {"ab": 1, "bc": 1}, 1) == (2, ["ab", "c"])
    assert candidate("aaa", {"a": 0, "aa": 0}, 9) == (0, ["aa", "a"])
    rng = random.Random(311)
    for _ in range(300):
        words = {"".join(rng.choice("ab") for _ in range(rng.randint(1, 3))): rng.randint(0, 4) for _ in range(rng.randint(0, 5))}
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 9)))
        unk = rng.randint(0, 5)
        @lru_cache(None)
        def best(i):
            if i == len(text): return (0, 0, ())
            opts = []
            for j in range(i + 1, len(text) + 1):
                if text[i:j] in words:
                    c, k, L = best(j); opts.append((c + words[text[i:j]], k + 1, (-(j - i),) + L))
            c, k, L = best(i + 1); opts.append((c + unk, k + 1, (-1,) + L))
            return min(opts)
        c, k, L = best(0)
        got = candidate(text, dict(words), unk)
        assert got[0] == c and len(got[1]) == k and "".join(got[1]) == text
        assert tuple(-len(p) for p in got[1]) == L
