"""Policy as code: rules as data, checks that explain themselves.  Uses only ``text``."""
