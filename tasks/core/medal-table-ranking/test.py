def check(candidate):
    def raises(arg):
        try:
            candidate(arg)
        except ValueError:
            return True
        return False

    assert candidate([("NOR", "gold"), ("SWE", "silver"), ("FIN", "gold"), ("NOR", "bronze")]) == [
        (1, 'NOR', 1, 0, 1), (2, 'FIN', 1, 0, 0), (3, 'SWE', 0, 1, 0)]
    assert candidate([("B", "bronze"), ("A", "bronze"), ("C", "silver")]) == [
        (1, 'C', 0, 1, 0), (2, 'A', 0, 0, 1), (2, 'B', 0, 0, 1)]
    assert candidate([]) == []
    assert candidate([("X", "silver")]) == [(1, "X", 0, 1, 0)]
    # one gold beats any number of silvers; silver beats bronzes
    aw = [("A", "silver")] * 5 + [("B", "gold")] + [("C", "bronze")] * 9 + [("D", "silver"), ("D", "bronze")]
    assert candidate(aw) == [(1, "B", 1, 0, 0), (2, "A", 0, 5, 0), (3, "D", 0, 1, 1), (4, "C", 0, 0, 9)]
    # ties at the top, skip after the group
    aw = [("Z", "gold"), ("Y", "gold"), ("X", "gold"), ("W", "silver"), ("V", "silver"), ("U", "bronze")]
    assert candidate(aw) == [
        (1, "X", 1, 0, 0), (1, "Y", 1, 0, 0), (1, "Z", 1, 0, 0),
        (4, "V", 0, 1, 0), (4, "W", 0, 1, 0), (6, "U", 0, 0, 1)]
    # all tied
    assert candidate([("b", "gold"), ("a", "gold")]) == [(1, "a", 1, 0, 0), (1, "b", 1, 0, 0)]
    # same totals but different split are not tied
    aw = [("P", "gold"), ("P", "bronze"), ("Q", "silver"), ("Q", "silver"), ("R", "gold"), ("R", "silver")]
    assert candidate(aw) == [(1, "R", 1, 1, 0), (2, "P", 1, 0, 1), (3, "Q", 0, 2, 0)]
    # tie in the middle then a distinct team
    aw = [("A", "gold"), ("A", "gold"), ("B", "silver"), ("C", "silver"), ("D", "bronze"), ("D", "bronze"),
          ("E", "bronze")]
    assert candidate(aw) == [(1, "A", 2, 0, 0), (2, "B", 0, 1, 0), (2, "C", 0, 1, 0), (4, "D", 0, 0, 2),
                             (5, "E", 0, 0, 1)]
    # counts above one in every column
    aw = [("K", m) for m in ("gold", "gold", "silver", "silver", "silver", "bronze")] + [
        ("L", m) for m in ("gold", "gold", "silver", "silver", "silver", "bronze", "bronze")]
    assert candidate(aw) == [(1, "L", 2, 3, 2), (2, "K", 2, 3, 1)]
    # invalid medal names
    assert raises([("A", "gold"), ("B", "platinum")])
    assert raises([("A", "Gold")])
    assert raises([("A", "")])
    assert not raises([("A", "bronze"), ("A", "silver"), ("A", "gold")])
