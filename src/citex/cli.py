"""The `citex` command: a thin click group. I/O and exit codes only; the work lives elsewhere.

Exit codes: 0 ok, 1 data error (a :class:`citex.CitexError`, or input entries that
could not be read), 2 usage error. Messages go to stderr, results to stdout or ``-o``.
The helpers at the top are shared by every subcommand.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from citex.batch import CHUNK_LINES, parse_rendered, reference_lines, usable_cores
from citex.errors import CitexError, InputError
from citex.files import MAX_BYTES, check_output, output_file, read_stream, terminate_gracefully
from citex.formats.bibtex import read_bibtex, to_bibtex
from citex.formats.csl import read_csl_json, to_csl_json
from citex.formats.document import extraction_to_json, extraction_to_text
from citex.formats.native import to_native_json
from citex.formats.report import document_report, write_corpus_report
from citex.formats.stream import write_rendered
from citex.pipeline import extract
from citex.records import Document, ImportProblem, ImportResult, Reference
from citex.text.decode import decode_bytes, read_text

F = TypeVar("F", bound=Callable[..., Any])

#: Output formats of every subcommand that writes references.
FORMATS = ("json", "csl-json", "bibtex")
STDIN = "-"


class CitexGroup(click.Group):
    """A click group that turns :class:`CitexError` into a message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with terminate_gracefully():  # SIGTERM: temporary files go, exit 143
                return super().invoke(ctx)
        except CitexError as error:
            click.echo(f"citex: error: {error}", err=True)
            ctx.exit(1)


def format_option(default: str = "csl-json") -> Callable[[F], F]:
    """``--format/-f {json,csl-json,bibtex}``, passed as ``output_format``."""
    return click.option(
        "-f",
        "--format",
        "output_format",
        type=click.Choice(FORMATS),
        default=default,
        show_default=True,
        help="json: citex records with every field; csl-json: for pandoc, Zotero, citeproc; "
        "bibtex: for BibTeX/biblatex.",
    )


def output_option(function: F) -> F:
    """``-o/--output FILE`` (default ``-``, standard output), passed as ``output``."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, allow_dash=True),
        default=STDIN,
        show_default=True,
        help="Write here instead of standard output.",
    )(function)


def max_size_option(function: F) -> F:
    """``--max-size BYTES``: the most read of one input, passed as ``max_size``."""
    return click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=MAX_BYTES,
        show_default=True,
        help="Refuse an input larger than this many bytes (it is never read in full).",
    )(function)


def read_input(source: str, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file, or of standard input for ``-``, at most ``max_bytes`` of it.

    See :mod:`citex.text.decode` and :func:`citex.files.read_bytes`.
    """
    if source == STDIN:
        data = read_stream(sys.stdin.buffer, name="<stdin>", max_bytes=max_bytes)
        return decode_bytes(data, name="<stdin>")
    return read_text(source, max_bytes=max_bytes)


def input_name(source: str) -> str:
    """How messages name an input."""
    return "<stdin>" if source == STDIN else source


def render_references(
    references: Iterable[Reference], output_format: str, *, sort_by_key: bool = False
) -> str:
    """References as text in one of :data:`FORMATS`."""
    refs = tuple(references)
    if output_format == "bibtex":
        return to_bibtex(refs, sort_by_key=sort_by_key)
    if output_format == "csl-json":
        data: list[dict[str, Any]] = to_csl_json(refs, sort_by_key=sort_by_key)
    elif output_format == "json":
        data = to_native_json(refs)
    else:
        raise ValueError(f"unknown output format {output_format!r}")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_output(text: str, output: str) -> None:
    """Write ``text`` to ``output`` (UTF-8), or to standard output for ``-``.

    Through :func:`citex.files.output_file`: a file is replaced only when complete, a
    device or FIFO is streamed to, a symbolic link is written through.

    Raises:
        OutputError: ``output`` cannot be written.
    """
    if output == STDIN:
        click.echo(text, nl=False)
        return
    with output_file(output) as out:
        out.write(text)


def report_problems(name: str, problems: Sequence[ImportProblem]) -> None:
    """One line on stderr per problem, prefixed with the input's name."""
    for problem in problems:
        click.echo(f"{name}: {problem}", err=True)


def exit_if_problems(problem_count: int) -> None:
    """Exit with status 1 after the output is written, when some input was not read well."""
    if problem_count:
        plural = "" if problem_count == 1 else "s"
        click.echo(
            f"citex: {problem_count} problem{plural} in the input (see above); "
            "everything readable was written",
            err=True,
        )
        sys.exit(1)


@click.group(cls=CitexGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="citex-refs")
def main() -> None:
    """Find footnotes and references in texts; parse, resolve and export them."""


# --------------------------------------------------------------------------------------
# citex convert (BibTeX <-> CSL-JSON)
# --------------------------------------------------------------------------------------

_BIBTEX_SUFFIXES = frozenset({".bib", ".bibtex", ".biblatex"})
_JSON_SUFFIXES = frozenset({".json", ".csljson", ".csl-json"})


def detect_input_format(source: str, text: str) -> str:
    """``bibtex`` or ``csl-json``: by file extension, else by the first character."""
    suffix = Path(source).suffix.lower() if source != STDIN else ""
    if suffix in _BIBTEX_SUFFIXES:
        return "bibtex"
    if suffix in _JSON_SUFFIXES:
        return "csl-json"
    return "csl-json" if text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{") else "bibtex"


def read_library(
    source: str, input_format: str = "auto", *, max_bytes: int = MAX_BYTES
) -> ImportResult:
    """The references of one BibTeX or CSL-JSON input (``-`` for stdin).

    Raises:
        InputError: The input cannot be read as text, or holds no entries at all.
        ParseError: CSL-JSON input that is not a JSON array or object.
    """
    text = read_input(source, max_bytes=max_bytes)
    if input_format == "auto":
        input_format = detect_input_format(source, text)
    result = read_bibtex(text) if input_format == "bibtex" else read_csl_json(text)
    if not result.references and not result.problems:
        kind = "BibTeX entries" if input_format == "bibtex" else "CSL-JSON items"
        raise InputError(f"{input_name(source)}: no {kind} found")
    return result


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--from",
    "input_format",
    type=click.Choice(("auto", "bibtex", "csl-json")),
    default="auto",
    show_default=True,
    help="Input format; auto goes by extension (.bib, .json), then by content.",
)
@format_option()
@output_option
@click.option("--sort", is_flag=True, help="Order entries by citekey, not by input order.")
@max_size_option
def convert(
    inputs: tuple[str, ...],
    input_format: str,
    output_format: str,
    output: str,
    sort: bool,
    max_size: int,
) -> None:
    """Convert BibTeX and CSL-JSON libraries into one another (or citex JSON).

    Reads each INPUT (a file, or - for standard input; none means standard input) and
    writes all their entries, in order, as one library. Entries that cannot be read are
    reported on stderr with their key and line; the others are still written, and the
    exit status is then 1.

    \b
    Examples:
      citex convert library.bib -f csl-json -o library.json
      citex convert library.json -f bibtex > library.bib
      cat a.bib | citex convert - b.json -f bibtex --sort
    """
    check_output(output)
    references: list[Reference] = []
    problem_count = 0
    ignored: set[str] = set()
    for source in inputs or (STDIN,):
        result = read_library(source, input_format, max_bytes=max_size)
        report_problems(input_name(source), result.problems)
        problem_count += len(result.problems)
        ignored.update(result.ignored_fields)
        references.extend(result.references)
    if ignored:
        click.echo(
            f"citex: note: fields with no place in citex records were left out: "
            f"{', '.join(sorted(ignored))}",
            err=True,
        )
    write_output(render_references(references, output_format, sort_by_key=sort), output)
    exit_if_problems(problem_count)


# --------------------------------------------------------------------------------------
# citex parse (one reference per line)
# --------------------------------------------------------------------------------------


@main.command("parse")
@click.argument("source", default=STDIN)
@format_option()
@output_option
@click.option(
    "--learned/--rules-only",
    default=True,
    show_default=True,
    help="Let the learned tagger relabel the rules' fields (the default: better on Italian, "
    "German and archival references), or read with the hand rules alone.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Worker processes (default: the cores, for inputs of more than a few hundred lines). "
    "The output is the same for any number.",
)
@max_size_option
def parse_command(
    source: str,
    output_format: str,
    output: str,
    learned: bool,
    jobs: int | None,
    max_size: int,
) -> None:
    """Parse one reference per non-empty line of SOURCE (a file, or - for standard input).

    Prints exactly one item per non-empty line, in order; a line that does not read as
    a reference still gives an item, with its text kept in ``note``. Items are written as
    they are parsed (CSL-JSON and BibTeX wait for their citekeys in a temporary file), so
    memory stays flat however long the input.
    """
    check_output(output)
    text = read_input(source, max_bytes=max_size)
    if jobs is None:
        jobs = usable_cores() if text.count("\n") > _PARALLEL_LINES else 1
    rendered = parse_rendered(
        reference_lines(text), learned=learned, output_format=output_format, jobs=jobs
    )
    with output_file(output) as out:
        write_rendered(rendered, output_format, out)


# below this many lines a pool costs more to start than it saves
_PARALLEL_LINES = 4 * CHUNK_LINES


# --------------------------------------------------------------------------------------
# citex extract (notes, citations and works of each file)
# --------------------------------------------------------------------------------------


EXTRACT_FORMATS = ("json", "csl-json", "bibtex", "text", "html")


from citex.sources import Source, read_document, read_source  # noqa: E402 - see the bib section


def read_document_input(source: str, *, max_bytes: int = MAX_BYTES) -> Source:
    """The document at ``source`` in whatever format (``-``: standard input), for ``extract``.

    No more than ``max_bytes`` is read (see :func:`citex.files.read_bytes`).
    """
    if source == STDIN:
        data = read_stream(sys.stdin.buffer, name="<stdin>", max_bytes=max_bytes)
        return read_source(data, name="<stdin>")
    return read_document(source, max_bytes=max_bytes)


def render_extraction(
    doc: Document, output_format: str, *, many: bool, source: Source | None = None
) -> str:
    """One file's extraction in an ``extract`` output format; one line per file when ``many``.

    The JSON names the document read first: ``"source": {"path", "format"}``.
    """
    if output_format == "text":
        return extraction_to_text(doc)
    if output_format == "bibtex":
        return to_bibtex(doc.works)
    if output_format == "json":
        named = {"path": source.path, "format": source.format} if source else None
        data: Any = {"source": named, **extraction_to_json(doc)}
    else:
        data = to_csl_json(doc.works)
    return json.dumps(data, ensure_ascii=False, indent=None if many else 1) + "\n"


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(EXTRACT_FORMATS),
    default=None,
    help="json: markers, notes, citations and works; csl-json / bibtex: the works; "
    "text: a readable summary; html: a report to check in a browser (one file). "
    "Default: text on a terminal, json otherwise.",
)
@output_option
@max_size_option
def extract_command(
    files: tuple[str, ...], output_format: str | None, output: str, max_size: int
) -> None:
    """Find the notes, citations and cited works of each FILE (- for standard input).

    A FILE may be plain text or Markdown, HTML, EPUB, DOCX, ODT or PDF (told by its content);
    notes the format encodes are taken as it gives them. Offsets index the text that
    ``citex text FILE`` prints. Several files give one result per file: one JSON object (or
    CSL-JSON array) per line, BibTeX and text under a comment naming the file. A file that
    cannot be read is reported on stderr and the others are still processed; the exit status
    is then 1.

    \b
    Examples:
      citex extract essay.txt
      citex extract essay.txt -f bibtex > essay.bib
      citex extract corpus/*.txt -f json > corpus.jsonl
      citex extract article.pdf book.epub thesis.docx -f json
    """
    if output_format is None:
        output_format = "text" if output == STDIN and sys.stdout.isatty() else "json"
    check_output(output)
    many = len(files) > 1
    if many and output_format == "html":
        raise click.UsageError("--format html writes the report of one file; give one FILE")
    failures = 0
    with contextlib.ExitStack() as stack:
        # Streamed as each file is done (a corpus can be thousands of files); a file
        # output replaces the old one only when every file is done.
        out = None if output == STDIN else stack.enter_context(output_file(output))
        for source in files:
            try:
                document = read_document_input(source, max_bytes=max_size)
                doc = extract(document)
            except CitexError as error:
                click.echo(f"citex: error: {error}", err=True)
                failures += 1
                continue
            if output_format == "html":
                rendered = document_report(doc, document.text, name=input_name(source))
            else:
                rendered = render_extraction(doc, output_format, many=many, source=document)
            if many and output_format == "bibtex":
                rendered = f"% {input_name(source)}\n{rendered}"
            elif many and output_format == "text":
                rendered = f"== {input_name(source)}\n{rendered}"
            if out is None:
                click.echo(rendered, nl=False)
            else:
                out.write(rendered)
    if failures:
        sys.exit(1)


@main.command("text")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@output_option
def text_command(file: str, output: str) -> None:
    """Print the text citex reads from FILE (- for standard input), in any format it reads.

    The offsets of ``citex extract`` index this text, so every span can be checked in it:
    a DOCX, ODT, EPUB or HTML document is written as Markdown with its notes
    (``[^1]`` markers, ``[^1]: …`` notes), a PDF in reading order with superscripts as
    ``¹²``.
    """
    write_output(read_document_input(file).text, output)


# --------------------------------------------------------------------------------------
# citex bib (one bibliography for a corpus)
# --------------------------------------------------------------------------------------

from citex.corpus import run as corpus  # noqa: E402 - each section keeps its own imports, for clean merges
from citex.corpus.cache import default_cache_dir  # noqa: E402 - as above


@main.command("bib")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Bibliography to write: .bib for BibTeX, .json for CSL-JSON.",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["bibtex", "csl-json"]),
    help="Output format, whatever the file name says.",
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="File names to take from directories (repeatable). Default: text, Markdown, HTML, "
    "EPUB, DOCX, ODT and PDF (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.odt "
    "*.pdf).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (--engine dask).")
@click.option(
    "--connect-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=corpus.CONNECT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for the Dask scheduler to answer.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache of extraction results by content hash (default: ~/.cache/citex).",
)
@click.option("--no-cache", is_flag=True, help="Extract every file again; write no cache.")
@click.option(
    "--citations",
    "citations_csv",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a CSV table: document, note, locator, work.",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write an HTML report here, and one per document in <name>-documents/ beside it.",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any file is skipped.")
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=corpus.MAX_BYTES,
    show_default=True,
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
    connect_timeout: float,
    cache_dir: Path | None,
    no_cache: bool,
    citations_csv: Path | None,
    report: Path | None,
    strict: bool,
    max_size: int,
) -> None:
    """Build one deduplicated bibliography from every text under PATHS.

    Only regular files are read (FIFOs, devices and sockets are skipped). Nothing is
    written, and the exit status is 1, when no document could be read or, with
    --strict, when any file was skipped; an existing output is then left as it was.
    """
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    check_output(output)  # before the work, not after it
    for also in (citations_csv, report):
        if also:
            check_output(also)

    def error(message: str) -> None:
        click.echo(message, err=True)

    with corpus.collect_corpus(
        paths,
        globs=globs or corpus.DEFAULT_GLOBS,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        connect_timeout=connect_timeout,
        cache_dir=None if no_cache else cache_dir or default_cache_dir(),
        max_bytes=max_size,
        progress=sys.stderr.isatty(),
        on_skip=lambda skip: error(f"citex bib: skipped {skip.name}: {skip.kind}: {skip.reason}"),
        on_note=lambda note: error(f"citex bib: note: {note}"),
    ) as (bibliography, skipped):
        stats = bibliography.stats()
        summary = (
            "citex bib: {documents} documents, {notes} notes, {citations} citations, "
            "{works} works, {unresolved} unresolved, ".format(**stats)
            + corpus.summarise_skips(skipped)
        )
        error(summary)
        if strict and skipped:
            error(f"citex bib: --strict: {len(skipped)} files skipped, nothing written")
            sys.exit(1)
        if not stats["documents"]:
            error("citex bib: no document could be read, nothing written")
            sys.exit(1)
        corpus.write_bibliography(bibliography, output, format=format_ or corpus.format_for(output))
        if citations_csv:
            corpus.write_citations(bibliography, citations_csv)
        if report:
            write_corpus_report(bibliography, skipped, report, summary=summary, jobs=jobs)
