from typing import Dict, List, Tuple


def run_vending_machine(prices: Dict[str, int], stock: Dict[str, int], coins: Dict[int, int],
                        events: List[Tuple]) -> List[str]:
    """Simulate a vending machine that must pay change from a limited coin store.

    The machine accepts coins of 5, 10, 20, 50, 100 and 200 cents. `coins` gives how many of
    each it holds at the start (missing denominations: 0); `stock` gives the units of each item
    (items missing from it have 0). Credit starts at 0. Inputs must not be modified.
    Paying out an amount uses coins from the store: the fewest coins possible; among those,
    the most 200s, then the most 100s, and so on down to 5s. Process the events in order and
    output one line per event:
    - ("coin", v): an accepted coin goes into the store and raises the credit: "CREDIT <credit>".
      Any other value is handed back: "REJECT <v>".
    - ("select", item): "UNKNOWN <item>" if it has no price; else "SOLD OUT <item>" if none is
      left; else "PRICE <price>" if the credit is below the price; else, if the change (credit
      minus price) cannot be paid out exactly, "EXACT CHANGE ONLY". Otherwise one unit is sold,
      the change is paid out, credit becomes 0 and the line is "VEND <item>", followed by
      " CHANGE " and the paid coins in descending order, space-separated, when change > 0.
      In all other cases the credit is kept.
    - ("cancel",): "IDLE" if the credit is 0; otherwise the credit is paid out (always possible,
      since the coins of the current credit are still in the store), credit becomes 0, and
      the line is "REFUND " followed by the coins in descending order.

    >>> run_vending_machine({"tea": 120}, {"tea": 2}, {50: 1, 20: 3, 5: 2},
    ...                     [("coin", 200), ("select", "tea")])
    ['CREDIT 200', 'VEND tea CHANGE 50 20 5 5']
    >>> run_vending_machine({"tea": 120}, {"tea": 2}, {}, [("coin", 100), ("coin", 3), ("select", "tea"),
    ...                     ("coin", 100), ("select", "tea"), ("cancel",)])
    ['CREDIT 100', 'REJECT 3', 'PRICE 120', 'CREDIT 200', 'EXACT CHANGE ONLY', 'REFUND 100 100']
    """
