def segment_text(text, costs, unknown_cost):
    """Split text without spaces into pieces as cheaply as possible.

    `costs` maps known words to a non-negative cost. A piece is either a known word (at
    its cost) or a single character that starts no useful word, at `unknown_cost` each
    (every character may be taken alone as an unknown piece, even if it is also a known
    word). Return (total_cost, pieces) for a cheapest split; among the cheapest, prefer
    fewer pieces, and then the split whose first piece is longest, then whose second piece
    is longest, and so on. The empty text gives (0, []).

    >>> segment_text("thecatsat", {"the": 1, "cat": 1, "cats": 2, "at": 1, "sat": 1}, 5)
    (3, ['the', 'cat', 'sat'])
    """
