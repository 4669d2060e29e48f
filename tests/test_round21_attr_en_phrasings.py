"""Round 21, English attribution phrasings from the unseen round: a trailing 'X reported, citing Y' (Y cited; the
content resumes after ', citing Y, and ...'), 'citing' a cause (no cited source: 'citing weaker demand from China'),
a reduced passive relative on a subject source ('A memo seen by Reuters said': cut; 'figures released by the
central bank on Friday showed': an author after 'by' stays; the object of 'according to' stays whole, as before), a
participle modifier before its noun ('A leaked memo obtained by the Guardian shows'), 'find' / 'conclude' with a
that-clause or trailing ('Researchers ... found that X', '..., researchers found.'; never 'He found 20 dollars'), an
'-ing' insertion after a speaker ('Judge X, presiding over the case, said'), quotes with the speaker after them, and
statements, emails and interviews as channels. Each row: the sentence, then per claim its exact text and offset,
type, source, cue and cited span text."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.pipeline import analyze

PUB = date(2025, 9, 14)


@pytest.mark.parametrize("text,claim,kind,source,cue,cited", [
    ('Exports fell 3% in August, the ministry said on Monday, citing weaker demand from China.', 'Exports fell 3% in August', 'official', 'the ministry', 'said', None),
    ('Exports fell 3% in August, the customs agency reported, citing preliminary figures.', 'Exports fell 3% in August', 'official', 'the customs agency', 'reported', 'preliminary figures'),
    ('Reuters, citing three people briefed on the talks, said the merger had been delayed.', 'the merger had been delayed', 'named', 'Reuters', 'said', 'three people briefed on the talks'),
    ('Four soldiers were wounded, the army said in a statement on its Telegram channel.', 'Four soldiers were wounded', 'official', 'the army', 'said', None),
    ('"The water is not safe to drink," a spokeswoman for the utility said.', 'The water is not safe to drink', 'official', 'a spokeswoman for the utility', 'said', None),
    ('"We expect 600 layoffs," said Hana Kobayashi, the firm\'s chief financial officer.', 'We expect 600 layoffs', 'official', 'Hana Kobayashi', 'said', None),
    ('Ticket sales rose 12%, according to data published by the league on Friday.', 'Ticket sales rose 12%', 'official', 'data published by the league', 'according to', None),
    ('The hospital treated 85 people for smoke inhalation, a doctor who asked not to be named told AFP.', 'The hospital treated 85 people for smoke inhalation', 'anonymous', 'a doctor who asked not to be named', 'told', None),
    ('According to court documents filed on Tuesday, the company paid $4 million in fines.', 'the company paid $4 million in fines', 'official', 'court documents', 'According to', None),
    ('The refinery will close in 2027, the company told Reuters in an emailed statement.', 'The refinery will close in 2027', 'official', 'the company', 'told', None),
    ('A leaked memo obtained by the Guardian shows that 2,000 posts will be cut.', '2,000 posts will be cut', 'named', 'A leaked memo', 'shows', None),
    ('Inflation eased to 2.9% in August, figures released by the central bank on Friday showed.', 'Inflation eased to 2.9% in August', 'official', 'figures released by the central bank on Friday', 'showed', None),
    ('Researchers at the University of Ghana found that 1 in 3 samples contained lead.', '1 in 3 samples contained lead', 'anonymous', 'Researchers at the University of Ghana', 'found', None),
    ('Judge Amara Nwosu, presiding over the case, said the trial would resume on October 2.', 'the trial would resume on October 2', 'named', 'Judge Amara Nwosu', 'said', None),
    ('Exports fell 3%, the agency reported on Monday, citing customs data, and imports rose 2%.', 'Exports fell 3%', 'official', 'the agency', 'reported', 'customs data'),
    ('Exports fell 3%, the agency reported on Monday, citing customs data, and imports rose 2%.', 'imports rose 2%', 'official', 'the agency', 'reported', 'customs data'),
    ('One in five households lacks clean water, researchers found.', 'One in five households lacks clean water', 'anonymous', 'researchers', 'found', None),
    ('He found 20 dollars in the street.', 'He found 20 dollars in the street', 'unattributed', None, None, None),
    ('Investigators concluded that the pilot ignored 3 warnings.', 'the pilot ignored 3 warnings', 'anonymous', 'Investigators', 'concluded', None),
    ('"We will rebuild," the mayor said.', 'We will rebuild', 'official', 'the mayor', 'said', None),
    ('Police said in a statement that 17 people had been arrested after the match.', '17 people had been arrested after the match', 'official', 'Police', 'said', None),
    ('According to a report published in March by the IMF, debt rose 4%.', 'debt rose 4%', 'official', 'a report published in March by the IMF', 'According to', None),
])
def test_phrasing(text, claim, kind, source, cue, cited):
    claims = analyze(text, "en", PUB).claims
    got = {c.text: c for c in claims}
    assert claim in got, list(got)
    c = got[claim]
    a = c.attribution
    assert c.start == text.index(claim) and text[c.start:c.end] == c.text
    for sp in (a.source, a.cue, a.cited):
        assert sp is None or text[sp.start:sp.end] == sp.text
    assert (a.type, a.source and a.source.text, a.cue and a.cue.text, a.cited and a.cited.text) == (
        kind, source, cue, cited)
