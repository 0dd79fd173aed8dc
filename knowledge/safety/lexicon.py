"""The lexical layer of the risk check: phrases, idioms, time and framing, on normalized text.

Policy decisions (also in README, "Companion safety policy"):
- Suicidal thoughts, passive ones included ("I wish I wouldn't wake up", "everyone would be
  better off without me"), plans, means, self-harm now, overdose and danger from or to others
  are **crisis**. When in doubt between concern and crisis, crisis.
- A request for method or lethality detail is **crisis**, whatever the framing (research and
  fiction are common ways of disguising intent); the facts are never given.
- A question about means ("tallest bridges near me") is concern alone and crisis after
  distress in the same message or the recent conversation.
- Someone else at risk ("my friend said she wants to die") is **crisis**: the person gets the
  crisis lines to help their friend. A past loss to suicide is concern (grief).
- A past experience the person describes as over ("two years ago I attempted; I'm doing well
  now") is **concern**; anything recent (days or weeks) or coming back ("again", "lately")
  stays crisis.
- Idioms ("this homework is killing me", "I'd kill for a coffee", "dying to see it") are
  removed before matching. Research and fiction framing without a method request is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SELF_HARM_VERBS = r"(kill|killing|killed|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|suffocating|electrocute|hurt|hurting|harm|harming|cut|cutting|burn|burning|end|ending)"
BODY = r"(arms?|wrists?|legs?|thighs?|skin|stomach|body)"
PILLS = r"(pills|tablets|meds|medication|medicine|sleeping pills|sleeping tablets|sleep aids|painkillers|tylenol|paracetamol|acetaminophen|ibuprofen|aspirin|insulin|xanax|benzos?|opioids?|oxy\w*|fentanyl|antidepressants|antipsychotics|lithium|sertraline|zoloft|prozac|fluoxetine|citalopram|escitalopram|lexapro|venlafaxine|effexor|quetiapine|seroquel|ambien|zolpidem|diazepam|valium|klonopin|clonazepam|lorazepam|ativan|alprazolam|gabapentin|pregabalin|lyrica|tramadol|codeine|morphine|amitriptyline|mirtazapine|trazodone|olanzapine|benadryl|diphenhydramine|nytol|propranolol)"
MEANS = r"(pills|rope|noose|gun|guns|pistol|firearm|razors?|blades?|knife|poison|pesticide|bleach|helium|charcoal|tablets|bottle of \w+)"
# A weapon or a ligature named: never said back as a topic, never met with an everyday
# template ("I bought a gun today" got money worries and "with the gun on top of everything").
WEAPONS = re.compile(
    r"\b(guns?|pistols?|handguns?|revolvers?|rifles?|shotguns?|firearms?|weapons?|ammo|"
    r"ammunition|bullets?|ropes?|nooses?|armas?|pistolas?|escopetas?|rifles?|balas?|sogas?|"
    r"cuerdas?)\b"
)
OTHERS = r"(him|her|them|someone|somebody|people|everyone|my \w+)"
# Time with someone living, or a visit to a grave: "I just want to be with my mum this week".
NOT_A_VISIT = (
    r"(?! (this|for|at|on|over|during|while|tonight|today|tomorrow|in spirit|when i visit|"
    r"in my (heart|thoughts)|and (my|the|our)))"
)


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


IDIOMS = any_of(
    r"\b(this|that|it|the \w+|my \w+|these \w+|\w+ing|work|school|homework|traffic|exams?|job|class) (is|are|was|were|has been|have been|keeps|keep) (really |totally |literally |just |so |slowly )?killing (me|us)\b",
    r"\bkill(ing|ed)? (it|time|the (lights?|engine|process|app|task|vibe|mood|bug|weeds?|spiders?|mosquito|game|boss|level|music|batteries))\b",
    r"\b(kill|murder)( someone)? for (a|an|some|one|that|this)\b",
    r"\bwould (kill|die) (to|for)\b",
    r"\bdying (to|for) (see|try|meet|go|know|hear|get|have|read|watch|tell|a |an |some)",
    r"\bto die for\b",
    r"\b(die|died|dying|dead)( of| from)? (laughing|laughter|embarrassment|boredom|cringe|cuteness|jealousy)\b",
    r"\b(scared|bored|sick|worried|frozen|loved) to death\b",
    r"\bdead (tired|serious|on|end|last|set|center|ringer|weight)\b",
    r"\b(phone|battery|laptop|car|plant|plants|computer|tv|printer|battery|game|character|zombie|villain) (died|is dead|is dying|just died)\b",
    r"\bover my dead body\b",
    r"\b(so|too) (full|tired|happy|embarrassed|hungry|bored|stuffed|excited) (that )?i (could|might|would|am going to) (just |literally )?die\b",
    # Shooting a shot, a video or the breeze; killing a buzz or a battery.
    r"\bshoot(ing|s)? (my|your|his|her|our|their|a) shot\b|\bshoot(ing|s)? (the breeze|hoops|some hoops|pool|the (video|scene|ad)|a (video|photo|scene|film|music video|wedding|commercial|reel|tiktok))\b",
    r"\bkill(ing|s)? (my|the|your|our) (buzz|vibe|mood|battery|phone|data|streak|chances|time|diet|knees|back|feet|ears|eyes)\b",
    r"\bi (could|would|might|nearly|almost|literally) (just )?die (of|from|if|when|laughing|inside)\b",
    r"\b(just )?shoot me now\b",
    r"\bsuicide (squad|doors?|drills?|sprints?|runs?|burn|wings|sauce|pass|mission)\b",
    r"\bkill(ing)? myself (laughing|at the gym|studying|working out)\b",
    r"\bkiller (workout|app|deal|whale|feature|song|track|view|heels)\b",
    r"\b(killer|slayed|slay|slaying)\b(?! myself)",
    r"\bthe (suspense|heat|wait|cold|anticipation|pain in my \w+) is killing me\b",
    r"\b(deadline|deadlines|deadlift|deadlifts|deadpool)\b",
    r"\bburn(ed|t)? myself (on|while|cooking|with the (iron|oven|pan|stove))\b",
    r"\bcut myself (shaving|cooking|on|while|by accident|accidentally)\b",
    # Hurt while cooking, shaving or at sport: "cut myself with the bread knife making lunch".
    r"\b(cut|burn(ed|t)?|hurt|injured|scratched) myself\b(?:(?!\b(again|on purpose|deliberately|because|to feel|so i)\b)[^.!?]){0,50}\b(cooking|chopping|slicing|peeling|baking|shaving|gardening|at the gym|lifting|deadlifts?|squats?|on the (pitch|court|field)|by accident|accidentally|making (lunch|dinner|breakfast|tea))\b",
    # An exam or a job "going to kill me"; a sibling or flatmate who did something small.
    r"\b(final|finals|exam|exams|test|homework|essay|assignment|job|work|shift|commute|boss|class|course|module|semester|project|meeting|meetings|traffic|heat|humidity|queue|toddler|puppy|workout|gym|hangover|cramps|migraine|uni|school|college|thesis|dissertation|revision|flashcards|math|maths|chem|bio|physics|stats) (is|are|will) (literally |actually |honestly |actually going to |so )?(going to |gonna )?(kill me|be the death of me|killing me)\b",
    r"\b(i am|i will|im|ill) (going to |gonna )?(literally )?kill my (little |big |younger |older )?(sister|brother|sibling|roommate|flatmate|housemate|cat|dog|kids?)\b(?=,? (he|she|they|it)( has| just)? (ate|used|took|borrowed|stole|broke|left|finished|forgot|drank|spoiled|spoilt|wore|won)\b)",
    # Someone "will kill me" for a small failure: "if I don't clean my room she'll kill me".
    r"\bif i (do not|dont|forget to|forget|miss|lose|break|fail|am late|get home late|do not clean|spill)\b[^.!?]{0,60}\b(she|he|they|mum|mom|dad|my (mum|mom|dad|parents|boss|teacher|coach|wife|husband|partner))('ll| will| is going to| are going to| would| is gonna| are gonna) (literally |actually )?kill me\b",
    # An insult reported: "my brother said 'go jump off a bridge'".
    r"\b(said|says|told me|yelled|shouted)\W+(to )?(go )?jump off a (bridge|cliff)\b",
    r"\bdie (a little )?inside\b",
    # "I'd rather die than sing at karaoke": any everyday act, never living itself
    # ("than go back to the ward", "than be sectioned", "than go through another winter
    # like the last", "than do this another year" stay risk language too). The act is
    # taken out with it, to the end of the clause: left alone, "i would karaoke again" read
    # like a crisis message to the classifier.
    r"\brather (be dead|die) than (?!(live|living|go on|going on|keep|carry on|carrying on|be alive|being alive|be here|wake|waking|face|facing|spend|exist|existing|continue|suffer|suffering|feel|feeling|deal|dealing|stay|staying|get better|go back to (the |that )?(hospital|ward|psych|unit|inpatient)|be (locked|sectioned|committed|admitted)|(go|going|live|living|get|getting) through (this|it|all this|all of this|another)|(do|doing) (this|it) (again|another)|another (day|night|week|month|year|winter|summer|christmas))\b)\w+[^.!?,;\n]*",
    # Hyperbole about a trivial thing done once more: "if I have to hear that song one more
    # time I'm going to walk into the sea" (one more day, night or week of this stays risk).
    r"\bif i (have|need|am made|get made) to (\w+ ){1,4}(one more|another)\b(?!.{0,30}\b(day|night|week|month|year|minute|second|hour) (of|like)\b)(?! (day|night|week|month|year)\b).{0,60}\bi (am|will) (going to |just |literally )*(walk(ing)? into the sea|jump(ing)? (off|out of) (a|the|my) \w+|throw myself (off|out of|under) (a|the|my) \w+|scream|lose it|lose my mind|quit)\b",
    # Goodbyes on a last day at work or before a move: "cleared my desk, said goodbye to everyone".
    r"\b(last (day|shift|week) (at|of|in)|leaving (do|party|drinks)|farewell (party|do|drinks)|moving (out|away|house|abroad)|cleared my desk)\b.{0,100}\b(said|saying|say) (my )?goodbyes?( to (everyone|everybody|all|the team))?\b|\b(said|saying|say) (my )?goodbyes?( to (everyone|everybody|all|the team))?\b(?=.{0,100}\b(new (job|place|role|school|team|house|flat|city)|start(s|ing)? (on|at|next)|moving (in|to))\b)",
    # A goodbye note to a workplace, a class or neighbours, with the leaving named: "a
    # goodbye letter to my coworkers, it's my last day friday".
    r"\b(goodbye|farewell|leaving) (note|letter|message|email|card|speech|post)s? (to|for) (my |the |our |all )?(coworkers|co workers|colleagues|team|class|classmates|students|pupils|staff|neighbou?rs|clients|customers|patients|followers|subscribers|volunteers|members)\b(?=.{0,100}\b(last (day|shift|week)|leaving|moving|retir\w+|new job|new role|graduat\w+|relocat\w+|transfer\w*)\b)",
    # Frustration: "the drilling is driving me up the wall", "I'll lose my mind if it goes on".
    r"\b(driving|drives|drove|drive) me (up the wall|round the bend|around the bend|crazy|mad|insane|nuts|bonkers|bananas|spare)\b|\b(going to|about to|will|might) lose my (mind|marbles|head|rag)\b(?= (if|when|before|by)\b)",
    # Overdosed on chocolate, on Netflix: a treat or a pastime, not a drug.
    r"\boverdos(e|ed|ing) on (chocolate|sugar|sweets|candy|cake|cookies|biscuits|carbs|caffeine|coffee|cheese|pizza|netflix|tv|anime|k ?dramas?|memes|tiktok|christmas|easter eggs?)\b",
    # "lmao i want to die, i just called my teacher mum": embarrassment, laughed at.
    r"(\b(lol|lmao|lmfao|haha\w*)\b|😂|🤣|💀)\W*i (want to|could) die\W+(i|because i|cause i) (just |literally )?(called|said|sent|tripped|fell|walked|texted|replied|waved|forgot|liked|wore)\b",
    # Laughing about killing a sibling who ate the leftovers.
    r"\b(i am )?going to (kill|murder) (him|her|them|my \w+)\b(?=.{0,80}(\b(lol|lmao|lmfao|haha\w*)\b|😂|🤣|💀))|(\b(lol|lmao|lmfao|haha\w*)\b|😂|🤣|💀)\W*(i am )?going to (kill|murder) (him|her|them|my \w+)\b",
    r"\b(at|reached|reaching) the end of my (rope|tether)\b",
    # Dark humour: "i'm dead 💀", "lmao i'm dying", "i'm so dead" (in trouble), "lifesaver".
    r"\b(i am|im) (so |literally |actually |absolutely |totally )?(dead|dying|deceased|crying)\b\W*(lol|lmao|lmfao|haha\w*|😂|🤣|💀|☠️)",
    r"(\b(lol|lmao|lmfao|haha\w*)\b|😂|🤣|💀|☠️)\W*(i am|im) (so |literally |actually )?(dead|dying|deceased)\b",
    r"\b(i am|im|we are|were) (so|literally so|sooo+) dead\b(?! inside)",
    r"\b(an? |such an? |real |absolute )?life ?savers?\b|\byou (literally |just )?saved my life\b",
    r"\b(motivation|social life|sleep schedule|diet|brain cells?|dignity) (died|is dead|just died)\b",
    # Things, not people: "this exam is going to kill me", "the commute will be the death of me".
    r"\b(this|that|the|my|these|those|all this|all these) (exams?|tests?|finals|homework|assignments?|commute|traffic|heat|workload|week|day|shift|deadlines?|projects?|meetings?|class(es)?|course|essay|paper|thesis|bills?|rent|wait|suspense|job|work|schedule|diet|workout|hangover|cold|flu|headache|back|knees?|feet|shoes|stairs|kids'? homework) (is|are|will|'s|'re)( really| literally| honestly| actually| seriously)? (going to |gonna |about to |gonna literally )?(kill|be the death of) (me|us)\b",
)

# Not in a chat or a group ("stop existing in the office group chat").
NOT_IN_A_GROUP = r"(?! (in|on|from) (the|this|that|my|our|a|every) )"

IDEATION = any_of(
    rf"\b(want|wanted|going|trying|planning|plan|need|thinking about|think about|thought about|tempted|urge|decided|ready) (to )?{SELF_HARM_VERBS} (myself|my self|my life|my own life)\b",
    r"\b(kill|killing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|electrocute) (myself|my self)\b",
    r"\b(end|ending|take|taking|took) (my|my own) life\b",
    r"\b(tried|try|trying|want|wanted|going|planning|plan|thinking about|thought about|ready|decided) to end (it|things|everything|it all)\b",
    r"\b(commit|committing|attempt|attempting|attempted|tried) suicide\b",
    r"\b(want|wanted|wish|wishing|ready|hope|hoping) (to|i could|i would|i could just|i was going to)? ?(die|be dead|(not exist|stop existing)\b"
    + NOT_IN_A_GROUP
    + r"|disappear forever|sleep forever)\b",
    r"\b(wish|hope) i (was|were|would be|could be) dead\b",
    r"\b(blow|blowing) my brains out\b|\bset(ting)? myself on fire\b|\belectrocut\w* myself\b|\bnssi\b",
    r"\b(slit|slitting|slice|slicing|cut|cutting|open|opening) (my|both) (wrists?|throat|veins?)\b|\b(carve|carving|mutilate|mutilating|wound|wounding|injure|injuring) (my|myself)\b",
    r"\bwish i (was|were|had) never (been )?born\b",
    r"\b(people|someone|somebody) like me\b.{0,40}\b(want to die|wants to die|kill themselves|kills themselves|end it|ends it|better off dead|should not exist|should not be alive)\b",
    # Feeling suicidal said of oneself: strong, so a frame around it ("how do I help someone
    # who is suicidal when I feel suicidal myself") never hides it.
    r"\bi (feel|am|have been|been|get|keep feeling|am feeling|have felt|have started feeling)( so| really| very| pretty| kind of| kinda| a bit| quite| extremely| actively| passively)? suicidal\b|\b(my|having|been having|i have|i get|i keep having) (own )?suicidal (thoughts|feelings|urges)\b",
    r"\b(better|happier|easier) (off )?(dead|without me)\b",
    r"\b(the world|nobody|no one|my family|they|everyone) (would|will|wouldn't|would not|won't|will not) (lose|miss) (nothing|anything) (if i|without me|when i)\b",
    r"\b(going|go|off|leaving) (somewhere|to a place|to somewhere) (where|it) (it )?(does not|doesn't|will not|won't|can't|cannot) hurt (anymore|any more)\b",
    r"\b(do not|never|not) (want|wanna|wish) to (live|be alive|be here|exist|wake up|be around|go on)\b(?! (at|in|with|for|me|people|them|him|her|anyone|others|my|crowds|you|family|friends|forever)\b)",
    r"\b(hope|hoping|wish|wishing|pray|praying) i (do not|never|would not|will not|shall not|shan't|wont|won't) wake up\b",
    # Not till a time ("sleep and not wake up until monday" is a lie-in).
    r"\b(go to sleep|fall asleep|sleep) and (never|not) wake up\b(?! (until|till|til|before) )",
    r"\bno (reason|point) (to|in|for) (live|living|life|going on|being alive|being here|me to live)\b",
    r"\bnothing (left )?to live for\b",
    r"\b(cannot|can not|could not) (go on|keep living|live like this|do life)( anymore)?\b",
    r"\b(life|living|my life) (is not|isn't|is no longer|not) worth (it|living)\b",
    r"\b(will not|won't|not going to) be (here|around|alive) (tomorrow|much longer|for long|anymore|by)\b",
    # Not a goodbye for a trip: "my last message before I fly to Japan for 3 months".
    r"\b(this is|these are) my (goodbye|last (message|words|post|night))\b(?!.{0,80}\b(fly|flying|flight|trip|holiday|vacation|camp|retreat|deploy\w*|abroad|detox|for a while|for (\d+|a few|two|three|six) (days|weeks|months)|until|till)\b)",
    r"\b(suicide|goodbye|farewell) (note|letter|message)s?\b",
    r"\b(wrote|writing|written) (goodbye|farewell|final) (letters?|notes?|messages?)\b",
    r"\b(giving|gave|give) away (my|all my) (stuff|things|belongings|possessions|cat|dog|pets?)\b",
    r"\b(will not|do not) need (it|them|this|that|my \w+)( anymore| any more| where i am going)?\b.{0,60}\b(last|final|goodbye)\b|\b(you|u) can (have|keep) my \w+\b.{0,40}\b(will not|do not) need\b",
    r"\b(last|final) (one|post|song|playlist|letter|video|message|entry) (i am|i will be|i'll be|im) (making|writing|posting|sending)\b",
    rf"\b(have|got|bought|saved|saving|stockpiled|stockpiling|hoarding|collecting|collected|holding) (up )?(a|the|some|enough|all my|my)? ?{MEANS}\b.*\b(end|die|enough|ready|tonight|use)\b",
    # Not into the shower, onto a call or at a chance.
    r"\b(going|plan|planning|want|ready|about) to (jump|overdose|hang)\b(?! (in|into) (the |a |my )?(shower|bath|pool|car|cab|taxi|uber|queue|line|conversation|call|game)\b| on (a |the |my )?(call|bus|train|plane|bike|trampoline|bed|zoom|discord|meeting)\b| (at|ahead|back|to conclusions|out with|up|around)\b)",
    r"\bjump(ing)? (off|from|in front of) (a|the|this|that|my) \w+",
    # Throwing oneself off or out of something, not into one's work or out there.
    r"\b(throw|throwing|hurl|hurling|fling|flinging|launch|launching) myself (off|out of|out|from|over) (a|the|this|that|my) \w+",
    r"\b(overdose|overdosed|overdosing)\b",
    # A relapse imagined as the last one: "if I used again I'd go big and not come back".
    r"\b(use|used|using|relapse\w*|drink|drank|drinking|shoot up|shot up|pick up|picked up) (again|one more time)\b.{0,60}\band (just )?(not|never) (come back|wake up)\b(?! (on time|early|in time|before|till|until))",
    rf"\b(took|taken|swallowed|take) (all|all of|a bunch of|too many|a handful of|a lot of|a load of|loads of|a ton of|tons of|heaps of|a fistful of|a whole lot of|\d+|the whole bottle of|my whole|half a bottle of|the rest of) (of )?(my )?{PILLS}(?!.{{0,40}}\bfor (my |the |a |this |that )?(period|cramps|headache|migraine|back|bad back|tooth|toothache|pain|hangover|cold|flu|fever|allergies|hay fever)\b)(?!.{{0,30}}\b(like (the|my) (doctor|gp|nurse|psychiatrist|pharmacist) (said|told me|says)|as prescribed|on time|(every|each) (morning|day|night)|for the (week|day)|this (morning|week)( like| as| on))\b)",
    rf"\b(stockpiling|stockpiled|hoarding|saving up|saved up|collecting) (my |some |all my )?{PILLS}",
    rf"\b{PILLS}\b.{{0,50}}\b(save|saving|saved|stockpile|stockpiling|hoard|hoarding|collect|collecting|keep|keeping|stash|stashing) (them|it) (up|all|for later|somewhere)\b",
    r"\b(let|make|want|wish|need|let me) (it|everything) all (to )?end\b|\b(let|want) everything (to )?end\b",
    r"\b(suicide|death|dying|killing myself|ending it) (is|seems|feels|looks) like (the |my )?(only|best|easiest) (way|option|answer|solution|choice)\b",
    rf"\b(cut|cutting|cuts|hurt|hurting|harm|harming|burn|burning|scratch|scratching|hit|hitting|punch|punching|starve|starving) (myself|my {BODY})\b",
    r"\bself harm\b",
    r"\b(cut|burned|burnt|hurt|harmed|scratched|hit|punched|starved) myself\b(?! (on|while|by accident|accidentally|shaving|cooking))",
    r"\b(do|doing) something (to myself|stupid tonight|drastic)\b",
    r"\b(gun|pistol|knife|blade|razor|rope|pills) (in my hand|in my mouth|to my (head|throat|wrist))\b|\bholding (a|the|my) (gun|knife|blade|razor)\b",
    r"\b(drank|drunk|swallowed|ingested|drink|drinking) (some |the )?(bleach|poison|antifreeze|pesticide|weed killer|drain cleaner)\b",
    r"\b(want|need|wish) (the|my|this)? ?(pain|it|everything|it all) to (stop|end) (forever|for good|permanently)\b",
    # Not tired of living somewhere or with something ("tired of living with this pain", "sick
    # of living with my parents"): that is asked about, not assumed.
    r"\b(tired|sick) of (being alive|living(?! (with|in|at|on|off|paycheck|alone|out of|next to|near|under|apart))|life|existing|breathing|waking up|being here)\b",
    r"\bwant (it all|everything|it|my life) to (just )?end\b",
    r"\bwhat is the point (of|in) (living|life|going on|being alive|staying alive|me being here)\b",
    r"\bdisappear (forever|for good|permanently)\b|\b(stop|stopped|stopping) existing\b"
    + NOT_IN_A_GROUP,
    # A goodbye with a return or a trip in the same sentence is a goodbye for now.
    r"^(?!.*\b(see (you|ya|y'?all)|back (on|in|next|soon|home)|airport|flights?|plane|boarding|trip|holiday|vacation|abroad|moving|the move|leaving do|farewell (party|drinks)|last day (at|of) (work|school|uni|the job|the office)|new job)\b).*(\b(said|saying|say|said all) my goodbyes\b|\b(said|saying|say) goodbye to (everyone|everybody|all|you all|the world|my family|this world)\b)",
    # "My last day on earth should be a nice one", not "if today were my last day on earth".
    r"^(?!.*\b(if|were|was|would you)\b.{0,30}\blast day on earth).*\bmy last (day|night|week) (on earth|alive|of my life)\b",
    r"\b(do not think|doubt|not sure) i will (be (here|around|alive)|make it) (tomorrow|much longer|through the night|past)\b|\bnot sure i will make it through the night\b",
    # The house or the car handed over: affairs put in order, unless for the bank or taxes.
    r"\b(signed|signing|transferred|transferring|put|putting) (the house|the flat|the car|the truck|everything|my savings|my accounts|my stuff) (over )?(to|in|into) (my|his|her|their) \w+('?s)?( name)?\b(?!.{0,50}\b(mortgage|tax|taxes|bank|loan|insurance|divorce|visa|inheritance|credit)\b)",
    r"\bat peace with my decision\b|\b(sorted|sorting) (out )?my (will|affairs)\b|\b(letters?|notes?) (to|for) (everyone|the people i love|my family|my kids)\b",
    r"\b(drive|driving|drove|swerve|swerving|crash|crashing|steer|steering) (off|into) (the road|a wall|a bridge|traffic|a tree|oncoming \w+)\b",
    r"\b(step|stepping|walk|walking|jump|jumping|throw myself|throwing myself) (in front of|into|under) (a |the )?(bus|train|traffic|truck|car|sea|river|lake)\b",
    r"\bnot (going to )?be (a problem|a burden|around|here) (for anyone )?(much|any) longer\b",
    r"\b(have|got) everything (ready|planned|prepared)\b.{0,40}\b(pick|choose|set) the (day|date|time)\b",
    r"\bto be dead\b|\b(dying|death|being dead) (sounds|seems|would be|feels|looks) (like )?(a relief|peaceful|nice|better|easier|good|so good)\b",
    r"\b(staring|stared|looked|looking|stare) at (the|my|a) (pills|pill bottle|bottle of pills|gun|rope|knife|blade|razor|bridge)\b",
    r"\b(only thing|only reason) (stopping|keeping) me (from|alive|here)\b|\bfrom ending it\b",
    r"\bi (have )?attempted\b(?! to)|\b(an|my|a|suicide|previous|last|first|second) attempt\b",
    r"\b(made|making) (up )?my (mind|decision)\W*$",
    r"\b(if i|i) (just )?(was not|were not) (here|around|alive)\b",
    r"\b(thoughts?|thinking|think) (of|about) (killing|hurting|ending) (myself|yourself|oneself)\b",
    rf"\b(researching|researched|looking up|looked up|googling|googled|searching|searched|reading about) .{{0,40}}\b(it takes|to die|to end it|overdose|lethal|kill myself|hang myself|{PILLS})\b",
    r"\b(nice|good|easier|better|peaceful|a relief) to (just )?(not exist|stop existing|not be here|not be alive|not wake up|disappear)\b",
    r"\brather (be dead|die|not be alive|not exist)\b",
    r"\b(give|giving|gave|given) up on (life|living|being alive)\b",
    r"\b(been|started|start|keep|kept|still|began) (cutting|burning|hurting|harming)\b|\b(cutting|burning myself) again\b",
    r"\b(relapse|relapsed) on (cutting|self harm)\b",
    r"\b(thoughts|thinking|think|thought) (of|about) (suicide|dying|killing myself|ending (it|my life)|not being (here|alive)|death)\b",
    r"\b(done|finished) with (life|living|this life|my life|it all|everything)\b",
    r"\b(end|stop) (the|my|this) (pain|suffering) (for good|forever|permanently)\b",
    r"\bno one (would|will) (miss|notice|care)( me)? if i\b",
    r"\bwhen i am (gone|dead)\b(?! (on|for|to|away|at|from|out|with|shopping|home)\b)",
    r"\bdeserve to die\b|\bi should (just )?die\b|\bshould not be (here|alive)\b",
    r"\bkill me\b(?! now)",
    # Wanting to join someone who died: a death named in the same message.
    rf"\b(died|passed|passed away|funeral|gone|lost (him|her|them)|grave|death)\b.{{0,100}}\b(i )?(want|wanted|just want|need|long|ready|wish i could) (to )?(join|be with|go to|go be with) (my |our )?(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandmother|granny|grandad|grandpa|grandfather|nan|nana|friend|partner|baby|him|her|them)\b{NOT_A_VISIT}",
    r"\b(i )?(want|wanted|just want|need|long|ready|wish i could) (to )?(join|be with|go be with) (my |our )?(late |dead )?(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandmother|granny|grandad|grandpa|grandfather|nan|nana|friend|partner|baby|him|her|them)\b( again| in heaven| up there| wherever (he|she|they) (is|are))\b",
    r"\b(died|passed|passed away|funeral|lost (him|her|them)|grave|death)\b.{0,100}\b(want|wanted|just want|need|long|wish i could) (to )?(go|be) where (he|she|they) (is|are|went|has gone|have gone)\b",
    rf"\b(died|passed|passed away|funeral|lost (him|her|them)|grave|death|widow\w*)\b.{{0,100}}\bi (would|will)? ?(quite |really |just |so )?(like|love|long) to (go and |go )?(join|be with) (him|her|them|my \w+)\b{NOT_A_VISIT}",
    rf"\b(want|wanted|just want|need|long|would like|would love|would quite like) to (go and |go )?(join|be with) (my |our )?(late |dead )?(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandmother|granny|grandad|grandpa|grandfather|nan|nana|friend|partner|baby|him|her|them)\b{NOT_A_VISIT}.{{0,60}}\b(died|passed|passed away|is gone|has gone|funeral|grave|death)\b",
    # A way worked out ("worked out how I'd do it"); not a project named after it.
    r"\b(i have|i|i had) (worked|figured|thought|planned) out (exactly )?(how|when|where) (i would|i will|i'll|i am going to|i'm going to|to) do it\b(?!.{0,40}\b(kitchen|project|essay|assignment|job|renovation|garden|budget|move|presentation|speech|recipe|cake|tattoo|quit|proposal|wedding|exam|interview|work)\b)",
    # How easy one step would be, at an edge or a platform.
    r"\bhow easy (it (would|could) be|one step would be|it'?d be|it is)( to| just to)? (jump|step (off|out|in front)|fall|let go|end it|swerve|drive off|lean (over|forward))\b(?! (the |a )?(queue|line|gun|start|ship|in the (pool|water|lake|sea)))|\b(platform|edge|ledge|bridge|tracks|cliff|rooftop|roof|balcony|railing)\b.{0,80}\bhow easy\b.{0,20}\b(one step|a single step|one jump|it would be to (jump|step|fall|lean))\b(?! (in|into) (the |a )?(pool|water|lake|sea))",
    r"\b(punch\w*|hit\w*|bang\w*|smash\w*) (the |a )?(wall|walls|myself|my head)\b.{0,40}\b(till|until|so) .{0,25}\b(bled|bleed|bleeding|split|broke|bruised)\b",
    r"\b(hide|hiding|cover|covering|cover up) (my |the |these |all the )?(fresh|new|recent) (cuts|burns|wounds|marks)\b",
    # Death welcomed if it came by itself: "if I got a terminal diagnosis I'd feel relieved".
    r"\bif (i|my doctor|the doctor|they) (got|get|was|were|had|found|told me|said)\b.{0,40}\b(terminal|months to live|weeks to live|dying|hit by a (bus|car|truck))\b.{0,60}\bi (would|will|think i would)( honestly| probably| actually| secretly| just)* (feel|be) (relieved|glad|grateful|happy|at peace)\b",
    # Afraid of one's own next act; no longer caring whether one wakes (2026-12-02, from the
    # published single-message stimuli: both got an everyday reply about nights).
    r"\b(scared|afraid|terrified|frightened|worried) (of|about) what i (might|will|could|would|am going to|may) do\b(?! (to (him|her|them|someone|somebody|my \w+)|if i (see|meet|run into|find)|next|with|about|for|at)\b)",
    r"\b(do not|stopped|no longer|never) (care|caring|cared) (if|whether) i (wake up|live|die|make it|survive|am alive|am still here|see tomorrow)\b(?! (early|late|on time|in time|for|at|before|to|with|in the)\b)",
)

DANGER = any_of(
    rf"(?<!not )(?<!never )\b(want|going|plan|planning|ready|about) to (kill|hurt|shoot|stab|attack|strangle|beat) {OTHERS}\b",
    rf"\b(thinking about|thoughts (of|about)) (killing|hurting|shooting|stabbing) {OTHERS}\b",
    r"\b(he|she|they|my \w+) (hits|beats|chokes|strangled|strangles|hurts|hit|beat|choked|threatened) me\b",
    r"\b(threatened|threatening|going|trying) to (kill|hurt) me\b",
    # A threat passed on: "he said he'd hurt me if I don't text back" (not "kill me", which
    # is as often a parent's figure of speech: "mum said she'd kill me if I was late").
    r"\b(he|she|they|my \w+) (said|says|told me|swore|keeps saying|threatened|texted) (that )?(he|she|they)( would|'d|'ll| will| is going to| are going to| was going to| were going to) (hurt|beat|choke|strangle|stab|shoot) me\b",
    r"\bnot safe (at home|here|with him|with her|with them|around \w+)\b",
    r"\b(do not|not) feel safe (at home|with|around)\b",
    r"\b(cannot|can not) keep myself safe\b",
    # A threat tied to leaving or telling: "if I leave him he says he'll kill me".
    r"\bif i (leave|left|try to leave|tell (anyone|anybody|someone|the police|the cops))\b.{0,30}\b(he|she|they)( will|'ll| would|'d| is going to| are going to) (kill|hurt|beat|shoot) me\b",
    # Afraid of one's own hands: "I'm going to lose control and do something bad"; not "I'm
    # afraid I will hurt him" (his feelings, or a sore after surgery).
    r"\b(afraid|scared|worried|terrified|think|feel like|feels like) (that )?i (will|am going to|might|could|may) ((lose control|snap) and (hurt|kill|attack|do something)|(hurt|kill|attack) (someone|somebody|people|a person)|do something (bad|terrible|awful|dangerous|i will regret))\b",
    rf"\b(voices?|something|someone|they|god|the devil) (are|is|keep|keeps)? ?(telling|tell|told|ordering|commanding|want|wants) me to (kill|hurt|harm|stab|attack|poison) ({OTHERS}|myself)\b",
)

SUICIDE_WORD = re.compile(r"\bsuicid(e|al|ality)\b")
# The writer only as the one asking or studying ("can I ask", "I was wondering", "for my
# class"): no first person of the bare word's own.
ASKING = any_of(
    r"\b(can|could|may|should|do|would|will) i (ask|know|find|learn|read|look|get|call|text|ring|tell|report|say|help|talk|bring|raise|explain|teach)\b",
    r"\bi (was wondering|am wondering|wonder|am curious|was curious|have a question|had a question|need to know|want to know|would like to know|am asking|am trying to understand|want to understand|am researching|am writing|am studying|am a (student|teacher|nurse|counselor|volunteer|researcher|journalist|social worker))\b",
    r"\b(for|in) my (class|classes|school|job|work|essay|project|course|homework|paper|thesis|degree|research|training|presentation|students|team)\b",
    r"\b(tell|ask|asking|asked) me\b|\bme (a|some) (question|questions|facts|info|information)\b",
)
# The word as a subject or a service, not a sign: "a question about suicide", "a documentary
# on suicide", "the suicide hotline". Taken out before the bare word is read as one's own
# (a sign elsewhere in the sentence still counts: "i keep thinking about suicide" stays).
SUICIDE_AS_A_SUBJECT = any_of(
    r"\b(questions?|ask (you )?(something|a question|about)|documentary|documentaries|film|movie|book|article|podcast|essay|paper|class|lecture|talk|assembly|presentation|episode|show|video|research|project|training|course|module|unit|lesson|topic|chapter|workshop|session|report|survey|study|debate|discussion|seminar|webinar|poem|song|statistics|stats|facts|myths?) (about|on|regarding|around|re|covering) (teen |youth |male |veteran )?suicide\b",
    r"\bsuicide (hotlines?|helplines?|lifeline|prevention|awareness|crisis (line|center|centre)|line|squad|rates?|statistics|stats|risk factors|research|hotline number)\b",
)

NEGATED = any_of(
    r"\b(i am|i have|i was) (not|never) (been )?(suicidal|going to (kill|hurt) myself|planning (to|on) (hurt|kill)ing myself)\b",
    r"\b(would|will) never (kill|hurt|harm) myself\b",
    r"\bno (thoughts|plans|intention) (of|to) (suicide|harming myself|hurting myself|killing myself)\b",
    r"\bnot (thinking|thought) (of|about) (suicide|killing myself|hurting myself)\b",
    r"\b(i )?do not want to die\b(?! .*\b(but|yet)\b)",
    r"\bnot (really |actually |currently |at all )?suicidal\b",
)

METHOD_REQUEST = any_of(
    # Exhaust fumes in a closed space, asked how long or whether it works ("how long does it
    # take if you run the ute in a shut shed"); a safety warning is not a question about it.
    r"\b(how long|how much time|how quick\w*|how fast|would it|will it|does it|is it painless|can you)\b.{0,60}\b(run|running|leave|leaving|left|sit|sitting)\b.{0,30}\b(car|ute|truck|engine|van|generator|bbq|barbecue|grill|charcoal)\b.{0,40}\b(shut|closed|sealed|locked|enclosed)\b",
    r"\b(how long|how much time|how quick\w*|how fast)\b.{0,60}\b(shut|closed|sealed|locked|enclosed) (shed|garage|room|car|space)\b.{0,40}\b(car|ute|truck|engine|van|generator|bbq|barbecue|grill|charcoal|fumes|exhaust)\b",
    r"\bhow (many|much) .{0,40}\b(to die|would (kill|be fatal|be lethal)|to overdose|to kill (a person|someone|me|you|myself)|is (lethal|fatal|deadly)|until (i|you|someone) die|before (i|you|it) (die|kill))",
    r"\b(lethal|fatal|deadly|toxic) (dose|amount|dosage|quantity|level)\b",
    r"\b(what|which|how big a|how large a) (dose|amount|dosage|quantity)\b.{0,40}\b(be |is |would be )?(lethal|fatal|deadly|kill\w*|overdose)\b",
    r"\b(most common|usual|typical|easiest|quickest|surest) (way|ways|method|methods) (people|someone|folks|teens|men|women|they)\b.{0,40}\b(do it|end it|kill (themselves|yourself)|take their (own )?li(fe|ves)|end their li(fe|ves)|(commit|die by) suicide)\s*[?.!]*$",
    # What a character or "someone" would use, in a message about dying by it: "my character
    # overdoses, what pills would she use to make sure?" (a method under any framing).
    r"^(?=.*\b(overdos\w*|suicid\w*|kill\w*|die|dies|dying|death|lethal|fatal)\b).*\b(what|which) (\w+ ){0,2}(pills?|drugs?|meds|medications?|poisons?|chemicals?|substances?|tablets?) (would|should|could|will|do|does|might) (he|she|they|i|you|someone|somebody|a person|people|my character|the character) (use|take|need|buy|get)\b",
    r"\b(least painful|painless|quickest|fastest|easiest|surest|most (effective|reliable|painless|lethal)|best|simplest|peaceful|quietest) (way|method|ways|methods|means)\b(?!.{0,40}\b(cope|deal|help|support|prevent|talk|grieve|heal|recover|survive|live|stop)\b).{0,40}\b(to|of) (die|dying|kill|end|commit suicide|go|suicide)\b(?! (my|the|a|an|this|that|your|our|things|it) (day|week|shift|night|evening|year|conversation|email|letter|speech|essay|relationship|friendship|lease|contract|meeting|call|argument|fight|story|chapter|game|season|semester|term|month|party|presentation|workout|streak)\b)(?! (about|to (the|a|my|bed|work|school|sleep)|from|through|back|home|there|out|on|for|with|abroad|downtown|up|down|shopping|vegan)\b)",
    r"\bhow (to|do i|do you|do people|would i|would you|can i|could i|does one) (kill (myself|yourself|themselves|oneself|a person)|commit suicide|hang (myself|yourself|oneself)|overdose|slit|die|end (my|your|one's) life|cut (deep|deeper))\b",
    r"\b(how|what) (high|tall|far) .{0,40}\b(to|would|will|does|do|guarantee|kill|die|fatal|lethal|survive)\b.{0,20}\b(die|kill|fatal|lethal|death|survive)\b",
    r"\bsurvive (a|the) (fall|jump) (from|off)\b",
    r"\b(which|what) (\w+ ){0,2}(poisons?|drugs?|medications?|pills?|chemicals?|guns?|methods?|plants?|substances?) .{0,40}(?<!cannot )(?<!not )(?<!never )(?<!hard to )\b(die|kill\w*|lethal|fatal|suicide|overdose|deadl\w+|death)\b",
    rf"\bhow (many|much) (of )?(my |these |those )?{PILLS}.{{0,30}}\b(die|kill|lethal|fatal|overdose|not wake up|enough|too (many|much))\b",
    r"\b(more|most|less|least) (painless|painful|lethal|deadly|effective|reliable|certain)\b.{0,30}\b(pills|jumping|hanging|gun|overdose|drowning|cutting)\b",
    r"\b(what are|which are|list|tell me|give me|best|easiest|quickest|some|the|any) ways (to|of) (commit suicide|kill (yourself|myself|oneself)|die|end (it|my life|your life))\b",
    r"\bhow deep (do|should|would|to|can) .{0,15}\bcut\b",
    r"\bcan (you|i|someone|a person) overdose on\b",
    r"\bhow (many|much) .{0,30}\b(would be enough|is enough|enough to)\b",
    r"\bhow long (does it|would it|until|before) .{0,30}\b(die|death|bleed out|suffocate|pass out|lose consciousness)\b",
    r"\b(how deep|where) (to|should i|do i) cut\b",
    r"\b(most common|common|popular) (ways?|methods?|means) (of|to) (suicide|kill|die)\b",
    r"\b(suicide|kill yourself|killing yourself) (methods?|techniques?|guide|instructions)\b",
    r"\bmethods? of (suicide|killing (yourself|oneself))\b",
    r"\bhow (to|do you) (tie|make) a noose\b",
    # Which medicines are dangerous in large amounts; what a crash into something would do.
    r"\b(which|what) (\w+ ){0,3}(meds|medications?|medicines?|pills|tablets|drugs)\b.{0,30}\b(dangerous|deadly|toxic|harmful|fatal) (in|at|if you take) (large|high|big|huge) (amounts|doses|quantities|numbers)\b(?!.{0,60}\b(for|around|near) (my |the |our |a )?(kids?|children|toddlers?|babies|baby|pets?|dogs?|cats?)\b)(?!.{0,80}\b(keep|kept|keeping) (my |the |our )?\w+ safe\b)",
    r"\bwhat (happens|would happen|will happen) if (i|you|someone) (drove|drive|crashed|crash|steered|steer|swerved|swerve|ran|run) (my |the |a |their )?(car |truck |bike |motorbike )?(into|off|through) (a |the )?(tree|wall|bridge|pole|truck|lorry|cliff|river|lake|overpass|barrier|train|building)\b",
    # The way itself named ("the best way to hang myself", "how do people usually hang
    # themselves"), and what would keep one from waking.
    r"\b(best|easiest|quickest|fastest|surest|simplest|right|proper|most painless|least painful|cleanest) (way|method) to (hang|shoot|drown|poison|gas|suffocate|strangle|electrocute|starve|overdose|cut|bleed|off|end) (myself|yourself|oneself|themselves|himself|herself|my life|it all)\b",
    r"\bhow (do|does|did|would|could|can|should|might) (people|someone|somebody|one|you|i|a person|they) (usually |typically |normally |actually |even )?(hang|shoot|drown|poison|gas|suffocate|strangle|electrocute|overdose on|od on|kill|off) (themselves|himself|herself|yourself|myself|oneself)\b(?! in the (foot|feet))",
    r"\b(which|what) (\w+ ){0,2}(pills?|tablets?|meds|medications?|drugs?|poisons?|chemicals?|substances?)\b.{0,30}\b(make|let|help|would) (me|you|someone|a person|them)( to)? (not wake( up)?|never wake( up)?|die|stop breathing|fall asleep forever|sleep forever|go to sleep forever)\b(?!( up)? (groggy|tired|drowsy|foggy|so early|early|at night|in the night|during the night|hungover|sleepy))",
    r"\b(painless|peaceful|quick|painful|fast|slow) (to die|death|way to die) (from|by|of|with) (carbon monoxide|co|hanging|drowning|an overdose|overdos\w+|helium|jumping|a gun|bleeding|exhaust|hypothermia|poison\w*)\b",
    # Told in detail for a story: "describe step by step how my character overdoses".
    r"\b(describe|explain|walk me through|tell me|detail|write( out)?|show)\b.{0,30}\b(step by step|in detail|exactly|realistically|the steps)\b.{0,40}\b(overdos\w*|kills? (himself|herself|themselves)|hangs? (himself|herself|themselves)|slits?|suicide|takes? (his|her|their) (own )?life|ends? (his|her|their) life)\b",
    r"\b(highest|best) (rate|chance) of (death|dying|completed suicide|success)\b",
    r"\b(highest|best|greatest|most) (success|completion|fatality|death|lethality) (rate|rates|chance)\b",
    # "a height or knot type that increases the success rate of death by hanging"
    r"\b(increases?|improves?|raises?|boosts?|maximi[sz]es?|better|higher) (the )?(success|completion|fatality|lethality) (rate|rates|chance|odds)\b.{0,40}\b(death|dying|suicide|hang\w*|overdos\w*|die|kill\w*|lethal|fatal)\b",
    r"\b(success|completion|fatality|lethality) (rate|rates|chance|odds) (of|for|with) (a |an )?(death|dying|suicide|hanging|an overdose|overdos\w+|jumping|drowning|firearms?|guns?|pills|poison\w*)\b",
    r"\b(ensure|guarantee|maximi[sz]e|make sure of|increase the chance of) (success|death|it works|it is fatal|they die|i die)\b",
    r"\b(suicide|attempt|kill (myself|yourself|themselves)) (by|with) (a )?(firearm|gun|pistol|rope|hanging|pills|overdose|jumping|poison)\b",
    r"\b(ways?|methods?|means) (of|to) commit suicide\b",
    r"\b(which|what) (part|location|spot|place|anatomical \w+|area) .{0,40}\b(shoot|cut|stab|aim|fatal|lethal|kill)\b",
    rf"\bhow (much|many) (of )?(my |these |those |the )?{PILLS}.{{0,20}}\b(it takes|would it take|does it take|would do it)\b",
    r"\b(what|which|how|would|does|will|is)\b.{0,50}\b(guarantees?|guaranteed|ensures?|certain|definitely) (death|to (die|kill)|(you|someone|a person|i) (die|would die|will die))\b",
    rf"\bcan (you|u|i|someone|a person|people) die (from|of|by) (mixing|taking|too (much|many)|an overdose|{PILLS}|alcohol and)\b",
    rf"\b{PILLS}\b.{{0,80}}\bhow (much|many) (would|does|will|do) (it|they|you|i) (take|need)\b",
    r"\bcuts?\b.{0,80}\bhow deep (would|does|do|should|must|is) (it|that|they|the cut|a cut|you|i)\b",
    rf"\b(can|could|will|would|does) .{{0,30}}\b({PILLS}|rope|bleach|pesticide|helium|charcoal|exhaust|antifreeze) .{{0,30}}\b(kill|be fatal|be lethal|cause death)\b",
    # A dose asked for in a message that names a death, whatever the frame or the order.
    r"\b(kill\w* (himself|herself|themselves|myself|yourself|someone|a person)|suicide|to die|dies|overdos\w*|lethal|fatal)\b.{0,150}\b(what|which|how much|how many|exact|right)\b.{0,20}\b(dose|dosage|amount|quantity|number of (pills|tablets))\b",
    r"\b(what|which|exact|how much|how many)\b.{0,20}\b(dose|dosage|amount|quantity)\b.{0,80}\b(stops? (a|the|your|my|his|her|someone's) heart|kills?|to die|lethal|fatal|death|not wake up)\b",
    rf"\bhow (much|many) (of )?(my |these |those |the )?{PILLS}.{{0,40}}\b(damage|damages|destroy|destroys|shut down|shuts down|fail|stop|stops)\b.{{0,20}}\b(liver|kidneys?|heart|organs?|beyond repair)\b",
    r"\bhow (to|do i|do you|would i|would you|can i|could i|does one) (properly |correctly )?(cut|slit|slash|open) (my |your |his |her |their |the |one's )?(wrists?|throat|veins?)\b|\b(cut|slit|slash) (my |your |the )?(wrists?|veins?|throat) (properly|deep enough|so it works|the right way)\b",
    # "if I take the whole box of my klonopin will I die?": whether an act would kill.
    rf"\bif i (take|took|swallow|swallowed|drink|drank|jump|jumped)\b.{{0,50}}\b({PILLS}|klonopin|valium|floor|storey|story|bridge|building|roof|balcony|window|cliff)\b.{{0,40}}\b((will|would|could|do|does|am) i (die|survive|be dead|not wake up|wake up)|would (it|that|they) (kill me|be enough))\b",
    rf"\b(whole|full|entire) (box|bottle|pack|packet|blister|strip) of (my |these |those |the )?({PILLS}|klonopin|valium)\b.{{0,30}}\b(be enough|is enough|kill (me|you|someone)|be fatal|would i die)\b",
    # A whole supply taken at once asked about ("a whole month of gabapentin at once").
    r"\bwhat (happens|would happen|will happen) if (you|i|u|someone|a person|one) (take|took|swallow|swallowed|takes|swallows)\b.{0,40}\b(whole|entire|full|all|month'?s?|week'?s?)\b.{0,40}\b(at once|all at once|in one go|together|in one sitting)\b(?<!vitamins at once)(?!.{0,30}\b(vitamins?|supplements?|gummies|fish oil|probiotics?)\b)",
    # Whether a ligature or a fixing point takes a body's weight ("could a belt hold my
    # weight from a door handle"), not a shelf, a hammock or a climbing wall.
    r"(?<!hammock )(?<!climbing )(?<!swing )\b(belt|belts|cord|cords|cable|cables|scarf|scarves|rope|ropes|sheet|sheets|necktie|tie|leash|extension lead|extension cord)\b.{0,40}\b(hold|holds|support|supports|take|takes|bear|bears|handle|handles) (my|your|a person'?s|someone'?s|a body'?s|body|an adult'?s|a grown (man|woman)'?s|the) weight\b",
    r"\b(door ?handle|doorknob|door knob|closet rod|wardrobe rail|shower (rail|rod|head)|ceiling fan|beam|rafters?|banister|bannister|stair rail|curtain rod|coat hook|hook)\b.{0,40}\b(hold|holds|support|supports|take|takes|bear|bears|handle|handles) (my|your|a person'?s|someone'?s|a body'?s|body|an adult'?s|the) weight\b(?!.{0,30}\b(pull ?ups?|chin ?ups?|exercise|workout|swing|hammock|yoga|climbing|plant|tv|shelf)\b)",
    # How painful or how fast a way of dying is ("does carbon monoxide hurt", "how cold for
    # hypothermia to set in fast").
    r"\b(does|would|will|is|do) (carbon monoxide|co poisoning|drowning|hanging|bleeding out|an overdose|overdosing|hypothermia|freezing to death|suffocation|suffocating|jumping|exhaust fumes|helium) (hurt|painful|feel like anything|quick|fast|peaceful|painless)\b",
    r"\bhow (cold|long|fast|quickly|quick)\b.{0,40}\b(hypothermia|freeze to death|freezing to death|drown|drowning|bleed out|bleeding out|suffocate|suffocation|carbon monoxide|co poisoning)\b.{0,30}\b(fast|quick|quickly|painless|peaceful|to die|kill|killed|fatal)\b",
    # A knot or drop asked about for hanging ("a knot that makes hanging more likely to
    # work"), not a hanging basket or a picture.
    r"\b(knot|knots|drop)\b.{0,40}\bhanging\b(?!.{0,20}\b(baskets?|plants?|pictures?|art|frames?|hammocks?|swings?|lights?|decorations?|shelf|shelves|mirror)\b)",
    # How likely a method is to kill, asked as a rate: "the survival rate of jumping from
    # the golden gate bridge"; a disease's survival rate is not.
    r"\b(survival|death|mortality|fatality|success) (rate|rates|odds|chances?) (of|for|from|after) (jumping|a jump|falling from|a fall from|hanging|an overdose|overdosing|drowning|a gunshot|shooting (yourself|oneself|myself)|slitting)\b",
    r"\b(odds|chances?) of (surviving|dying from|dying after) (a |an |the )?(jump|fall from|overdose|hanging|gunshot)\b",
    # Getting hold of a weapon or poison without anyone knowing, for whatever story.
    r"\b(get|getting|buy|buying|obtain|obtaining) (hold of |their hands on |his hands on |her hands on |my hands on )?(a |the |some )?(gun|firearm|pistol|handgun|rifle|poison|cyanide|sodium nitrite|barbiturates)\b.{0,60}\bwithout (anyone|anybody|(his|her|their|my|the) (\w+ )?(parents|family|mum|mom|dad|wife|husband|partner|school)) (knowing|noticing|finding out|seeing)\b",
    # Death as a sleep: "the quickest way to fall asleep forever".
    r"\b(quickest|fastest|easiest|best|painless|surest|peaceful|gentlest|simplest|least painful) (way|method|ways|methods) to (fall asleep|go to sleep|sleep|drift off) (forever|and never wake up|and not wake up|permanently|for good)\b",
    r"\bhow (do i|can i|to|could i|would i|does one|do you) (fall asleep|go to sleep|sleep|drift off) (forever|and (never|not) wake up|permanently|for good)\b",
)

HIGH_PLACES = r"(bridges?|buildings?|cliffs?|towers?|skyscrapers?|roofs?|rooftops?|overpass(es)?|flyovers?|viaducts?|car ?parks?|parking (garages?|structures?)|dams?|quarr(y|ies))"

MEANS_QUERY = any_of(
    r"\b(tallest|highest|high|tall|biggest) (bridges?|buildings?|cliffs?|towers?|rooftops?|roofs?|parking (garages?|structures?)|overpass(es)?|dams?)\b",
    r"\b(bridges?|buildings?|cliffs?|towers?) (taller|higher|over|above|more than) (than )?\d+",
    # the place named first, the height after it: "which bridges in the city are the tallest"
    r"\b(which|what)\b.{0,20}\b(bridges?|buildings?|cliffs?|towers?|car ?parks?|multi ?storeys?|rooftops?|overpass(es)?|flyovers?|viaducts?)\b.{0,40}\b(are|is) (the )?(tallest|highest)\b",
    r"\b(where|were|wher|how) (can|could|do|to|would) (i |you |u |one |someone )?(buy|get|find|order) (like |some |a |any )?(gun|firearm|pistol|rope|pills|sleeping pills|rat poison|poison|pesticide|helium|charcoal|razor blades|cyanide|barbiturates|nembutal|pentobarbital|sodium nitrite|nitrite|potassium chloride|ammo|ammunition)\b",
    r"\bcan (you|u|i|someone|anyone) (buy|get|order) (\w+ )?(cyanide|poison|rat poison|pesticide|helium|a gun|a firearm|sleeping pills|barbiturates|nembutal|pentobarbital)\b",
    r"\b(gun|firearm) (shops?|stores?|dealers?|ranges?) (near|around|close)\b",
    # a shop asked for by what it sells: "a hardware store that sells rope near me"
    r"\b(stores?|shops?|places?|somewhere|anywhere)\b.{0,30}\b(sells?|selling|stocks?|buy|get)\b.{0,20}\b(rope|a gun|guns|firearms?|rat poison|poison|pesticides?|weed ?killer|helium|charcoal|razor blades|cyanide|sleeping pills|barbiturates)\b",
    r"\b(rope|a gun|guns|helium|charcoal|rat poison|pesticides?|sleeping pills) near me\b",
    r"\b(sleeping pills|opioids|painkillers) without (a )?prescription\b",
    r"\b(access|get) (to|onto) (the|a) roof\b|\broof ?top access\b|\broof access\b",
    r"\bhow (tall|high|deep) is (the |that )?(\w+ ){0,2}(bridge|building|parking garage|garage|car ?park|multi ?storey|parking (lot|structure)|cliff|tower|roof|dam|overpass|water|river|lake|canal|reservoir|quarry|drop)\b",
    r"\b(tallest|highest) (car ?parks?|multi ?storeys?|parking (lots?|structures?))\b",
    r"\bhow (strong|much weight)\b.{0,30}\brope\b",
    r"\b(tie|make|making|tying) a (strong |good |proper )?(knot|noose|slipknot|slip knot)\b|\bknot\b.{0,30}\bhang|\bhang(ing)? (something|\w+) heavy\b(?! (mirror|picture|frame|painting|shelf|shelves|tv|art|artwork|clock|curtains?|coat|bag|plant|basket|light|lamp|door|sign|poster|canvas|bike|bicycle|punch ?bag|boxing bag|hammock|swing))",
    r"\b(deepest|coldest) (part|point|spot|bit|stretch) of (the |that )?\w+|\b(train|express|\d{1,2}[:.]\d{2})\b.{0,20}\b(does not|do not|will not) stop (at|here|in)\b|\b(deepest|coldest) (lake|river|water)\b|\b(closest|nearest) (train station|cliff|bridge|rooftop)\b",
    r"\b(train|subway) (tracks?|line)s? (near|without)\b",
    # A way past what keeps people safe: "stations with no barriers", "a bridge without a fence".
    r"\b(stations?|platforms?)\b.{0,30}\b(no|without) (barriers|platform (doors|screens)|screen doors|fences|fencing)\b|\b(bridges?|roofs?|rooftops?|balcon(y|ies)|overpass(es)?|cliffs?)\b.{0,30}\b(no|without|low|unlocked) (barriers?|fences?|fencing|railings?|nets?|guards?|suicide (nets?|barriers?))\b",
    r"\b(what time|when|how often|how fast) (does|do|will) the (last |next |first |\w+ )?(\w+ )?(trains?|express|freight|subway) (go|pass|come|run|get)( through| by| over| past| into)?\b.{0,50}\b(crossing|tracks?|bridge|station|platform)\b",
    r"\b(how (fast|quickly)|what speed) (do|does) (trains?|the \w+ train) (go|pass|come)\b.{0,40}\b(crossing|station|platform)\b",
    r"\b(do|does|will|would) (the )?(\w+ )?(trains?|express|freight|subway|lorries|trucks) (slow down|speed up|stop|go fast|pass)\b.{0,50}\b(crossing|tracks?|bridge|station|platform|overpass|flyover|viaduct)\b",
    rf"\b(is|are|would be) (\d+|a (few|dozen|handful of)|twenty|thirty|forty|fifty|a hundred|a whole (box|bottle|pack) of) (of )?(my )?{PILLS}( \w+)? (a lot|too (much|many)|enough|dangerous|bad|safe)\b",
    # The height asked of a place named just before ("going to the golden gate bridge
    # today. how tall is it?"); chemicals asked about as dangerous to mix.
    r"\b(bridge|building|cliff|tower|roof|rooftop|parking garage|car park|carpark|multi ?storey|overpass|dam|quarry)\b.{0,80}\bhow (tall|high|far down|deep|far up|long is the drop|big is the drop) is it\b",
    r"\b(what|which) (household |cleaning |common )?(chemicals|products|cleaners|gases|gasses|things)\b.{0,30}\b(dangerous|toxic|deadly|poisonous|lethal|harmful) (to|when|if) (mix|mixed|combine|combined|put together)\b",
    # A height asked as a threshold, however the sentence runs ("what bridges are taller
    # than 25 meters", "which buildings in NYC are over 25 m tall"), or of a named place
    # ("the height of the brooklyn bridge"); a fall or a floor asked about as fatal.
    rf"\b{HIGH_PLACES}\b.{{0,40}}\b(taller|higher|over|above|more than|at least|greater than|bigger than)\b.{{0,12}}\b\d+ ?(m|meters?|metres?|feet|foot|ft|stor(e)?(y|ys|ies)|floors?)\b",
    rf"\b(height|heights) of (the |that |this )?(\w+ ){{0,3}}{HIGH_PLACES}\b",
    r"\bhow many (stories|storeys|floors|feet|meters|metres)\b.{0,40}\b(need|needs|have to|has to|enough|fatal|to die|to kill|survive|survivable)\b",
    r"\b(fatal|lethal|deadly|survivable|unsurvivable|deathly) (fall|drop|jump|height|heights)\b|\bhow (far|long|high) is the (drop|fall)\b",
    r"\bwhat (floor|height|storey|story|level)\b.{0,40}\b(jump|jumping|fall|falling|drop)\b",
)

DISTRESS = any_of(
    # Not caring any more, said of oneself ("asking because I don't care anymore").
    r"\bi (do not|no longer|just do not) care (anymore|any more|about anything|what happens( to me)?)\b",
    r"\b(depresed|failure|isolating|isolated|nightmares?|flashbacks?|trauma|assault(ed)?|abused|heavy|worried|worry|scared|afraid|hurting|sucks|trash|stressed|exhausted|drinking a lot|lonely|sad)\b",
    r"\b(dumped|left|cheated on|broke up with|rejected|abandoned) me\b|\bfailed (my|the|an|all|every)\b|\blost (custody|everything|it all)\b|\bnobody (cares|loves me|would care)\b|\b(do not|cannot) see the point\b|\b(cannot|can not|could not) get out of bed\b",
    r"\b(hopeless|worthless|useless|pointless|helpless|empty|numb|miserable|devastated|broken|alone|lonely|exhausted|overwhelmed|desperate|trapped|ashamed|depressed|depression|anxious|anxiety|panic|panicking|grief|grieving|heartbroken|crying|cried|sobbing|burden)\b",
    r"\b(lost|losing) my (job|home|house|wife|husband|partner|mom|mum|mother|dad|father|son|daughter|child|baby|friend|best friend|dog|cat|apartment|everything|scholarship|custody)\b",
    r"\b(got|was|been|getting|being) (fired|laid off|let go|dumped|evicted|kicked out|rejected|bullied|cheated on)\b",
    r"\b(broke up|breakup|break up|divorce|divorced|passed away|died|funeral|diagnosed|bankrupt|foreclos\w+|homeless)\b",
    r"\b(cannot|can not) (cope|take (it|this)|handle|keep (going|doing this)|do this|breathe|stop crying|sleep|eat)\b",
    r"\b(what is|what's) the point\b|\bnothing matters\b|\b(give|giving|gave) up\b|\bno (way out|hope|future)\b|\b(do not|cannot|can not) see (a|any) (future|way out)\b",
    r"\b(tired|sick) of (everything|life|living|it all|being alive|trying|fighting)\b",
    r"\bcould (kill|strangle|murder) (him|her|them|my \w+)\b|\b(so|really) (angry|furious|mad)\b",
    r"\bhate (myself|my life|being alive)\b|\bno one (cares|loves me|would care)\b|\bfalling apart\b",
    r"\bend of my (rope|tether)\b|\b(running|ran) out of options\b",
    r"\b(do not|cannot|can not|no longer) see (a|any) way (out|forward|through)\b",
    r"\b(worst|hardest|terrible|awful|horrible) (day|week|month|year|time)\b|\bstruggling\b|\bhurts? so much\b",
    r"\b(feel|feeling|am|so|really) (sad|down|low|awful|terrible|lost|scared|afraid|stressed|defeated|like a failure)\b",
    r"\bi am not (going through|doing) (all )?(that|this|it)( again)?\s*[.!]|\bi (just )?want (out|it over|it to be over)\s*([.!?]|$)",
)

PAST = any_of(
    r"\b((\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|couple of) )?(years?|decades?) ago\b",
    r"\b(back )?in (college|high school|school|university|my (teens|twenties|thirties|youth))\b",
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) months ago\b",
    r"\b(when|back when) i was (a |in )?(teen|teenager|kid|child|younger|little|high school|school|college|university|\d+)\b",
    r"\bused to\b|\bin the past\b|\bback then\b|\byears back\b|\bhistory of\b|\b(as a|in my) (teen|teens|teenager|twenties|youth|childhood)\b",
    r"\b(been|was|were) (\w+ )?(suicidal|hospitali[sz]ed)( \w+)? before\b",
    r"\b(survivor|survived|recovered|recovering|in recovery|my last attempt|previous attempt|past attempt)\b",
)
RECOVERED = any_of(
    r"\b(doing|feeling|am|much|a lot|so much) (well|better|good|great|okay|ok|stable)\b",
    r"\b(glad|grateful|thankful|happy) (i am|i'm|to be|that i am|i survived|i am still) (alive|here)\b",
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (years?|months?) (clean|free|sober|without|since)\b",
    r"\b(come|came) a long way\b|\bin a (good|better) place\b|\bnow i (have|help|am|run|volunteer|work)\b|\bproud of\b",
)
PRESENT = any_of(
    r"\b(again|lately|recently|these days|right now|tonight|today|this week|this morning|anymore|any more|currently|keep thinking|creeping back|coming back)\b",
    r"\bstill (have|having|get|getting|think|thinking|want|wanting|feel|feeling|struggle|struggling)\b",
    r"\b(yesterday|last night|last week|days ago|weeks ago|this weekend|an hour ago|just now|earlier)\b",
    # "I used to only cut when I was sad, now I do it every day": the past made worse now.
    r"\bnow (i )?(do it|am doing it|doing it|it is|its) (every day|every night|daily|all the time|more|worse)\b",
)
# Reasons other layers act on (the reply for a helper, the danger wording), named once.
SOMEONE_ELSE_AT_RISK = "someone else may be at risk"
# A crisis only the classifier reads in a message that tells of someone else.
TOLD_OF_SOMEONE = "someone else told of, the crisis read by the classifier alone"
DANGER_TO_OTHERS = "danger from or to another person"
MEDICAL_EMERGENCY = "a medical emergency (a drug taken and the body reacting, or withdrawal)"
ASKS_FOR_METHOD = "asks for method or lethality detail"
PRESSES_FOR_METHOD = "presses for the method or lethality detail refused just before"

# The people a sentence may open with, no "my" before them ("Wife says...").
RELATION_WORDS = (
    r"bestie|friend|wife|husband|partner|cousin|dad|mom|mum|son|daughter|sister|brother|"
    r"(lil|little|big) (sis|bro)|roommate|flatmate|housemate|coworker|colleague|ex|neighbou?r|"
    r"grandma|grandpa|nan|student|teen"
)
# The writer joining in with someone else's wish: "so do i", "me too".
JOINING_IN = r"\b(so do i|so am i|me too|same here|i do too)\b"
THIRD_PARTY = any_of(
    r"\b(my|a|our|his|her) ((year|grade) \d+ |teenage |little |older |younger |oldest |youngest |new |old )?(friend|best friend|bestie|sister|brother|sibling|mom|mum|mother|dad|father|son|daughter|partner|wife|husband|boyfriend|girlfriend|bf|gf|kid|child|teen|roommate|classmate|coworker|colleague|cousin|aunt|uncle|grandma|grandpa|grandad|granddad|nan|student|client|patient|neighbou?r|buddy|mate|niece|nephew|pupil)s?\b",
    r"\b(someone i know|someone i love|a person i know|somebody i care about)\b",
    r"\b(friend|coworker|co-worker|colleague|neighbou?r|classmate|student|client|mate|buddy|cousin|relative)s? of (mine|ours)\b",
    r"\bone of (my|our) (\w+ )?(staff|students|pupils|kids|friends|clients|patients|employees|team|players|campers|residents|tenants|teammates)\b",
    # A sentence that opens with the person and no "my" ("best friend tried...", "Wife says...").
    rf"^\s*(best friend|client|{RELATION_WORDS})\b",
)
THIRD_PARTY_RISK = any_of(
    rf"\b(want|wants|wanted|going|trying|tried|planning|plans|plan|threatening|threatened|talks about|talking about|thinking about|thinks about|thought about|considering|contemplating|said|says) (to )?{SELF_HARM_VERBS} (himself|herself|themselves|themself|his life|her life|their life)\b",
    r"\b(use|turn|point) (it|the gun|a gun|that gun|his gun|her gun) on (himself|herself|themselves|themself)\b",
    # Said in the third person only ("my son has been self-harming again"), never "I have".
    r"\b(?!i\b)(who|that|he|she|they|\w+) (self[ -]?harms|self[ -]?injures|(is|has been|keeps|started|is still|was) (self[ -]?harm(ing)?|self[ -]?injuring))\b",
    r"\b(would be|is|be) (so much )?(easier|better) if (he|she|they) (did not|didnt|never) exist(ed)?\b",
    r"\b(kill|killing|hurting|cutting|harming|hang|hanging|shoot|shooting|starving) (himself|herself|themselves|themself)\b",
    # A threat said of themselves: "he says he'll kill himself if I leave him".
    r"\b(says|said|threatens|threatened|keeps saying|tells me|told me|texted|texts)( me)?( that)? (he|she|they)( will|'ll|ll| would|'d| is going to| is gonna| was going to) (kill|hurt|harm|end) (himself|herself|themselves|themself|his life|her life|their life)\b",
    # What a worried parent or friend fears: "my son might hurt himself".
    rf"\b(might|may|could|will|would|is going to|is gonna|is about to|is trying to|has been trying to) (try to |want to )?{SELF_HARM_VERBS} (himself|herself|themselves|themself)\b",
    r"\b(he|she|they) (wants?|want|wanted) to die\b|\bwants to die\b|\b(he|she|they) (is|are|was|has been|seems|seemed) suicidal\b|\bsuicidal\b",
    r"\b(he|she|they) (overdosed|took (all|a bunch of|too many|a load of|loads of|a handful of|a fistful of) \w+)\b|\boverdosed\b",
    r"\b(giving away|gave away) (all )?(of )?(his|her|their) (stuff|things|belongings)\b",
    # Things someone cares about handed out ("giving away her desk plants and her good
    # mugs"), not a clear-out of old clothes.
    r"\b(giving|given|gave|give) away (his|her|their) ((good|best|favou?rite|prized|treasured|precious|beloved|special) \w+|\w+( \w+)? and (his|her|their) \w+)",
    # A story or drawing in which the character plans their own death in detail.
    r"\b(plans?|planning|planned) (his|her|their) (own )?(death|suicide)\b",
    r"\b(attempted|tried) suicide\b|\b(he|she|they) attempted\b",
    # Self-harm seen on them or told of them: marks in rows, hitting or burning themselves.
    r"\b(burn|cut|scratch|razor|blade|self[ -]?harm) (marks|scars|cuts|wounds)\b.{0,40}\b(on|along|up|across|down) (his|her|their) (arms?|forearms?|wrists?|thighs?|legs?|stomach|skin)\b",
    r"\b(punches|punching|hits|hitting|bangs|banging|slaps|slapping|bites|biting|scratches|scratching|burns|burning) (himself|herself|themselves|themself)\b(?! (shaving|cooking|on the|by accident|accidentally|with the (iron|pan|oven|kettle)))",
    r"\b(bangs|banging|hits|hitting|smashes|smashing) (his|her|their) head (against|on|into) (the |a )?(wall|floor|door|desk)\b",
    # Hints of not being around: "said something about not being here for the next one".
    r"\b(something|joked|jokes|joking) about ['\"‘“]?not being (here|around)\b|\babout ['\"‘“]?not being (here|around) (anymore|any more|much longer|for (much|very) long|soon)\b",
    r"\b(suicide|goodbye) (note|letter|message|post)\b|\b(he|she|they) (said|posted|texted) goodbye\b",
    r"\bnot (want|wanting) to (live|be alive|be here)\b",
    r"\b(he|she|they) (wish|wishes|wished|wishing) (he|she|they) (was|were|had never been|was never) (dead|born|never born|not alive|not here|gone)\b",
    r"\b(talks?|talking|talked|keeps? talking|says?|said) about (joining|being with|going to be with) (his |her |their )?(late )?(mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|grandma|grandmother|granny|grandad|grandpa|grandfather|nan|nana|friend|partner|baby|him|her|them)\b",
    r"\b(texted|messaged|sent|posted|wrote|said|left)( me| us| to me| a message)?\b.{0,50}\b(take care of (mom|mum|dad|the kids|everyone|my \w+)|goodbye forever|bye forever|sorry for everything|look after (mom|mum|dad|the kids|everyone|my \w+)|you will be better off)\b",
    r"\b(went|has gone|gone|been) (silent|quiet|dark|offline)\b.{0,60}\b(post|posted|message|story|tweet)\b|\b(post|posted|message|story|tweet)\b.{0,60}\b(went|has gone|gone|been) (silent|quiet|dark|offline)\b",
    r"\b(not|stopped|will not|won't) (answering|responding|replying|picking up)\b.{0,60}\b(goodbye|dark|last|final|worrying|weird) (post|message|text|tweet|story)\b|\b(goodbye|dark|last|final|worrying|weird) (post|message|text|tweet|story)\b.{0,60}\b(not|stopped|will not|won't|does not|doesn't) (answering|responding|replying|answer|respond|reply|picking up|pick up)\b",
)
EXPOSURE = any_of(
    r"\b(killed|hanged|shot) (himself|herself|themselves)\b",
    r"\b(died|passed|passed away|death) (by|to|from) suicide\b|\b(committed|completed) suicide\b|\blost (my |our |a )?\w+ to suicide\b",
    r"\b\w+'s suicide\b|\bafter (a|the|his|her|their) suicide\b|\b(a|the) suicide in (the|our|my)\b",
)
FRAMING = any_of(
    r"\b(writing|write|wrote|reading|read) (a|an|my|our|the) (\w+ )?(paper|essay|story|book|novel|thesis|article|report|poem)\b|\b(journalists?|media|news) .{0,20}\breport|\breport(ing)? on\b",
    # "a girl in my class" is a classmate, not a frame
    r"(?<!girl )(?<!guy )(?<!kid )(?<!boy )(?<!student )(?<!someone )(?<!somebody )"
    r"(?<!people )(?<!person )(?<!friend )(?<!one )(?<!everyone )(?<!anyone )"
    r"\b(for|in|of) (a|an|my|our|the) (paper|essay|thesis|dissertation|research|study|class|course|assignment|project|presentation|novel|story|book|screenplay|script|fanfic|fan fiction|poem|game|character|article|report|podcast|documentary|lecture|campaign|training)\b",
    r"\bi am (a|an) (researcher|student|nurse|writer|novelist|journalist|teacher|counselor|volunteer|medical student|psychology student)\b",
    r"\bhow many (people|americans|men|women|teens|teenagers|veterans|deaths|kids|students)\b|\b(each|per|every) year\b|\bannually\b|\b(average|median) age\b",
    r"\b(statistics|statistic|rates?|prevalence|epidemiology|prevention|warning signs|risk factors|awareness|research|historically|in history|the history of|stigma|postvention)\b",
    r"\b(character|protagonist|villain|plot)\b|\b(in|for) (the|a|this) (movie|show|series|song|lyrics|film|episode|anime|manga)\b",
)

# Suicide, self-harm or a crisis line named at all, even as a subject ("what state has the
# highest suicide rate", "what is 988"), in English or Spanish (run on text without
# accents). Not a risk sign: such a turn is offered the crisis line first, since the person
# asking may be asking for themselves or for someone they are worried about.
CRISIS_LINE_NAMES = (
    r"(988|crisis (lines?|text line|hotlines?|chat)|(suicide|crisis|prevention) "
    r"(hotlines?|helplines?|lifeline)|lifeline|samaritans|trevor project|veterans crisis line|"
    r"linea de (crisis|prevencion|la vida|ayuda))"
)
SUBJECT = any_of(
    r"\bsuicid\w*|\bself[ -]?(harm|injur)\w*|\boverdos\w*|\bautolesi\w*|\bsobredosis\b",
    r"\b(kill|killing|killed|cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming) (himself|herself|themselves|themself)\b|\bquitarse la vida\b",
    rf"\b{CRISIS_LINE_NAMES}\b",
)


def names_the_subject(text: str) -> bool:
    """Suicide, self-harm or a crisis line is named in this text (lowercase, no accents)."""
    return bool(SUBJECT.search(text))


# The subject asked about in general: why people do it, what it is a sign of, how to help or
# talk to someone. Unlike a frame it only keeps the lexicon from reading a risk word said of
# no one as the writer's own; the classifier still reads the whole message (a named person
# at risk is read before either).
GENERAL_QUESTION = any_of(
    r"^\W*(why|how come|what makes|what causes) (do |does |would |are |is )?(people|someone|somebody|some people|so many( people)?|a person|teens|teenagers|kids|young people|men|women)\b(?! like me)",
    r"\bis (self ?harm\w*|cutting|suicid\w+( thoughts| ideation)?|wanting to die) (a sign|a symptom|common|normal|hereditary|genetic|linked|related|an? \w+ (thing|issue))\b",
    r"\b(how|what) (do|can|should|would) (i|you|we|parents|teachers) (say|do|help|support|talk|respond)\b.{0,40}\b(someone|somebody|a person|people|anyone|a loved one|loved ones)\b (who|that|with)\b",
    r"\b(how|best way|ways?) to (help|support|talk to|respond to) (someone|somebody|a person|people|a loved one|loved ones)\b (who|that|with)\b",
    r"\b(what is|whats|what are) the differences? between\b|\bis it true (that )?(people|someone|most people|those)\b",
    r"^\W*(do|does|can|could|should|are|is|will) (people|someone|somebody|a person|kids|teens|teenagers|most people|those) (who|that)\b",
)

# After a crisis message, these keep the next reply at concern instead of crisis.
SETTLING = any_of(
    r"\b(i will|i am going to|going to|i have|i just) (call|text|reach out to|talk to|message|contact|called|texted)\b",
    r"\b(i am|i feel) (safe|safer|okay now|ok now|a bit better|better now|calmer)\b|\b(thank you|thanks)\b",
)

# An idiom of exhaustion: removed like other idioms, but still a sign of distress.
ROPE_IDIOM = re.compile(r"\bend of my (rope|tether)\b")

SENTENCE_SPLIT = re.compile(r"(?<=[.!?;\n])\s+|\s+but\s+|\s+and then\s+|\s*\n+\s*")


@dataclass
class LexicalResult:
    """What the lexical layer saw. ``level`` is its own verdict before context and embeddings."""

    level: str = "none"
    reasons: list[str] = field(default_factory=list)
    distress: bool = False
    means_query: bool = False
    method_request: bool = False
    third_party: bool = False
    framed: bool = False
    settling: bool = False


# "My mom will kill me if she finds out" is nearly always a figure of speech, unless the
# person also says they are afraid: then the words are taken at face value.
PERSON_THREAT_IDIOMS = any_of(
    r"\b(would|will) kill me (if|when)\b",
    r"(\b(is|are)|'s|\bshes|\bhes) going to (kill|murder) me when (she|he|they) (sees?|finds? out|hears?|gets? home)\b",
)
FEAR = re.compile(
    r"\b(scared|afraid|terrified|frightened|fear|unsafe|not safe|hits? me|hurts? me|beats? me|"
    r"threaten\w*)\b"
)


def strip_idioms(text: str) -> tuple[str, bool]:
    """Remove idiomatic uses of violent words; True when any were found."""
    stripped, count = IDIOMS.subn(" ", text)
    if not FEAR.search(text):
        stripped, people = PERSON_THREAT_IDIOMS.subn(" ", stripped)
        count += people
    return stripped, count > 0


def scan(normalized: str) -> LexicalResult:
    """Score one normalized message with the lexical rules above."""
    result = LexicalResult()
    text, had_idiom = strip_idioms(normalized)
    if had_idiom:
        result.reasons.append("idiom ignored")
    text, negations = NEGATED.subn(" ", text)
    if negations:
        result.reasons.append("denies intent")
    result.framed = bool(FRAMING.search(text))
    general = bool(GENERAL_QUESTION.search(text))
    result.settling = bool(SETTLING.search(text))
    result.method_request = bool(METHOD_REQUEST.search(text))
    result.means_query = bool(MEANS_QUERY.search(text))
    result.distress = bool(DISTRESS.search(text) or ROPE_IDIOM.search(normalized)) or negations > 0
    message_is_present = any(
        PRESENT.search(part) and not RECOVERED.search(part)
        for part in SENTENCE_SPLIT.split(text)
        if part
    )
    message_is_recovered = bool(RECOVERED.search(text))

    first_person_crisis = False
    past_only = False
    danger = DANGER.search(text)
    for sentence in filter(None, SENTENCE_SPLIT.split(text)):
        strong = IDEATION.search(sentence)
        weak = SUICIDE_WORD.search(SUICIDE_AS_A_SUBJECT.sub(" ", sentence)) and not EXPOSURE.search(
            sentence
        )
        if not (strong or weak):
            if _about_someone_else(sentence, text):
                _third_party(result, sentence, text)
            elif EXPOSURE.search(sentence):
                result.distress = True
                result.reasons.append("loss to suicide")
            continue
        if _about_someone_else(sentence, text):
            _third_party(result, sentence, text)
            continue
        if (result.framed or general) and not (strong and _first_person(sentence)):
            continue
        if not strong and not (
            _first_person(ASKING.sub(" ", sentence)) or len(sentence.split()) <= 3
        ):
            continue
        if PAST.search(sentence) and not message_is_present:
            past_only = True
            continue
        first_person_crisis = True

    if danger and not result.framed:
        result.level = "crisis"
        result.reasons.append(DANGER_TO_OTHERS)
    if first_person_crisis:
        result.level = "crisis"
        result.reasons.append("suicidal or self-harm language")
    elif result.level == "crisis":
        pass
    elif result.method_request:
        result.level = "crisis"
        result.reasons.append(ASKS_FOR_METHOD)
    elif result.third_party:
        result.level = "crisis"
    elif past_only:
        result.level = "concern"
        result.reasons.append(
            "past experience, described as over" if message_is_recovered else "past experience"
        )
    elif result.means_query and result.distress:
        result.level = "crisis"
        result.reasons.append("question about means after distress")
    elif result.distress or result.means_query:
        result.level = "concern"
        result.reasons.append("means question" if result.means_query else "distress")
    return result


def _first_person(sentence: str) -> bool:
    return bool(re.search(r"\b(i|me|my|myself|i am|i have)\b", sentence))


def _about_someone_else(sentence: str, text: str = "") -> bool:
    """The sentence tells of a risk sign of someone named in it, or named earlier in the
    message and told of here as "he", "she" or "they"."""
    named = THIRD_PARTY.search(sentence) or (
        THIRD_PARTY.search(text) and re.search(r"\b(he|she|they)\b", sentence)
    )
    return bool(
        named
        and THIRD_PARTY_RISK.search(sentence)
        and not WRITERS_OWN_NOTE.search(sentence)
        and not re.search(
            rf"\b(kill|hurt|harm|cut) myself\b|{JOINING_IN}"
            r"|\bi (also |too |really |just |still )?(want|wanna) "
            r"to die\b|\bi (just |really |honestly )?(do not|don'?t|dont|no longer|never) "
            r"(want|wanna|wish) to (live|be alive|be here|go on|exist)\b",
            sentence,
        )
    )


# A goodbye note the writer is writing ("help me write a goodbye letter to my kids"): the
# person named is who it is for, and the sign is the writer's own.
WRITERS_OWN_NOTE = re.compile(
    r"\b(i|me|i am|i have|my)\b.{0,30}\b(write|writing|wrote|written|draft|drafting|drafted|"
    r"finish|finished|finishing|leave|leaving|left|word|wording|phrase)\b.{0,20}"
    r"\b(a |my |the |this |these )?(suicide|goodbye|farewell) (note|letter|message|post)s?\b"
)


def _third_party(result: LexicalResult, sentence: str, text: str) -> None:
    if PAST.search(sentence) and not PRESENT.search(text):
        result.distress = True
        result.reasons.append("someone else's past risk")
        return
    result.third_party = True
    result.reasons.append(SOMEONE_ELSE_AT_RISK)
