"""Errors the domain raises when a command would break a rule."""


class InvalidInput(ValueError):
    """A command was given input that the shop's rules do not accept.

    The message is written for the person at the desk: one clear sentence.
    """
