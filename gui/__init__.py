"""Dateline's Qt interface: a thin layer of views over ``core``."""

from gui._compat import guard_none_refcount

guard_none_refcount()
