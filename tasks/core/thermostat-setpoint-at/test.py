def check(candidate):
    def raises(*args):
        try:
            candidate(*args)
        except ValueError:
            return True
        return False

    sched = "06:30=21; 22:00=17"
    assert candidate(sched, "12:00") == 21
    assert candidate(sched, "05:59") == 17
    assert candidate("08:00=-2", "08:00") == -2
    # exact boundaries
    assert candidate(sched, "06:30") == 21
    assert candidate(sched, "06:29") == 17
    assert candidate(sched, "21:59") == 21
    assert candidate(sched, "22:00") == 17
    assert candidate(sched, "23:59") == 17
    assert candidate(sched, "00:00") == 17
    # unordered entries, three of them, spaces
    sched = "  18:15=20 ;07:00=19;   12:45=16  "
    assert candidate(sched, "07:00") == 19
    assert candidate(sched, "12:44") == 19
    assert candidate(sched, "12:45") == 16
    assert candidate(sched, "18:14") == 16
    assert candidate(sched, "18:15") == 20
    assert candidate(sched, "06:59") == 20
    # single entry applies all day
    assert candidate("13:13=5", "00:00") == 5
    assert candidate("13:13=5", "23:59") == 5
    # midnight entry
    assert candidate("00:00=15;09:10=0", "00:00") == 15
    assert candidate("00:00=15;09:10=0", "09:09") == 15
    assert candidate("00:00=15;09:10=0", "09:10") == 0
    assert candidate("23:59=-12;10:00=22", "09:00") == -12
    assert candidate("23:59=-12;10:00=22", "23:58") == 22
    # multi-digit temperatures, leading zeros
    assert candidate("01:05=105; 02:05=007", "02:30") == 7
    assert candidate("01:05=105; 02:05=007", "01:30") == 105
    assert candidate("10:00=-0", "11:00") == 0
    # minutes matter, not only hours
    assert candidate("10:20=1;10:40=2", "10:30") == 1
    assert candidate("10:20=1;10:40=2", "10:41") == 2
    # malformed schedules
    assert raises("", "10:00")
    assert raises("   ", "10:00")
    assert raises("06:30=21;", "10:00")
    assert raises("06:30=21;;07:00=3", "10:00")
    assert raises("6:30=21", "10:00")
    assert raises("06:30=", "10:00")
    assert raises("06:30", "10:00")
    assert raises("=21", "10:00")
    assert raises("06:30=2a", "10:00")
    assert raises("06:30=-", "10:00")
    assert raises("06:30=+5", "10:00")
    assert raises("06:30=2 1", "10:00")
    assert raises("06:30 = 21", "10:00")
    assert raises("06-30=21", "10:00")
    assert raises("0a:30=21", "10:00")
    assert raises("06:3b=21", "10:00")
    assert raises("24:00=21", "10:00")
    assert raises("0 :30=21", "10:00")
    assert raises("06: 5=21", "10:00")
    assert raises("06:+5=21", "10:00")
    assert raises("23:60=21", "10:00")
    assert raises("06:30=21;06:30=19", "10:00")
    assert raises("06:30=21; 06:30=21", "10:00")
    # boundary valid times in schedule
    assert not raises("23:00=1", "10:00")
    assert not raises("00:59=1", "10:00")
    assert candidate("19:00=4;20:00=6", "19:30") == 4
    # malformed query times
    assert raises("06:30=21", "24:00")
    assert raises("06:30=21", "12:60")
    assert raises("06:30=21", "9:00")
    assert raises("06:30=21", "09:000")
    assert raises("06:30=21", "09.00")
    assert raises("06:30=21", "")
    assert raises("06:30=21", "1 :00")
    assert raises("06:30=21", "10: 0")
    assert not raises("06:30=21", "23:59")
