"""Human-readable account of how diurna coded a text: parse, mentions, patterns, decisions."""

from __future__ import annotations

from diurna.clean import normalise_date
from diurna.extract.article import extract
from diurna.model import Article
from diurna.pipeline import Coder


def explain(
    text: str, coder: Coder, date: str | None = None, context: str = "", only_actors: bool = False
) -> str:
    """Code ``context`` + ``text`` and describe the decisions for ``text``'s sentences."""
    full = f"{context.strip()} {text}".strip() if context.strip() else text
    offset = len(full) - len(text)
    article = Article(
        id="explain", text=full, origin="<explain>", date=normalise_date(date, "--date")
    )
    doc = coder.nlp(full)
    found = extract(doc, article, coder.resolver, coder.sentence_coder, trace=True)
    lines: list[str] = []
    for coded in found.sentences:
        if coded.sentence.end <= offset:
            continue
        sent = doc.char_span(coded.sentence.start, coded.sentence.end, alignment_mode="expand")
        lines.append(f"sentence {coded.sentence.index}: {coded.sentence.text}")
        if not only_actors and sent is not None:
            lines.append(
                "  parse: "
                + " ".join(f"{t.text}/{t.pos_}/{t.dep_}>{t.head.i - sent.start}" for t in sent)
            )
        lines.append("  actors:")
        for m in coded.mentions:
            lines.append(f"    {m.code:<12} {m.text!r} [{m.start}:{m.end}] via {m.how}")
        if not coded.mentions:
            lines.append("    (none)")
        if only_actors:
            continue
        when = f"{coded.date} ({coded.date_precision})" if coded.date else "none pinned"
        lines.append(f"  date: {when}")
        lines.append("  candidates:")
        for d in coded.decisions:
            rule = f"{d.pattern.rule} [{d.pattern.code}]" if d.pattern else "-"
            lines.append(f"    {d.trigger!r}: pattern {rule} -> {d.outcome}")
        if not coded.decisions:
            lines.append("    (no verb or noun the lexicon knows)")
        lines.append("  events:")
        for e in coded.events:
            target = e.target.code if e.target else "-"
            flag = " NEGATED" if e.negated else ""
            lines.append(f"    {e.source.code} -> {target} {e.code} ({e.rule}){flag}")
        if not coded.events:
            lines.append("    (none)")
    return "\n".join(lines)
