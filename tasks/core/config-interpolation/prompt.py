from typing import Dict


def resolve_config(text: str) -> Dict[str, Dict[str, str]]:
    """Parse an INI-like configuration and resolve its references.

    Lines are stripped of surrounding whitespace. Empty lines and lines starting with '#' or ';'
    are ignored. "[name]" starts a section; "key = value" sets a key in the current section
    (key and value are stripped; the value may contain '='). A later assignment to the same key
    replaces the earlier one. Keys before any section header belong to section "default".

    Values may reference other values: "${key}" means that key in the same section, and
    "${section:key}" a key of another section. References are replaced recursively by the
    resolved value. Return {section: {key: resolved value}}, including "default" only if it has
    keys. Raise ValueError for a line that is none of the above, a reference to a missing key,
    or a cycle of references. An unterminated "${" is kept as literal text.

    >>> resolve_config("root = /srv\n[web]\ndir = ${default:root}/www\nlog = ${dir}/log")
    {'default': {'root': '/srv'}, 'web': {'dir': '/srv/www', 'log': '/srv/www/log'}}
    """
