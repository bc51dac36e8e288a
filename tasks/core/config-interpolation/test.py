def check(candidate):
    assert candidate("root = /srv\n[web]\ndir = ${default:root}/www\nlog = ${dir}/log") == {
        "default": {"root": "/srv"}, "web": {"dir": "/srv/www", "log": "/srv/www/log"}}
    assert candidate("") == {}
    assert candidate("# only a comment\n; another\n\n") == {}
    assert candidate("[empty]") == {"empty": {}}
    assert candidate("[a]\nx = 1\nx = 2") == {"a": {"x": "2"}}
    assert candidate("  [ a ]  \n  k  =  v = w  ") == {"a": {"k": "v = w"}}
    assert candidate("[a]\nx = ${y}${y}\ny = ab") == {"a": {"x": "abab", "y": "ab"}}
    assert candidate("[a]\nx = ${b:y}\n[b]\ny = ${z}\nz = deep") == {"a": {"x": "deep"}, "b": {"y": "deep", "z": "deep"}}
    assert candidate("[a]\nx = cost ${ is literal") == {"a": {"x": "cost ${ is literal"}}
    assert candidate("[a]\nx = {y} $y") == {"a": {"x": "{y} $y"}}
    assert candidate("[a]\nx =") == {"a": {"x": ""}}
    assert candidate("[a]\nlist = [1, 2]\ntail = y]") == {"a": {"list": "[1, 2]", "tail": "y]"}}
    assert candidate("[a]\nx = <${y}>}\ny = 1\nz = $${y}${y") == {"a": {"x": "<1>}", "y": "1", "z": "$1${y"}}
    assert candidate("[a]\nab = 1\nx = ${ab}${ab}")["a"]["x"] == "11"
    assert candidate("k = 1\n[s]\nj = ${default:k}")["s"] == {"j": "1"}
    assert candidate("[s]\nk = 2\nj = ${k}")["s"]["j"] == "2"
    for bad in ("[a]\nx = ${x}", "[a]\nx = ${y}\ny = ${x}", "[a]\nx = ${nope}", "[a]\nx = ${b:y}",
                "[a]\njust words", "[a]\n = value", "[a]\nx = ${b:y}\n[b]\ny = ${a:x}", "k = 1\n[s]\nk = ${k}"):
        try:
            candidate(bad)
        except ValueError:
            pass
        else:
            assert False, bad
