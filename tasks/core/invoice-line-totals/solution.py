    net_total = vat_total = 0
    for unit, qty, discount, vat in lines:
        if qty < 0:
            raise ValueError(qty)
        gross = unit * qty
        net = (gross * (100 - discount) * 2 + 100) // 200
        net_total += net
        vat_total += (net * vat * 2 + 100) // 200
    return (net_total, vat_total, net_total + vat_total)
