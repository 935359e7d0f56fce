"""Aduan's application shell: the ``aduan`` command, typed settings, the one exception module, the terminal chat."""
