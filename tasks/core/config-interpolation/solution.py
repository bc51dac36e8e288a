    raw = {}
    section = "default"
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            raw.setdefault(section, {})
            continue
        if "=" not in line:
            raise ValueError(f"line {number}: expected 'key = value'")
        key, value = line.split("=", 1)
        if not key.strip():
            raise ValueError(f"line {number}: empty key")
        raw.setdefault(section, {})[key.strip()] = value.strip()

    resolved = {}

    def resolve(sec, key, stack):
        if (sec, key) in resolved:
            return resolved[(sec, key)]
        if (sec, key) in stack:
            raise ValueError(f"reference cycle through {sec}:{key}")
        if sec not in raw or key not in raw[sec]:
            raise ValueError(f"missing reference {sec}:{key}")
        value = raw[sec][key]
        out = []
        i = 0
        while i < len(value):
            start = value.find("${", i)
            end = value.find("}", start + 2) if start != -1 else -1
            if start == -1 or end == -1:
                out.append(value[i:])
                break
            out.append(value[i:start])
            ref = value[start + 2:end]
            ref_sec, _, ref_key = ref.rpartition(":")
            out.append(resolve(ref_sec or sec, ref_key, stack | {(sec, key)}))
            i = end + 1
        resolved[(sec, key)] = "".join(out)
        return resolved[(sec, key)]

    return {sec: {key: resolve(sec, key, frozenset()) for key in keys} for sec, keys in raw.items() if keys or sec != "default"}
