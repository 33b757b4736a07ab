"""``python -m citex``: the command line, as the ``citex`` script."""

from citex.cli import main

main()
