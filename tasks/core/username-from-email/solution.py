    if email.count("@") != 1:
        return None
    local, domain = email.split("@")
    name = local.split("+")[0].lower()
    if not domain or not name:
        return None
    return name
