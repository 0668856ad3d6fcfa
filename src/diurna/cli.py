"""The ``diurna`` command line: thin commands over the library functions of the same name."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from tqdm import tqdm

from diurna import __version__
from diurna.clean import article_key
from diurna.cli_store import describe, register
from diurna.errors import DiurnaError
from diurna.evaluate import check_floors, digest, evaluate, load_gold, raise_floors
from diurna.evaluate_actors import evaluate_actors, load_actor_gold
from diurna.explain import explain
from diurna.ingest import read_inputs
from diurna.model import CodedArticle, RawArticle
from diurna.output import FORMATS, write_jsonl, write_tsv
from diurna.pipeline import Coder, load_coder, process
from diurna.store import open_store, store_articles

app = typer.Typer(add_completion=False, no_args_is_help=True, help="News in, event data out.")
err = Console(stderr=True)
log = logging.getLogger("diurna")
PROGRESS_DELAY_S = 2.0  # only runs longer than this show a progress bar

DictionaryOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--dictionary",
        "-d",
        help="A PETRARCH-format actors/agents/discards file to add (repeatable).",
    ),
]
LenientOption = Annotated[
    bool,
    typer.Option(
        "--lenient-dictionaries",
        help="Skip malformed lines of --dictionary files (listed on stderr) instead of failing.",
    ),
]


def coder_for(dictionaries: list[Path] | None, lenient: bool) -> Coder:
    """Load the coder; a malformed knowledge or dictionary file exits with its file and line."""
    try:
        coder = load_coder(dictionaries=tuple(dictionaries or ()), lenient=lenient)
    except DiurnaError as exc:
        err.print(f"diurna: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    problems = coder.codebook.dictionaries.problems
    if problems:
        err.print(f"diurna: skipped {len(problems)} malformed dictionary lines:", highlight=False)
        for problem in problems[:20]:
            err.print(f"  {problem}", highlight=False)
    return coder


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"diurna {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show version."),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug messages.")] = False,
) -> None:
    """diurna turns news articles into CAMEO-coded political event records."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="diurna: %(message)s",
        stream=sys.stderr,
        force=True,
    )


@app.command()
def code(
    inputs: Annotated[
        list[str], typer.Argument(help=".jsonl/.txt/.html files, directories, or - for stdin")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl (articles) or tsv (event lines).")
    ] = "jsonl",
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Worker processes.")] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per spaCy batch.")
    ] = 64,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 if any input was skipped.")
    ] = False,
    table: Annotated[
        bool, typer.Option("--table", help="Also print a table of the events.")
    ] = False,
    dictionary: DictionaryOption = None,
    lenient: LenientOption = False,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Also store the results in this SQLite database."),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="With --db: skip inputs already stored.")
    ] = False,
    no_merge: Annotated[
        bool, typer.Option("--no-merge", help="With --db: do not merge events afterwards.")
    ] = False,
) -> None:
    """Code articles into events, one output object per input article, in input order.

    With --db the results are stored (each article atomically) and merged across sources;
    JSONL then goes to stdout only when -o is given.
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    writer = write_jsonl if fmt == "jsonl" else write_tsv
    coded = skipped = events = resumed = 0
    shown: list[CodedArticle] = []
    inputs_stream = read_inputs(inputs)
    if db is not None and resume and db.exists():
        kept = []
        try:
            with open_store(db, readonly=True) as store:
                for item in inputs_stream:
                    key = article_key(item) if isinstance(item, RawArticle) else None
                    if key is not None and store.has_article(key):
                        resumed += 1
                    else:
                        kept.append(item)
        except DiurnaError as exc:
            err.print(f"diurna code: {exc}", highlight=False)
            raise typer.Exit(2) from exc
        inputs_stream = iter(kept)
    with ExitStack() as stack:
        out: IO[str] | None = None
        if output is not None:
            out = stack.enter_context(output.open("w", encoding="utf-8"))
        elif db is None:
            out = sys.stdout
        coder = coder_for(dictionary, lenient) if jobs == 1 else None
        results = process(
            inputs_stream,
            coder,
            batch_size=batch_size,
            jobs=jobs,
            dictionaries=tuple(dictionary or ()),
            lenient=lenient,
        )
        bar = stack.enter_context(
            tqdm(results, disable=quiet, delay=PROGRESS_DELAY_S, unit=" articles", file=sys.stderr)
        )

        def reported() -> Iterator[CodedArticle]:
            nonlocal coded, skipped, events
            for article in bar:
                if out is not None:
                    writer(article, out)
                if article.skipped:
                    skipped += 1
                    err.print(
                        f"diurna: {article.origin}: skipped: {article.skipped}", highlight=False
                    )
                else:
                    coded += 1
                    events += sum(not e.negated for e in article.events)
                    if table:
                        shown.append(article)
                yield article

        if db is None:
            for _ in reported():
                pass
        else:
            try:
                summary = store_articles(db, reported(), merge=not no_merge)
            except DiurnaError as exc:
                err.print(f"diurna code: {exc}", highlight=False)
                raise typer.Exit(2) from exc
            if not quiet:
                err.print(f"diurna: {db}: {describe(summary)}", highlight=False)
    if resumed and not quiet:
        err.print(f"diurna: --resume: {resumed} inputs already in {db}", highlight=False)
    if table:
        print_table(shown)
    if not quiet:
        where = f"; full output in {output}" if output else ""
        err.print(f"diurna: coded {coded} articles, {events} events, skipped {skipped}{where}")
    if (coded == 0 and not resumed) or (strict and skipped):
        raise typer.Exit(1)


def print_table(articles: list[CodedArticle], limit: int = 60) -> None:
    table = Table(title="Events (first rows; see the output file for all fields)")
    for column in ("article", "date", "source", "cameo", "target", "trigger"):
        table.add_column(column, overflow="fold")
    rows = [
        (article, event) for article in articles for event in article.events if not event.negated
    ]
    for article, event in rows[:limit]:
        table.add_row(
            str(article.id),
            event.date or "",
            event.source.code,
            f"{event.cameo} {event.plover or ''}".strip(),
            event.target.code if event.target else "",
            event.trigger.text,
        )
    Console().print(table)


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSONL: text, date, expected [{source, target, code}]")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    floors: Annotated[
        Path | None, typer.Option("--floors", help="Ratchet file; fail below its floors.")
    ] = None,
    update_floors: Annotated[
        bool, typer.Option("--update-floors", help="Raise the floors to today's scores.")
    ] = False,
    dictionary: DictionaryOption = None,
    lenient: LenientOption = False,
) -> None:
    """Score diurna on a sentence-level gold file (precision/recall/F1 at three levels)."""
    if not logging.getLogger("diurna").isEnabledFor(logging.DEBUG):
        # Gold sets often carry no publication date; one warning per sentence is noise here.
        logging.getLogger("diurna.extract").setLevel(logging.ERROR)
    try:
        if is_actor_gold(gold):
            scores = evaluate_actors(load_actor_gold(gold), coder_for(dictionary, lenient))
        else:
            scores = evaluate(load_gold(gold), coder_for(dictionary, lenient))
    except (DiurnaError, OSError, ValueError) as exc:
        err.print(f"diurna eval: {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(scores, indent=2))
    else:
        print_scores(scores)
    if floors is None:
        return
    ratchet = json.loads(floors.read_text(encoding="utf-8"))
    if ratchet.get("digest") != digest(gold):
        err.print(f"diurna eval: {gold} changed since {floors} was written; review and re-pin it")
        raise typer.Exit(1)
    failures = check_floors(scores, ratchet["floors"])
    if update_floors:
        ratchet["floors"] = raise_floors(scores, ratchet["floors"])
        floors.write_text(json.dumps(ratchet, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for failure in failures:
        err.print(f"below floor: {failure}")
    if failures:
        raise typer.Exit(1)


def is_actor_gold(path: Path) -> bool:
    """Article-level actor gold has "mentions"; sentence-level event gold has "expected"."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                return "mentions" in json.loads(line)
    return False


def print_scores(scores: dict[str, dict[str, Any]]) -> None:
    if all("gold_mentions" in report for report in scores.values()):
        table = Table(title="diurna eval: actor mentions")
        for column in ("split", "gold", "found", "country", "full", "precision"):
            table.add_column(column)
        for split, r in scores.items():
            table.add_row(
                split,
                str(r["gold_mentions"]),
                *(f"{r[k]:.3f}" for k in ("found", "country", "full", "precision")),
            )
        Console().print(table)
        return
    table = Table(title="diurna eval")
    for column in ("split", "level", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column)
    for split, report in scores.items():
        for level in ("root", "base", "exact"):
            row = report[level]
            table.add_row(
                split,
                level,
                *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1")),
                *(str(row[k]) for k in ("tp", "fp", "fn")),
            )
    console = Console()
    console.print(table)
    for split, report in scores.items():
        extras = {k: v for k, v in report.items() if isinstance(v, float)}
        console.print(
            f"{split}: {report['sentences']} sentences; "
            + ", ".join(f"{k} {v:.3f}" for k, v in extras.items())
        )


@app.command("explain")
def explain_command(
    sentence: Annotated[str, typer.Argument(help="The sentence to code.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD.")] = None,
    context: Annotated[str, typer.Option("--context", help="Preceding sentences.")] = "",
    dictionary: DictionaryOption = None,
    lenient: LenientOption = False,
) -> None:
    """Show how a sentence is coded: parse, actors, patterns tried and why."""
    typer.echo(explain(sentence, coder_for(dictionary, lenient), date=date, context=context))


@app.command("actors")
def actors_command(
    text: Annotated[str, typer.Argument(help="Text whose actor mentions to show.")],
    date: Annotated[
        str | None, typer.Option("--date", help="Date YYYY-MM-DD for people's roles.")
    ] = None,
    dictionary: DictionaryOption = None,
    lenient: LenientOption = False,
) -> None:
    """Show every actor mention with its code, how it was resolved and its offsets."""
    typer.echo(explain(text, coder_for(dictionary, lenient), date=date, only_actors=True))


register(app)


def main() -> None:
    app()
