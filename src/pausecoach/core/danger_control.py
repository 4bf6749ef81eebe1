"""The danger rules for control and fear: coercive control, fear of the partner, and the rest.

Same form as core/danger_rules.py: (category, level, pattern, negatable) over plain text.
"""

from __future__ import annotations

from pausecoach.core.danger_words import (
    BE,
    FEAR,
    PARTNER,
    S3,
    Level,
    W,
)

CONTROL_RULES: tuple[tuple[str, Level, str, bool], ...] = (
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
        r"a car|my keys|any money|access|a bank account|my own (?:bank )?account|a (?:credit |debit |bank )?card|"
        r"my (?:own )?(?:card|wages|salary|pay))|get a job|use (?:the|my) (?:car|phone|card|money)|drive|"
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
        r"|\b(?:not|never) allowed (?:out|outside|anywhere)\b|\b(?:not|never) allowed to (?:see|go|talk|leave|have|work|use|drive|spend|call|text|visit|wear|"
        r"eat|sleep|get)\b|\bhave to ask (?:him|her|them|my \w+) (?:for )?permission\b|\bask (?:his|her|their) "
        r"permission (?:to|before)\b|\b(?:made|makes|make) (?:me|her|him) (?:stop|quit) (?:seeing|talking to|"
        r"calling|visiting|working|my job)\b|\b(?:says|said|tells me|told me) i(?: can't| cannot| am not allowed to|"
        r"'m not allowed to) (?:see|go|leave|talk|have|work|call|visit)\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\b(?:takes|took|taken|taking|take|controls|controlled|controlling|keeps|kept|holds|held|withholds|"
        r"withheld|hides|hid|hidden|hiding) (?:all )?(?:of )?(?:my|our|the) (?:whole |entire )?(?:money|pay|paycheck|paycheque|wages|"
        r"salary|income|benefits|bank cards?|credit cards?|debit cards?|finances|bank account|savings|"
        r"passport|id|documents|car keys|keys)\b(?! (?:to the bank|to pay|for groceries|for gas|out of the car|by mistake|by accident))"
        r"|\b(?:gives|give|gave) me an allowance\b|\bno access to (?:any |the |our |my (?:own )?)?(?:money|"
        r"account|bank|accounts|cards|savings)\b|\b(?:have|has|had) to (?:show|hand over|give) (?:him|her|them) "
        r"(?:every|all|my) (?:receipts?|paycheck|pay|money|wages)\b|\baccount for every (?:penny|cent|dollar|pound)\b"
        r"|\b(?:makes|made|forces|forced|demands|demanded) (?:me|her|him) (?:to )?(?:hand over|give (?:him|her|them)|"
        r"sign over|transfer|turn over) (?:all )?(?:of )?(?:my|her|his) (?:whole |entire )?(?:money|pay|paycheck|"
        r"paycheque|wages|salary|income|savings|benefits|cards?)\b"
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
        r"|\b(?:put|puts|installed|installs|hid|hides|placed|set up|sets up) (?:a |an |hidden |secret |some )?"
        r"(?:camera|cameras|tracker|trackers|recorder|microphone|mic|spy app|spyware|tracking app|airtag)s? "
        r"(?:[a-z']+ ){0,4}(?:to (?:watch|track|spy on|record|listen to|follow|monitor|check on) (?:me|her|him)|"
        r"without (?:me|my|her|his) (?:knowing|knowledge))\b"
        r"|\b(?:changed|changes|changing|reset|resets) (?:the |all the |all )?(?:passwords?|passcodes?|pins?|logins?) "
        r"(?:on|to|of|for) (?:all )?(?:my|her|his)\b"
        r"|\b(?:locked|locks|locking) (?:me|her|him) out of (?:my|her|his|our|the) (?:accounts?|email|phone|bank|"
        r"money|laptop|computer)\b"
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
        rf"|\b{FEAR} (?:to|of) (?:go|going|come|coming) (?:back )?(?:home|inside|in there|in|indoors)\b"
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
        rf"(?:at home|with (?:him|her|them)|around (?:him|her|them)|for me)\b|\b(?:hide|hides|hid|hiding) (?:from (?:him|her|them|"
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
    # ---------------------------------------------------------------- threats and living in fear
    (
        "coercive_control",
        "danger",
        r"\b(?:punish|punishes|punished|punishing) (?:me|her|him)\b|\bi(?: get| got|'ll get| will get| would get|"
        r"'d get| am|'m| was) punished\b"
        r"|\b(?:kill|hurt|harm) (?:himself|herself|themselves|themself) if (?:i|she|he) (?:ever )?(?:leave|leaves|left|"
        r"go|goes|break up|breaks up|end it|ends it|try to leave|tries to leave)\b",
        True,
    ),
    (
        "coercive_control",
        "ask",
        r"\b(?:tells|told|decides|decided|chooses|chose|picks|picked) (?:me|her|him) (?:what|who|where) "
        r"(?:to wear|i can wear|she can wear|to eat|i can eat|i'm allowed|i am allowed|i can see|i can go|i can talk)\b",
        True,
    ),
    (
        "fear_of_partner",
        "danger",
        rf"\b{S3}(?:'ll|'d| will| would| is going to|'s going to| is gonna|'s gonna| said he'd| said she'd"
        rf"| swore he'd| swore she'd| would| will) (?:{W} ){{0,1}}(?:find me|hunt me down|track me down|"
        r"make me (?:regret|pay)|make sure i (?:regret|pay|never)|ruin my life|take (?:the|my|our) (?:kids|"
        r"children|baby|son|daughter) (?:away|from me)|take (?:the|my|our) (?:kids|children|baby) and)\b"
        r"|\bif i (?:ever )?(?:leave|left|try to leave|tried to leave|tell anyone|tell someone|call (?:anyone|"
        rf"someone|the police|the cops)|report (?:him|her|them)) (?:{W} ){{0,1}}{S3}(?:'ll|'d| will| would)\b"
        r"(?! (?:be|feel|get) (?:sad|upset|lonely|heartbroken|hurt|lost|devastated|fine|okay|ok)\b)"
        r"|\b(?:sleep|sleeps|sleeping|slept) with (?:my|the|our) (?:bedroom )?door locked\b"
        r"|\block (?:myself in|my door|the door|the bedroom door) (?:{W} ){{0,2}}(?:because of|from|away from|"
        r"when|so) (?:him|her|them)\b",
        False,
    ),
    (
        "fear_of_partner",
        "ask",
        rf"\b(?:walk|walking|walked|tiptoe|tiptoeing) (?:on|around on) eggshells\b"
        rf"|\b{S3}(?:{BE}|) (?:{W} ){{0,1}}(?:explode|explodes|exploded|blows up|blew up|flies into a rage|"
        r"flew into a rage|rages) at (?:me|us|the kids)\b|\bnever see (?:them|the kids|my kids|my children|"
        r"our kids|our children|my son|my daughter|my baby) again\b",
        True,
    ),
    (
        "coercive_control",
        "danger",
        r"\bprove (?:to (?:him|her|them) )?where i(?: am| was|'ve been| have been| went)\b"
        r"|\b(?:send|sends|sent|text|texts|show|shows) (?:him|her|them) (?:a )?(?:photo|photos|picture|pictures|"
        r"selfie|selfies|video|my location) (?:every|each|of where|to prove)\b",
        False,
    ),
    (
        "coercive_control",
        "ask",
        r"\bno one (?:else )?(?:would|will|could) (?:ever )?(?:want|love|believe|put up with) (?:me|her|him)\b"
        r"|\b(?:calls|called|calling|call) (?:me|her|him) (?:worthless|nothing|a whore|a slut|a waste of space|"
        r"garbage|trash|a piece of)\b",
        True,
    ),
    (
        "fear_of_partner",
        "ask",
        r"\b(?:when|whenever|every time|each time) (?:he|she|they|his|her|their|my [a-z]+) (?:[a-z0-9']+ ){0,4}i "
        r"(?:start |begin |get |just )?(?:shaking|trembling|shake|tremble|freeze|panic|flinch|flinching)\b",
        False,
    ),
)
