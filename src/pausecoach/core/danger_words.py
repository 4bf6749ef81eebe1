"""Building blocks of the danger rules: who, what, and the figures of speech to leave alone.

Rules read the plain text of core/danger_text.py: lower case, shorthand undone, one space
between tokens, '.' at a sentence end and ',' for a comma. A gap of a few words is written
`(?:W ){0,n}`: a word is letters only and is always followed by exactly one space, so every
gap can be matched one way only and the scan stays linear in the length of the text.
"""

from __future__ import annotations

from typing import Literal

Level = Literal["ask", "danger"]

W = r"[a-z0-9']+"


def gap(n: int) -> str:
    """Up to `n` whole words inside one sentence (never across '.' or ',')."""
    return rf"(?:{W} ){{0,{n}}}"


PARTNER_NOUN = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|ex|man|missus|"
    r"ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner)"
)
PARTNER = rf"(?:(?:my|our|the) {PARTNER_NOUN})"
S3 = rf"(?:he|she|they|{PARTNER}|{PARTNER_NOUN})"  # the partner as subject
KIN = (
    r"(?:kids?|children|child|son|daughter|baby|babies|mum|mother|dad|father|sister|brother|"
    r"dog|cat|pets?)"
)
OBJ = rf"(?:me|him|her|them|us|you|my {PARTNER_NOUN}|(?:my|the|our|his|her) {KIN})"
OBJ_NOT_YOU = rf"(?:me|him|her|them|us|my {PARTNER_NOUN}|(?:my|the|our|his|her) {KIN})"
SELF = r"(?:myself|himself|herself|themselves|themself|ourselves)"
BE = r"(?: is| was|'s| are| were|'re| am|'m)"
I_WILL = (
    r"(?:i'll|i will|i'm going to|i am going to|i could|i would|i'd|i might|i'm about to|"
    r"(?:i|part of me) (?:really |rly |just |kind of |kinda |so |still )?(?:want to|wants to|wanna)|"
    r"i feel like|i'm gonna|i swear i'll|i'm gunna|i wanna|i am about to|i'm so close to)"
)
THEY_WILL = (
    r"(?: will|'ll| would|'d| might| could| is going to|'s going to| are going to|'re going to|"
    r" is about to| tried to| tries to| threatened to| threatens to| wants to| said he'd| said she'd|"
    r" said they'd| said he would| said she would| swore he'd| swore she'd| is gonna|'s gonna)"
)
FEAR = r"(?:afraid|scared|frightened|terrified|fearful|petrified|terrorised|terrorized)"

# Acts of violence: the verb in any tense, then whom it was done to.
HIT_ACT = (
    r"(?:hit|hits|hitting|punch|punched|punches|punching|slap|slapped|slaps|slapping|kick|kicked|"
    r"kicks|kicking|beat|beats|beating|beaten|smack|smacked|smacks|smacking|shove|shoved|shoves|"
    r"shoving|push|pushed|pushes|pushing|choke|choked|chokes|choking|strangle|strangled|"
    r"strangles|strangling|throttle|throttled|slam|slammed|slams|stab|stabbed|stabs|stabbing|"
    r"shoot|shot|shoots|shooting|burn|burned|burnt|burns|headbutt|headbutted|elbowed|whacked|"
    r"whack|bit|bite|bites|biting|bitten|scratched|clawed|smother|smothered|suffocate|suffocated|drown|"
    r"drowned|poison|poisoned|pin|pinned|restrain|restrained|attack|attacked|attacks|attacking|"
    r"assault|assaulted|assaults|injure|injured|injures|harm|harmed|harms|grab|grabbed|grabs|"
    r"grabbing|cut|trip|banged|bangs|bashed|bashes|smashed|smashes|"
    r"tripped|throw|threw|throws|drag|dragged|drags|dragging|shake|shook|shakes|shaking|"
    r"spat on|spit on|spits on|struck|strike|strikes|beat up|beats up|beating up)"
)
HIT = rf"(?:{HIT_ACT}|hurt|hurts|hurting)"
PASSIVE = (
    r"(?:hit|punched|slapped|kicked|beaten|beat up|smacked|shoved|pushed|choked|strangled|"
    r"stabbed|shot|burned|raped|assaulted|attacked|grabbed|dragged|thrown|bitten|restrained|"
    r"pinned down|held down|sexually assaulted|molested|strangled|throttled|headbutted)"
)
WEAPON = (
    r"(?:knife|knives|gun|guns|pistol|handgun|rifle|shotgun|firearm|firearms|weapon|weapons|"
    r"blade|machete|axe|taser|crossbow|revolver|switchblade|bat|baseball bat|hammer|crowbar|"
    r"scissors|screwdriver|broken bottle)"
)
I_HIT = (
    r"(?:hit|punch|slap|strangle|choke|hurt|kill|smack|beat|shove|push|murder|stab|shoot|throttle|"
    r"attack|kick)"
)
# "...if you leave the dishes again", "...for that": a figure of speech more often than not.
HYPERBOLE = rf" (?:{W} ){{0,2}}(?:if|for|when|unless|lol|lmao|haha)\b"
# After "he'll kill me": an everyday slip as the reason, which reads as a figure of speech. Only
# asked about, never ignored: in a frightening home "if I'm late" can be meant.
SMALL_REASON = (
    rf" (?:{W} ){{0,1}}(?:(?:if|when) (?:i|you|we) (?:{W} ){{0,2}}(?:forget|forgot|spoil|spoiled|spoilt|"
    r"eat|ate|miss|missed|burn|burnt|burned|lose|lost|spill|spilt|spilled|scratch|scratched|break|broke|"
    r"am late|are late|tell (?:him|her|them) about the (?:surprise|present|party))|(?:if|when) (?:i'm|we're|"
    r"you're) late|"
    r"for (?:spoiling|eating|forgetting|breaking|being late|losing|missing|burning|spilling|scratching|"
    r"telling (?:him|her|them) about the (?:surprise|present|party))|lol|lmao|haha|jk)\b"
)
# After "hurt me": the words that make it a feeling, not an act.
EMOTIONAL = (
    r"(?! (?:when|that|so much|so bad|deeply|more|because|by (?:saying|not|forgetting|ignoring|leaving)|"
    r"with (?:words|what|your|his|her)|emotionally|inside|a lot|to hear|feelings|the most)\b)"
)
NEG = r"(?:never|not|no|n't|don't|didn't|doesn't|won't|wouldn't|hasn't|haven't|isn't|wasn't)"

# Figures of speech: a hit that overlaps one of these is not danger.
VETOES: tuple[str, ...] = (
    r"\b(?:news|it|that|this|reality|realisation|realization|loss|song|movie|film|book|truth) "
    r"(?:really |just |suddenly |finally |kind of |totally )?hit (?:me|us|him|her)\b",
    r"\bthreaten (?:me|us) with a good time\b",
    r"\bhit (?:me|us|him|her) up\b",
    r"\b(?:jump|jumped|jumping|jumps) the gun\b",
    r"\bstick(?:s|ing|ed)? to (?:my|your|his|her|their|our) guns\b",
    r"\b(?:glue|nail|water|nerf|squirt|heat|staple|toy|paint|spray|bb|cap|starting) guns?\b",
    r"\b(?:gun show|top gun|big guns|smoking gun|son of a gun|guns blazing|under the gun|great guns)\b",
    r"\b(?:secret|ultimate|best|favourite|favorite) weapon\b|\bweapon of choice\b",
    # An animal or a small child doing it is not a partner's violence.
    r"\b(?:cat|cats|dog|dogs|puppy|kitten|horse|parrot|hamster|rabbit|bird|bee|wasp|mosquito|spider|"
    r"snake|toddler|baby) (?:bit|bites|scratched|scratches|kicked|kicks|attacked|grabbed|headbutted|"
    r"stung|nipped|hit) (?:me|him|her|us)\b",
    # "This traffic is suicide": a figure of speech about a thing, not a person.
    r"\b(?:is|was|be|'s|are|were) (?:pure |total |social |career |political )?suicide\b(?! (?:for|to) (?:me|him|her)\b)",
)
