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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True,
    help="Output format: one JSON object per file, one per line when several files are given.",
)
def extract(files: tuple[str, ...], output_format: str) -> None:
    """Find footnote markers and notes in each FILE and print them."""
    import json
    from pathlib import Path

    from citex.export.document import document_to_json
    from citex.notes import find_notes

    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise click.ClickException(f"{name}: not UTF-8 text ({error.reason})") from error
        found = document_to_json(find_notes(text))
        click.echo(json.dumps(found, ensure_ascii=False, indent=None if len(files) > 1 else 1))



# --------------------------------------------------------------------------------------
# citex bib (one bibliography for a corpus)
# --------------------------------------------------------------------------------------
