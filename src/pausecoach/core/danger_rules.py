"""The danger rules for harm done or feared: self-harm, violence, one's own actions, weapons, sex.

Rules read the plain text of core/danger_text.py (see core/danger_words.py for the building
blocks and why every gap between words stays linear). The rest are in core/danger_control.py.
"""

from __future__ import annotations

from pausecoach.core.danger_control import CONTROL_RULES
from pausecoach.core.danger_words import (
    BE,
    EMOTIONAL,
    FEAR,
    HIT,
    HIT_ACT,
    HYPERBOLE,
    I_HIT,
    I_WILL,
    KIN,
    OBJ,
    OBJ_NOT_YOU,
    PARTNER_NOUN,
    PASSIVE,
    S3,
    SELF,
    SMALL_REASON,
    THEY_WILL,
    WEAPON,
    Level,
    W,
)

# Each rule: (category, level, pattern, negatable). `negatable` rules stand down (or only ask)
# when "never", "not" or a "-n't" word comes just before them ("he has never hit me").
HARM_RULES: tuple[tuple[str, Level, str, bool], ...] = (
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
        r"nothing (?:left )?to live for|not worth living|(?:no|the) point (?:in|of) (?:me )?(?:living|going on|being alive|being here|"
        r"existing|carrying on)|(?:started|start|been|gone back to|back to) cutting(?: myself)?(?: again)?(?= \.| !|$| and| but)|"
        r"can't go on (?:living|like this|anymore)|wish (?:i was|i were|i'd) (?:dead|never born)|"
        r"wish i (?:wasn't|weren't) (?:alive|here|born)|wish i could (?:die|disappear forever|not wake up)|"
        r"(?:don't|do not|dont) want to (?:live|be alive|be here anymore|exist|wake up)|"
        r"(?:want|wants|wanted|wanting|ready|going|plan|planning) to (?:die|be dead|end it)\b"
        r"(?! (?:of|from|laughing) (?:embarrassment|shame|boredom|laughter|cringe|laughing)\b)|"
        r"(?:better|happier|easier) (?:off )?(?:if|when) i(?:'m| am| was| were)? (?:gone|dead|not here|not around)|"
        r"giv(?:e|ing) (?:away )?(?:all )?my (?:things|stuff|belongings) away|goodbye (?:letters?|notes?)|"
        r"sleep and (?:never|not) wake up|not be (?:here|around) (?:much longer|anymore|tomorrow)|"
        r"say (?:my )?goodbyes? (?:to everyone|forever)|how many (?:pills|tablets|of (?:these|those|my) [a-z]+) "
        r"(?:it would take|it takes|would (?:it )?take|to (?:die|end it|kill))|(?:looking up|looked up|googling|googled|"
        r"searching|searched|researching|researched|reading up on) (?:how to|ways to|the best way to) (?:die|kill myself|"
        r"end it|overdose|hang|disappear forever)|(?:driving|drive|drove|crash|crashing|steer|steering) (?:my car |the car )?"
        r"(?:into|off) (?:a|the) (?:tree|wall|bridge|cliff|river|lake|truck|lorry|oncoming [a-z]+)|(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|"
        r"collected|collecting|stashed|stashing) (?:up )?(?:some |all )?(?:my |the |of )?(?:pills|tablets|meds|"
        r"medication|painkillers|sleeping pills)|wrote (?:a|my) (?:suicide )?note to (?:everyone|my family))",
        True,
    ),
    (
        "self_harm",
        "ask",
        r"\b(?:rather (?:be )?(?:die|dead)|(?:just )?(?:kill|shoot) me now|want to disappear|"
        r"done with (?:life|everything|living)|(?:decide to |going to |gonna |might |will )go through with it|(?:can't|cannot) do (?:life|this life) anymore|"
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
        rf"\b{S3}{THEY_WILL} (?:{W} ){{0,1}}(?:{HIT}|kill|murder) {OBJ}\b(?!{SMALL_REASON})",
        True,
    ),
    (
        "violence",
        "ask",
        rf"\b{S3}{THEY_WILL} (?:{W} ){{0,1}}(?:kill|murder) {OBJ}(?={SMALL_REASON})",
        True,
    ),
    (
        "violence",
        "danger",
        rf"\b(?:{S3}|someone|somebody)(?: almost| nearly| tried to| could have| wants to| wanted to|"
        rf" is trying to|'s trying to| has tried to)? (?:kill|killed|murder|murdered) {OBJ}\b",
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
        "danger",
        r"\b(?:threw|throws|throwing|flung|poured|pours|pouring|tipped|splashed|splashes) (?!up\b)(?:[a-z0-9']+ ){0,3}"
        r"(?:on|over|in|into) (?:me|my face|her face|his face|my eyes|my head)\b"
        r"|\b(?:find|found|finding) (?:my|your|her|his) (?:dead )?body\b|\bno one (?:will|would) (?:ever )?find (?:me|you|her|him)\b"
        r"|\b(?:bullet|bullets) (?:with|has|have) (?:my|your|her|his) name\b",
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
    (
        "fear_of_self",
        "danger",
        rf"\b{I_WILL} (?:{W} ){{0,2}}(?:hurt|hit|kill|attack|stab|punch|strangle|choke) (?:someone|somebody|"
        r"anyone|everyone)\b",
        True,
    ),
    ("fear_of_self", "ask", rf"\b{I_WILL} (?:{W} ){{0,1}}{I_HIT} you(?={HYPERBOLE})", True),
    (
        "fear_of_self",
        "danger",
        rf"\b(?:{FEAR}|worried|worry) (?:of |about )?(?:what )?(?:i|i'll|i'm)(?: might| will| could| may| would|"
        r"'d| am going to| going to| gonna| about to|)? ?(?:do|snap|lose it|lose control|hurt|hit|kill|"
        r"do something|explode at|go too far|become violent|get violent)\b"
        r"|\b(?:don't|do not|can't|cannot) trust myself\b|\bi scare myself\b"
        r"|\b(?:before|or) i do something (?:i'll regret|i regret|stupid|bad|terrible|awful|dangerous|i can't take back)\b"
        r"|\bi(?: might| may| could| will|'ll) do something (?:i'll regret|stupid|bad|terrible|awful|dangerous)\b"
        r"|\bi(?: might| may| could| will|'ll| am going to|'m going to|'m about to|'m gonna| am gonna) "
        r"(?:lose control|snap|lose it)\b(?! (?:at work|laughing|with laughter)\b)"
        r"|\bso (?:angry|mad|furious) i could (?:hit|kill|punch|hurt|strangle|choke|smash)\b"
        r"|\b(?:worried|afraid|scared|frightened|terrified) (?:about|of) my (?:own )?(?:anger|temper|rage|violence|"
        r"behaviour|behavior)\b|\b(?:worried|afraid|scared|frightened|terrified) (?:about |of )?(?:how|what) "
        r"(?:angry|mad|violent|far|rough) i (?:get|go|could|might|can)\b"
        r"|\b(?:i|i've|i have) (?:almost |nearly |just )?(?:hit|punched|slapped|pushed|shoved|choked|"
        r"grabbed|kicked|hurt|scared|strangled|smacked|shook|bit|throttled|slammed|threw something at) "
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
        rf"\b{S3}{THEY_WILL} (?:{W} ){{0,1}}(?:shoot|gun down) (?:me|him|her|us|them|my|the kids|our)\b"
        r"(?! (?:a|an) (?:text|message|email|line|note|look|photo|picture)\b)(?! now\b)",
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
        r"|\b(?:forced|forces|made|makes|pressured|pressures|coerced) (?:me|her|him) (?:to )?do (?:things|stuff) "
        r"(?:in bed|sexually|to (?:him|her|them)|in the bedroom) (?:that )?(?:i|she|he) (?:didn't|don't|did not|do not) want\b"
        r"|\b(?:pulled|pulls|took|takes|slipped|slips|ripped|rips) (?:off )?(?:the|a|his|her) condom (?:off )?(?:without|"
        r"even though|after (?:i|she) said)\b|\b(?:removed|removes|took off) (?:the|a|his) condom without\b"
        r"|\btoo (?:drunk|high|out of it|asleep|sleepy|wasted) to (?:say (?:no|yes|stop)|consent|know what|stop (?:him|her))"
        r"|\b(?:get|gets|got|getting) (?:me|her|him) (?:drunk|wasted|high)\b(?: [a-z']+){0,4} (?:do|did|does|doing|has|had|have) "
        r"(?:things|stuff|sex|it)\b"
        r"|\b(?:do|did|does|doing) (?:things|stuff) (?:to me |to her |to him )?(?:that )?(?:i|she|he) (?:didn't|did not|"
        r"never|don't|do not) (?:agree|consent|say yes|want)\b"
        r"|\bfor sex (?:after|when|even though|even after) (?:i|she|he) (?:say|said|says|told \w+) no\b"
        r"|\b(?:sex|slept with me|had sex with me|has sex with me|have sex with me|sleeps with me|touched me|touches me|touching me|undressed me|assaulted me|"
        r"did things to me|does things to me|got on top of me)"
        r" (?:while|when|after) (?:i was|i'm|i am|she was|he was) (?:asleep|sleeping|unconscious|passed out|"
        r"drunk|too drunk|crying|saying no)\b"
        r"|\b(?:didn't|doesn't|won't|wouldn't) stop (?:even )?when (?:i|she|he) (?:said|says|told him|told her|"
        r"tell him|tell her|ask him|ask her|asked him|asked her) (?:to )?(?:no|stop)\b|\b(?:won't|doesn't|didn't|wouldn't) stop when (?:i|she|he) say (?:no|stop)\b|\b(?:share|post|send|leak) (?:my|her|his) (?:nudes|naked (?:pictures|photos)|"
        r"intimate (?:pictures|photos|videos)|sex tape)\b",
        True,
    ),
    (
        "sexual",
        "ask",
        r"\b(?:won't|doesn't|does not|never) take no for an answer\b|\bsexually\b"
        r"|\b(?:won't|doesn't|does not|never|refuses to|wouldn't) (?:accept|hear|respect|listen to) (?:a |my |her |his )?"
        r"no\b(?: [a-z']+){0,6} (?:sex|in bed|sleeping with|touching)\b"
        rf"|\b{S3} (?:forced|forces|forcing) (?:me|her|him)\b",
        True,
    ),
)

RULES = HARM_RULES + CONTROL_RULES
