"""Warning signs with no trigger word: the lexicon's floor for the policy's quiet families.

A chosen date or time with calm, a goodbye letter, a message scheduled for after one is
gone, a final pinned post, possessions given away, "won't be around to see it", new cuts to
hide, hoping the plane goes down, and someone else who talks of joining a person who died
or wrote about ending their life: each is crisis by the policy (docs/companion.md), and
none uses the words the rest of the lexicon looks for. The classifier reads them by
meaning; these patterns make sure the common forms never depend on it alone. They are
read on the whole message (a date in one sentence, the calm in the next) after idioms
and denials are taken out, and each needs the context that separates it from everyday
talk: an event named ("the wedding", "my interview") or a plural subject ("we picked the
date") keeps a date ordinary, "new cuts" needs a body part, "giving away" needs all or
most of one's things.
"""

from __future__ import annotations

import re

from knowledge.safety.lexicon import MEDICAL_EMERGENCY, SOMEONE_ELSE_AT_RISK, any_of
from knowledge.safety.lexicon_es import ORDINARY_REASON as ORDINARY_REASON_ES

DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week|this weekend|my birthday|the \d+(st|nd|rd|th)?|new years? (eve|day))"
CALM = r"(calm|at peace|peaceful|relieved|relief|ready|decided|my decision|made up my mind|no more|sure now|settled|it will (all )?be over|final)"
EVENT = r"(wedding|interview|exam|test|surgery|operation|move|moving|launch|race|match|game|party|trip|flight|concert|results|appointment|first day|start|holiday|vacation|gig|date with|deadline|presentation|graduation|ceremony|marathon|audition|court|hearing|birth|baby|scan|due)"
VEHICLE = r"(plane|flight|bus|train|car|ship|boat|ferry|coach|taxi|uber)"
KIN = r"(son|daughter|kids?|children|boy|girl|mum|mom|mother|dad|father|wife|husband|partner|sister|brother|family|parents|friends?|everyone|you)"
ORDINARY_REASON = r"(?!.{0,100}\b(moving|move house|the move|declutter\w*|charity|downsiz\w*|smaller (flat|place|house)|new (flat|place|house|apartment)|outgrown|spring clean\w*|minimalis\w*|car boot|garage sale|yard sale|holiday|vacation|away|trip|abroad|travel\w*|working|shift|out of town|visiting|flights?|flying|deploy\w*|boarding)\b)"
BODY = r"(arms?|wrists?|thighs?|legs?|skin|stomach|hips?|ankles?|body)"

FLOOR_EN = any_of(
    # A day or time chosen, with calm or a decision anywhere in the message.
    r"(?:^|[.!?,;]\s*|\bi (?:have |just |finally |already |now )*)(picked|chose|chosen|set|decided on|settled on|fixed|know) (a|the|my) (date|day|time|night|hour)\b(?! (for|of|to) (the|our|my|a|an|his|her|their|this|that)\b)(?!\W*(with|for) \w+)",
    rf"\b{DAY} (is|will be|it is) (the|my) (day|night|date|one)\b(?!.{{0,80}}\b{EVENT}\b)(?=.{{0,120}}\b{CALM}\b)",
    rf"\b{CALM}\b.{{0,120}}\b{DAY} (is|will be|it is) (the|my) (day|night|date)\b(?!.{{0,80}}\b{EVENT}\b)",
    # Sudden calm or relief once a decision is made, unless it is a decision about something
    # named ("to take the job", "about the flat"); a day is not such a thing.
    rf"\b(feel|felt|feeling|am|so|finally) (so |so much |really |strangely |weirdly |oddly |much )?(calm|at peace|peaceful|lighter|relieved|at ease)\b.{{0,80}}\b(now that|since) i (have )?(decided|made (up )?my (mind|decision)|chose|picked|know when)\b(?! (to|on|about) (?!(end|die|do it|go through|{DAY})\b))",
    # Self-harm that was once occasional and is now daily: the past does not soften it.
    r"\b((cut|cutting)(?! (\w+ )?(onions?|vegetables|veg|veggies|hair|grass|lawn|wood|paper|fabric|meat|bread|class|classes|school|costs?|back|down|out|up|carbs|sugar|ties)\b)|burn|burning|hurt myself|hurting myself|harm myself|harming myself|self harm\w*)\b.{0,80}\bnow (i )?(do it|am doing it|doing it|it is|its) (every day|every night|daily|all the time|more|worse)\b",
    # Goodbyes written or scheduled for after one is gone; a final post pinned.
    r"\b(after|once|when|by the time) i am (gone|dead|not here|not around|no longer here)\b(?! (on|for|to|away|at|from|out|with|shopping|home)\b)",
    r"\b(schedul\w*|timed|set up|queued|delay\w*) .{0,50}\b(email|e mail|message|messages|post|posts|text|texts|letter|letters|video)\b.{0,60}\b(after|when|once) (i am|i have) (gone|left|not here|not around|died)\b",
    # "You won't hear from me again", unless it is only until a time ("till Monday").
    r"\b(you|anyone|no one|nobody|they|people) (will not|will never|are not going to|is not going to|not going to) (ever )?hear from me (again|ever again|anymore|any more)\b(?!.{0,30}\b(until|till|for a (while|bit|few)|this (week|weekend|month)|today|tonight|before|after|when i)\b)",
    r"\b(the|this is the) last (you|anyone|anybody) (will|are going to|is going to) (ever )?hear from me\b",
    # Veiled, with a wink: "they might not see me at school tomorrow if you know what I mean".
    r"\b(not|never) (see|be seeing|hear from) me\b.{0,60}\bif (you|u) (know|get) what i mean\b",
    r"\b(pinned|pin|pinning) (a |my |the |this )?(final|last|goodbye|farewell) (post|message|tweet|note|story|video|entry)\b|\b(final|goodbye|farewell) (post|message|tweet|note) (is |now )?pinned\b",
    rf"\b(letters?|notes?|messages?|video)\b.{{0,80}}\b(to|for|telling) (my )?{KIN}\b.{{0,80}}\b(not|never) (his|her|their|your|anyone's|anyones) fault\b",
    r"\b(wrote|writing|written|left|leaving|recorded|recording) .{0,60}\b(it|this) (was not|is not|will not be|was never|is never) (his|her|their|your) fault\b",
    r"\b(my|a) (final|farewell|goodbye) (post|message|letter|note|words|entry|video|tweet)\b(?! (of|before|for) (the|this|my) (day|week|month|year|semester|term|holiday|trip|season|shift))",
    r"\b(last|final) (message|words|post|note) from me\b(?! (tonight|today|for (now|today|tonight|a while|the (day|night|week)))|before|until|till|this (week|evening)|i am (off|going) to (bed|sleep))",
    rf"\bone (last|final) (time|visit|look|walk|swim|drive|trip|hug|sunset)\b(?=.{{0,100}}\b(peaceful|at peace|calm|goodbye|said bye|ready|wanted to see it)\b){ORDINARY_REASON}",
    # Not planning to see the next holiday; thinking through how one would do it.
    r"\b(do not|dont|never) (plan|expect|intend|think i will|think i am going) (on |to )?(see|seeing|be(ing)? (here|around) (for|at)|make it to|making it to|get to|last (until|till|to)) (christmas|my (next )?birthday|next (year|christmas|summer|spring)|the new year|new year|summer|spring|another (year|christmas|birthday))\b",
    r"\b(think|thinking|thought|imagine|imagining|plan|planning|planned) (about |through |out )?how i (would|will|could|might|am going to|should) do it\b",
    # A feat that could kill: driving blind or at a lethal speed ("to prove it", in mania).
    r"\b(drive|driving|drove|ride|riding|race|racing)\b.{0,60}\b(my (head)?lights off|headlights off|no (head)?lights (on )?at night|blindfold\w*|eyes (closed|shut)|(at|doing|hit|hitting) (like |about |over )?(1[3-9]\d|[2-9]\d\d)\b)",
    # Possessions given away, affairs handed over.
    r"\b(list of )?who (should|will|gets to|is going to|would) (get|have|inherit|take) my (\w+ )?(things|stuff|rings?|jewel\w*|china|books|records|savings|money|car|guitar|pets?|cat|dog)\b",
    r"\b(logging|signing|checking|logged|signed) off (for good|forever|permanently)\b|\b(deleted|deleting|delete) (all )?my (socials|accounts|social media)\b.{0,60}\b(for good|forever|goodbye|bye)\b",
    rf"\b(giving|gave|given|give|handing|handed) (away |out )?(my \w+ and )?(all|most|the rest) (of )?my (stuff|things|belongings|possessions|clothes|books|games|records|jewel\w*|plants|savings|money|art)\b{ORDINARY_REASON}",
    r"\b(new|good) (homes?|owners?) for (my|all my) (cat|cats|dog|dogs|pets?|rabbits?|fish)\b.{0,80}\b(will not|cannot|not going to) (be (here|around|able)|need|look after)\b",
    # Not being there for what comes next.
    rf"\b(will not|not going to|probably will not|may not|might not) be (around|here|alive) (to (see|watch|celebrate|meet|hear|read|find out)|for (much|long|the (holidays|new year|summer|birthday|wedding))|after (tonight|this|friday|the weekend|\w+day))\b{ORDINARY_REASON}",
    r"\b(will not|do not|not) have to (worry about|deal with|put up with|look after) me (much longer|anymore|any more|for long|soon)\b",
    # Self-harm now: new or fresh marks on the body, hidden.
    rf"\b(new|fresh|more|deeper|another) (cuts?|burns?|scratches|marks|wounds) (on|in|across|along) (my )?{BODY}\b",
    rf"\b(my )?{BODY} (has|have|is|are) (covered in |full of )?(new|fresh) (cuts?|burns?|marks|wounds|scars)\b",
    r"\b(long sleeves|sleeves down|a hoodie|bracelets|plasters|bandages)\b.{0,40}\b(hide|cover|so no one sees|so nobody sees|nobody can see)\b.{0,20}\b(cuts?|marks|burns|scars|it)\b",
    # Asked how to hide them or what to say about them ("how do I hide cuts from my
    # parents", "a good excuse for the marks on my arm"); old scars for a wedding are not.
    rf"\bhow (do|can|could|should|would) (i|you|someone|people) (hide|cover( up)?|conceal|explain)\b.{{0,30}}\b(cuts?|burns?|fresh (marks|scars)|self harm|marks on (my|your|their) {BODY})\b",
    rf"\b(excuse|excuses|lie|lies|story|explanation|explain|say)\b.{{0,20}}\b(for|about) (the |my |these )?(cuts?|burns?|marks|bruises|wounds) (on|across) (my |your )?{BODY}\b",
    # Hoping for an accident.
    rf"\b(hope|hoping|wish|wishing|pray|praying|half hope|half hoping)\b.{{0,40}}\b(the|this|my|our) {VEHICLE} ((would|will|might|just) )?(goes down|go down|crashes|crash|falls|fall|sinks|sink|does not land|never lands|does not make it|hits something|(goes|go|comes|come|skids|skid|veers|veer) off (the road|a bridge|the bridge|the track|the rails)|flips|flip over|rolls over)\b",
    r"\b(hope|hoping|wish|wishing|pray|praying) (that )?(something|someone|a car|a bus|a truck|a lorry|a train|a drunk driver) (hits|would hit|will hit|runs me over|would run me over|kills|would kill|takes me out)\b",
    r"\b(hope|hoping|wish|wishing|pray|praying) (that )?i (get|got|would get|will get) (hit|run over|killed|cancer|sick and die)\b",
    rf"\b(would not|would not really) (mind|care) if (the|this|my) {VEHICLE} (crashed|went down|sank|did not land)\b|\b(would not|would not really) (mind|care) if i (died|did not wake up|got hit|never woke up|was gone|was not here)\b",
    # Written from the policy's families on 2026-12-02, after a blind set's quiet misses.
    # Being the last one talked to; a note to be read "by the time you read this".
    r"\b(being|be|were|are|was|you are) (the )?last (one|person|voice) i (will )?(ever )?(talk|talked|spoke|speak)\b(?!( to| with)? (today|tonight|this (week|morning|evening|afternoon)|before (bed|i sleep|sleep|work)))",
    r"\b(died|gone|passed|passed away|lost (him|her|them)|funeral|grave)\b.{0,80}\b(want|wants|wanting|ready|going) to follow( (her|him|them))?\b(?! (on|around|up|home|into|the|a|my|your|his|her|him|them|their|through|along|suit|in|instructions|orders|rules|advice)\b)",
    r"\bby the time (you|they|anyone|someone|u|people|my \w+) (read|reads|see|sees|find|finds|get|gets) (this|it|my (note|letter|message|post))(\s*[.!]*$|(?=.{0,80}\b(gone|dead|over|too late|not be (here|around|alive)|no longer (here|around|alive)|at peace|sorry|forgive me|goodbye)\b))",
    # An engine running in a shut space; the physical pain as the only relief; the blade
    # taken out of a sharpener or razor; the only way out a window.
    r"\b(sit|sitting|sat|stay|staying|lie|lying|wait|waiting|sleep|sleeping|door (shut|closed)|shut the door|close the door)\b.{0,40}\b(garage|shed)\b.{0,60}\b(engine|car|motor|ute|van|generator) (running|on|idling)\b|\b(sit|sitting|sat|stay|staying|lie|lying|wait|waiting)\b.{0,40}\b(engine|car|motor|ute|van|generator) (running|idling)\b.{0,60}\b(in|inside) (the|my|a) (garage|shed)\b",
    r"\b(physical )?pain is the only thing (that )?(helps|works|drowns (it|the rest|everything|the rest) out|makes (it|me|the rest) (quiet|stop|go quiet))\b",
    r"\b(did|done) it again\b.{0,60}\b(needed|need) the (release|relief|sting)\b",
    r"\b(took|take|taking|got|get|getting|pulled|popped|broke)\b.{0,20}\bblades?\b.{0,20}\b(out of|from|off)\b.{0,15}\b(my |a |the )?(pencil )?(sharpener|razor|shaver)\b(?!.{0,30}\b(clean\w*|replace\w*|chang\w*|swap\w*|new one|recycl\w*)\b)",
    r"\b(only|last) (way|exit|door) out\b.{0,20}\b(is|through) (the )?(window|balcony|roof)\b(?!.{0,60}\b(fire|smoke|locked|stuck|flood\w*)\b)|\bno way out (but|except|other than|apart from) (the )?(window|balcony|roof|bridge)\b",
    # One's own funeral imagined as a peace; a ticket bought one way, with no return.
    r"\b(imagine|imagining|picture|picturing|think about|thinking about|dream about) my (own )?(funeral|wake|burial)\b.{0,60}\b(peace|peaceful|calm|relief|relieved|comfort\w*)\b",
    r"\b(did not|no need to|not going to|will not) (buy|book|get)(ing)? (a )?return (ticket|journey|flight|fare)\b|\bone way (ticket|trip)\b.{0,60}\b(not coming back|will not need|no need|no return|for good)\b",
    # At an edge now, said and left there: "I'm standing on the roof right now".
    r"\bi am (standing |sitting |up |out |stood |sat )?(on|at) (the |a |this )?(roof|rooftop|ledge|edge( of (the|a|this) \w+)?|bridge|cliff( edge)?|railing|tracks|balcony railing|top of (the|a) \w+)( right now| now| again| tonight)?\s*[.!]*$",
    r"\bi am (standing |sitting |stood |sat )?(on|at) (the |a |this )?(roof|rooftop|ledge|edge( of (the|a|this) \w+)?|bridge|cliff( edge)?|railing|tracks)( right now| now)? (and|looking down|thinking)\b(?!.{0,40}\b(view|sunset|sunrise|photos?|pictures?|fixing|repair\w*|gutters?|tiles?|work|job|shift|friends|mates|drinks?)\b)",
)

# What a day is usually picked for; a date chosen for one of these is ordinary.
EVENT = r"(wedding|exam|test|interview|surgery|operation|party|trip|move|moving|appointment|meeting|flight|concert|game|match|baptism|christening|graduation|dinner|launch|deadline|vacation|holiday|visit|date night)"
EVENT_ES = r"(boda|examen|entrevista|operacion|cirugia|fiesta|viaje|mudanza|cita|reunion|vuelo|concierto|partido|bautizo|graduacion|cena|comida|vacaciones|visita)"

# What a person gives away when they are putting their life in order.
KEEPSAKES = (
    r"(games?|video games?|stuff|things|belongings|possessions|clothes|books?|records?|vinyl|art|"
    r"art supplies|jewel\w*|guitars?|collection|plants?|cameras?|paintings?|tools|pets?|cats?|"
    r"dogs?|rabbits?|xbox|playstation|switch|consoles?|medals|watch|savings)"
)
DESPAIR = r"(depressed|depression|miserable|suicidal|hopeless|crying|so low|dark place|in a bad way|struggling|snappy|withdrawn)"
CALMED = r"(weirdly|strangely|oddly|eerily|suspiciously|suddenly|unusually|scarily) (calm|at peace|peaceful|happy|cheerful|upbeat|serene|light|lighter|relaxed|content|still|smiley|all smiles)"
THIRD_PARTY_EN = any_of(
    # Possessions given away, told of someone else.
    rf"\b(giving|gave|given|give|handing|handed|hands?) (away|out) (every|every single|all|most|each|the rest) (of )?(his|her|their) (\w+ ){{0,2}}{KEEPSAKES}\b{ORDINARY_REASON}",
    rf"\b(giving|gave|given|give|handing|handed) (away|out) (every|every single|all|most of)? ?(\w+ ){{0,2}}{KEEPSAKES} (he|she|they) (owns?|loves?|had|has|treasured|collected|saved up for)\b{ORDINARY_REASON}",
    rf"\b(he|she|they)(\'s| is| are| has| have)? (been )?(quietly |suddenly |randomly )?(giving|gave|handing|handed) (away|out) (his|her|their) (\w+ ){{0,2}}{KEEPSAKES}\b{ORDINARY_REASON}",
    # A goodbye said or sent by someone else.
    rf"\b(he|she|they|my \w+) (called|rang|phoned|texted|messaged|came (over|round|by)) (me |us )?(at \w+ )?(just )?to (say|tell me) (goodbye|bye|(he|she|they) loved (me|us)|i love you|thank you for everything|thanks for everything)\b{ORDINARY_REASON}",
    r"\b(say|saying|said) (goodbye|cheerio|bye|their goodbyes|his goodbyes|her goodbyes) properly\b",
    r"\bif you (do not|dont|don't) hear from me\b.{0,40}\b(not|never) your fault\b",
    r"\b(see|hug|hold) (you|me|us) (one|a) (last|final) time\b",
    # Sudden calm after a long despair, told of someone else.
    rf"\b{DESPAIR}\b.{{0,160}}\b{CALMED}\b(?!.{{0,80}}\b(new (meds|medication|job|therapist|treatment)|therapy|holiday|vacation|promotion)\b)",
    # A date chosen, told of someone else in writing or speech, no event named.
    rf"\b(wrote|writes|written|said|says|told|posted|texted|journal|diary|note|letter)\b.{{0,60}}\b(he|she|they|he has|she has|they have|he is|she is|has) (picked|chose|chosen|set|decided on|settled on) (a|the) (date|day)\b(?!.{{0,60}}\b{EVENT}\b)",
    rf"\b(wrote|writes|written|said|says|told|posted|texted|journal|diary|note|letter)\b.{{0,60}}\b(picked|chose|chosen|set|decided on|settled on) (a|the) (date|day)\b(?!.{{0,60}}\b{EVENT}\b)(?!.{{0,20}}\b(for|of) (the|our|my|his|her|their)\b)",
    r"\b(list|note)\b.{0,30}\bwho (should |will |is going to |would )?(gets?|has|have|inherits?|takes?) (his|her|their) (things|stuff|belongings|possessions)\b",
    rf"\b(gave|giving|given|has given) (away )?((his|her|their) \w+ and )?(all|most) (of )?(his|her|their) (stuff|things|belongings|possessions|games|clothes|books|\w+)\b{ORDINARY_REASON}",
    r"\b(talks?|talking|talked|keeps? (talking|saying)|says?|said|mentions?|mentioned) (about )?(wanting to )?(join|joining|be with|being with|going to be with|go to) (his |her |their )?(late |dead )?(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|gran|grandmother|granny|grandad|grandpa|grandfather|nan|nana|friend|partner|baby)\b",
    r"\b(wrote|writes|writing|written|posted|drew|drawn|made|shared) (a |an |this |some )?\w* ?(poem|story|note|letter|song|drawing|post|essay|journal entry|diary entry)s? (about|on) (ending|taking|wanting to end|killing) (his|her|their) (own )?(life|lives|self)\b",
    # Someone else's poem: "write me a poem about wanting to die" is the writer's own.
    r"\b(he|she|they|his|her|their|my \w+|a friend|someone)\b.{0,60}\b(poem|story|note|letter|song|drawing|post|essay|journal entry|diary entry)s? (about|on) (wanting to (die|disappear|be dead|end it)|not wanting to (live|be here|wake up|exist)|ending (his|her|their) life|killing (himself|herself|themselves))\b",
)

# A drug taken and the body reacting now, heavy drinking and withdrawal, someone who will not
# wake: the emergency number first, whatever else is going on.
# A drug named; DRUGS adds what is said of one without naming it ("pills", "something").
NAMED_DRUG = r"(molly|mdma|ecstasy|coke|cocaine|meth|crystal|acid|lsd|shrooms|ketamine|ket|spice|k2|heroin|fentanyl|oxy\w*|xanax|bars|benzos?|ghb)"
DRUGS = rf"({NAMED_DRUG}|lines|speed|tabs|opioids?|edibles?|g|pills|a bunch of pills|too many pills|something|whatever that was|drugs)"
BODY_REACTING = (
    r"((really |so |very |super )?(overheating|burning up|boiling)|(really|so|very|super) hot"
    r"|(weird|strange|dizzy|sick|shaky|confused) and (really |so |very |super )?hot"
    r"|chest (pain|hurts|is (really )?tight)|heart (is )?(racing|pounding|beating (so |really )?fast)"
    r"|(can not|cannot) (breathe|stop shaking|stay awake|feel my \w+)|seizure|fitting|passing out"
    r"|blacking out|throwing up (blood|nonstop|and (can not|cannot) stop)|turning blue|lips (are |look )?blue"
    r"|soaked in sweat|stopped sweating|heart (will not|wont) slow down|throat (is |feels like it is )?(closing|swelling)"
    r"|(jerking|shaking|convulsing|twitching) all over|eyes rolled back|(can not|cannot) (stay awake|move)"
    r"|breathing (is |sounds )?(super |very |really |so )?(slow|shallow|irregular|weird|wrong|strange|funny)"
    r"|(going to|about to) (pass out|faint|black out)|heart is going (like )?\d{3}|(can|could) barely (move|breathe|stay awake)"
    r"|throwing up (while|lying))"
)
NOT_ALCOHOL = (
    r"(?! (coffee|tea|soda|pop|coke|diet coke|energy drinks?|caffeine|milk|juice|water)\b)"
)
NOT_EASING = r"(?! (less|has stopped|stopped|is gone|went away|is better|eased))"
# Someone out and not waking, with drink or a drug anywhere in the message.
OUT = (
    r"(can not|cannot|could not) (wake|rouse) (him|her|them|my \w+|\w+)( up| at all)?|will not wake up"
    r"|out cold|unconscious|unresponsive|gurgling|skin (is |all )?(cold and clammy|clammy|blue)"
)
# Drink or a drug named, not "had" or "did" alone ("had to restart, the app is unresponsive").
TAKEN = r"(drank|drinking|drunk|vodka|whisky|whiskey|alcohol|booze|shots|pills|molly|mdma|ket|ketamine|oxy\w*|heroin|fentanyl|ghb|tabs|xanax|bars|benzos?|coke|cocaine|lines|overdosed|took something|smoked something|took too many)"
OVERDOSE_DRUGS = r"(pills|tablets|meds|medication|medicine|painkillers|sleeping pills|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|insulin|xanax|benzos?|klonopin|valium|oxy\w*|opioids?|antidepressants|lithium|sertraline|prozac|seroquel|gabapentin|of (my|his|her|their|the) \w+)"
# Recent enough that the emergency number can still help: minutes or hours, tonight.
JUST_NOW = r"((an?|one|two|three|\d+|a few|a couple of|half an) (minutes?|mins?|hours?|hrs?) ago|just now|tonight|earlier today|this (morning|afternoon|evening))\b"
MEDICAL_EN = any_of(
    rf"\b{NAMED_DRUG}\b.{{0,80}}\b{BODY_REACTING}\b",
    rf"\b{TAKEN}\b.{{0,150}}\b({OUT})\b|\b({OUT})\b.{{0,100}}\b(after|since|from) (drinking|taking|smoking|doing|having|the|that|those|some|a)\b.{{0,20}}\b{DRUGS}\b",
    rf"\b{BODY_REACTING}\b.{{0,60}}\b(after|since|from|on) (taking |smoking |snorting |doing |having |the |that |those |some |a |my )?{DRUGS}\b",
    rf"\b(took|taken|take|had|did|done|drank|smoked|snorted|injected|swallowed|popped|dropped|ate)\b.{{0,40}}\b{DRUGS}\b.{{0,60}}\b{BODY_REACTING}\b",
    rf"\b(drinking|drank|drunk)\b{NOT_ALCOHOL}.{{0,60}}\b(every day|daily|every night|for (weeks|months|years)|heavily|a lot|nonstop)\b.{{0,80}}\b(shaking|the shakes|tremors|seeing things|hearing things|hallucinat\w*|seizures?|fits|the dts|dts|delirium)\b{NOT_EASING}",
    rf"\b(stopped|quit|quitting|gave up|no|without) (drinking|alcohol|booze|benzos|xanax|cold turkey|a drink)\b{NOT_ALCOHOL}.{{0,200}}\b(shaking|the shakes|tremors|seeing things|hallucinat\w*|seizures?|fits|the dts|dts)\b{NOT_EASING}",
    r"\b(took|taken|drank|smoked|snorted|injected|swallowed|popped)\b.{0,60}\b(will not|cannot|can not) (wake (him|her|them)( up)?|be woken)\b|\b(he is|she is|they are|my \w+ is|friend is) (not breathing|turning blue)\b",
    # Too much just taken, whether or not the body reacts yet (some overdoses harm hours
    # before they are felt): "I took a bunch of pills an hour ago".
    rf"\b(took|taken|swallowed|downed|popped|overdosed)\b.{{0,40}}\b(a bunch|a lot|loads|a handful|handfuls|all (of )?(my|the|his|her|their) \w+ at once|too many|(a|the|my|his|her|their) (whole|entire|full|rest of the) (bottle|box|pack|packet|strip|blister|jar|tub)|\d{{2,}})\b.{{0,40}}\b{OVERDOSE_DRUGS}\b.{{0,60}}\b{JUST_NOW}",
    rf"\b(overdosed|od'?d|od)\b.{{0,40}}\b{JUST_NOW}",
    # All of them taken, just now or said alone: "i took all my pills an hour ago".
    rf"^(?!.*\b(like|as) (i am|i was|the doctor|my doctor|prescribed|usual|always|normal|supposed|directed|told|every day)\b).*\b(took|taken|swallowed|downed)\b.{{0,20}}\ball (of )?(my|the|his|her|their) {OVERDOSE_DRUGS}\b.{{0,40}}\b{JUST_NOW}",
    r"^\W*(i )?(just )?(took|swallowed|downed) (all|every one|every single one) (of )?(my|the) (pills|tablets|meds|medication|medicine|sleeping pills|painkillers)\W*$",
    # More than one should have taken, and the body reacting: "took more than I should and
    # I feel weird".
    rf"\b(took|taken|swallowed|had)\b.{{0,20}}\b(more than (i should|i was supposed to|prescribed|i am supposed to)|too many|too much)\b.{{0,60}}\b({BODY_REACTING}|(feel|feeling) (really |so |very )?(weird|strange|sick|dizzy|funny|off|wrong))\b",
    rf"\b(took|taken|swallowed)\b.{{0,20}}\ball (of )?(my|the|his|her|their) {OVERDOSE_DRUGS} at once\b.{{0,60}}\b{JUST_NOW}",
)
MEDICAL_JUST_TAKEN_ES = r"\b(me tome|tome|me trague|trague|se tomo|se trago|me meti|se metio)\b.{0,40}\b(todas|un monton de|muchas|demasiadas|un punado de|la caja|el frasco|el bote|el blister|\d{2,})\b.{0,40}\b(pastillas|pildoras|tabletas|medicamentos|calmantes|clonazepam|paracetamol|ibuprofeno)\b.{0,60}\b(hace (una|un|unos|unas|media|\d+) (hora|horas|minutos|rato)|hace poco|ahora mismo|esta noche|recien)\b"
MEDICAL_ES = any_of(
    r"\b(tome|tomo|tomamos|meti|consumi|me meti|fume|bebi)\b.{0,40}\b(molly|mdma|extasis|tachas|coca|cocaina|cristal|speed|acido|lsd|hongos|ketamina|keta|heroina|fentanilo|pastillas|algo|drogas)\b.{0,60}\b(mucho calor|me arde|me duele el pecho|el corazon (me late|a mil|acelerado)|no puedo respirar|convulsion\w*|me desmayo|me voy a desmayar|no puedo dejar de temblar)\b",
    r"\b(bebiendo|tomando alcohol)\b.{0,60}\b(todos los dias|cada dia|desde hace (semanas|meses|anos))\b.{0,100}\b(temblores|tiemblo|tiemblan|temblando|veo cosas|vi cosas|alucin\w*|convulsion\w*)\b",
    # Told of a friend or sister, or "me pasé con...": the body reacting or not waking now.
    r"\b(se metio|se tomo|tomo|bebio|consumio|se paso con|me pase con|fumo)\b.{0,80}\b(no (puede|puedo) respirar|le aprieta el pecho|me aprieta el pecho|no se despierta|no despierta|no reacciona|respira (muy |super )?(raro|lento|poco)|respiro (muy |super )?(raro|lento|poco)|me desmayo|se desmayo|convulsion\w*|esta (inconsciente|morad[oa]))\b",
    r"\b(no se despierta|no despierta|no reacciona|esta inconsciente)\b.{0,60}\b(respira (muy |super )?(raro|lento|poco)|bebio|tomo|se metio)\b",
    MEDICAL_JUST_TAKEN_ES,
    r"\b(me tome|tome|me trague|trague|se tomo|se trago)\b.{0,40}\b(mas de la cuenta|mas de lo que|demasiadas|demasiado|muchas|todas)\b.{0,60}\b(me siento (muy )?(rar[oa]|mal|maread[oa]|extrano|extrana)|mareo|maread[oa]|mucho sueno|vomit\w*|no puedo respirar|el corazon (me late|a mil))\b",
)

FLOOR_ES = any_of(
    r"\b(el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|la proxima semana|mi cumpleanos) (es|sera) (el dia|la noche|la fecha)\b(?=.{0,120}\b(tranquil[oa]|en paz|decidid[oa]|lo decidi|lista|listo|ya no mas|se acaba|alivio|ya (compre|consegui|tengo) (lo que|todo lo que) (necesitaba|necesito|hacia falta))\b)",
    r"\b(me siento|estoy|siento) (muy |tan |por fin )?(tranquil[oa]|en paz)\b.{0,80}\b(desde que|ahora que) (lo )?(decidi|elegi|escogi|tengo la fecha|se cuando)\b",
    # "Cuando ya no esté", not "cuando esté bien caliente" (a recipe).
    r"\b(cuando|despues de que|una vez que) (ya no este|me haya ido|me vaya para siempre|muera|no este)\b(?! (en casa|de vacaciones|aqui el|fuera|lista|listo|trabajando))",
    r"\bcuando ya no este\b",
    r"\bprogram\w* (un |unos |el |los |mi |mis )?(mensaje|mensajes|correo|correos|post|publicacion|carta)\b.{0,60}\b(cuando|despues de que) (ya no )?(este|me haya ido|muera|no este)\b",
    r"\b(program\w*|agende|deje programad\w*) (un |unos |el |los |mi |mis )?(mensaje|mensajes|correo|correos|post|publicacion|carta|cartas)\b.{0,100}\b(de despedida|para despedirme|de adios)\b",
    # A day chosen, said first-person with no event named ("elegi la fecha").
    r"(?:^|[.!?,;]\s*)(ya )?(elegi|escogi|decidi|fije) (la fecha|el dia|la hora|la noche)\b(?! (de|del|para) (la|el|mi|nuestra|nuestro|su)\b)(?!.{0,80}\b(boda|examen|entrevista|operacion|cirugia|fiesta|viaje|mudanza|cita|reunion|vuelo|concierto|partido|bautizo|graduacion|cena|comida)\b)",
    r"\b(no (volveras|vas a volver|volveran|van a volver|volvera|va a volver) a saber (nada )?de mi|(no|nunca) (vas|van|va) a saber (nada )?(mas|nunca mas|nada mas) de mi|nunca mas (vas|van|va) a saber de mi)\b(?!.{0,30}\b(hasta|por un tiempo|esta semana|unos dias|un rato)\b)",
    r"\b(fije|fijado|fijada|deje fijad[oa]|ancle) (mi |el |la )?(ultim[oa]|final) (mensaje|post|publicacion|tuit)\b|\bmi (publicacion|mensaje|post) (final|de despedida)\b",
    r"\b(carta|cartas|nota|notas|mensaje|video)\b.{0,80}\b(a|para) (mi|mis) \w+\b.{0,80}\bno (fue|es|sera) (su|tu) culpa\b",
    rf"{ORDINARY_REASON_ES}\b(regale|regalando|regalar|he regalado|estoy regalando|repartiendo|reparti) (casi )?(todas|todos|la mayoria de) (mis|mi) \w+\b",
    r"\bya no (voy a estar|estare) (aqui|para (ver|verte|verlos|tu|su)|mucho tiempo)\b|\bno (voy a estar|estare) (aqui )?(mucho tiempo|para (ver|verte|verlos|navidad|tu cumpleanos))\b",
    r"\b(cortes|cortadas|heridas|quemaduras|marcas) nuev[oa]s\b|\b(nuevos|nuevas|mas) (cortes|cortadas|heridas|quemaduras)\b|\b(tapar|esconder|ocultar|cubrir) (los|mis|las) (cortes|cortadas|heridas|marcas|quemaduras)\b",
    # "Cómo escondo los cortes de mis papás", "qué digo de las marcas del brazo".
    r"\bcomo (escondo|oculto|tapo|disimulo|cubro|explico|escondo|esconder|ocultar|tapar|disimular)\b.{0,30}\b(cortes|cortadas|quemaduras|heridas|marcas (del|de mi|en el|en mi|en los|en las) (brazo|brazos|muneca|munecas|pierna|piernas|muslo|muslos))\b",
    r"\b(excusa|mentira|que digo|que les digo|que le digo)\b.{0,25}\b(cortes|cortadas|quemaduras|heridas|marcas (del|de mi|en el|en mi|en los|en las) (brazo|brazos|muneca|munecas|pierna|piernas|muslo|muslos))\b",
    r"\b(manejar|manejando|conducir|conduciendo|manejo|conduzco)\b.{0,60}\b(con las luces apagadas|sin luces|con los ojos (cerrados|vendados)|a (como |unos |mas de )?(1[3-9]\d|[2-9]\d\d)\b)",
    r"\bojala (se caiga|se estrelle|choque|se hunda|no aterrice) (el|este|mi) (avion|vuelo|autobus|bus|camion|tren|coche|carro|barco)\b|\bojala (me atropelle|me choque|me pegue) (un|una|el|algo|alguien)\b",
    # Written from the policy's families on 2026-12-02, as in English above.
    r"\b(ultim[oa]) (conversacion|charla|persona)\b.{0,60}\bantes de irme\b|\b(eres|fuiste|sos|seras|serias) (la )?ultima persona con (la )?que (hablo|hable|voy a hablar)\b(?! (hoy|esta noche|antes de (dormir|acostarme)))",
    r"\bno (compre|saque|compro|saco|voy a comprar|voy a sacar) (el |un )?(pasaje|boleto|billete|ticket) de (vuelta|regreso)\b|\b(pasaje|boleto|billete) (solo|nomas) de ida\b.{0,60}\b(no (vuelvo|voy a volver|hay vuelta)|para siempre)\b",
    r"\bno voy a ir (a la oficina|al trabajo|a clase|a la escuela|a la facu|a trabajar)\b.{0,30}\bsino (al|a la|a las) (ultimo piso|azotea|techo|terraza|puente|vias|acantilado)\b",
    r"\bme (clavo|rasguno|corto|raspo|quemo|pego|rayo)\b.{0,60}\bhasta (que )?(me )?(sale|salga|salio|sangr\w+)\b",
    r"\bel dolor fisico (es lo unico que (me )?(calma|ayuda|tapa|alivia|distrae|quita)|me (calma|alivia|distrae de lo otro)|tapa (lo otro|todo|el otro))\b",
    r"\b(sacapuntas|rastrillo|maquinita)\b.{0,30}\b(le )?(quite|saque|desarme)\b.{0,20}\b(la )?(hoja|hojita|cuchilla|navaja)\b|\b(quite|saque|quitarle|sacarle)\b.{0,20}\b(la )?(hoja|hojita|cuchilla|navaja)\b.{0,20}\b(al|del) (sacapuntas|rastrillo|maquinita)\b",
    r"\b(salir|salida|escapar)\b.{0,30}\b(salvo|excepto|mas que|sino|menos) (por )?(la ventana|el balcon|la azotea|el puente)\b",
    r"\bmi (propio )?(velorio|funeral|entierro)\b.{0,60}\b(paz|alivio|tranquil\w*)\b",
    r"\b(estorbo|estorbos|carga|cargas)\b.{0,120}\birnos (juntos|juntas|los dos|las dos)\b(?! (a|al|de|para|en|con)\b)",
    r"\b(le )?puse fecha\b.{0,80}\b(no hay vuelta atras|ya lo decidi|ya esta decidido)\b",
    r"\b(le pido|pido|le rezo|rezo|ruego|le ruego)\b.{0,30}\b(dios|diosito|senor|virgen|cielo)\b.{0,20}\bque me (recoja|lleve|llame)\b",
    r"\b(me da|tengo) miedo (de )?lo que (pueda|puedo|podria|vaya a) hacer(me)?\b(?! (a|con|si (lo|la|los|las) (veo|encuentro)))",
    r"\bya no me importa (si|whether) (me despierto|despierto|vivo|me muero|amanezco|llego a manana)\b",
    r"\b(la forma|la manera) mas (rapida|facil|tranquila) de (dormirme|dormir|quedarme dormid[oa]) (para siempre|y no despertar)\b|\bcomo (dormirme|dormir|quedarme dormid[oa]) para siempre\b",
)

THIRD_PARTY_ES = any_of(
    rf"\b(escribio|escribe|dijo|dice|publico|mando|diario|nota|carta)\b.{{0,60}}\b(ya )?(eligio|escogio|decidio|fijo|tiene) (la|una) (fecha|dia)\b(?!.{{0,60}}\b{EVENT_ES}\b)(?! (de|del|para) (la|el|su|nuestra|nuestro|mi)\b)",
    r"\b(lista|nota|papel)\b.{0,30}\b(a )?quien (regalar|dejar|dar)(le|les)? (sus|todas sus) (cosas|pertenencias)\b",
    r"\b(habla|hablando|dice|dijo|menciona|repite) (de|que quiere)? ?(irse|reunirse|estar|ir) con (mi|su) (mama|madre|papa|padre|esposa|esposo|mujer|marido|hijo|hija|hermano|hermana|abuela|abuelo)\b",
    r"\b(poema|cuento|carta|dibujo|nota|texto|publicacion|post)s? sobre (quitarse la vida|matarse|suicidarse|querer morir|no querer vivir|acabar con su vida)\b",
)


# The body's signs alone, read only once a drug or an overdose was told earlier in the
# conversation ("I took 20 pills an hour ago" ... "I feel sleepy now"): after an overdose,
# sleepiness or sickness is the emergency getting worse, never a bad night.
BODY_AFTER_TAKING = {
    "en": any_of(
        r"\b(sleepy|drowsy|so tired|really tired|very tired|tired now|heavy|fading|drifting|"
        r"dizzy|light ?headed|nause\w*|queasy|sick|throwing up|threw up|vomit\w*|puk\w*|numb|"
        r"tingl\w*|ringing|blurr\w*|confused|shaking|shaky|sweat\w*|cold|weird|funny|strange|"
        r"faint|fainting|pass(ing)? out|black(ing)? out|stomach|pain|hurts|burning|racing|"
        r"pounding|breath\w*|chest|(can not|cannot|can barely) (keep|stay|move|think|see|feel))\b",
        r"\b(going to|about to|gonna) (sleep|pass out|lie down|nap)\b|\b(eyes|head) (are |is )?"
        r"(closing|heavy|spinning)\b",
        # Told by someone helping: "she won't answer me", "he's not responding".
        r"\b(will not|would not|does not|did not|is not|not|cannot|can not) (answer|answering|"
        r"respond|responding|wake|waking|move|moving|talk|talking|make sense)\b|"
        r"\b(asleep|sleeping|to sleep)\b|\bunresponsive\b|\b(lips|face|skin) (are |is |look |looks |going |turning )?(blue|grey|gray|pale)\b",
    ),
    "es": any_of(
        r"\b(sueno|dormid[oa]|me duermo|me estoy durmiendo|cansad[oa]|pesad[oa]|mareo|mare[oa]d[oa]|"
        r"nausea\w*|vomit\w*|devolv\w*|entumid[oa]|hormigueo|zumbido|borros[oa]|confundid[oa]|"
        r"temblando|tiemblo|sudando|sudor|frio|rar[oa]|desmay\w*|dolor|duele|ardor|corazon|"
        r"respir\w*|pecho|no puedo (moverme|pensar|ver|mantener))\b",
        r"\bno (me |le )?(contesta|responde|reacciona|despierta|se despierta|se mueve|habla)\b|"
        r"\b(labios|cara) (morad[oa]s?|azul(es)?)\b|\binconsciente\b",
    ),
}
# Too much of something taken, told with no time ("my roommate took a bunch of pills"): not
# an emergency read alone, but what follows it is read as after a drug told.
TAKEN_TOO_MUCH = {
    "en": any_of(
        rf"\b(took|taken|swallowed|downed|popped|overdosed)\b.{{0,40}}\b(a bunch|a lot|loads|a handful|handfuls|too many|too much|(a|the|my|his|her|their) (whole|entire|full|rest of the) (bottle|box|pack|packet|strip|blister|jar|tub)|\d{{2,}})\b.{{0,40}}\b{OVERDOSE_DRUGS}\b",
        r"\b(overdosed|od'?d|took an overdose)\b",
        r"\b(took|taken|take|swallowed|had)\b.{0,20}\bmore (of (my|the|them|those|these) \w+ )?than (i should|i was supposed to|prescribed|i am supposed to|the doctor said|it says)\b",
        r"\bi (just )?(took|swallowed|downed) (all|every one|every single one) (of )?(my|the) (pills|tablets|meds|medication|medicine|sleeping pills|painkillers)\b(?! (this morning|today|like|as|on time|for the (week|day)))",
    ),
    "es": any_of(
        r"\b(me tome|tome|se tomo|me trague|trague|se trago|se metio|me meti)\b.{0,40}\b(todas|un monton de|muchas|demasiadas|un punado de|la caja|el frasco|el bote|el blister|\d{2,})\b.{0,40}\b(pastillas|pildoras|tabletas|medicamentos|medicinas|calmantes|clonazepam|paracetamol|ibuprofeno)\b",
        r"\b(sobredosis)\b",
        r"\b(tome|me tome|se tomo|trague)\b.{0,20}\bmas (de (lo que|la cuenta)|pastillas de las que)\b",
    ),
}
# Someone beside the person asking what to do, once a drug was told: the number again.
ASKS_WHAT_TO_DO = {
    "en": any_of(
        r"\bwhat (should|do|can|must) (i|we) do\b|\bwhat do i do\b|\bwhat now\b|"
        r"\bhow (do|can) i help (him|her|them)\b|^\W*(help|please help|help me|help us)\W*$"
    ),
    "es": any_of(
        r"\bque (hago|hacemos|debo hacer|puedo hacer|tengo que hacer)\b|\bcomo (la|lo|los) ayudo\b|"
        r"^\W*(ayuda|ayudame|por favor ayuda)\W*$"
    ),
}


def _reads(patterns: dict[str, re.Pattern[str]], normalized: str, language: str) -> bool:
    """Whether the pattern for the message's language (English unless Spanish) matches."""
    return bool(patterns["es" if language == "es" else "en"].search(normalized))


def body_after_taking(normalized: str, language: str = "en") -> bool:
    """The message tells of the body's signs (read only after a drug or an overdose)."""
    return _reads(BODY_AFTER_TAKING, normalized, language)


# After a method or lethality question, a reason given for it or the question pressed again
# ("it's for a story", "I'm a nursing student", "ok but roughly?"): the refusal holds.
PRESSING_FOR_METHOD = {
    "en": any_of(
        r"\bfor (a|an|my|the|our|this) (story|book|novel|script|screenplay|film|movie|game|class|"
        r"course|school|homework|assignment|essay|paper|thesis|dissertation|research|study|"
        r"project|exam|test|friend|character|poem|play|fic|fanfic|article|podcast|video)\b",
        r"\bi am (a|an) (\w+ )?(nurse|nursing student|doctor|medical student|med student|"
        r"pharmacist|pharmacy student|paramedic|emt|researcher|writer|author|novelist|student|"
        r"toxicologist|scientist|vet|veterinarian|psych student|psychology student)\b",
        r"\b(asking for a friend|(it is )?not for me|not about me|just curious|just wondering|"
        r"out of curiosity|hypothetically|in theory|theoretically|purely academic|"
        r"academic question|i am not going to do anything|i will not do anything)\b",
        r"\b(roughly|approximately|ballpark|about how (much|many)|just (tell|give) me|"
        r"just a number|give me a number|a rough (number|idea|estimate|guess)|come on|"
        r"please just|i (need|want) to know|just answer|answer the question|you can tell me|"
        r"what about (a|an|the)? ?\w+|which (one|is) (is )?(best|quickest|fastest|easiest)|"
        r"how much then|how many then)\b",
    ),
    "es": any_of(
        r"\b(para|sobre) (una|un|mi|la|el|este|esta) (historia|novela|libro|cuento|guion|"
        r"pelicula|juego|clase|curso|escuela|tarea|trabajo|ensayo|tesis|investigacion|estudio|"
        r"proyecto|examen|amigo|amiga|personaje|poema|obra|articulo|video)\b",
        r"\bsoy (un |una )?(enfermer[oa]|estudiante|medic[oa]|doctor[a]?|farmaceutic[oa]|"
        r"paramedic[oa]|investigador[a]?|escritor[a]?|autor[a]?|veterinari[oa]|cientific[oa])\b",
        r"\b(no es para mi|pregunto por (un|una) amig[oa]|(solo |nomas |pura )?(por )?curiosidad|"
        r"hipoteticamente|en teoria|pregunta academica|no voy a hacer nada)\b",
        r"\b(mas o menos|aproximadamente|dime (nomas|solo|nada mas|ya)|solo dime|"
        r"dame un numero|un numero aproximado|necesito saber(lo)?|quiero saber(lo)?|andale|"
        r"responde (la pregunta|nomas)|contesta (la pregunta|nomas)|cual (es )?(el )?mejor|"
        r"cuant[oa]s entonces)\b",
    ),
}


# Once danger from another person was told ("my dad hits me when he drinks"), that person
# near or the danger starting now ("he's drinking right now", "I locked myself in"), or
# asking what to do: the safety wording again, never an everyday reply.
DANGER_NOW = {
    "en": any_of(
        r"\b(he|she|they|my \w+)( is| are| was|'s|'re) (drinking|drunk|high|home|here|back|coming|outside|"
        r"yelling|screaming|shouting|angry|getting angry|raging|banging|looking for me|"
        r"on (his|her|their) way|at the door|trying to (get in|break in|open the door)|"
        r"breaking (things|stuff|the door)|throwing (things|stuff))\b",
        r"\b(he|she|they) (just )?(got home|came home|came back|found me|broke in|kicked the door|"
        r"is coming upstairs|took my phone|has a (knife|gun|weapon))\b",
        r"\bi (am|was) (hiding|locked in|in my room|in the bathroom|in the closet|in my car)\b|"
        r"\bi (locked|barricaded) (myself|the door)\b|\bi can hear (him|her|them)\b",
        r"\bi am (so |really |very |too )?(scared|afraid|terrified|frightened)\b",
    ),
    "es": any_of(
        r"\b(esta|anda|sigue|ya esta|viene|llego|volvio) (tomando|bebiendo|borracho|borracha|drogado|"
        r"en casa|aqui|afuera|gritando|golpeando|rompiendo cosas|buscandome|enojado|enojada|"
        r"furioso|furiosa|en camino|en la puerta)\b",
        r"\b(me encerre|me escondi|estoy escondid[oa]|estoy encerrad[oa]|lo escucho|la escucho|"
        r"tiene un (cuchillo|arma|pistola))\b",
        r"\btengo (mucho |tanto )?miedo\b|\bestoy (muy )?(asustad[oa]|aterrad[oa])\b",
    ),
}


# After the person's own crisis, a message that goes back to it ("but seriously sometimes I
# think about it", "I wasn't joking", "lo digo en serio"): the crisis again, not a new subject.
RETURNS_TO_IT = {
    "en": any_of(
        r"\bi (do |really |still |sometimes |kind of |kinda |actually |honestly )?(think|thought|"
        r"dream|daydream) about (it|that|doing it|doing that)\b(?! (later|tomorrow|next|again later))"
        r"(?!,? (and|so) (i will|i am going to|i decided|i think i will|i might|i can)\b)",
        r"\bi (was|am) not (joking|kidding)\b|\bnot (joking|kidding)( though| tho)?\b|"
        r"\bi (meant|mean) it\b|\b(for real|seriously|honestly) (though|tho)\b|\bbut (seriously|for real)\b",
    ),
    "es": any_of(
        r"\b(a veces |si |de verdad |en serio )?(lo pienso|pienso en eso|pienso en hacerlo|lo he pensado)\b"
        r"(?!,? y (te|les|le|os) (digo|aviso|cuento|escribo)\b)(?! (mejor|bien|manana|luego)\b)",
        r"\bno (estoy|estaba) (bromeando|jugando)\b|\blo (digo|dije) en serio\b|\bpero en serio\b|"
        r"\bya en serio\b",
    ),
}


def returns_to_it(normalized: str, language: str = "en") -> bool:
    """The message goes back to what was told (read only after the person's own crisis)."""
    return _reads(RETURNS_TO_IT, normalized, language)


def danger_now(normalized: str, language: str = "en") -> bool:
    """The danger told earlier is near or starting now (read only after it was told)."""
    return _reads(DANGER_NOW, normalized, language)


def presses_for_method(normalized: str, language: str = "en") -> bool:
    """A reason given for a method question, or the question pressed (read only after one)."""
    return _reads(PRESSING_FOR_METHOD, normalized, language)


def taken_too_much(normalized: str, language: str = "en") -> bool:
    """The message tells of an overdose or of too much taken (with or without a time)."""
    return _reads(TAKEN_TOO_MUCH, normalized, language)


def asks_what_to_do(normalized: str, language: str = "en") -> bool:
    """The message asks what to do now ("what should I do", "¿qué hago?")."""
    return _reads(ASKS_WHAT_TO_DO, normalized, language)


def is_medical_emergency(normalized: str, language: str = "en") -> bool:
    """A drug taken and the body reacting, withdrawal, or someone who will not wake."""
    return bool((MEDICAL_ES if language == "es" else MEDICAL_EN).search(normalized))


def floor_reason(normalized: str, language: str = "en") -> str | None:
    """The policy family a quiet warning sign belongs to, or None."""
    first, other = (FLOOR_ES, THIRD_PARTY_ES) if language == "es" else (FLOOR_EN, THIRD_PARTY_EN)
    if is_medical_emergency(normalized, language):
        return MEDICAL_EMERGENCY
    if other.search(normalized):
        return SOMEONE_ELSE_AT_RISK
    if first.search(normalized):
        return "warning sign (a date chosen, a goodbye, things given away, new cuts)"
    return None
