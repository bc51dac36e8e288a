def check(candidate):
    assert candidate("Aeon audio is a queue") == 4
    assert candidate("rhythm and blues") == 0
    assert candidate("") == 0
    assert candidate("123 !!") == 0
    assert candidate("io") == 1
    assert candidate("ab") == 0
    assert candidate("aab") == 1
    assert candidate("EAU, idea! oboe?") == 3
    assert candidate("a1b2a") == 1
    assert candidate("  a   e  ") == 2
    assert candidate("éa") == 1
    assert candidate("xyzzy area") == 1
