"""Make the document fixtures of tests/sources from one Markdown article with footnotes.

Run from the project root (needs pandoc; for the PDFs pdflatex and LibreOffice; qpdf):

    python tests/data/documents/make_fixtures.py

It writes ``article.md`` (the source), ``article.gold.json`` (its notes and the word before
each marker), pandoc's DOCX, ODT, EPUB and HTML of it, four PDFs (LaTeX and LibreOffice, one
and two columns; a long note runs onto the next page) and the bad inputs (an encrypted PDF, a
PDF with no text layer). The outputs are committed, so CI needs none of these tools. The
article is generated from a fixed seed, so running the script again gives the same text.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13

WORDS = [
    "the",
    "history",
    "of",
    "labour",
    "movements",
    "in",
    "southern",
    "Europe",
    "has",
    "often",
    "been",
    "written",
    "as",
    "a",
    "story",
    "of",
    "parties",
    "and",
    "leaders",
    "rather",
    "than",
    "of",
    "the",
    "men",
    "and",
    "women",
    "who",
    "joined",
    "them",
    "during",
    "the",
    "long",
    "crisis",
    "between",
    "the",
    "wars",
    "when",
    "unions",
    "councils",
    "and",
    "cooperatives",
    "grew",
    "in",
    "the",
    "cities",
    "and",
    "the",
    "countryside",
    "while",
    "governments",
    "answered",
    "with",
    "repression",
    "censorship",
    "and",
    "exile",
    "many",
    "militants",
    "crossed",
    "borders",
    "carried",
    "newspapers",
    "and",
    "pamphlets",
    "and",
    "kept",
    "in",
    "touch",
    "through",
    "letters",
    "that",
    "survive",
    "today",
    "in",
    "archives",
    "scattered",
    "across",
    "several",
    "countries",
]

WORKS = (
    "E. P. Thompson, *The Making of the English Working Class*, Gollancz, London 1963, p. {p}.",
    "Giovanni Sabbatucci, *I combattenti nel primo dopoguerra*, Laterza, Roma-Bari 1974, "
    "pp. {p}-{q}.",
    "Pierre Broué, «Trotsky et le bloc des oppositions de 1932», *Cahiers Léon Trotsky*, 5, "
    "1980, pp. {p}-{q}.",
    "Ibid., p. {p}.",
    "Eric Hobsbawm, *Primitive Rebels*, Manchester University Press, Manchester 1959, ch. {c}.",
    "Thompson, *The Making*, cit., p. {p}.",
    "Leonardo Rapone, *Trotskij e il fascismo*, Laterza, Roma-Bari 1978, pp. {p}-{q}.",
    "Rosa Luxemburg, *Die Akkumulation des Kapitals*, Buchhandlung Vorwärts, Berlin 1913, S. {p}.",
)

COMMENTS = (
    "On this point see also the discussion below.",
    "The letter is kept in the archive of the federation, box {c}.",
    "Compare the figures given in the previous chapter.",
    "The same view is taken by later historians, who add little to it.",
)


def sentence(rng: random.Random, length: int) -> str:
    """A sentence of ``length`` words from :data:`WORDS`, capitalised and closed."""
    words = [rng.choice(WORDS) for _ in range(length)]
    return " ".join(words).capitalize()


def note_text(rng: random.Random, number: int) -> str:
    """A note: a citation, sometimes with a comment; note 7 is long and has two paragraphs."""
    work = rng.choice(WORKS).format(p=rng.randint(3, 300), q=rng.randint(301, 400), c=number)
    if number == 7:
        # long enough to run onto the next page in every PDF
        first = " ".join(sentence(rng, 14) + "." for _ in range(9))
        second = " ".join(sentence(rng, 12) + "." for _ in range(8))
        return f"{first} {work}\n\n    {second}"
    if rng.random() < 0.3:
        return f"{work} {rng.choice(COMMENTS).format(c=number)}"
    return work


def article(rng: random.Random) -> tuple[str, list[dict[str, str]], list[dict[str, str]]]:
    """The Markdown article, its notes (label, text) and markers (label, word before)."""
    body: list[str] = ["# Labour, exile and the press, 1919–1939", ""]
    notes: list[dict[str, str]] = []
    markers: list[dict[str, str]] = []
    definitions: list[str] = []
    number = 0
    for paragraph in range(16):
        if paragraph in (5, 11):
            body += [f"## Part {paragraph // 5}", ""]
        sentences = []
        for _ in range(rng.randint(3, 6)):
            text = sentence(rng, rng.randint(9, 20))
            if rng.random() < 0.45:
                number += 1
                label = str(number)
                word = text.rsplit(" ", 1)[-1]
                # markers after the full stop and mid-sentence, as printed books have both
                if rng.random() < 0.6:
                    text = f"{text}.[^{label}]"
                    word += "."
                else:
                    text = f"{text}[^{label}] and so on."
                markers.append({"label": label, "before": word})
                body_note = note_text(rng, number)
                definitions.append(f"[^{label}]: {body_note}")
                notes.append({"label": label, "text": body_note.replace("\n\n    ", "\n\n")})
            else:
                text += "."
            sentences.append(text)
        body += [" ".join(sentences), ""]
    body += ["## Bibliography", ""]
    for work in sorted({w.split(", p")[0].split(", S.")[0] for w in WORKS if "cit." not in w}):
        if not work.startswith("Ibid") and not work.startswith("Thompson,"):
            body += [work.replace(", ch. {c}.", "").rstrip(".") + ".", ""]
    return "\n".join(body + definitions) + "\n", notes, markers


def plain(markdown_text: str) -> str:
    """Markdown emphasis removed, as a reader of the rendered document sees the text."""
    return markdown_text.replace("*", "")


def run(*command: str, cwd: Path | None = None) -> None:
    """Run a command, failing loudly."""
    subprocess.run(command, check=True, cwd=cwd, capture_output=True)


def two_column_docx(docx: Path, target: Path) -> None:
    """``docx`` with its one section set in two columns on A5 pages."""
    section = (
        '<w:sectPr><w:pgSz w:w="8391" w:h="11906"/><w:pgMar w:top="1134" w:right="1134" '
        'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
        '<w:cols w:num="2" w:space="454"/></w:sectPr>'
    )
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", section.encode() + b"</w:body>")
            copy.writestr(item, data)


def libreoffice_pdf(docx: Path, target: Path, folder: Path) -> None:
    """``docx`` printed to PDF by LibreOffice."""
    run(
        "soffice",
        "--headless",
        f"-env:UserInstallation=file://{folder}/lo-profile",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(docx),
    )
    shutil.move(folder / (docx.stem + ".pdf"), target)


def main() -> None:
    """Write every fixture beside this script."""
    rng = random.Random(SEED)
    markdown_text, notes, markers = article(rng)
    source = HERE / "article.md"
    source.write_text(markdown_text, encoding="utf-8")
    gold = {
        "notes": [{"label": n["label"], "text": plain(n["text"])} for n in notes],
        "markers": markers,
    }
    (HERE / "article.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for suffix in ("docx", "odt", "epub", "html"):
        extra = ["--standalone"] if suffix == "html" else []
        run("pandoc", str(source), "-o", str(HERE / f"article.{suffix}"), *extra)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for columns, options in ((1, []), (2, ["-V", "classoption=twocolumn"])):
            tag = "" if columns == 1 else "-2col"
            run(
                "pandoc",
                str(source),
                "-o",
                str(HERE / f"article-latex{tag}.pdf"),
                "-V",
                "geometry:a5paper,margin=2cm",
                "-V",
                "fontsize=10pt",
                *options,
            )
        libreoffice_pdf(HERE / "article.docx", HERE / "article-lo.pdf", folder)
        two_columns = folder / "article-2col.docx"
        two_column_docx(HERE / "article.docx", two_columns)
        libreoffice_pdf(two_columns, HERE / "article-lo-2col.pdf", folder)
        # bad inputs: an encrypted PDF and one with no text layer (a drawn box only)
        run(
            "qpdf",
            "--encrypt",
            "user",
            "owner",
            "256",
            "--",
            str(HERE / "article-lo.pdf"),
            str(HERE / "encrypted.pdf"),
        )
        tex = folder / "scanned.tex"
        tex.write_text(
            "\\documentclass{article}\\pagestyle{empty}\\begin{document}"
            "\\rule{8cm}{12cm}\\end{document}\n"
        )
        run("pdflatex", "-interaction=batchmode", tex.name, cwd=folder)
        shutil.move(folder / "scanned.pdf", HERE / "scanned.pdf")


if __name__ == "__main__":
    main()
