def check(candidate):
    import random
    ctx = {"users": [{"name": "ann", "admin": True}, {"name": "bo"}]}
    assert candidate("{% for u in users %}{{ u.name }}{% if u.admin %}*{% endif %},{% endfor %}", ctx) == "ann*,bo,"
    assert candidate("", {}) == ""
    assert candidate("plain {text}", {}) == "plain {text}"
    assert candidate("{{x}}-{{ y.z }}-{{missing}}", {"x": 1, "y": {"z": [2]}}) == "1-[2]-"
    assert candidate("{{ a.b.c }}", {"a": {"b": 5}}) == ""
    assert candidate("{% if f %}yes{% else %}no{% endif %}", {"f": 0}) == "no"
    assert candidate("{% if f %}yes{% else %}no{% endif %}", {"f": [1]}) == "yes"
    assert candidate("{% for x in xs %}[{% for x in x %}{{x}}{% endfor %}]{% endfor %}", {"xs": [[1, 2], [3]]}) == "[12][3]"
    assert candidate("{% for x in nope %}a{% endfor %}b", {}) == "b"
    assert candidate("{% for x in xs %}{{ x }}{{ y }}{% endfor %}", {"xs": [1], "y": "!", "x": "outer"}) == "1!"
    assert candidate("{%if a%}{%if b%}AB{%else%}A{%endif%}{%endif%}", {"a": 1, "b": 0}) == "A"
    for bad in ["{% if x %}", "{% endif %}", "{% for x in %}{% endfor %}", "{% while x %}", "{% if a %}{% endfor %}", "{% for x in y %}{% else %}{% endfor %}", "{% else %}"]:
        try:
            candidate(bad, {"x": 1})
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    rng = random.Random(331)
    for _ in range(300):
        xs = [rng.randint(0, 3) for _ in range(rng.randint(0, 4))]
        flag = rng.random() < 0.5
        t = "{% for v in xs %}{% if v %}<{{ v }}>{% else %}_{% endif %}{% endfor %}{% if flag %}!{% endif %}"
        want = "".join(f"<{v}>" if v else "_" for v in xs) + ("!" if flag else "")
        assert candidate(t, {"xs": xs, "flag": flag}) == want
