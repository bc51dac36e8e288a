    taken = {}
    booked = {}
    out = []
    for request in requests:
        if request[0] == "cancel":
            seat_trip = booked.pop(request[1], None)
            if seat_trip is not None:
                seat, frm, to = seat_trip
                for segment in range(frm, to):
                    taken[seat].discard(segment)
            continue
        _, ident, frm, to = request
        if frm >= to:
            raise ValueError((frm, to))
        chosen = None
        for seat in range(seats):
            used = taken.setdefault(seat, set())
            if all(segment not in used for segment in range(frm, to)):
                chosen = seat
                break
        if chosen is not None:
            taken[chosen].update(range(frm, to))
            booked[ident] = (chosen, frm, to)
        out.append(chosen)
    return out
