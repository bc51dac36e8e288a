def render_template(template, context):
    """Render a tiny template language.

    - "{{ name }}" or "{{ a.b.c }}": the value found by looking up each dotted part in
      dictionaries, starting from the context (innermost loop variables first); a missing
      part gives "" ; values are written with str(). Spaces inside the braces are optional.
    - "{% if name %}...{% else %}...{% endif %}" (else optional): the first part when the
      looked-up value is truthy, else the second.
    - "{% for x in name %}...{% endfor %}": the body once per item of the looked-up list,
      with x bound to the item (a missing value renders nothing).
    Tags nest. Everything else is copied as is. A tag that is not one of these, or tags
    that are not properly balanced, raise ValueError.

    >>> render_template("{% for u in users %}{{ u.name }}{% if u.admin %}*{% endif %},{% endfor %}", {"users": [{"name": "ann", "admin": True}, {"name": "bo"}]})
    'ann*,bo,'
    """
