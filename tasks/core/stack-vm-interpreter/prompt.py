def run_program(source, max_steps=10000):
    """Run a program for a tiny stack machine and return its printed output.

    One instruction per line; blank lines and text after "#" are ignored. A line "name:"
    defines a label (letters, digits, "_"; must not repeat). Instructions:
      push N   push the integer N (optional leading "-")
      pop      discard the top
      dup      duplicate the top
      swap     swap the top two
      add, sub, mul, div, mod   pop b, pop a, push a op b; div truncates toward zero and
               mod has the sign of a (a == b * (a div b) + (a mod b)); dividing by 0 is an error
      print    pop and output the value
      jmp L    jump to label L
      jz L     pop; jump to L if the value is 0
      halt     stop
    Running past the last line also stops. Return (outputs, status) where outputs is the
    list of printed integers and status is "ok", "error" (stack underflow or division by
    zero; outputs so far are kept) or "limit" (more than max_steps instructions executed).
    A malformed line, an unknown instruction, a jump to an undefined label or a duplicate
    label raises ValueError before anything runs.

    >>> run_program("push 3\nloop:\ndup\nprint\npush 1\nsub\ndup\njz end\njmp loop\nend:")
    ([3, 2, 1], 'ok')
    """
