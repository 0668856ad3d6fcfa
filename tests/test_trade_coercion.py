"""Trade wars and economic coercion: tariffs and duties, entity lists, embargoes on purchases,
WTO challenges, tariffs eased, trade talks halted, sanctions offices and trade officials
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from diurna.pipeline import Coder
from tests.test_pipeline import coded as coded_on
from tests.test_pipeline import located


def coded(coder: Coder, text: str, date: str = "2025-08-01") -> list[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of each event coded in a text."""
    return coded_on(coder, text, date=date)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India imposed anti-dumping duties of up to 30 percent on Chinese steel.",
            [("IND", "CHN", "163")],
        ),
        (
            "Turkey imposed additional duties of 40 percent on American rice.",
            [("TUR", "USA", "163")],
        ),
    ],
)
def test_duties_imposed_are_tariffs(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Duties imposed are a sanction as tariffs are, though the parser hangs their "on" on the
    rate ("of up to 30 percent on …"); they had no event."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Commerce Department added 23 Chinese companies to the Entity List.",
            [("USAGOV", "CHNBUS", "163")],
        ),
        (
            "Beijing placed two American chip companies on its unreliable entity list.",
            [("CHN", "USABUS", "163")],
        ),
        (
            "Britain put four Iranian banks on its sanctions list.",
            [("GBR", "IRNBUS", "163")],
        ),
        ("The party added her to the list of candidates.", []),
    ],
)
def test_a_listing_that_carries_sanctions_imposes_them(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Added to or placed on an entity or sanctions list, as on a blacklist (163); a plain list
    carries none."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_a_threat_to_list_firms_threatens_sanctions(coder: Coder) -> None:
    """The threat takes its code from the listing threatened (1312), not a bare threat (130)."""
    text = "China threatened to add American arms makers to its unreliable entity list."
    assert ("CHN", "1312") in [(s, c) for s, _, c in coded(coder, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing halted purchases of Canadian canola.", [("CHN", "CAN", "163")]),
        ("China suspended purchases of Australian barley.", [("CHN", "AUS", "163")]),
    ],
)
def test_purchases_halted_are_an_embargo(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Purchases halted, as imports halted, are an embargo on the goods' state."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil filed a WTO challenge against American tariffs on its orange juice.",
            [("BRA", "USA", "115")],
        ),
        (
            "Canada launched a legal challenge against U.S. duties on softwood lumber.",
            [("CAN", "USA", "115")],
        ),
        ("The senator launched a challenge against the party leader.", []),
    ],
)
def test_a_wto_or_legal_challenge_is_a_suit(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A WTO, legal or court challenge is a case brought (115); a political one has no row."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa cancelled its retaliatory tariffs on American goods.", [("CAN", "USA", "085")]),
        (
            "The EU withdrew its countermeasures against the United States.",
            [("IGOEUREEC", "USA", "085")],
        ),
        (
            "Japan asked the United States to cancel the tariffs on its cars.",
            [("JPN", "USA", "0254")],
        ),
        ("India urged Washington to revoke the tariffs.", [("IND", "USA", "0254")]),
        (
            "Britain and India agreed to slash tariffs on whisky and cars.",
            [("GBR", "IND", "0354"), ("IND", "GBR", "0354")],
        ),
    ],
)
def test_tariffs_cancelled_or_cut_are_sanctions_eased(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Tariffs or countermeasures cancelled, withdrawn, revoked or cut ease an embargo (085),
    and so do an appeal for it (0254, not a bare 020 or a policy change 0242) and an agreement
    to do it (0354, not a bare 030)."""
    assert coded(coder, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington cut off trade talks with Ottawa.", [("USA", "CAN", "164")]),
        ("Lithuania cut off trade with Belarus.", [("LTU", "BLR", "163")]),
    ],
)
def test_trade_talks_cut_off_halt_negotiations(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """Trade talks cut off halt negotiations (164), not trade (163), which stays for trade."""
    assert coded(coder, text) == expected


@pytest.mark.model
def test_tariffs_on_an_amount_of_goods_are_on_the_goods_state(coder: Coder) -> None:
    """ "tariffs on 15 billion Canadian dollars of U.S. products": the currency names the
    retaliating state itself; the party is the goods' state (no event at all before)."""
    text = "Canada retaliated with levies on 15 billion Canadian dollars of U.S. products."
    assert coded(coder, text) == [("CAN", "USA", "163")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "OFAC sanctioned three Iranian shipping firms.",
            "2025-08-01",
            [("USAGOV", "IRNBUS", "163")],
        ),
        (
            "The Bureau of Industry and Security added 12 Chinese firms to its Entity List.",
            "2025-08-01",
            [("USAGOV", "CHNBUS", "163")],
        ),
        ("MOFCOM accused Washington of bullying.", "2025-08-01", [("CHNGOV", "USA", "112")]),
        ("Howard Lutnick criticised Canada.", "2025-04-01", [("USAGOV", "CAN", "111")]),
        ("Robert Lighthizer criticised China.", "2019-05-01", [("USAGOV", "CHN", "111")]),
        ("Wang Wentao criticised the United States.", "2025-04-01", [("CHNGOV", "USA", "111")]),
    ],
)
def test_sanctions_offices_and_trade_officials(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """The U.S. sanctions and export-control offices, China's commerce ministry and the trade
    officials of the trade wars are their governments (they had no country, or no code)."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
def test_an_agreement_told_by_another_state_is_not_at_its_dateline(coder: Coder) -> None:
    """An act coded at a to-clause ("had agreed to lift the tariffs", 0354 at "lift") is placed
    by its carrier's clause too: Trump's agreement, told in Ottawa, was not made there."""
    text = (
        "OTTAWA (Reuters) — Prime Minister Mark Carney said on Friday that U.S. President Donald"
        " Trump had agreed to lift the tariffs on Canadian lumber."
    )
    assert located(coder, text, "2025-08-02") == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "President Joe Biden signed an executive order imposing sanctions on Russian banks.",
            "2022-03-01",
            [("USAGOV", "RUSBUS", "163")],
        ),
        (
            "President Joe Biden signed an executive order easing sanctions on Venezuela's oil"
            " sector.",
            "2023-10-20",
            [("USAGOV", "VEN", "085")],
        ),
        (
            "Egypt and Sudan signed an agreement banning smuggling across their border.",
            "2023-10-20",
            [("EGY", "SDN", "057")],
        ),
    ],
)
def test_what_a_signed_order_does_is_its_signers_act(
    coder: Coder, text: str, date: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """An executive order or decree signed is no agreement (057): what its participle does is
    the signer's act (no event before); an agreement signed stays one."""
    assert coded(coder, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union agreed on a price cap on Russian petroleum products.",
            [("IGOEUREEC", "RUS", "163")],
        ),
        ("Australia imposed a price cap on Russian oil.", [("AUS", "RUS", "163")]),
        ("Japan tightened the price cap on Russian crude.", [("JPN", "RUS", "163")]),
        ("The unions agreed to a cap on wage increases.", []),
    ],
)
def test_a_price_cap_on_a_states_goods_is_a_sanction(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """A price cap agreed, imposed or tightened on a state's oil is a sanction on it (163), not
    an agreement with it (030) nor nothing; a cap of no price is no sanction."""
    assert coded(coder, text, "2023-02-01") == expected
