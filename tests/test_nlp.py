"""The model pipeline keeps paragraph and quotation boundaries the parser alone gets wrong."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder


@pytest.mark.model
def test_a_closing_quote_ends_its_sentence_and_a_paragraph_starts_one(coder: Coder) -> None:
    text = (
        'Yeltsin called the accord "a victory for common sense."\n\n'
        '"The war is over," Nuri told reporters.\n\n'
        "Talks resume in June\n\n"
        "Rebels shelled the town."
    )
    sentences = [s.text.strip() for s in coder.nlp(text).sents]
    assert sentences == [
        'Yeltsin called the accord "a victory for common sense."',
        '"The war is over," Nuri told reporters.',
        "Talks resume in June",
        "Rebels shelled the town.",
    ]
