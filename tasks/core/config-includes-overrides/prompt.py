def load_config(files, entry):
    """Load a configuration made of several files with includes and overrides.

    `files` maps a file name to its text. Lines are stripped; blank lines and lines
    starting with "#" are ignored. "[name]" starts a section (keys before any section go
    to section ""). "key = value" sets a key (key and value stripped; value may contain
    "="). "@include other" processes the named file at that point, with the section
    context saved and restored around it (the included file starts in section ""). A
    later assignment overrides an earlier one wherever it comes from. Return
    {section: {key: value}} for sections that received at least one key. An include
    cycle, a missing file, or a malformed line raises ValueError.

    >>> files = {"main": "@include base\n[db]\nport = 5433", "base": "[db]\nhost = x\nport = 5432"}
    >>> load_config(files, "main")
    {'db': {'host': 'x', 'port': '5433'}}
    """
