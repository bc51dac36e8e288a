def check(candidate):
    assert candidate(90) == "2 min"
    assert candidate(200000) == "2 days"
    assert candidate(0) == "started"
    assert candidate(-5) == "started"
    assert candidate(1) == "1 min"
    assert candidate(3599) == "60 min"
    assert candidate(3600) == "1 h"
    assert candidate(86399) == "23 h"
    assert candidate(86400) == "1 day"
    assert candidate(172800) == "2 days"
    import random, math
    rng = random.Random(73)
    for _ in range(400):
        s = rng.randint(-100, 10 ** 6)
        if s <= 0: w = "started"
        elif s < 3600: w = f"{math.ceil(s / 60)} min"
        elif s < 86400: w = f"{s // 3600} h"
        else: w = f"{s // 86400} day" + ("" if s // 86400 == 1 else "s")
        assert candidate(s) == w
