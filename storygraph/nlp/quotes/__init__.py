"""Component `storygraph_quotes`: direct, indirect and mixed quotations, with cue and speaker mention.

Where a quote's speaker mention is chosen: `speakers.subject_of` (the cue's grammatical or inverted subject);
who that mention *is* (names, pronouns, titles) is decided by the reference component.

One article flows through the modules in this order:

- `component`: the spaCy component; `__call__` makes the article's Context, finds, then writes; `find` reads
  the cue verbs and 'selon X' of each sentence, labelled paragraphs, speech nouns, then unintroduced marks
- `lexicon`: the language data (`lang/<lang>/speech.json` …) in a Lexicon, and the cue look-ups on it
- `marks`: quotation marks read on the text (passages, glued marks, headings, titles, interviews)
- `context`: the article's Context (Doc, text, marks, names and words by token), passed to every rule
- `cued`: the quotation one speech verb closes, opens or reports
- `speakers`: WHO says: the cue's subject, inverted or lost subjects, the speaker mention's characters
- `clauses`: WHAT is said: the que-clause, the clause without complementizer, where a clause ends
- `complements`: a verb's other complements ('de' + infinitive, 'à', objects, attributes), in `READERS` order
- `according`: 'selon X', 'd'après X', '…, selon lequel'
- `labelled`: 'Name: words' paragraphs
- `headlines`: reports in title-case headlines the parser misreads ('Senator Slams Plan', English data)
- `impressions`: the article's own impressions with no source ('the plan seems too costly', English data)
- `gapping`: a second subject whose verb is left out ('X a appelé à A et Y à B') reports its own words
- `nouns`: reports headed by a speech noun ('his claim that …')
- `marked`: marked passages nobody introduced, by the strategies of `STRATEGIES`, in order
- `inner`: a whole sentence in marks inside a mixed quotation, also a direct quotation of its own
- `join`: an interrupted quotation ('"A," she said. "B."') joined into one, where the language counts it so
- `records`: the Quote and Marked records

Rules that need the article take the Context first (`subject_of(ctx, v)`); rules that need only the language
take the Lexicon (`lemma(lex, tok)`); pure parse helpers take tokens.
"""
from .component import QuoteFinder, find, make_quotes
from .marks import headings, plain_marks, scan_marks, split_glued_marks
from .records import Marked, Quote

__all__ = ["Marked", "Quote", "QuoteFinder", "find", "headings", "make_quotes", "plain_marks", "scan_marks",
           "split_glued_marks"]
