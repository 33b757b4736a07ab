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

import sys  # noqa: E402 - each subcommand's section keeps its own imports, for clean merges
from pathlib import Path  # noqa: E402

from citex import corpus  # noqa: E402


@main.command("bib")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="Bibliography to write: .bib for BibTeX, .json for CSL-JSON.",
)
@click.option(
    "--format", "format_", type=click.Choice(["bibtex", "csl-json"]),
    help="Output format, whatever the file name says.",
)
@click.option(
    "--glob", "globs", multiple=True, metavar="PATTERN",
    help="File names to take from directories (repeatable). Default: *.txt *.md *.markdown.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (--engine dask).")
@click.option(
    "--cache-dir", type=click.Path(file_okay=False, path_type=Path),
    help="Cache of extraction results by content hash (default: ~/.cache/citex).",
)
@click.option("--no-cache", is_flag=True, help="Extract every file again; write no cache.")
@click.option(
    "--citations", "citations_csv", type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a CSV table: document, note, locator, work.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any file is skipped.")
@click.option(
    "--max-size", type=click.IntRange(min=1), default=corpus.MAX_BYTES, show_default=True,
    help="Skip files larger than this many bytes.",
)
def bib_command(
    paths: tuple[Path, ...],
    output: Path,
    format_: corpus.Format | None,
    globs: tuple[str, ...],
    jobs: int | None,
    engine: corpus.Engine,
    scheduler: str | None,
    cache_dir: Path | None,
    no_cache: bool,
    citations_csv: Path | None,
    strict: bool,
    max_size: int,
) -> None:
    """Build one deduplicated bibliography from every text under PATHS."""
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    error = lambda message: click.echo(message, err=True)  # noqa: E731
    with corpus.collect_corpus(
        paths,
        globs=globs or corpus.DEFAULT_GLOBS,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        cache_dir=None if no_cache else cache_dir or corpus.default_cache_dir(),
        max_bytes=max_size,
        progress=sys.stderr.isatty(),
        on_skip=lambda skip: error(f"citex bib: skipped {skip.name}: {skip.kind}: {skip.reason}"),
    ) as (bibliography, skipped):
        stats = bibliography.stats()
        error(
            "citex bib: {documents} documents, {notes} notes, {citations} citations, "
            "{works} works, {unresolved} unresolved, ".format(**stats)
            + corpus.summarise_skips(skipped)
        )
        if strict and skipped:
            error(f"citex bib: --strict: {len(skipped)} files skipped, nothing written")
            sys.exit(1)
        corpus.write_bibliography(
            bibliography, output, format=format_ or corpus.format_for(output)
        )
        if citations_csv:
            corpus.write_citations(bibliography, citations_csv)
