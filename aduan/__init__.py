"""Aduan's shell: the ``aduan`` command, typed settings, the exception module, the terminal chat."""
