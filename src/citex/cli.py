"""The `citex` command: a thin click group. I/O and exit codes only; the work lives elsewhere.

Exit codes: 0 ok, 1 data error (a :class:`citex.CitexError`), 2 usage error.
"""

from __future__ import annotations

import json
from typing import BinaryIO

import attrs
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


@main.command("parse")
@click.argument("source", type=click.File("rb"), default="-")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["csl-json", "bibtex", "json"]),
    default="csl-json",
    show_default=True,
    help="csl-json: a JSON array of CSL items; bibtex: entries; json: citex records with spans.",
)
def parse_command(source: BinaryIO, output_format: str) -> None:
    """Parse one reference per non-empty line of SOURCE (a file, or - for stdin).

    Prints exactly one item per non-empty line, in order; a line that does not read as
    a reference still gives an item, with its text in ``note``.
    """
    from citex.fields import parse_reference
    from citex.sources import decode_bytes

    text = decode_bytes(source.read(), name=getattr(source, "name", "<stdin>"))
    references = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            references.append(parse_reference(stripped, offset=offset + line.index(stripped)))
        offset += len(line)
    if output_format == "csl-json":
        from citex.export.csl import dumps_csl_json

        click.echo(dumps_csl_json(references), nl=False)
    elif output_format == "bibtex":
        from citex.export.bibtex import to_bibtex

        click.echo(to_bibtex(references), nl=False)
    else:
        records = [attrs.asdict(ref, recurse=True) for ref in references]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))




# --------------------------------------------------------------------------------------
# citex extract (notes, citations and works of each file)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# citex bib (one bibliography for a corpus)
# --------------------------------------------------------------------------------------
