    import re
    program, labels = [], {}
    for raw in source.split("\n"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            name = line[:-1]
            if not re.fullmatch(r"[A-Za-z0-9_]+", name) or name in labels:
                raise ValueError(line)
            labels[name] = len(program)
            continue
        parts = line.split()
        op = parts[0]
        if op == "push":
            if len(parts) != 2 or not re.fullmatch(r"-?[0-9]+", parts[1]):
                raise ValueError(line)
            program.append((op, int(parts[1])))
        elif op in ("jmp", "jz"):
            if len(parts) != 2:
                raise ValueError(line)
            program.append((op, parts[1]))
        elif op in ("pop", "dup", "swap", "add", "sub", "mul", "div", "mod", "print", "halt") and len(parts) == 1:
            program.append((op, None))
        else:
            raise ValueError(line)
    for op, arg in program:
        if op in ("jmp", "jz") and arg not in labels:
            raise ValueError(arg)
    stack, out, pc, steps = [], [], 0, 0
    needs = {"pop": 1, "dup": 1, "swap": 2, "add": 2, "sub": 2, "mul": 2, "div": 2, "mod": 2, "print": 1, "jz": 1}
    while pc < len(program):
        if steps >= max_steps:
            return (out, "limit")
        steps += 1
        op, arg = program[pc]
        pc += 1
        if len(stack) < needs.get(op, 0):
            return (out, "error")
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "div", "mod"):
            b, a = stack.pop(), stack.pop()
            if op in ("div", "mod") and b == 0:
                return (out, "error")
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            else:
                q = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
                stack.append(q if op == "div" else a - b * q)
        elif op == "print":
            out.append(stack.pop())
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        else:
            return (out, "ok")
    return (out, "ok")
