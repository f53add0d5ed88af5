#!/usr/bin/env python3
"""Builds Sources/AlihStages/IndonesianSentenceStarters+Table.swift: the words that start
Indonesian sentences, learnt Punkt-style from the UD Indonesian-GSD train sentences.

A capitalised word is a sentence starter when, in the train sentences,
- it opens at least MIN_STARTS sentences (after opening quotes or brackets only),
- at most one in MAX_MID_SHARE_INVERSE of those counts is found capitalised inside a sentence
  (not after a sentence end inside a gold unit, an opening quote or a colon, where a quoted
  sentence starts), and
- its lowercase form occurs inside a sentence: a common word, not a name.
Only `train-s*` sentences are counted: the `dev-s*` ones are held out to measure the list
(the script prints how it does on them). The two thresholds were chosen by two-fold
cross-validation on the train sentences alone (odd and even sentence numbers):
`--cross-validate` prints, for a few thresholds, the share of the other fold's sentences a list
opens and the share of its words' capitalised occurrences there that open a sentence.

    python3 Scripts/make-sentence-starters.py [--cross-validate] [../shared/data/ud-id-gsd-traindev.seg.jsonl]
"""
import collections, json, os, re, sys

MIN_STARTS = 3
MAX_MID_SHARE_INVERSE = 10

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arguments = [a for a in sys.argv[1:] if a != "--cross-validate"]
source = arguments[0] if arguments else os.path.join(root, "..", "shared", "data", "ud-id-gsd-traindev.seg.jsonl")
out = os.path.join(root, "Sources", "AlihStages", "IndonesianSentenceStarters+Table.swift")

word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
only_opening_marks = re.compile(r"[\s\"“‘'(\[{«`]*")
after_sentence_end = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘'(\[]*$")
after_quote_or_colon = re.compile(r"([\"“‘'`]|:\s*)$")


def count(chosen):
    """Per word, in the sentences whose id `chosen` accepts: sentences it opens, capitalised
    occurrences inside sentences, and (per lowercase form) lowercase occurrences inside
    sentences; and the number of sentences."""
    starts, inside, lowercase, sentences = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for line in open(source, encoding="utf-8"):
        entry = json.loads(line)
        for sentence, sentence_id in zip(entry["sentences"], entry["sent_ids"]):
            if not chosen(sentence_id):
                continue
            sentences += 1
            for index, match in enumerate(word.finditer(sentence)):
                text, before = match.group(0), sentence[: match.start()]
                if index == 0:
                    if only_opening_marks.fullmatch(before):
                        starts[text] += 1
                    continue
                if after_sentence_end.search(before) or after_quote_or_colon.search(before):
                    continue
                if text[0].isupper():
                    inside[text] += 1
                else:
                    lowercase[text] += 1
    return starts, inside, lowercase, sentences


def choose(starts, inside, lowercase, min_starts=MIN_STARTS, inverse=MAX_MID_SHARE_INVERSE):
    """The starters, in alphabetical order. A word is letters only (as the segmenter reads the
    word after an abbreviation: up to the first character that is no letter)."""
    return sorted(
        w
        for w, n in starts.items()
        if re.fullmatch(r"[A-Z][a-z]+", w)
        and n >= min_starts
        and inside[w] * inverse <= n
        and lowercase[w.lower()] > 0
    )


def measure(starters, starts, inside, sentences):
    """Sentences the starters open, and their capitalised occurrences inside sentences."""
    return sum(starts[w] for w in starters), sum(inside[w] for w in starters)


def is_train(sentence_id):
    return sentence_id.startswith("train-")


if "--cross-validate" in sys.argv:
    folds = [count(lambda i, f=f: is_train(i) and int(i.rsplit("s", 1)[1]) % 2 == f) for f in (0, 1)]
    for min_starts in (2, 3, 4, 5, 6):
        for inverse in (5, 10, 20):
            opened = found = total = words = 0
            for learn, test in ((0, 1), (1, 0)):
                chosen = choose(*folds[learn][:3], min_starts, inverse)
                o, i = measure(chosen, *folds[test][:2], folds[test][3])
                opened, found, total, words = opened + o, found + o + i, total + folds[test][3], words + len(chosen)
            print(
                f"starts >= {min_starts}, inside <= starts/{inverse}: {words / 2:.0f} words a fold, "
                f"open {opened / total:.3f} of the other fold's sentences, precision {opened / found:.3f}"
            )
    sys.exit(0)

starts, inside, lowercase, sentences = count(is_train)
starters = choose(starts, inside, lowercase)

# Held out: how often a listed word, capitalised in a dev sentence, opens it; and how many dev
# sentences a listed word opens.
dev_starts, dev_inside, _, dev_sentences = count(lambda i: i.startswith("dev-"))
opened, inside_dev = measure(starters, dev_starts, dev_inside, dev_sentences)

rows = "\n".join(f"        {w}\t{starts[w]}\t{inside[w]}\t{lowercase[w.lower()]}" for w in starters)
with open(out, "w", encoding="utf-8") as f:
    f.write(f'''// Generated by Scripts/make-sentence-starters.py from the UD Indonesian-GSD train sentences
// (ud-id-gsd-traindev.seg.jsonl, `train-s*`: {sentences:,} sentences). Do not edit by hand.
//
// Derived from Universal Dependencies UD_Indonesian-GSD, licensed CC BY-SA 4.0
// (McDonald et al. 2013; UD conversion Zeman; revision Alfina & Zeman). This list of counts
// is shared under the same licence.

extension IndonesianSentenceStarters {{
    /// `Word<TAB>sentences it opens<TAB>capitalised inside a sentence<TAB>lowercase inside a
    /// sentence`, counted in the train sentences: the {len(starters)} words that open at least
    /// {MIN_STARTS} sentences, are capitalised inside one at most a tenth as often, and are common
    /// words (seen in lowercase). On the held-out dev sentences, {opened} of their {opened + inside_dev}
    /// capitalised occurrences open a sentence, and they open {opened} of {dev_sentences:,} sentences.
    static let table = """
{rows}
        """
}}
''')
print(
    f"{out}: {len(starters)} starters from {sentences:,} train sentences; dev: {opened}/{opened + inside_dev} "
    f"capitalised occurrences open a sentence ({opened / (opened + inside_dev):.3f}), "
    f"{opened}/{dev_sentences} sentences opened ({opened / dev_sentences:.3f})"
)
