"""The closed classes of English the aligner reads a sentence by.

Function words carry no fact of their own: a claim's content is what is left when they
are taken out. Each list is ordinary English grammar, not drawn from any corpus.
"""

from __future__ import annotations

from ..quantities.numbers import ORDINALS

DETERMINERS = frozenset(
    """a an the this that these those my your his her its our their some any each every
    either neither another other such what which whose all both half""".split()
)
PREPOSITIONS = frozenset(
    """of in on at to from by with for into onto over under about around between against
    across through during after before since until till upon within without toward
    towards along among amid amidst despite via per than as like near off out up down
    beyond behind beside besides inside outside past following throughout versus vs
    alongside except plus including""".split()
)
PRONOUNS = frozenset(
    """i me you he him she her it we us they them myself yourself himself herself itself
    ourselves themselves yourselves who whom whoever one ones mine yours hers ours theirs
    something anything everything someone anyone everyone somebody anybody everybody
    there here""".split()
)
# forms of "be"; an adjective or noun they govern is a sentence's predicate
BE_FORMS = frozenset("am is are was were be been being".split())
# words of degree that may stand between "be" and its adjective ("is too small")
DEGREE_WORDS = frozenset("too very so more less most least not also still now quite".split())
# "(un)able to" says what one can do: read as "could" (mood.py), not as a predicate
ABILITY = frozenset("able unable".split())
# a pronoun that may stand for a name the document gave earlier
ANAPHORS = frozenset(
    "he him his she her hers it its they them their theirs".split()
)
AUXILIARIES = frozenset(
    """be am is are was were been being have has had having do does did will would shall
    should can could may might must ought 's 've 're 'd 'll""".split()
)
CONJUNCTIONS = frozenset(
    """and or but nor so yet while whereas although though because if when whenever where
    wherever unless whether that then once""".split()
)
NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor cannot without n't nt hardly scarcely
    barely seldom rarely nowhere""".split()
)
# "refused to concede" reads as "did not concede"
NEGATING_VERBS = frozenset("refuse fail decline".split())
# "not going to be released" negates "released": a future's auxiliary carries no
# meaning of its own and passes the negation on to the verb after "to"
FUTURE_AUXILIARIES = frozenset("going about".split())
# "unable to use" reads as "not able to use"
NEGATING_ADJECTIVES = frozenset("unable unaware".split())
# a negated verb of opinion negates what it introduces: "I don't think we'll see a
# spending spree" says there will be no spending spree
NEG_RAISING = frozenset("think believe expect suppose imagine reckon anticipate".split())
# verbs that deny the clause they introduce: "denied that he knew", "quashed speculation
# that he would stand"
DENYING_VERBS = frozenset("deny quash dismiss refute".split())
# negative words that stand for an object: "knew nothing of it" negates "knew"
NEGATIVE_OBJECTS = frozenset("nothing none nobody".split())
# words that say who is speaking, not what happened
ATTRIBUTION = frozenset(
    """said says say saying told tells according added adds noted notes stated states
    explained explains insisted insists claimed claims""".split()
)
# nouns for what reports a finding, and the verbs that report it after them ("a report
# found that", "figures show", "the survey suggests"): who says it, as "said" is
SOURCE_NOUNS = frozenset(
    """report study survey poll figure research data analysis review census statistic
    audit inquiry investigation""".split()
)
REPORTING_VERBS = frozenset("find show reveal suggest indicate conclude".split())
# adverbs of degree, time and focus with no fact of their own
LIGHT_ADVERBS = frozenset(
    """also just now still already even very too then currently again ever really quite
    rather almost nearly about around roughly approximately some more most less least
    much many so well yet soon recently reportedly apparently however meanwhile
    thus therefore indeed instead later earlier ago respectively""".split()
)
# words of degree that state a comparison before "than" ("sold for more than expected"):
# there they carry the claim's fact (a figure after "than" is a hedge of the figure)
COMPARATIVES = frozenset("more less fewer".split())
# "first" ... "twelfth", "twentieth" ... "millionth": a place in an order
ORDINAL_WORDS = frozenset(ORDINALS)
# words that narrow a claim, and adverbs of how often it holds: a supporting passage must
# state them (never left out as a circumstance or as the one word a passage may omit)
# "most" and "least" before a describing word: a superlative ("the most-watched final")
SUPERLATIVES = frozenset("most least".split())
QUALIFIERS = frozenset(
    """only sole solely first last often repeatedly always usually frequently rarely
    seldom sometimes occasionally regularly constantly routinely habitually continually
    invariably typically""".split()
) | COMPARATIVES | ORDINAL_WORDS | SUPERLATIVES  # "ninth" is a place in an order
# prefixes written with a hyphen that make another thing of the word they join
# ("co-founder", "ex-wife", "non-executive", "semi-final", "pre-war", "self-taught")
BOUND_PREFIXES = frozenset("co ex vice non anti pro pre post semi sub self".split())
TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady president vice senator sen
    rep representative congressman congresswoman governor gov mayor king queen prince
    princess pope saint st judge justice general gen colonel col captain capt lieutenant
    lt sergeant sgt commander admiral chancellor minister premier secretary chairman
    chairwoman chief ambassador rev reverend bishop archbishop cardinal sheikh emir sultan
    coach manager director dean""".split()
)
# lower-case words allowed inside a name: "Bank of England", "Leonardo da Vinci"
NAME_LINKERS = frozenset("of de da del della di du la le van von der den al bin ibn y".split())
# verbs whose object carries the meaning ("take a step", "make a decision")
LIGHT_VERBS = frozenset("take make give have do hold get put express come".split())
# verbs that pass a negation on to the noun they take: "does not provide protection"
# says "does not protect", "showed no improvement" "did not improve" (judge/marking.py)
SUPPORT_VERBS = LIGHT_VERBS | frozenset("provide offer show".split())
# verbs that only say a dated event happened: "the deal was signed in 2018" says what
# "the 2018 deal" says (a passage may leave them out when it gives the event and its date)
EVENT_VERBS = frozenset("sign strike reach begin start set occur happen".split()) | {"take place"}
# particles that are adverbs wherever they stand ("pulled back the troops"); others
# ("in", "on", "over") join their verb only where no noun phrase follows ("sworn in as")
ADVERB_PARTICLES = frozenset("up down out off back away aside apart".split())
# verbs of moving that say, with "up" or "down", which way an amount went ("went up",
# "shot up", "edged down"; judge/lexical.py)
MOVING_VERBS = frozenset("go shoot move jump climb edge inch tick push spike leap creep".split())
# verbs that only state a figure's level, as "is" does: "the fare stood at £3", "bookings
# ran 25% over the usual" (beside a figure: units.Statement.levels)
LEVEL_VERBS = frozenset("stand run sit hover".split())

FUNCTION_WORDS = (
    DETERMINERS | PREPOSITIONS | PRONOUNS | AUXILIARIES | CONJUNCTIONS | ATTRIBUTION
    | LIGHT_ADVERBS | frozenset("mr mrs ms dr s t ll re ve d".split())
)
MODALS = frozenset("will would shall should can could may might must did does do".split())
# words that say what a figure measures ("29 years old", "worth $250m"): part of the figure
MEASURE_WORDS = frozenset(
    """old aged age long length high height tall deep depth wide width thick heavy
    weigh weight worth cost price value last away distant far measure span pay spend
    fee lie located situated""".split()
)
# what an amount of money is: paid out, taken in, or what something is worth ("spent
# £10m" and "£24m in revenues" are two attributes, not two values of one)
MONEY_ROLES = {
    "out": frozenset("cost price pay spend fee buy purchase budget".split()),
    # "took $30m at the box office", "made $12m": with an amount of money, what came in
    "in": frozenset("revenue sale takings earn raise profit income turnover gross earnings"
                    " take make".split()),
    "value": frozenset("worth value valuation".split()),
}
# the measure words that may follow the thing a figure counts: "40 metres long"
MEASURE_ADJECTIVES = frozenset("long high tall deep wide thick old heavy".split())
# words that open a sentence carrying on from the one before
CONNECTIVES = frozenset(
    """but and yet still however meanwhile also then there so thus instead later earlier
    nevertheless nonetheless moreover furthermore besides""".split()
)
CALENDAR = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
