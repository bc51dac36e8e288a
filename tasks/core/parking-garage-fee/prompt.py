def parking_fee(entry: str, exit: str) -> int:
    """Fee in cents for one stay at a city parking garage.

    `entry` and `exit` are local times "YYYY-MM-DD HH:MM" (no daylight-saving changes).
    1. If exit is before entry, raise ValueError. A stay of 15 minutes or less is free.
    2. Otherwise the stay is cut into 30-minute blocks starting at entry: [entry, entry+30),
       [entry+30, entry+60), ... ; a final partial block is charged as a whole block.
    3. A block's price depends on the moment it starts: on a Saturday or Sunday it costs 100;
       on a weekday it costs 250 if it starts between 07:00 and 18:59 inclusive, else 80.
    4. Daily cap: the stay is also cut into 24-hour periods starting at entry; the blocks
       that start within one period cost at most 2400 in total.
    5. Early bird: if the car enters on a weekday at 06:00 or later but before 09:00, and
       exits on the same date no later than 19:00, the fee is the smaller of 1200 and the
       fee from rules 2-4.

    >>> parking_fee("2024-03-04 10:00", "2024-03-04 11:10")
    750
    >>> parking_fee("2024-03-04 08:30", "2024-03-04 17:00")
    1200
    >>> parking_fee("2024-03-09 23:50", "2024-03-10 00:05")
    0
    """
