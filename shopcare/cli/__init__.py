"""The command line: the same application service the window uses."""
