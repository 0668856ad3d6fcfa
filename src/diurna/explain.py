"""Human-readable account of how diurna coded a text: parse, mentions, patterns, decisions."""

from __future__ import annotations

from diurna.clean import normalise_date
from diurna.extract.article import Extraction, extract
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
    found = extract(
        doc, article, coder.resolver, coder.sentence_coder, trace=True, gazetteer=coder.gazetteer
    )
    lines: list[str] = []
    if not only_actors:
        lines.extend(article_decisions(found, offset))
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
        for said in coded.date_mentions:
            got = said.resolved
            day = got.day.isoformat() if got.day else "no day"
            lines.append(f"    {said.text!r} -> {day} ({got.precision}): {got.how}")
        for named in found.places:
            if coded.sentence.start <= named.start < coded.sentence.end:
                spot = f"{named.place.name} ({named.place.country})" if named.place else "-"
                lines.append(f"  place: {named.text!r} -> {spot}: {named.how}")
        lines.append("  candidates:")
        for d in coded.decisions:
            rule = f"{d.pattern.rule} [{d.pattern.code}]" if d.pattern else "-"
            lines.append(f"    {d.trigger!r}: pattern {rule} -> {d.outcome}")
        if not coded.decisions:
            lines.append("    (no verb or noun the lexicon knows)")
        lines.append("  events:")
        for e, ctx in zip(coded.events, coded.contexts, strict=True):
            target = e.target.code if e.target else "-"
            flag = " NEGATED" if e.negated else ""
            lines.append(f"    {e.source.code} -> {target} {e.code} ({e.rule}){flag}")
            when = ctx.date.isoformat() if ctx.date else "null"
            lines.append(f"      date {when} ({ctx.date_precision}): {ctx.date_how}")
            spot = ctx.location.name if ctx.location else "null"
            lines.append(f"      place {spot}: {ctx.place_how}")
            if ctx.quote is not None:
                lines.append(f"      coded from quote {ctx.quote}")
        if not coded.events:
            lines.append("    (none)")
    return "\n".join(lines)


def article_decisions(found: Extraction, offset: int) -> list[str]:
    """The article-level decisions: dateline, quotations (with how each speaker was found) and
    the stretches whose quote marks were refused."""
    lines: list[str] = []
    if found.dateline is not None:
        lines.append(f"dateline: {found.dateline.text!r} date {found.dateline.date or '-'}")
    lines.append("quotes:")
    for index, quote in enumerate(found.quotes):
        if quote.end <= offset:
            continue
        kind = "direct" if quote.direct else "indirect"
        who = f"{quote.speaker.code} {quote.speaker.text!r}" if quote.speaker else "null"
        lines.append(f"  [{index}] {kind} {quote.text!r}")
        lines.append(f"      speaker {who}: {quote.how}")
    if not found.quotes:
        lines.append("  (none)")
    for refusal in found.refusals:
        lines.append(f"  refused [{refusal.start}:{refusal.end}]: {refusal.reason}")
    return lines
