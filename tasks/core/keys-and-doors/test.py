def check(candidate):
    assert candidate(["S.A.E", ".####", "a...."]) == 8
    assert candidate(["SE"]) == 1
    assert candidate(["S#E"]) == -1
    assert candidate(["SAE"]) == -1
    assert candidate(["SaAE"]) == 3
    assert candidate(["S.E", "..."]) == 2
    assert candidate(["S", ".", "E"]) == 2
    assert candidate(["SB.E", "b###"]) == 5
    assert candidate(["SbB.E", "#####"]) == 4
    assert candidate(["S.A.E", ".####", "b...."]) == -1
    # Two keys in sequence, with a detour back through the start.
    assert candidate(["E.B.S.a", "###A###", "....b.."]) == 14
    assert candidate([
        "S.a#....",
        ".#.#.##.",
        ".#...#A.",
        ".####.#.",
        "......#E",
    ]) == 15
    assert candidate(["aS", "A#", "E#"]) == 3
    assert candidate(["S..", ".#.", "..E"]) == 4
    assert candidate(["Sa", "BA", "Eb"]) == 4
    assert candidate(["Sa", "BA", "E#"]) == -1
    assert candidate(["S.b", "#B#", "#aA", "#.E"]) == 7
    assert candidate(["SA.b", "a###", "B..E"]) == 13
    assert candidate(["S.d", "#D#", "#.E"]) == 6
    assert candidate(["Sc", "C#", "E#"]) == 4
