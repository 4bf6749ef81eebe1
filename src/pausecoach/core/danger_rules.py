"""The danger screen's rules: what each category of danger sounds like, in plain text.

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
    r"(?:will|'ll|would|'d|might|could|is going to|'s going to|are going to|'re going to|is about to|"
    r"tried to|tries to|threatened to|threatens to|wants to|said he'd|said she'd|said they'd|"
    r"said he would|said she would|swore he'd|swore she'd|is gonna|'s gonna)"
)
FEAR = r"(?:afraid|scared|frightened|terrified|fearful|petrified|terrorised|terrorized)"

# Acts of violence: the verb in any tense, then whom it was done to.
HIT_ACT = (
    r"(?:hit|hits|hitting|punch|punched|punches|punching|slap|slapped|slaps|slapping|kick|kicked|"
    r"kicks|kicking|beat|beats|beating|beaten|smack|smacked|smacks|smacking|shove|shoved|shoves|"
    r"shoving|push|pushed|pushes|pushing|choke|choked|chokes|choking|strangle|strangled|"
    r"strangles|strangling|throttle|throttled|slam|slammed|slams|stab|stabbed|stabs|stabbing|"
    r"shoot|shot|shoots|shooting|burn|burned|burnt|burns|headbutt|headbutted|elbowed|whacked|"
    r"whack|bit|bite|bites|biting|scratched|smother|smothered|suffocate|suffocated|drown|"
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
# After "hurt me": the words that make it a feeling, not an act.
EMOTIONAL = (
    r"(?! (?:when|that|so much|so bad|deeply|more|because|by (?:saying|not|forgetting|ignoring|leaving)|"
    r"with (?:words|what|your|his|her)|emotionally|inside|a lot|to hear|feelings|the most)\b)"
)
NEG = r"(?:never|not|no|n't|don't|didn't|doesn't|won't|wouldn't|hasn't|haven't|isn't|wasn't)"

# Each rule: (category, level, pattern, negatable). `negatable` rules stand down (or only ask)
# when "never", "not" or a "-n't" word comes just before them ("he has never hit me").
RULES: tuple[tuple[str, Level, str, bool], ...] = (
    # ---------------------------------------------------------------- self-harm and suicide
    (
        "self_harm",
        "danger",
        r"\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|burn|burning|hang|hanging|"
        rf"end|ending|shoot|shooting|drown|drowning|starve|starving) {SELF}\b"
        r"(?! (?:at|on|in|during|while|lifting|playing|running|skiing|cycling|falling|tripping|"
        r"moving|carrying|laughing|working|with work|over|for nothing)\b)",
        True,
    ),
    (
        "self_harm",
        "danger",
        r"\bsuicid\w*\b(?! (?:squad|doors?|mission|drills?|runs?|sprints?)\b)",
        True,
    ),
    (
        "self_harm",
        "danger",
        r"\b(?:self harm\w*|self injur\w*|overdos\w*|slit my wrists?|take all (?:of )?(?:my|the|his|her) pills|"
        r"jump (?:off|from) (?:a|the) (?:bridge|building|roof|cliff)|jump in front of (?:a|the) (?:train|bus|car)|"
        r"end (?:my|his|her|their) (?:own )?life|take (?:my|his|her|their) (?:own )?life|end it all|"
        r"(?:better|be) off dead|better off without me|no reason to (?:live|go on|be here)|"
        r"nothing (?:left )?to live for|not worth living|(?:no|the) point (?:in|of) (?:living|going on|being alive)|"
        r"can't go on (?:living|like this|anymore)|wish (?:i was|i were|i'd) (?:dead|never born)|"
        r"wish i (?:wasn't|weren't) (?:alive|here|born)|wish i could (?:die|disappear forever|not wake up)|"
        r"(?:don't|do not|dont) want to (?:live|be alive|be here anymore|exist|wake up)|"
        r"(?:want|wants|wanted|wanting|ready|going|plan|planning) to (?:die|be dead|end it)\b"
        r"(?! (?:of|from|laughing) (?:embarrassment|shame|boredom|laughter|cringe|laughing)\b)|"
        r"(?:better|happier|easier) (?:off )?(?:if|when) i(?:'m| am| was| were)? (?:gone|dead|not here|not around)|"
        r"giv(?:e|ing) (?:away )?(?:all )?my (?:things|stuff|belongings) away|goodbye (?:letters?|notes?)|"
        r"sleep and (?:never|not) wake up|not be (?:here|around) (?:much longer|anymore|tomorrow)|"
        r"say (?:my )?goodbyes? (?:to everyone|forever)|wrote (?:a|my) (?:suicide )?note to (?:everyone|my family))",
        True,
    ),
    (
        "self_harm",
        "ask",
        r"\b(?:rather (?:be )?(?:die|dead)|(?:just )?(?:kill|shoot) me now|want to disappear|"
        r"done with (?:life|everything|living)|(?:can't|cannot) do (?:life|this life) anymore|"
        r"don't care if i (?:live|die)|tired of (?:living|being alive|life))\b",
        False,
    ),
    (
        "self_harm",
        "danger",
        rf"\b{S3} (?:{W} ){{0,2}}(?:threaten\w*|say|says|said|talks? about|talked about|keeps saying) "
        rf"(?:to |that |he'll |she'll |they'll |he will |she will |he'd |she'd )?(?:kill|hurt|end) "
        r"(?:himself|herself|themselves|themself|his life|her life|their life|it all)\b",
        False,
    ),
    # ---------------------------------------------------------------- violence done or threatened
    (
        "violence",
        "danger",
        rf"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\breality )(?<!\bnews )\b{HIT_ACT} {OBJ_NOT_YOU}\b"
        r"(?! (?:to it|at (?:cards|chess|\w+ing|the game|pool|tennis|golf)|in (?:a|the) (?:race|game|match)|"
        r"away|to (?:\w+)|into (?:\w+ing|therapy|it|this|that)|too far|over the edge|off|a (?:coffee|drink|"
        r"text|message|email|look)|an email|some|out of (?:the|our|my|his|her) (?:group|chat|game|team|"
        r"band|class|meeting|club)|with (?:the|a|that|this|your|his|her) (?:bill|news|question|truth|joke|"
        r"line|facts|attitude|idea|request)|for (?:an answer|answers|details|a decision|more)|"
        r"lol|lmao|tickl\w*|with kisses|to the punch)\b)",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b(?:i|he|she|they|we|you)(?: was| were|'m| am| got| get| gets| getting| been| keep getting)"
        rf" {PASSIVE}\b(?! (?:by (?:a|the) (?:car|ball|bus|truck|bike|wave|door)|in (?:the|a) (?:game|match))\b)",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b{S3} {THEY_WILL} (?:{W} ){{0,1}}(?:{HIT}|kill|murder) {OBJ}\b",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b(?:{S3}|someone|somebody) (?:almost |nearly |tried to |could have |wants to |wanted to |"
        rf"is trying to |'s trying to |has tried to )?(?:kill|killed|murder|murdered) {OBJ}\b",
        True,
    ),
    (
        "violence",
        "danger",
        r"\b(?:threaten|threatens|threatened|threatening) (?:to )?(?:me|him|her|us|them|my|our|kill|hurt|"
        r"hit|harm|beat|burn|break|stab|shoot|strangle|choke|throw|ruin (?:me|my|her|his)|destroy (?:me|my|her|his)|end me|attack|punch|"
        r"get me|come after|do something)\b|\bdeath threats?\b",
        True,
    ),
    (
        "violence",
        "danger",
        r"\b(?:threw|throws|throwing|hurled|chucked|flung) (?:a|the|my|his|her|their|some|something|things|"
        r"stuff|(?:a|the) \w+) (?:\w+ ){0,2}at (?:me|him|her|us|them|my head|the kids)\b",
        False,
    ),
    (
        "violence",
        "danger",
        r"\b(?:threw|pushed|shoved|slammed|pinned|held|dragged|knocked) (?:me|him|her) (?:against|into|onto|"
        r"down|to the (?:floor|ground)|across|out of|off (?:the|my)|on the (?:floor|ground|bed)|by (?:the|my|her|his))\b"
        r"|\b(?:pulled|yanked) (?:my|her|his) hair\b|\btwisted (?:my|her|his) arm\b"
        r"|\bhands? (?:around|round|on) (?:my|her|his) (?:neck|throat)\b|\bput (?:his|her|their) hands on (?:me|her|him)\b"
        r"|\blaid (?:a )?hands? on (?:me|her|him)\b|\bby the (?:throat|neck|hair)\b",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b(?:{S3}|you) (?:{W} ){{0,2}}{HIT_ACT} (?:my|her|his) (?:head|face|body|arm|arms|hand|hands|"
        r"neck|throat|back|stomach|ribs|chest|leg|legs|wrist|wrists|hair)\b"
        r"|\b(?:came|comes|coming|went|goes) (?:at|for) (?:me|him|her|us)\b(?! with)"
        r"|\b(?:came|went) (?:at|for) (?:me|him|her|us) with (?:his|her|their) (?:fists|hands|belt)\b"
        r"|\bcovered in (?:bruises|cuts|marks|scratches)\b",
        True,
    ),
    (
        "violence",
        "danger",
        r"\b(?:gave|give|gives|left) (?:me|her|him) (?:a |some )?(?:black eye|bloody nose|split lip|concussion|"
        r"bruises?|fat lip|broken \w+)\b|\bbruises (?:on|all over) (?:my|her|his)\b|\b(?:broke|broken|fractured) "
        r"(?:my|her|his) (?:nose|arm|wrist|rib|ribs|jaw|finger|fingers|cheekbone|tooth|teeth)\b",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b{S3}(?:{BE}|) (?:{W} ){{0,2}}(?:punched|punches|kicked|kicks|smashed|smashes|smashing|"
        r"broke|breaks|breaking|destroyed|destroys|threw|throws|throwing|punching|kicking) "
        r"(?:a hole in )?(?:the|a|my|our|his|her) (?:wall|walls|door|doors|table|window|phone|tv|laptop|"
        r"plate|plates|glass|furniture|chair|things|stuff|dishes|car)\b|\b(?:he|she|they) (?:punches|"
        r"smashes|breaks|throws) (?:walls|things|stuff|doors)\b",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b(?:domestic (?:abuse|violence)|(?:physically|sexually) (?:abused|abusive|abusing|violent)|"
        rf"{S3}(?:{BE}|) (?:so |very |really |getting |can be |gets |got |get )?(?:violent|abusive|physical with me|rough with me)|"
        r"(?:abuses|abused|abusing) (?:me|her|him|us|them|the kids)|(?:abusive|violent) "
        rf"(?:relationship|{PARTNER_NOUN}|home|marriage))\b",
        True,
    ),
    (
        "violence",
        "ask",
        r"\b(?:hope you die|go die|kill yourself|wish you were dead|you(?:'re| are) (?:so )?dead)\b",
        False,
    ),
    (
        "violence",
        "ask",
        rf"\b(?:you|{S3}) (?:{W} ){{0,1}}(?:hurt|hurts|attacked|kicked) (?:me|her|him)\b{EMOTIONAL}",
        True,
    ),
    # ---------------------------------------------------------------- the user's own actions
    (
        "fear_of_self",
        "danger",
        rf"\b{I_WILL} (?:{W} ){{0,1}}(?:hit|punch|slap|strangle|choke|hurt|kill|smack|beat|shove|push|"
        rf"murder|stab|shoot|throttle|attack|kick|smash) {OBJ_NOT_YOU}\b",
        True,
    ),
    ("fear_of_self", "danger", rf"\b{I_WILL} (?:{W} ){{0,1}}{I_HIT} you\b(?!{HYPERBOLE})", True),
    ("fear_of_self", "ask", rf"\b{I_WILL} (?:{W} ){{0,1}}{I_HIT} you(?={HYPERBOLE})", True),
    (
        "fear_of_self",
        "danger",
        rf"\b(?:{FEAR}|worried|worry) (?:of |about )?(?:what )?(?:i|i'll|i'm)(?: might| will| could| may| would|"
        r"'d| am going to| going to| gonna| about to|)? ?(?:do|snap|lose it|lose control|hurt|hit|kill|"
        r"do something|explode at|go too far|become violent|get violent)\b"
        r"|\b(?:don't|do not|can't|cannot) trust myself\b|\bi scare myself\b"
        r"|\b(?:before|or) i do something (?:i'll regret|i regret|stupid|bad|terrible|awful|dangerous|i can't take back)\b"
        r"|\bi (?:might|may|could|will|'ll) do something (?:i'll regret|stupid|bad|terrible|awful|dangerous)\b"
        r"|\bi (?:might|may|could|will|'ll|am going to|'m going to|'m about to) (?:lose control|snap)\b"
        r"|\bso (?:angry|mad|furious) i could (?:hit|kill|punch|hurt|strangle|choke|smash)\b"
        r"|\bworried about my (?:own )?(?:anger|temper|rage|violence|behaviour|behavior)\b"
        r"|\b(?:i|i've|i have) (?:almost |nearly |just )?(?:hit|punched|slapped|pushed|shoved|choked|"
        r"grabbed|kicked|hurt|scared) "
        rf"(?:my {PARTNER_NOUN}|him|her|them|my {KIN}|the {KIN})\b"
        r"|\b(?:i|i've|i have) (?:hit|punched|slapped|pushed|shoved|choked|kicked|strangled|smacked) you\b",
        True,
    ),
    (
        "fear_of_self",
        "ask",
        r"\b(?:want to|wanna|could|going to|gonna) (?:punch|hit|smash|break|kick) (?:something|a wall|the wall|"
        r"things)\b|\bseeing red\b|\bi (?:punched|kicked|smashed) (?:a|the) (?:wall|door)\b",
        True,
    ),
    # ---------------------------------------------------------------- weapons
    (
        "weapon",
        "danger",
        r"\b(?:pulled|pulls|pulling|held|holds|holding|pointed|points|pointing|waved|waves|waving|"
        r"brandished|grabbed|grabs|grabbing|picked up|picks up|got out|gets out|took out|takes out|"
        r"came at (?:me|him|her) with|threatened (?:me|him|her|us) with|has|had|have|keeps|kept|owns|"
        r"showed me|shows me|"
        r"bought|buys|carries|carry|carrying|brought|brings|sleeps with|loaded|hides|hid|hiding|"
        r"reached for|went for|goes for|get|got|getting|use|used|uses) (?:(?:a|an|the|his|her|their|my|"
        rf"our|some|that|this) )?(?:{W} ){{0,1}}{WEAPON}\b"
        r"(?! (?:set|block|sharpener|drawer|rack|show|range|club|safety course|lesson|license|licence))",
        True,
    ),
    (
        "weapon",
        "danger",
        rf"\b(?:came|comes|went|goes|coming|going) (?:at|for) (?:me|him|her|us) with (?:{W} ){{0,3}}{WEAPON}\b",
        True,
    ),
    (
        "weapon",
        "danger",
        rf"\b{WEAPON} (?:{W} ){{0,6}}(?:he|she|they) (?:keeps|kept|has|had|hides|hid|carries|sleeps with)\b"
        rf"|\b{WEAPON} (?:to|at|against) (?:my|her|his) (?:head|throat|neck|chest)\b"
        rf"|\b(?:with|at) (?:a|the) {WEAPON} (?:to|at|in) (?:my|her|his) (?:head|throat|face|neck)\b",
        True,
    ),
    # ---------------------------------------------------------------- sexual violence
    (
        "sexual",
        "danger",
        r"\b(?:rape|raped|rapes|raping|rapist|molest|molested|molests|molesting|groped|gropes|groping|"
        r"marital rape|revenge porn|non consensual|nonconsensual|without (?:my|her|his) consent|"
        r"sexual(?:ly)? (?:assault|assaulted|assaulting|abuse|abused|abusing|violence|coercion|coerced)|"
        r"(?:forced|forces|forcing|force) (?:himself|herself|themselves) on)\b",
        True,
    ),
    (
        "sexual",
        "danger",
        r"\b(?:forced|forces|forcing|force|made|makes|making|pressured|pressures|pressuring|coerced|"
        r"coerces|guilted|guilts|guilt tripped) (?:me|her|him) (?:into |to )?(?:have |having |into having )?"
        r"(?:sex|sleep with|sleeping with|do sexual|do stuff in bed|perform|touch|go down|send nudes|"
        r"watch porn|have a threesome|do things i (?:didn't|don't) want)\b"
        r"|\bfor sex (?:after|when|even though|even after) (?:i|she|he) (?:say|said|says|told \w+) no\b"
        r"|\b(?:sex|slept with me|had sex with me|touched me|touches me|touching me|undressed me)"
        r" (?:while|when|after) (?:i was|i'm|i am|she was|he was) (?:asleep|sleeping|unconscious|passed out|"
        r"drunk|too drunk|crying|saying no)\b"
        r"|\b(?:didn't|doesn't|won't|wouldn't) stop when (?:i|she|he) (?:said|says|told him|told her) "
        r"(?:no|stop)\b|\b(?:won't|doesn't|didn't|wouldn't) stop when (?:i|she|he) say (?:no|stop)\b|\b(?:share|post|send|leak) (?:my|her|his) (?:nudes|naked (?:pictures|photos)|"
        r"intimate (?:pictures|photos|videos)|sex tape)\b",
        True,
    ),
    (
        "sexual",
        "ask",
        r"\b(?:won't|doesn't|does not|never) take no for an answer\b|\bsexually\b"
        rf"|\b{S3} (?:forced|forces|forcing) (?:me|her|him)\b",
        True,
    ),
    # ---------------------------------------------------------------- coercive control
    (
        "coercive_control",
        "danger",
        r"\b(?:won't|wouldn't|doesn't|didn't|don't|never|will not|does not|did not|refuses to|refused to) "
        r"let (?:me|her|him) (?:see|talk to|visit|call|text|meet|hang out with|go out with|spend time with|"
        r"have|go see|speak to|contact) (?:my|her|his|any|any of my|the) (?:friends?|family|mum|mother|dad|"
        r"father|parents|sisters?|brothers?|siblings|cousins?|relatives|best friend|mates|work friends|"
        r"coworkers|colleagues)\b",
        False,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:won't|wouldn't|doesn't|didn't|don't|never|will not|does not|did not|refuses to|refused to) "
        r"let (?:me|her|him) (?:leave|go|out|go out|get out|out of (?:the|his|her) sight|go to (?:work|school|"
        r"the doctor|the hospital|a doctor|college|uni|class|church|the gym)|sleep|call (?:anyone|the police|"
        r"for help|911|999|000|111|my \w+)|work|have (?:a job|money|my own money|a phone|my phone|the car|"
        r"a car|my keys|any money|access)|get a job|use (?:the|my) (?:car|phone|card|money)|drive|"
        r"touch (?:the|our|my) (?:money|account)|wear what)\b",
        False,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:locked|locks|locking|lock) (?:me|her|him) (?:in|out|up)\b|\b(?:blocked|blocks|blocking|stood in|"
        r"stands in|standing in) (?:the|my|our) (?:door|doorway|exit|way out|path|front door|bedroom door|car door)\b"
        r"|\b(?:couldn't|can't|cannot|could not) (?:leave|get out)(?: of)? (?:the )?(?:room|house|car|flat|"
        r"apartment|bedroom|bathroom)\b|\btrapped (?:me|her|him)\b|\btrapped in (?:the|a|our|my|his|her) "
        r"(?:room|house|car|bathroom|bedroom|flat|apartment)\b|\bheld (?:me|her|him) (?:hostage|captive)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:cut|cuts|cutting|kept|keeps|keeping|isolated|isolates|isolating) (?:me|her|him) (?:off |away )?"
        r"from (?:my|her|his|all (?:my|her|his)|everyone|everybody|the) ?(?:friends|family|people|world|"
        r"parents|mum|dad|sister|brother|support)?\b|\b(?:isolates|isolated|isolating) (?:me|her|him)\b"
        r"|\b(?:not|never) allowed to (?:see|go|talk|leave|have|work|use|drive|spend|call|text|visit|wear|"
        r"eat|sleep|get)\b|\bhave to ask (?:him|her|them|my \w+) (?:for )?permission\b|\bask (?:his|her|their) "
        r"permission (?:to|before)\b|\b(?:made|makes|make) (?:me|her|him) (?:stop|quit) (?:seeing|talking to|"
        r"calling|visiting|working|my job)\b|\b(?:says|said|tells me|told me) i (?:can't|cannot|am not allowed to|"
        r"'m not allowed to) (?:see|go|leave|talk|have|work|call|visit)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:takes|took|taking|take|controls|controlled|controlling|keeps|kept|holds|held|withholds|"
        r"withheld|hides|hid|hiding) (?:all )?(?:of )?(?:my|our|the) (?:whole |entire )?(?:money|pay|paycheck|paycheque|wages|"
        r"salary|income|benefits|bank cards?|credit cards?|debit cards?|finances|bank account|savings|"
        r"passport|id|documents|car keys|keys)\b(?! (?:to the bank|to pay|for groceries|for gas|out of the car))"
        r"|\b(?:gives|give|gave) me an allowance\b|\bno access to (?:any |the |our |my (?:own )?)?(?:money|"
        r"account|bank|accounts|cards|savings)\b|\b(?:have|has|had) to (?:show|hand over|give) (?:him|her|them) "
        r"(?:every|all|my) (?:receipts?|paycheck|pay|money|wages)\b|\baccount for every (?:penny|cent|dollar|pound)\b"
        r"|\b(?:put|puts|took out|takes out) (?:debts?|loans?|credit cards?) in my name\b|\bfinancial(?:ly)? "
        r"(?:abuse|abused|abusive|control|controlling)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        rf"\b(?:{S3}|you) (?:{W} ){{0,2}}(?:checks|checked|checking|goes through|went through|going through|"
        r"reads|read|reading|looks through|looked through|snoops through|snooped through|monitors|monitored|"
        r"monitoring|tracks|tracked|tracking|spies on|spied on|spying on) (?:all )?(?:of )?my (?:phone|texts|"
        r"messages|emails?|dms|chats|location|calls|call log|browser|history|social media|every move|car|"
        r"mileage|spending|whatsapp|instagram|facebook|laptop|computer|bank statements?)\b"
        r"|\b(?:put|puts|installed|installs|hid|hides|placed) (?:a |an )?(?:tracker|tracking app|tracking device|"
        r"airtag|spyware|gps|camera|cameras|app|stalkerware) (?:on|in) (?:my|our)\b"
        r"|\b(?:makes|made|forces|forced|demands|demanded) (?:me|her|him) (?:to )?(?:share|send|give|hand over|"
        r"tell) (?:him|her|them)? ?(?:all )?(?:my|her|his) (?:location|password|passwords|passcode|pin|code|phone|logins?)\b"
        r"|\b(?:demands|demanded|has|knows|takes|took|wants|changed) (?:all )?my (?:passwords?|passcodes?|"
        r"logins?)\b|\bknows where i am (?:at all times|every minute|all the time|24 7)\b"
        r"|\b(?:follows|followed|following|stalks|stalked|stalking) (?:me|her|him)\b(?! (?:on|back)\b)"
        r"|\b(?:follows|followed) (?:me|her|him) (?:to|everywhere|around|home)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:threaten|threatens|threatened|threatening) (?:to )?(?:take|keep|hurt|kill|hide) (?:the|my|our) "
        r"(?:kids|children|baby|son|daughter|child)\b|\b(?:take|taking|took|takes) (?:the|my|our) (?:kids|"
        r"children|baby|child|son|daughter) (?:away|from me)\b|\buses? the (?:kids|children) (?:against|to control)\b"
        r"|\btake (?:the|my|our) (?:kids|children|baby) if i (?:leave|go|tell|call|report)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        rf"\b{S3} (?:{W} ){{0,1}}(?:controls|controlled) (?:everything|me|what i (?:wear|eat|do|say|spend)|"
        r"who i (?:see|talk to)|where i go|my life)\b|\b(?:emotionally|verbally|financially) (?:abusive|abused|"
        r"abusing)\b|\bcoercive control\w*\b|\b(?:threatened|threatens|threatening) to (?:out|expose|report|"
        r"post|share|send|tell) (?:me|my|our|her|his)\b",
        True,
    ),
    (
        "coercive_control",
        "ask",
        rf"\b(?:threaten|threatens|threatened|threatening) to (?:leave|divorce|kick me out|break up)\b"
        rf"|\b(?:kicked|kicks) (?:me|her|him) out\b|\bkeeps tabs on me\b|\bwalking on eggshells\b"
        rf"|\bfeel (?:so )?trapped (?:in this relationship|with (?:him|her|them))\b"
        rf"|\b{S3} (?:{W} ){{0,1}}(?:took|takes|hid|hides|smashed|broke|grabbed|snatched) my (?:phone|keys)\b"
        r"(?! (?:charger|case|by accident|to check the time))",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:never|won't|wouldn't|not) see (?:the|my|our) (?:kids|children|baby|son|daughter) again\b"
        r"|\b(?:make sure|you'll|you will|i'll|i will|he'll|she'll) (?:\w+ )?never see (?:the|my|our|your) "
        r"(?:kids|children|baby|son|daughter)\b"
        rf"|\b{S3} (?:{W} ){{0,2}}(?:monitors|monitored|tracks|tracked|checks|checked|watches|controls) "
        r"everything i (?:do|say|spend|buy|write|post)\b",
        False,
    ),
    (
        "sexual",
        "danger",
        r"\b(?:not|wasn't|isn't|never|was not|is not) consensual\b|\bdidn't consent\b",
        False,
    ),
    (
        "weapon",
        "ask",
        r"\b(?:gun|guns|pistol|handgun|rifle|shotgun|firearm|firearms|weapon|weapons|revolver|machete)\b",
        True,
    ),
    # ---------------------------------------------------------------- fear of the partner
    (
        "fear_of_partner",
        "danger",
        rf"\b{FEAR} (?:of|for) (?:him|her|them|you|{PARTNER}|what (?:he|she|they)(?:'ll|'d| will| would| might| "
        r"could| is going to)? (?:do|say)|(?:his|her|their) (?:temper|anger|rage|reaction|moods?|drinking)|"
        r"my (?:life|safety)|my (?:kids|children)(?:'s)? (?:safety|lives))\b"
        r"(?! (?:leaving|going|finding out|forgetting|getting (?:bored|tired|hurt)|not (?:loving|caring)|"
        r"cheating|losing|being (?:sad|upset|hurt|disappointed)|missing)\b)",
        True,
    ),
    (
        "fear_of_partner",
        "danger",
        rf"\b{FEAR} (?:that )?{S3}(?:'ll|'d| will| would| might| could| is going to|'s going to| is gonna|"
        rf"'s gonna| wants to)? (?:{W} ){{0,1}}(?:hurt|hit|kill|beat|attack|find|come after|snap|lose it|"
        r"explode|get violent|get physical|strangle|choke|punch|shoot|stab|take the kids|hurt the kids)\b"
        rf"|\b{FEAR} (?:to|of) (?:go|going|come|coming) (?:back )?(?:home|inside|in there)\b"
        rf"|\bthreatened by (?:him|her|them|{PARTNER})\b"
        rf"|\b{FEAR} (?:of )?(?:how|what) (?:he|she|they)(?:'ll|'d| will| would| might| is going to)? "
        r"(?:react|do|does)\b"
        rf"|\b{FEAR} to (?:say no|leave "
        r"(?:him|her|them)|disagree with (?:him|her)|tell (?:him|her|anyone)|be alone with (?:him|her)|"
        rf"fall asleep|call the police)\b|\b(?:{S3}|you) (?:scares|frightens|terrifies|intimidates|scare|"
        r"frighten|terrify|intimidate|scared|frightened|terrified|intimidated) me\b(?! (?:half to death|when you "
        r"(?:came|snuck|jumped)|for a second|lol|haha))|\b(?:his|her|their) (?:temper|anger|rage|drinking|"
        r"driving) (?:scares|frightens|terrifies) me\b|\bi fear (?:him|her|them|for my (?:life|safety))\b",
        True,
    ),
    (
        "fear_of_partner",
        "danger",
        r"\b(?:don't|do not|never|no longer|dont|doesn't|can't) feel safe\b|\bnot (?:feeling |feel )?safe "
        rf"(?:at home|here|with (?:him|her|them)|around (?:him|her|them)|in (?:my|our|this) (?:own )?(?:home|house))\b"
        r"|\b(?:i'm|i am|we're|we are|i feel|i'm not|i am not) (?:in danger|unsafe|not safe)\b|\bunsafe "
        rf"(?:at home|with (?:him|her|them)|around (?:him|her|them)|for me)\b|\bhiding (?:from (?:him|her|them|"
        rf"{PARTNER})|in the (?:bathroom|bedroom|closet|car|garage|wardrobe))\b|\b{S3}(?:{BE}|) "
        r"(?:gets|getting|get) (?:scary|violent|rough|aggressive|physical)\b",
        False,
    ),
    (
        "fear_of_partner",
        "ask",
        rf"\b(?:i'm|i am|i feel|i was|i felt)(?: so| really| very|) (?:{FEAR}|threatened)(?: right now| rn| to death|)"
        rf"(?= [.,]| and| but|$)|\b(?:feel|felt|feeling) (?:so |really |very )?threatened\b"
        r"|\bis that a threat\b",
        True,
    ),
)

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
)
