"""Gold gate for quotes, dates and places on tests/gold/articles_qdp.jsonl (written for diurna).

Scores, per split ("tune": looked at while building the rules; "heldout": never):
- direct-quote speaker accuracy: a gold direct quote counts when a system quote with the same
  words (or a joined split quotation containing them) carries the gold speaker code (null for
  unattributed);
- indirect-quote recall: gold indirect quotes found (same words, any speaker);
- event-date accuracy over gold events with a date, and event-place accuracy over all gold
  events (null must stay null), both on the events diurna coded in the gold sentence (a
  sentence where it coded none is counted as uncovered, not scored);
- place-mention country accuracy: each gold place name resolved to the gold country.
A gold event names its sentence by the offset of the sentence's first word ("start"); its
"sentence" index is the parser's count when the gold was written, kept for the reader.
Gold places are cities, towns and countries; a region the gazetteer cannot hold (Ladakh,
Kashmir, Sagaing) is gold null for an event.

The 382 articles: qdp-01…30 were written with the rules; qdp-31…382 were written in 28 batches by
writers who never ran diurna on them. Splits were redrawn on 2026-11-29: every article whose misses
were read while rules were built is "tune" (qdp-01…05, 07…26, 28…86, 119…130, 143…166, 179…202,
215…226, 239…250, 263…298, 311…346, 359…382); "heldout" is qdp-06, qdp-27, the batch qdp-87…102,
scored once when it was added, the batch qdp-103…118 (16 stories from regions the set lacked, added
2026-11-29, session 10) and the batch qdp-131…142 (Europe, the Middle East, Asia; added in session
11), the batch qdp-167…178 (Western Europe, North America, Central Asia) the batch qdp-203…214
(East and South Asia) and the batch qdp-227…238 (East and Central Africa), all three added in
session 12, and the batch qdp-251…262 (East and Southeast Asia), added in session 13, and the batch
qdp-299…310 (Eastern Europe, the Caucasus, Russia) and the batch qdp-347…358 (Central and East
Asia), both added in session 14. (The qdp-87…102 list of event-place misses was printed once by
mistake at the end of that session, after the last place rule; no rule was built from it. Its quote
and date misses have not been read.)
First scores of each blind batch (before the rules built on it), for the record: qdp-43…56 direct
speaker 0.52, indirect recall 0.879, date 0.95, place 0.744; qdp-57…70 0.50, 0.939, 0.905, 0.758;
qdp-71…86 0.268 at the session's start and 0.429 when first read, 0.863, 1.0, 0.677; qdp-87…102
0.40 at the session's start and 0.62 when added, 0.91, 0.962, 0.70; qdp-103…118 0.79, 0.915, 0.917,
0.776 (place country 0.971) when added; qdp-119…130 (Latin America, Africa, South Asia; tune)
0.743, 0.915, 0.806, 0.795 (place country 0.833) and qdp-131…142 0.658, 0.886, 0.938, 0.673 (0.977)
when written, in session 11; qdp-143…166 (Southeast Asia, Oceania, North America, the Caribbean,
the Horn of Africa, Central and North Africa, the Gulf, Eastern Europe and the Caucasus; tune)
0.748, 0.909, 0.80, 0.654 (0.963) when written, in session 12, with the rules of that session's
first commit (their event places got geonames ids where the gold country has exactly one place of
that name, as for qdp-119…142); qdp-167…178 (held out) 0.81, 0.98, 0.88, 0.718 (0.927) and
qdp-179…190 (South and Central America, West and Southern Africa; tune) 0.816, 0.955, 0.889, 0.735
(0.946) when written, later in session 12, with the rules of commit baa6396; qdp-191…202 (the
Middle East and North Africa; tune) 0.759, 0.963, 0.875, 0.575 (0.839) and qdp-203…214 (held out)
0.767, 0.907, 0.964, 0.756 (0.909) when written, with the rules of commit 64da284; qdp-215…226
(Eastern Europe, the Balkans, Russia, Ukraine, Turkey; tune) 0.711, 0.952, 1.0, 0.90 (0.966) when
written, with the rules of commit 2976984; qdp-227…238 (held out) 0.80, 0.977, 1.0, 0.73 (0.974)
when written, with the rules of commit 5599716; qdp-239…250 (Europe: the Balkans, the Caucasus, the
Baltic, Eastern and Western Europe; tune) 0.795, 0.926, 0.955, 0.784 (0.884) and qdp-251…262 (held
out) 0.781, 0.891, 0.926, 0.775 (0.903) when written, in session 13, with the rules of commit
6fcd319; qdp-263…274 (the Middle East, North Africa, Central Asia; tune) 0.914, 0.932, 0.778, 0.756
(0.941) and qdp-275…286 (Latin America and sub-Saharan Africa; tune) 0.846, 0.917, 0.905, 0.786
(0.821) when written, later in session 13, with the rules of commit b8ce25f. In session 14:
qdp-299…310 (held out) 0.878, 0.943, 0.789, 0.789 (0.975) and qdp-323…334 (the Americas and Western
Europe; tune) 0.865, 0.941, 0.913, 0.714 (1.0) with the rules of commit 7a7c836 plus a "candidate"
sector row; qdp-287…298 (South and Southeast Asia; tune) 0.816, 1.0, 0.87, 0.78 (0.933) and
qdp-311…322 (West, Central and North Africa; tune) 0.561, 0.907, 0.875, 0.825 (0.941) with those
rules and the nickname rule of commit 0b37f21; later in session 14, with the rules of commit
6a1e44c: qdp-335…346 (the Middle East; tune) 0.839, 0.946, 0.917, 0.675 (1.0), qdp-347…358 (held
out) 0.771, 0.956, 0.971, 0.717 (0.972), qdp-359…370 (eastern and southern Africa; tune) 0.906,
0.951, 1.0, 0.897 (0.926) and qdp-371…382 (Latin America and the Caribbean; tune) 0.878, 0.95,
0.92, 0.857 (0.971).
Six tune event places got the geonames id of the place their name stands for under another
spelling (Ben Guerdane: Ben Gardane; Marsa Matrouh; Ras al-Ain: Ra's al 'Ayn), checked by hand
when diurna learned to read such spellings (session 14).
One gold speaker was corrected: qdp-30's Houthi leader was YEMREB while the same article's other
Houthi quotation was IMGYEMHOU, the code CODING.md prescribes for armed groups. qdp-30's Hodeidah
got its geonames id (79415, Al Hudaydah), left null when the gazetteer lacked the name. The blind
writers coded quoted private people as civilians ("Grace Achieng, a shopkeeper" → KENCVL): they
speak as residents, protesters or victims, whom CODING.md codes CVL, and it gives BUS to companies.
Since 2026-11-29 (session 10) diurna agrees for one private person; the human-coded PLOVER bench
codes "a Nigerian student" NGAEDU and "a Saudi businessman" SAUBUS, which now count against it
there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from diurna.extract.article import Extraction
from diurna.extract.gazetteer import normalise
from diurna.model import CodedArticle, RawArticle
from diurna.pipeline import Coder, extractions
from diurna.records import build_article

GOLD = Path(__file__).resolve().parent / "gold" / "articles_qdp.jsonl"
# The issue's floors, on the whole gold (all 382 articles). Direct-quote speaker accuracy was
# met in session 14 (0.911) and event-place accuracy in session 15 (0.852, 1,040 of 1,220
# events; it was 0.829 at the session's start), both on all the articles, tune and held out.
ISSUE_FLOORS = {
    "direct_speaker_accuracy": 0.90,
    "indirect_recall": 0.75,
    "event_date_accuracy": 0.90,
    "event_place_accuracy": 0.85,
    "place_country_accuracy": 0.95,
}
# Ratchet per split (raise; lower only with a reason written here): the scores of 2026-11-29.
# Tune event place went 0.812 -> 0.808 when "supporters" became civilians: a sentence that had
# no event (qdp-33 s5) got one, whose place (the dateline city, beyond the first paragraph) is
# missed; no event that was placed right before was placed wrong after.
# Held-out event place went 0.733 -> 0.717 on 2026-11-29 (session 10) when event nouns carried
# by a pledged or threatened verb became the intent's code: one more held-out event is coded
# (coverage 0.634 -> 0.648) and its place is wrong; the right places stayed 33 (33/45 -> 33/46).
# The held-out figures were re-pinned when the 16 blind articles qdp-103…118 joined the split.
# Tune event place went 0.842 -> 0.839 when stated refusals became rejections (12x): one more
# tune event is coded and its place is wrong; the right places stayed 198 (198/235 -> 198/236).
# Event-place accuracy is a share of the events diurna codes in gold sentences, so it falls a
# little whenever a rule codes one more event whose place is missed. Its ratchet is therefore
# the number of events placed right, which must never fall, with the share pinned below it.
# Re-pinned in session 11 when 24 blind articles joined (qdp-119…130 tune, qdp-131…142 held
# out): tune date 0.962 -> 0.941 and held-out direct speaker 0.783 -> 0.758, place 0.773 ->
# 0.74 are the new articles' lower scores (their first scores are in the module docstring),
# not losses on the old ones, which the rules of that session raised.
# Held-out direct speaker went 0.765 -> 0.758 (one quotation of 153) when people came to be
# coded as of the latest day the story has reached rather than the publication day (tune
# 0.945 -> 0.961: four resignation-day quotations). The rule follows CODING.md ("the event date
# decides"); the held-out miss was not read.
# Re-pinned in session 12 when the 24 blind articles qdp-143…166 joined the tune split (their
# first scores are in the module docstring): tune direct speaker 0.961 -> 0.939, date 0.95 ->
# 0.92, place 0.86 -> 0.83 are theirs. One old tune event (qdp-62 s0, an expulsion by
# "Montenegro's foreign ministry" under a Podgorica dateline, gold place null) is now placed in
# the dateline city, since a country owning the subject ("Serbia's ambassador") is a party, not
# a place elsewhere: tune places right 252 -> 251 of the old articles.
# Re-pinned again in session 12 when qdp-167…178 (held out, never read) and qdp-179…190 (tune)
# joined: their first scores are in the module docstring; the old articles lost nothing.
# Re-pinned a third time in session 12 when qdp-191…202 (tune) and qdp-203…214 (held out, never
# read) joined, a fourth when qdp-215…226 (tune) and a fifth when qdp-227…238 (held out) joined;
# the old articles lost nothing.
# Re-pinned in session 13 when qdp-239…250 (tune) and qdp-251…262 (held out, never read) joined:
# tune place country 0.963 -> 0.958, indirect recall 0.935 -> 0.934, held-out place country
# 0.953 -> 0.948, indirect recall 0.932 -> 0.927 and date 0.955 -> 0.951 are the new articles'
# first scores mixing in (module docstring). Tune event place 0.849 -> 0.846 also counts events
# newly coded once a family name the tagger took for a place refers back to its person
# (coverage 0.637 -> 0.642), some of whose places are missed; the events placed right are pinned.
# Re-pinned again in session 13 when qdp-263…286 joined the tune split: tune date 0.934 -> 0.922,
# place 0.85 -> 0.841, place country 0.958 -> 0.952 and indirect recall 0.959 -> 0.954 are their
# first scores mixing in (module docstring); the place-country floor (0.95 on all) was then met
# again by finding hyphenated names, names after a place noun, and towns of the article's
# countries before namesakes abroad (held-out place country 0.948 -> 0.954).
# Re-pinned in session 14 when qdp-287…298, 311…334 (tune) and qdp-299…310 (held out, never
# read) joined: tune date 0.924 -> 0.918, place 0.844 -> 0.834 and held-out date 0.951 -> 0.938
# are their first scores mixing in (module docstring); the old articles lost nothing.
# Re-pinned again in session 14 when qdp-335…346, 359…382 (tune) and qdp-347…358 (held out)
# joined: tune place 0.849 -> 0.844 and held-out direct speaker 0.821 -> 0.815, place 0.796 ->
# 0.789 are their first scores mixing in (module docstring); the old articles lost nothing.
# Raised at the end of session 15 to its scores (event place tune 0.848 -> 0.872, held out
# 0.789 -> 0.812; place country tune 0.961 -> 0.963).
# Lowered in session 16 (held-out event place 0.812 -> 0.809, placed right 320 -> 318; tune
# unchanged at 720 of 826) by two event rules taken from CAMEO, not from places: an event noun
# that is the object of a verb preventing, ending or judging it ("police prevented the rally")
# is no longer coded as that verb's subject's act, which leaves one held-out gold sentence with
# no event, and "tried to storm" is the use of force rather than a threat, which moves one
# held-out event's place. The held-out sentences were not read.
# Raised again in session 16 when an event noun came to refer back to the act an earlier
# sentence told ("ASEAN condemned the attack"): 19 more tune events are coded, 16 of them placed
# right (tune 720/826 -> 736/844, held out 318/393 -> 324/399, place 0.809 -> 0.812).
# And again when a denial came to answer its accuser ("Doha denied that …") and a visit to a
# town to be aimed at the state the town is in: tune 736/844 -> 747/855, held out 324/399 ->
# 330/405.
# And when two-word prepositions ("drove rebel fighters out of the capital") and a few synonym
# rows came in: tune 747/855 -> 755/864, held out 330/405 -> 333/408.
# And when a dateline the parser makes a sentence of came to open the lead sentence instead:
# tune 755/864 -> 768/879, held out 333/408 -> 335/410.
# And when "the coup", "the ruling" and "the deployment" came to refer back too: tune 768/879
# -> 772/883, held out 335/410 -> 338/413.
# After a review of these rules (a response to its own side's act, coups by soldiers only, a
# denial aimed at the victims, deals and talks referred back to): tune 772/883 -> 773/886 (the
# share 0.874 -> 0.872 as three more events are coded, one placed right), held out 338/413 ->
# 339/414.
# And when "we" in a speaker's quoted words came to stand for the speaker ('"We will strike
# its cities," the spokesman said'): tune 773/886 -> 777/892, the share 0.872 -> 0.871 as
# quoted threats and appeals are placed less often right than the acts around them.
# Then a speech act joined to a reported clause became the speaker's ("Borrell said the vote
# was not free and called on …": +5 tune events, 4 placed right), and "called the strike 'a war
# crime'" stopped coding a strike (143), a protest or an appeal: three wrongly coded tune events
# that were placed right are gone. Tune 777/892 -> 778/895 (share 0.871 -> 0.869, lowered by
# hand for that reason), held out 339/414 -> 342/417.
# Session 17: a verb naming its object with a judgement ("called the sanctions economic
# terrorism") criticises or praises it: tune 778/895 -> 782/899, held out 342/417 -> 343/418.
# Tune event date lowered 0.921 -> 0.920 when "dissolve Congress" became a concession row: in
# "a judge on Thursday ordered Castillo held …, a day after he tried to dissolve Congress" the
# attempt is now coded, rightly dated the day before, and the metric wants every event of the
# sentence on the judge's day.
# Session 22: tune event date lowered 0.920 -> 0.918 when "imposed a state of emergency" came to
# be coded (1724): in qdp-323 "The attack came a day after Noboa imposed a 60-day state of
# emergency" the decree is a new event, dated a day before the last day the article named (the
# Wednesday of the quote before it) where the gold counts from the attack's Tuesday. The right
# dates stayed 551 (551/599 -> 551/600).
# And when an event noun in what a coded verb asks for, denies or makes a condition of ("denied
# that its troops had started the fighting") stopped being coded as a fact: tune 782/899 ->
# 783/899, held out 343/418 -> 343/417.
# Lowered to 782/898 when a plural pronoun in a clause reported by one speaker came to stand
# for the clause's plural subject ("the militants blasted their way into the hotel, the
# minister said"): a wrong criticism (111) aimed by the militants at civilians, placed right,
# is gone.
# Raised when judgements in speech, "both sides", fighting each other, force on a town and
# exercises together came in: tune 782/898 -> 790/907, held out 343/417 -> 348/424.
# Then "took to the streets", impeachment, coups ("overthrew the government") and "blocked X
# from visiting" became rows: tune 790/907 -> 796/917, held out 348/424 -> 349/425. The tune
# share was lowered by hand 0.869 -> 0.868: of the ten new tune events four are placed where
# the gold has none or another town (a street protest "in Beirut and Sidon", "the streets of
# Karak" read as another Karak by the gazetteer, an impeachment dated in Lima).
# Raised back to 0.869 when "condemned the killing/verdict" came to answer the killers or the
# court: tune 796/917 -> 802/923, held out 349/425 -> 351/427.
# After a review of the session's rules ("both sides" of a deal or of a domestic clash,
# clashes in a town between the fighters, a name's apposition judged): tune 809/931, held out
# 354/430.
# Raised when a purpose clause's act ("gathered in Barcelona to protest against …", "marched
# to demand his resignation") came to be its verb's subject's, placed where the verb happened:
# tune 809/931 -> 813/936, held out 354/430 -> 355/432. Held-out date was lowered by hand
# 0.942 -> 0.941 then: one new held-out event is off its gold day (not looked at: held out).
# Raised again when a reported judgement became the speaker's act ("said the accusations were
# a fabrication", "said Romania had been behind the unrest"): tune 813/936 -> 816/941, held out
# 355/432 -> 359/436. The tune share was lowered by hand 0.869 -> 0.867: of the five new tune
# events three are statements placed where the speaker was ("the information ministry in
# Asmara said …", a dateline) and the gold has no place, and one shares a sentence with an
# assault the gold places in Cairo.
# Lowered by one held-out event (359/436 -> 358/435) when a country after "anti-" or "pro-"
# stopped being the actor's own ("an anti-Syria journalist" in Beirut, "pro-Russian
# separatists"): a held-out event placed right is gone, not looked at (held out); the actor gold
# gained a held-out mention.
# Raised when a protest's or demand's participle ("marched through Minsk, demanding his
# resignation") came to be the main verb's subject's act: tune 816/941 -> 821/947.
# Held out lowered 358/435 -> 355/432 by a review of the session's rules, which took out wrong
# events: a claim of one's own attack read as an accusation, a speaker of the story's country
# judging that country, criticism aimed at an act's victim, "removed computers from the
# offices", a purpose clause of a verb another verb governs, an object pronoun read as its own
# clause's doer. Three held-out events placed right went with them (not looked at).
# Session 19: raised when a refusal to step down came to stand alone (1231), a coup to be an act
# (180: "attempted a coup") and "condemned the removal / welcomed the strikes" to answer whoever
# did them: tune 821/947 -> 828/956, held out 355/432 -> 357/434. The tune share was lowered by
# hand 0.867 -> 0.866: of the nine new tune events two are not placed where the gold places
# their sentence (a coup Kiir said soldiers had attempted, unplaced in a story datelined Juba;
# the EU's condemnation of a strike, in a sentence the gold places in Kyiv).
# Raised again by a review of the session's rules and "called for an end to the violence"
# answering whoever was violent, "offered his resignation" and "the deployment of the army":
# tune 828/956 -> 832/961; then 833/962 when "condemned the coup" came to find a coup told as
# one (180) as well as a seizure of power; then 834/964 when an offer or agreement to resign
# came to stand alone (0341). The tune share was lowered by hand 0.866 -> 0.865 then: "Henry has
# agreed to resign once a council is installed" and "leaders said Damiba had offered his
# resignation" are placed at their datelines (Port-au-Prince, Ouagadougou), where the gold has
# no place.
# Session 20: held out 357/434 -> 358/435. The tune share was lowered by hand 0.865 -> 0.864 at
# 834/964 -> 834/965 by three rules: "set fire to part of the embassy building" now reaches the
# building (a partitive), an event whose place is missed because the demonstrators take the
# country of the last one named (Saudi Arabia) in a story datelined Tehran; troops one intends
# to send are no longer the target of one's own threat ("Australia would send about 200 more
# soldiers … to reinforce its force there" was AUS -> AUSMIL 138, placed in Canberra as the
# gold has it, and now names no party); and a pattern's object may be any of coordinated
# nouns, so "granted Assad and his family asylum in Moscow" (parsed as two objects) is coded
# and placed right.
# Then, from a review of those rules, held out 358/435 -> 359/436 and the tune share lowered by
# hand 0.864 -> 0.863 (834/965 -> 834/966): "The foreign ministers of Greece and Macedonia
# signed a deal" under a PSARADES dateline is now coded (057), as the owners of a thing are
# each a party, but the village is not in the gazetteer (the gold has no geonames id either).
# Raised when an actor's act with no place of its own came to be placed where the sentence's
# location phrase puts that actor's other act ("Von der Leyen, who arrived in Kyiv on Friday,
# condemned the strike"): tune 834/966 -> 839/966, held out 359/436 -> 361/436. Lowered by hand
# to 838 when a review of that rule made it ask for the same day and, for a person, the same
# words ("Putin visited Tehran as the foreign ministry denounced …" no longer puts the ministry
# in Tehran): "… a day after demonstrators forced their way into the National Assembly" in a
# sentence placed in Quito is now unplaced (another day).
# Session 21: tune lowered by hand 838/966 -> 836/966 (share 0.867 -> 0.865). What is coordinated
# with an appeal's or demand's content is asked for too, so "Tillerson urged the Gulf states to
# sit down together and resolve their differences" no longer codes Tillerson resolving them
# (037, in two articles): wrong events, placed in Sydney as the gold places the sentence. New
# right events are placed where the gold has no place: "Dbeibah has refused to hand over power"
# (1231) at Tobruk, carried from the sentence before; "Taylor handed power to Vice President
# Moses Blah" (0831) at the Monrovia dateline; "several of his ministers resigned" is unplaced.
# Then raised to 839/970 when a finite verb hung on a demand's or denial's content became the
# demander's next act, and resignation letters handed over and suspended transactions came to
# be coded. Raised to 843/975 when a crowd's rally "in" a city and the "by"-gerund of a verb
# ("gunmen responded by torching vehicles … and firing on troops") came to be coded. Lowered
# by hand to 841/973 (share 0.865 -> 0.864) when a truce, withdrawal or de-escalation (087x)
# stopped taking a place of the actor's own country as its party: two wrong events went, both
# placed where the gold places their sentence ("Somali troops ended a siege of a hotel in
# Mogadishu" was SOMMIL -> SOM 0872; "West African troops halted their advance into Gambia"
# was GMBMIL -> GMB 087, the troops taking Gambia's country).
# Session 22: raised to 843/975 when "imposed a state of emergency" came to be coded and a
# capital's name came to be read as a town of the story's country ("Tripoli" in Lebanon).
# Held-out share lowered by hand 0.828 -> 0.826 (361/436 -> 361/437) when an event noun's "by"
# agent came to be its doer ("the torture of detainees by Syrian security forces"): one more
# held-out gold event is found (coverage 0.699 -> 0.700) and its place is not the gold's; the
# right places stayed 361. The held-out article was not read.
# Session 23: raised to 844 (held out 363) when withdrawals came to be read through particles
# parsed as adverbs. Tune lowered by hand to 843 (share 0.865 -> 0.864) when a
# to-infinitive the parser split from its verb by a date came to be read as its complement
# ("agreed at a summit in Accra on Jan. 9 to close their borders"): that new event carries
# Accra to the next sentence ("The bloc accused the junta of …"), which the gold leaves
# unplaced though the accusation was made at the summit; and a Houthi denial whose party was
# the malformed code "IMG" (a person named before his first dated role) is no longer coded.
# Held out raised to 364 (0.829). Tune raised to 845 when "the two presidents" came to be
# the two parties of the act told before.
# Session 24: held-out share lowered by hand 0.829 -> 0.827 (364/439 -> 364/440) when stances
# said with an adjective or a feeling ("is grateful to", "was alarmed by") came to be coded:
# one more held-out gold event is found (coverage 0.704 -> 0.705) and its place is not the
# gold's; the right places stayed 364. The held-out article was not read. Tune raised to 846
# when a critic of a government came to be an opponent (OPP), and lowered back to 845 when a
# reduction of relations stopped being aimed at the actor's own country: "Venezuela ordered
# diplomats from seven Latin American countries, including Argentina and Peru, to leave" was
# VEN -> VENGOV 161 (the diplomats read as Venezuela's) and is now uncoded; its gold place
# (none) had been right.
# Session 25: raised to 847 (held out 365, share 0.828) when a time phrase stopped counting as
# a prepositional party of the act ("launched a strike on Monday" has no "on" target, "called
# on Friday for sanctions" is no call on Friday): events a date phrase had left unmatched or
# partyless are found.
# Session 26: tune raised to 848 when what an appeal, pledge, demand or rejection is about came
# to narrow its code (an event found by the gold's code at last, at its place). Held-out place
# share lowered by hand 0.828 -> 0.826 when a wish or readiness noun's "to" clause came to name
# the party ("expressed willingness to work with the United States"): one more held-out gold
# event is found (coverage 0.707 -> 0.708) and its place is not the gold's; the right places
# stayed 365. The held-out article was not read. Tune raised to 850 (place share 0.864 ->
# 0.866) when a plain killing by an attack noun came to be that attack and a noun's "by" phrase
# its doer.
# Session 27: tune raised to 853 when verbs coordinated before the one the parser hangs an
# object on came to share it ("arrested and later released 40 protesters"): gold events the
# earlier verb had lost are found, at their places. Then lowered by hand to 852 (tune place
# share 0.866 -> 0.865, tune date share 0.919 -> 0.917, held-out date share 0.943 -> 0.939;
# held out raised to 366) when an act told in an "after"/"since"/"upon" gerund came to be
# coded as a fact of its own, by the main verb's subject ("After meeting the crown prince in
# Riyadh, Blinken flew to Cairo"). The tune events it adds are right ("captured Knin on
# Saturday, a day after launching a major offensive" HRVMIL 190 dated the day before; "seized
# the town after killing 55 people"; "after meeting with military chiefs"), but this gold
# gives each sentence one place and one date, which a second act in it need not share. The
# held-out articles were not read. Tune raised to 854 and the held-out place share to 0.828
# when people named by a region of many states ("European diplomats", "Latin American
# leaders") stopped taking the country of the story.
# Tune raised to 856 (date share back to 0.919, place share 0.866) when an "after" gerund
# came to be a fact only under a verb that tells a past act as done (not "would lift the
# sanctions after meeting Putin").
# Tune raised to 873 and held-out to 370 when a denial of one's part in an act with no accuser
# in sight came to stand alone (016), and police and armed groups came to be of the country
# their own verb places them in.
# Tune raised to 875 when a relative pronoun came to stand for the noun its clause is about ("a
# man whom it accused of spying", "the weapons, which Germany supplied"); held-out lowered by
# hand to 369 (place share 0.828 -> 0.826) with the same rule, one placed event of 447, not read.
# Tune date and place shares raised to 0.92 and 0.869 with this session's rules. Then, with the
# lexicon helper's rows merged (fire on protesters is 175) and 175 counted as force for an act
# named again and for where it happened, tune rose to 877 right places and held-out to 370, with
# four more tune events found (1007 -> 1011: condemnations and a claim of an act named again,
# placeless statements), so the tune shares were set by hand to 0.919 (date) and 0.867 (place).
# Held-out raised to 371 when acronyms written as words ("Ecowas") came to name their body,
# then lowered by hand to 370 (place share 0.826 -> 0.824, articles not read) when artists and
# sportspeople became private people (CVL): "a court sentenced a rapper" now has a target.
# Lowered by hand to 876 and 369 when an "until" clause of what will not be yet came to be a
# condition: qdp-320's "demonstrations would continue until … stepped down" no longer codes the
# resignations as done (0831), which had matched that sentence's gold event by luck; one
# held-out placed event went the same way, unread. Tune place share with it 0.867 -> 0.866.
# Tune raised to 878 (session 29) when an appeal to many whom no actor names ("urged the Gulf
# states to …", "called on political parties to …") came to stand with no target instead of
# taking a party from inside what is asked: four more tune events (1012 -> 1016), two of them
# placeless, so the tune place share was set by hand 0.866 -> 0.864. Held-out stayed 369, then
# rose to 371 when "the launches" or "the test" condemned came to refer to missiles fired.
# Session 30 (probe of domestic politics): tune raised to 882 and held out to 373 (place shares
# 0.864 -> 0.865 and 0.824 -> 0.825) when "the party" came to be the party named before and
# "the takeover" to refer back to a coup (180). Then tune to 886 (place share 0.866) with "the
# decision" judged referring to the latest act a state or body told of, and the held-out date
# share 0.939 -> 0.947 with "since" clauses on a noun ("his first visit since …") no act and
# the participle-date and topic-place rules of the same session.
# Session 31: held out raised to 374 placed (place share 0.825 -> 0.826) and its direct-speaker
# share 0.815 -> 0.835 over the session's six probes and its review fixes (aggregates only: the
# held-out items were not read).
# Session 33: tune raised to 889 placed and its date share 0.919 -> 0.920 over the session's
# four probes (events coded that were not: talks "after" which one acts, denials of "the
# claim", suspensions, visas …), the place share unchanged at 0.866.
# Session 34: tune raised to 892 placed (place share 0.866 -> 0.867) and held-out place share
# 0.826 -> 0.827, with the indirect-speaker shares now ratcheted too (tune 0.904 -> 0.908, held
# out 0.858 -> 0.863: "his office said" after a person's clause is that person's office), over
# the session's four probes and review fixes (aggregates only: the held-out items were not read).
# Session 37: held-out 375 placed (place share 0.827 -> 0.828) and the tune direct-speaker
# share 0.958 -> 0.959, from "I" and "me" in a quotation read as its speaker and a government
# title over the table's opposition role (aggregates only, as before). The held-out share rose
# to 0.838 while a government title also beat the table's former-official role, and fell back
# when review found that rule coding courtesy titles ("President Bill Clinton" in 2015) as
# government; it stays at 0.835.
# Session 39: tune raised to 893 placed, its direct-speaker share 0.959 -> 0.962, date share
# 0.920 -> 0.921 and indirect-speaker share 0.908 -> 0.909, and the held-out direct-speaker share
# 0.835 -> 0.838, over the session's four probes (Caucasus, Balkans, Latin America, Africa) and
# their review fixes (aggregates only: the held-out items were not read).
# Session 40: tune raised to 894 placed (place share 0.867 -> 0.868), from a crowd the parser
# made a participle's subject read as the preposition's object (probe40a), and the tune
# indirect-recall ratchet to its measured 0.960 (aggregates only, as before).
PLACED = {"tune": 894, "heldout": 375}
RATCHET = {
    "tune": {
        "direct_speaker_accuracy": 0.962,
        "indirect_recall": 0.96,
        "event_date_accuracy": 0.921,
        "event_place_accuracy": 0.868,
        "place_country_accuracy": 0.963,
        "indirect_speaker_accuracy": 0.909,
    },
    "heldout": {
        "direct_speaker_accuracy": 0.838,
        "indirect_recall": 0.955,
        "event_date_accuracy": 0.947,
        "event_place_accuracy": 0.828,
        "place_country_accuracy": 0.962,
        "indirect_speaker_accuracy": 0.863,
    },
}
WORD = re.compile(r"[\w']+")

pytestmark = pytest.mark.model


@dataclass
class Tally:
    """Hits and totals per metric for one split."""

    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, metric: str, hit: bool, why: str = "") -> None:
        self.totals[metric] = self.totals.get(metric, 0) + 1
        self.hits[metric] = self.hits.get(metric, 0) + int(hit)
        if not hit and why:
            self.misses.append(f"{metric}: {why}")

    def scores(self) -> dict[str, float]:
        return {k: round(self.hits[k] / n, 3) for k, n in self.totals.items() if n}


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text.replace("“", " ").replace("”", " "))}


def same_words(gold: str, found: str) -> bool:
    g, f = words(gold), words(found)
    shared = len(g & f)
    return bool(g and f) and shared / len(g) >= 0.6 and shared / len(f) >= 0.5


def part_of(gold: str, found: str) -> bool:
    """Gold lists the parts of a split quotation ("A," he said, "B.") apart; diurna joins them
    into one: a gold part of three words or more that runs on inside a found quote matches it."""
    g = [w.lower() for w in WORD.findall(gold)]
    f = " ".join(w.lower() for w in WORD.findall(found))
    return len(g) >= 3 and f" {' '.join(g)} " in f" {f} "


def code(articles: list[dict[str, Any]], coder: Coder) -> Iterator[tuple[Extraction, CodedArticle]]:
    raws = [
        RawArticle(text=a["text"], origin=a["id"], id=a["id"], date=a["date"]) for a in articles
    ]
    for result in extractions(raws, coder):
        assert isinstance(result, Extraction)
        yield result, build_article(result, coder.ontology)


def score_article(
    gold: dict[str, Any], found: Extraction, coded: CodedArticle, tally: Tally
) -> None:
    name = gold["id"]
    for quote in gold["gold"]["quotes"]:
        same = [
            q
            for q in coded.quotes
            if q.direct == quote["direct"]
            and (same_words(quote["text"], q.text) or (q.direct and part_of(quote["text"], q.text)))
        ]
        if quote["direct"]:
            got = [q.speaker.code if q.speaker else None for q in same]
            tally.add(
                "direct_speaker_accuracy",
                quote["speaker"] in got,
                f"{name} {quote['text'][:40]!r}: want {quote['speaker']}, got {got or 'no quote'}",
            )
        else:
            tally.add("indirect_recall", bool(same), f"{name} {quote['text'][:50]!r}")
            if same:
                got = [q.speaker.code if q.speaker else None for q in same]
                tally.add("indirect_speaker_accuracy", quote["speaker"] in got, f"{name}: {got}")
    for event in gold["gold"]["events"]:
        # Gold names a sentence by the offset of its first word (its index, kept for the reader,
        # counts sentences as the parser split them when the gold was written).
        at = event["start"]
        mine = [
            e for e in coded.events if e.sentence.start <= at < e.sentence.end and not e.negated
        ]
        tally.add("event_coverage", bool(mine), f"{name} sentence {event['sentence']}")
        if not mine:
            continue
        dates = {e.date for e in mine}
        if event["date"] is not None:
            tally.add(
                "event_date_accuracy",
                dates == {event["date"]},
                f"{name} s{event['sentence']}: want {event['date']}, got {sorted(map(str, dates))}",
            )
        else:
            tally.add("null_date_kept", dates == {None}, f"{name} s{event['sentence']}: {dates}")
        places = {(e.location.name, e.location.geonames_id) if e.location else None for e in mine}
        want = event["place"]
        if want is None:
            hit = places == {None}
        else:
            hit = all(
                p is not None
                and (p[1] == event["geonames_id"] or normalise(p[0]) == normalise(want))
                for p in places
            )
        tally.add(
            "event_place_accuracy", hit, f"{name} s{event['sentence']}: want {want}, got {places}"
        )
    for place in gold["gold"]["places"]:
        got = {
            m.place.country if m.place else None
            for m in found.places
            if normalise(m.text) == normalise(place["text"])
        }
        tally.add(
            "place_country_accuracy",
            place["country"] in got,
            f"{name} {place['text']}: want {place['country']}, got {got or 'no mention'}",
        )


def evaluate(coder: Coder) -> dict[str, Tally]:
    gold = load()
    tallies = {"all": Tally(), "tune": Tally(), "heldout": Tally()}
    for article, (found, coded) in zip(gold, code(gold, coder), strict=True):
        score_article(article, found, coded, tallies["all"])
        score_article(article, found, coded, tallies[article["split"]])
    return tallies


def test_gold_is_large_and_split() -> None:
    gold = load()
    assert len(gold) >= 25
    assert {a["split"] for a in gold} == {"tune", "heldout"}
    assert sum(a["split"] == "heldout" for a in gold) >= max(15, len(gold) // 6)
    for article in gold:
        assert article["text"].count("\n\n") >= 2, article["id"]
        for place in article["gold"]["places"]:
            assert place["text"].lower() in article["text"].lower(), (article["id"], place)


def test_quotes_dates_places_at_or_above_floors(coder: Coder) -> None:
    tallies = evaluate(coder)
    checks = [("all", ISSUE_FLOORS), *RATCHET.items()]
    for split, floors in checks:
        scores = tallies[split].scores()
        below = {k: (scores.get(k), f) for k, f in floors.items() if scores.get(k, 0) < f}
        assert not below, (split, below, tallies[split].misses)
    for split, placed in PLACED.items():
        hits = tallies[split].hits.get("event_place_accuracy", 0)
        assert hits >= placed, (split, f"{hits} events placed right, ratchet {placed}")
