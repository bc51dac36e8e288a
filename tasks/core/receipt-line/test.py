def check(candidate):
    assert candidate("Tea", 250, 12) == "Tea.....2.50"
    assert candidate("Chocolate", -40, 10) == "Choc.-0.40"
    assert candidate("Bread", 1200, 12) == "Bread..12.00"
    assert candidate("Bread", 5, 10) == "Bread.0.05"
    assert candidate("Bread", 5, 9) == "Brea.0.05"
    assert candidate("", 99, 6) == "..0.99"
    assert candidate("Jam", 0, 5) == ".0.00"
    assert candidate("Jam", -1, 8) == "Ja.-0.01"
    assert candidate("Milk", 100001, 14) == "Milk...1000.01"
    for width in (4, 3, 0):
        try:
            candidate("Jam", 100, width)
        except ValueError:
            pass
        else:
            assert False, width
    for width in range(5, 20):
        line = candidate("Oat milk", 349, width)
        assert len(line) == width
        assert line.endswith(".3.49")
