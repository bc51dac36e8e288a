def check(candidate):
    assert candidate("## Install") == 2
    assert candidate("#hashtag") == 0
    assert candidate("# Title") == 1
    assert candidate("#") == 1
    assert candidate("###### six") == 6
    assert candidate("####### seven") == 0
    assert candidate("   ### indented") == 3
    assert candidate("    ### code block") == 0
    assert candidate("") == 0
    assert candidate("text # not") == 0
    assert candidate("##\tTab") == 0
    assert candidate(" #") == 1
    assert candidate("##### ") == 5
