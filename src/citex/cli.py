"""The `citex` command: a thin click group. I/O and exit codes only; the work lives elsewhere.

Exit codes: 0 ok, 1 data error (a :class:`citex.CitexError`), 2 usage error.
"""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="citex-refs")
def main() -> None:
    """Find footnotes and references in texts; parse, resolve and export them."""


# --------------------------------------------------------------------------------------
# citex convert (BibTeX <-> CSL-JSON)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# citex parse (one reference per line)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# citex extract (notes, citations and works of each file)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# citex bib (one bibliography for a corpus)
# --------------------------------------------------------------------------------------
