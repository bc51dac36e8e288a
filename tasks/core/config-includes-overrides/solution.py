    result = {}

    def process(name, stack):
        if name not in files:
            raise ValueError(f"missing file {name}")
        if name in stack:
            raise ValueError(f"include cycle through {name}")
        section = ""
        for raw in files[name].split("\n"):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@include"):
                parts = line.split()
                if len(parts) != 2 or parts[0] != "@include":
                    raise ValueError(line)
                process(parts[1], stack + [name])
            elif line.startswith("[") and line.endswith("]") and len(line) > 2:
                section = line[1:-1].strip()
            elif "=" in line:
                key, _, value = line.partition("=")
                key = key.strip()
                if not key:
                    raise ValueError(line)
                result.setdefault(section, {})[key] = value.strip()
            else:
                raise ValueError(line)

    process(entry, [])
    return result
