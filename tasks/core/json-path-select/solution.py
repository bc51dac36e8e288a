    steps = []
    i, n = 0, len(path)
    while i < n:
        if path[i] == ".":
            j = i + 1
            if j < n and path[j] == "*":
                steps.append(("*", None))
                i = j + 1
                continue
            while j < n and (path[j].isalnum() or path[j] == "_") and path[j].isascii():
                j += 1
            if j == i + 1:
                raise ValueError(path)
            steps.append(("key", path[i + 1:j]))
            i = j
        elif path[i] == "[":
            close = path.find("]", i)
            if close < 0:
                raise ValueError(path)
            inner = path[i + 1:close]
            if inner == "*":
                steps.append(("*", None))
            elif len(inner) >= 2 and inner[0] == '"' and inner[-1] == '"' and '"' not in inner[1:-1]:
                steps.append(("key", inner[1:-1]))
            elif inner.lstrip("-").isdigit() and inner.count("-") <= 1 and inner.isascii():
                steps.append(("index", int(inner)))
            else:
                raise ValueError(path)
            i = close + 1
        else:
            raise ValueError(path)
    current = [document]
    for kind, arg in steps:
        selected = []
        for value in current:
            if kind == "*":
                if isinstance(value, dict):
                    selected.extend(value.values())
                elif isinstance(value, list):
                    selected.extend(value)
            elif kind == "key":
                if isinstance(value, dict) and arg in value:
                    selected.append(value[arg])
            elif isinstance(value, list) and -len(value) <= arg < len(value):
                selected.append(value[arg])
        current = selected
    return current
