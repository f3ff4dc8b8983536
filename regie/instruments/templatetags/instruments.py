from django import template

register = template.Library()


@register.filter
def get_answer(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def is_chosen(option, value):
    return option in value if isinstance(value, list) else option == value
