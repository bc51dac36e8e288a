def check(candidate):
    import itertools
    import random

    assert candidate(["aaa", "bb", "cc", "ddddd"], 6) == ["aaa", "bb cc", "ddddd"]
    assert candidate([], 5) == []
    assert candidate(["abc"], 3) == ["abc"]
    assert candidate(["a", "b", "c"], 5) == ["a b c"]
    assert candidate(["a", "b", "c"], 3) == ["a b", "c"]
    # Squared slack, not cubed or linear: the balanced break wins here.
    assert candidate(["xxxx", "xxxxxx", "xx", "xxx", "xxxxx", "xxxxxx"], 11) == ["xxxx", "xxxxxx xx", "xxx xxxxx", "xxxxxx"]
    try:
        candidate(["toolong"], 6)
    except ValueError:
        pass
    else:
        assert False

    def cost(lines, width):
        return sum((width - len(line)) ** 2 for line in lines[:-1])

    rng = random.Random(19)
    for _ in range(120):
        width = rng.randint(4, 12)
        words = ["x" * rng.randint(1, min(width, 6)) for _ in range(rng.randint(1, 8))]
        candidates = []
        for cuts in itertools.product([False, True], repeat=len(words) - 1):
            lines, current = [], [words[0]]
            for word, cut in zip(words[1:], cuts):
                if cut:
                    lines.append(" ".join(current))
                    current = [word]
                else:
                    current.append(word)
            lines.append(" ".join(current))
            if all(len(line) <= width for line in lines):
                candidates.append(lines)
        best = min(candidates, key=lambda ls: (cost(ls, width), [-len(line) for line in ls]))
        got = candidate(words, width)
        assert got == best, (words, width, got, best)
