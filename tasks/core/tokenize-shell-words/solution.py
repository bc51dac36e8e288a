    words, current, in_word = [], "", False
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == " ":
            if in_word:
                words.append(current)
                current, in_word = "", False
        elif ch == "\\":
            if i + 1 >= n:
                raise ValueError("trailing backslash")
            current += line[i + 1]
            in_word = True
            i += 1
        elif ch in "'\"":
            end = i + 1
            while end < n and line[end] != ch:
                if ch == '"' and line[end] == "\\":
                    if end + 1 >= n:
                        raise ValueError("unterminated quote")
                    current += line[end + 1]
                    end += 2
                    continue
                current += line[end]
                end += 1
            if end >= n:
                raise ValueError("unterminated quote")
            in_word = True
            i = end
        else:
            current += ch
            in_word = True
        i += 1
    if in_word:
        words.append(current)
    return words
