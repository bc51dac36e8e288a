def check(candidate):
    import random
    assert candidate("3 km + 250 m") == (3250.0, "m")
    assert candidate("100 m / (20 s)") == (5.0, "m*s^-1")
    assert candidate("2") == (2.0, "")
    assert candidate("1.5h") == (5400.0, "s")
    assert candidate("2 kg * 3 m / 4 s / 1 s") == (1.5, "m*s^-2*kg")
    assert candidate("10 m * 10 m") == (100.0, "m^2")
    assert candidate("(1 m + 50 cm) * 2") == (3.0, "m")
    assert candidate("1 + 2 * 3") == (7.0, "")
    assert candidate("8 / 2 / 2") == (2.0, "")
    assert candidate("5 m - 7 m") == (-2.0, "m")
    assert candidate("500 g / 1 kg") == (0.5, "")
    assert candidate("1 min / 1 s") == (60.0, "")
    assert candidate("1 / 3 s") == (0.333333, "s^-1")
    for bad in ["1 m + 1 s", "", "1 +", "(1 m", "1 m)", "2 ft", "-1", "1 m / 0 s", "1 . 5", "3 mm", "1 m 2 m"]:
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(283)
    conv = {"km": 1000, "m": 1, "cm": 0.01}
    for _ in range(300):
        terms = [(rng.randint(1, 99), rng.choice(list(conv))) for _ in range(rng.randint(1, 5))]
        ops = [rng.choice("+-") for _ in range(len(terms) - 1)]
        text = f"{terms[0][0]} {terms[0][1]}"
        total = terms[0][0] * conv[terms[0][1]]
        for (v, u), o in zip(terms[1:], ops):
            text += f" {o} {v}{u}"
            total = total + v * conv[u] if o == "+" else total - v * conv[u]
        got = candidate(text)
        assert got[1] == "m" and abs(got[0] - round(total, 6)) < 1e-6, (text, got, total)
