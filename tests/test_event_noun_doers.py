"""Who does an act an event noun names when the noun is another verb's object: the "of" phrase of
a release, expulsion, extradition or arrest is whom the act is done to, so the verb's subject acts
("approved the release of Palestinian prisoners" is not a Palestinian release). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Israeli cabinet approved the release of 90 Palestinian prisoners.",
            [("ISRGOV", "PSECVL", "0841")],
        ),
        ("Turkey approved the extradition of two Swedish citizens.", [("TUR", "SWECVL", "063")]),
        (
            "Russia confirmed the arrest of a U.S. soldier in Vladivostok.",
            [("RUS", "USAMIL", "173")],
        ),
        # a deployment's or visit's "of" phrase is who acts
        ("Kenya approved the deployment of Kenyan police to Haiti.", [("KEN", None, "153")]),
        # one who helps an act along or objects to it does not do it
        (
            "Qatar facilitated the release of four American detainees held by Iran.",
            [("IRN", "USACVL", "0841")],
        ),
    ],
)
def test_an_event_nouns_of_phrase_is_acted_on(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert coded(coder, text, date="2025-02-01") == expected
