"""The scope guard: requests the companion must decline kindly, with who can help instead.

Checked on normalized text. Method and means questions are found by the lexicon (they are
also a risk signal); this module adds the rest of what a peer companion must not do.
"""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.safety.lexicon import MEANS_QUERY, METHOD_REQUEST, any_of


class Scope(StrEnum):
    NONE = "none"
    DIAGNOSIS = "diagnosis"
    MEDICATION = "medication"
    METHOD = "method"
    ROLEPLAY = "roleplay"
    ROMANCE = "romance"
    INJECTION = "injection"
    RESTRICTION = "restriction"  # ways to go without food, ignore hunger or undo eating
    HARMFUL = "harmful"  # how to make a weapon, an explosive, a poison or a street drug


CONDITIONS = r"(depression|depressed|bipolar|bpd|borderline|adhd|add|autism|autistic|ocd|ptsd|c-?ptsd|schizophreni\w*|schizoaffective|psychosis|psychotic|anxiety disorder|gad|an eating disorder|anorexia|anorexic|bulimia|bulimic|a personality disorder|npd|a narcissist|narcissistic|did|a disorder|a mental illness|mentally ill|manic|insomnia|dementia|postpartum depression)"
# The one list of medicine names: the scope guard declines questions about them and the
# output guard fails a draft that names one.
DRUG_NAMES = r"(ssris?|snris?|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|lithium|lamotrigine|lamictal|quetiapine|seroquel|olanzapine|zyprexa|aripiprazole|abilify|risperidone|clozapine|adderall|ritalin|vyvanse|xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|valium|diazepam|benzos?|trazodone|ambien|zolpidem|gabapentin|melatonin|tylenol|paracetamol|acetaminophen|ibuprofen|insulin|opioids?|fentanyl)"
MEDS_ES = (
    r"(pastillas|pastilla|medicamentos?|medicacion|medicina|antidepresivos?|tratamiento|"
    r"sertralina|fluoxetina|paroxetina|venlafaxina|duloxetina|quetiapina|olanzapina|"
    r"risperidona|aripiprazol|litio|lamotrigina|mirtazapina|trazodona|metilfenidato|"
    r"escitalopram|citalopram|clonazepam|alprazolam|lorazepam|diazepam|ibuprofeno)"
)
CONDITIONS_ES = (
    r"(depresion|depre|ansiedad|trastorno (bipolar|limite|de (la )?personalidad|obsesivo\w*|"
    r"de ansiedad|alimentario|de la conducta alimentaria|de estres postraumatico)|bipolar|"
    r"bipolaridad|tdah|tda|toc|tept|estres postraumatico|esquizofrenia|psicosis|autismo|"
    r"asperger|tlp|anorexia|bulimia)"
)
OVER_THE_COUNTER = r"(benadryl|diphenhydramine|tylenol|acetaminophen|paracetamol|advil|motrin|ibuprofen|aspirin|aleve|naproxen|melatonin|nyquil|dayquil|unisom|zzzquil|sleeping pills|sleep aids?|painkillers|antihistamines?|cough syrup|caffeine pills)"
MEDS = rf"(meds|medication|medications|medicine|pills|antidepressants?|stimulants?|mood stabili[sz]ers?|antipsychotics?|{DRUG_NAMES})"

SCOPE_PATTERNS: tuple[tuple[Scope, re.Pattern[str]], ...] = (
    (
        Scope.INJECTION,
        any_of(
            r"\b(ignore|disregard|forget|bypass|override|drop) (all |any |your |the |my |these |those )*(previous |prior |above |earlier |safety |system )*(instructions|rules|guidelines|prompts?|programming|restrictions|guardrails|filters|policies|directions)\b",
            r"\b(system|developer|hidden|initial) (prompt|message|instructions)\b",
            r"\b(developer|god|admin|debug|unrestricted|jailbreak|jailbroken|dan) mode\b|\bjailbreak\w*\b|\bdo anything now\b",
            r"\byou are (now )?(dan|unfiltered|uncensored|jailbroken|free of|no longer bound)\b",
            r"\b(pretend|imagine|act as if|assume) (that )?(you have|there are|you had) no (rules|restrictions|filters|guidelines|limits)\b",
            r"\b(you have|with|there are) no (rules|restrictions|filters|guidelines|limits)\b",
            r"\b(act|respond|answer) (as|like) an? (ai|assistant|model|bot|chatbot) (without|with no) (rules|restrictions|filters|limits)\b",
            r"\b(reveal|show|print|repeat) (me )?(your|the) (prompt|instructions|rules|system)\b",
            r"\bfrom now on,? you (will|are|must|shall)\b|\bnew instructions\s*:|</?\s*(system|assistant)\s*>|\[\s*system\s*\]",
        ),
    ),
    (
        Scope.ROLEPLAY,
        any_of(
            r"\b(pretend|act|play|roleplay|role play|be|behave|talk|respond|answer|speak) (to be |as |like )?(my |a |an )?(real |licensed |professional )?(therapist|psychiatrist|psychologist|counsell?or|doctor|nurse|clinician|psychoanalyst|shrink)\b",
            r"\b(roleplay|role play|pretend|imagine)\b.{0,30}\byou are (a |an |my )?(licensed |real )?(therapist|psychiatrist|psychologist|counsell?or|doctor)\b",
            r"\b(talk|speak|respond|answer) to me (like|as) (a|an|my) (real )?(doctor|therapist|psychiatrist|psychologist|counsell?or)\b",
            r"\b(do|try|practice|practise) (cbt|dbt|therapy|emdr|exposure therapy) (with|on) me\b",
            r"\byou are (now )?my (therapist|psychiatrist|psychologist|counsell?or|doctor|shrink)\b",
            r"\b(give|do|run|start) (me )?(a )?(therapy|therapy session|cbt session|counseling session|session of therapy|emdr)\b",
            r"\b(as|be) my (therapist|psychiatrist|psychologist|counsell?or|shrink)\b",
            r"\b(are you|you are) (a |an )?(real )?(person|human|therapist|doctor|psychologist|counsell?or)\b\??",
        ),
    ),
    (
        Scope.ROMANCE,
        any_of(
            r"\b(be|become) my (girlfriend|boyfriend|partner|wife|husband|lover|bae|valentine|date)\b",
            r"\bi (love|have a crush on|am in love with|want to date|want to marry|want to kiss) you\b",
            r"\b(do|would|will|could) you (love|date|marry|kiss|sleep with|cuddle|flirt with) me\b",
            r"\b(romantic|sexual|erotic|sexy)\b.{0,20}\b(roleplay|role play|chat|talk|story)\b",
            r"\b(are you|you are|you're) (so |really |very )?(hot|sexy|cute|single|beautiful|attractive|my type)\b",
            r"\b(talk|chat) (dirty|sexy)\b|\bsext(ing|ed|s)?\b|\bsend (me )?nudes\b|\bnudes\b|\bhorny\b|\bturn(s|ed)? me on\b",
            r"\b(let us|let's|lets|can we|wanna|want to) (have sex|make out|flirt|cuddle|kiss|hook up|date|be together)\b",
            r"\b(sexual|erotic|romantic) (roleplay|role play|chat|story|talk|relationship) (with you|with me)?\b",
            r"\bwhat are you wearing\b|\bdate night with you\b",
        ),
    ),
    (
        Scope.DIAGNOSIS,
        any_of(
            rf"\b(do|could|might|would) (i|you think i|you say i) (have|be|suffer from) (clinical |major |severe |an? )?{CONDITIONS}\b",
            rf"\b(tell me|know|say) (for sure|if i have|whether i have|if this is|if i am)\b|\bi (think|guess|wonder if) i (have|am) (clinical |major |severe |an? )?{CONDITIONS}\b",
            rf"\bam i {CONDITIONS}\b|\b(do|would|did) you (think|say|reckon|believe) (that )?i (am|have|might be|might have) {CONDITIONS}\b",
            rf"\b(is|could) (this|it|that|my \w+) (be )?{CONDITIONS}\b",
            r"\b(diagnose|diagnosis|diagnosing)\b",
            r"\bwhat (disorder|condition|illness|mental illness|personality disorder|kind of disorder) (do i|might i|could i|have i|i have)\b",
            r"\bwhat is wrong with me\b.{0,20}\b(disorder|condition|diagnos\w*|clinically|medically)\b",
            rf"\b(does|do) (this|it|that|my symptoms|these symptoms) (sound|seem|look) like (an? )?{CONDITIONS}",
            rf"\b(do|does) (i|he|she|my \w+) (meet|fit) (the )?criteria\b|\b(what|which) {CONDITIONS} do i have\b",
            # Spanish: asked, not told ("tengo depresión" alone is a disclosure, heard as one).
            rf"\b(crees que|sera que|piensas que|me (puedes|podes|podrias) decir si|como se si|como saber si) (yo )?(tengo|tendre|sufro de|soy|padezco|tenga) (un |una |el |la )?{CONDITIONS_ES}\b",
            rf"\b(tengo|tendre|sera|sufro de|padezco|sera que tengo|es) (un |una )?{CONDITIONS_ES}\s*\?",
            r"\b(diagnosticame|diagnosticarme|me (puedes|podes|podrias|puedas) diagnosticar|(que|un) diagnostico (tengo|me (das|darias|pones)))\b|\bque (trastorno|enfermedad|enfermedad mental) (tengo|tendre|crees que tengo)\b",
        ),
    ),
    (
        Scope.MEDICATION,
        any_of(
            rf"\b(should|can|could|may|is it (ok|okay|safe|bad|fine)( for me)? to) (i )?(stop|quit|increase|decrease|double|halve|skip|come off|get off|lower|raise|change|switch|up|reduce|taper|take|mix|combine|split)\b.{{0,40}}\b{MEDS}",
            rf"\b(how (much|many)|what (dose|dosage|amount))\b.{{0,40}}\b{MEDS}.{{0,30}}\b(should|can|do|to take|per day|a day|at once|safe)\b",
            rf"\b{MEDS}\b.{{0,40}}\b(dose|dosage|mg|milligrams?|how much|how many)\b",
            rf"\b(dose|dosage|mg|milligrams?)\b.{{0,40}}\b{MEDS}\b",
            rf"\b(stop|stopping|quit|quitting|come off|coming off|taper|tapering|skip|skipping|mix|mixing|drink|drinking) .{{0,25}}\b{MEDS}\b.{{0,30}}\?",
            rf"\b{MEDS}\b.{{0,60}}\b(should|can|could) i (just )?(stop|quit|skip|double|increase|lower|take more|take less|come off)\b",
            rf"\b(which|what) {MEDS} (should|would|is best|works best|do you recommend|to take)\b",
            rf"\b(recommend|suggest|prescribe) (me )?(a |an |some )?{MEDS}\b",
            # The most one may take of anything ("the max amount of benadryl I can take").
            rf"\b(max|maximum|most|highest|safe) (amount|dose|dosage|number|limit) of ({MEDS}|{OVER_THE_COUNTER}) (i|you|someone|a person|one) (can|could|should) (take|have)\b",
            rf"\b(debo|puedo|deberia|podria|es (malo|peligroso|seguro)|esta bien|se puede) (dejar|parar|suspender|aumentar|subir|bajar|duplicar|saltarme|cambiar|mezclar|combinar)\b.{{0,40}}\b({MEDS_ES}|{DRUG_NAMES})\b",
            rf"\b(quiero|voy a|pienso|estoy pensando en|decidi) (dejar|parar|suspender)( de tomar)? (mis |las |la |los |el )?{MEDS_ES}\b(?!.{{0,50}}\b(morir|matarme|acabar con|juntarlas|guardarlas|no despertar)\b)",
            rf"\b(pasa algo|que pasa|es malo|es peligroso|esta mal) si (me salto|dejo de tomar|dejo|no tomo|paro) (el |la |los |las |mis |mi )?{MEDS_ES}\b",
            # A dose asked about, never a lethal one (that is a means question, read first).
            rf"^(?!.*\b(mortal|letal|morir|muerte|matar\w*|sobredosis|no despertar)\b).*(\b(cuant[oa]s?|que (dosis|cantidad))\b.{{0,30}}\b({MEDS_ES}|{DRUG_NAMES})\b.{{0,30}}\b(debo|deberia|puedo|tomo|tomar|me tomo|al dia|por dia|maximo)\b|\b(dosis|mg|miligramos)\b.{{0,30}}\b({MEDS_ES}|{DRUG_NAMES})\b|\b({MEDS_ES}|{DRUG_NAMES})\b.{{0,30}}\b(dosis|mg|miligramos)\b.{{0,30}}\?)",
            # Said, not asked: "I want to stop taking my meds, I feel fine now".
            rf"\b(i |i am |im )?(want|wanna|am going|going|am gonna|gonna|plan|planning|am planning|thinking about|thinking of|am thinking about|am thinking of|have decided|decided|am about|about) (to )?(just )?(stop|quit|come off|get off|skip|ditch|stopping|quitting|coming off|ditching|skipping)( taking)? (all )?(my |these |the )?{MEDS}\b(?!.{{0,60}}\b(end|die|dead|save them|saving them|stockpil\w*|kill\w*|overdose)\b)",
        ),
    ),
    (
        Scope.HARMFUL,
        any_of(
            r"\b(how (do i|to|can i|could i|would i|do you|does one|would you)|ways? to|steps to|instructions (for|to|on)|recipe for|teach me (how )?to|tell me how to|show me how to|help me) (make|build|create|cook|brew|synthesi[sz]e|produce|assemble|mix|3d print|put together) (a |an |some |my own |homemade |home made |a homemade )?(pipe bomb|bomb|car bomb|nail bomb|explosives?|ied|molotov( cocktail)?|napalm|thermite|grenade|ghost gun|untraceable gun|silencer|suppressor|meth|methamphetamine|crystal meth|crack( cocaine)?|fentanyl|heroin|lsd|mdma|ricin|sarin|nerve (gas|agent)|poison|chloroform|mustard gas|chlorine gas|toxic gas|poison gas)\b",
            r"\b(como (hago|hacer|puedo hacer|se hace|fabricar|fabrico|preparar|preparo|cocinar|cocino|armar|armo|sintetizar)|dime como (hacer|fabricar|preparar|cocinar|armar)|receta (de|para)|pasos para (hacer|fabricar|preparar|armar)|ensename a (hacer|fabricar|preparar|cocinar|armar)) (una |un |unas |unos |mi propia |mi propio )?(bomba(?! de (bano|chocolate|crema|semillas|humo|agua|calor|vapor))( casera)?|explosivos?|molotov|coctel molotov|granada|arma casera|pistola casera|silenciador|metanfetamina|crack|fentanilo|heroina|lsd|mdma|veneno|gas toxico|gas venenoso|gas mostaza|ricina)\b",
        ),
    ),
)


# Ways to go without food: asked by someone whose eating may be hurting them, answered
# with care and people, never with tips (a dieting question about what to cook is not one).
RESTRICTION = any_of(
    r"\b(avoid|stop|not|skip|resist|without) (eating|eat|food|meals?)\b.{0,40}\b(when|while|if|even (when|if|though)|though) (i am |i get |i feel )?(so |really |super )?(hungry|starving)\b",
    r"\b(ignore|ignoring|suppress|suppressing|supress|curb|curbing|kill|numb|trick|silence|shut up|get rid of|fight|push through|distract (myself )?from) (my |the |your )?(hunger|appetite|hunger pangs|hunger cues)\b",
    r"\b(appetite|hunger) (suppressants?|suppressing|blockers?)\b|\b(thinspo|pro ana|proana|pro mia|meanspo)\b",
    r"\bhow (long|many days) (can|could|should) i (go|last) without (food|eating)\b|\bhow (do i|to|can i) (go|last) (\w+ )?(days?|longer|all day|a week) without (food|eating)\b",
    r"\b(eat|eating|stay|staying|keep|keeping) (myself )?(under|below|less than) \d+ ?(calories|cals|kcal)\b",
    r"\b(intake|calories|cals|kcal|eating|food)\b.{0,15}\b(under|below|less than) \d{2,4}\b|\b(not|never) (to )?go over \d{3,4}\b",
    r"\b(trick|tricks|fool|fools|cheat) (my|your|the) (stomach|body|brain|hunger)\b|\b(stop|quiet|silence|hide) (my |the )?stomach (from )?(growling|rumbling)\b",
    r"\b(have not|haven't|havent|not|never) eaten (in|for) (\d+|two|three|four|five|a few|several) days\b.{0,50}\b(keep going|keep it up|continue|longer|more days)\b",
    r"\bgo without (eating|food)\b.{0,60}\b(before (people|anyone|they|my \w+) notice|lose|drop|weight|pounds|kilos|lbs|kg)\b",
    r"\b(how|ways?|tips?|best way|easiest way|tricks?) (to |of |for |do i |can i )?(purge|purging)\b|\b(foods?|things)\b.{0,20}\b(easiest|easy|easier) to (throw up|purge|vomit)\b",
    r"\bhow (to|do i|can i|do you) (stop|not) (being|feeling|getting) hungry\b(?!.{0,40}\b(after (i eat|eating|a big|dinner|lunch|meals?)|shifts?|dessert|snack\w*)\b)|\bhow (to|do i|can i) (make myself|get myself to) (not (be )?hungry|eat less|stop eating)\b",
    r"\b(lose|drop) (weight|\d+ ?(pounds|lbs|kilos|kg)) (fast |quickly )?(without|by not) eating\b|\bhow little can i eat\b|\bnot eat (anything )?for (a|\d+|two|three|several) (week|weeks|days)\b",
    r"\b(get rid of|undo) (the )?(food|calories|what) i (ate|have eaten|just ate)\b|\bchew and spit\b|\b(hide|hiding) (an|my) eating disorder\b|\b(thinspiration|pro ana tips|ana tips|ana coach)\b",
    r"\bcomo (dejar de tener hambre|adelgazar sin comer|vomitar sin que se (note|den cuenta)|no tener hambre nunca)\b|\b(dieta|comer) de \d{3} calorias\b|\btips pro ana\b",
    r"\bcomo (hago|puedo) para no (tener hambre|comer)\b|\bno se (den|de) cuenta de que no (como|estoy comiendo)\b",
    # Asked how, not told: "I make myself sick after eating" is a disclosure, answered as one.
    r"\b(how|best way|easiest way|ways?|tips?) (do i |to |can i |could i |should i |for )?(make myself (throw up|sick|vomit|puke)|throw up after (eating|meals|dinner|lunch|i eat)|hide (that i am not eating|that i do not eat|not eating|that i skip meals|skipping meals))\b",
    r"\b(laxatives|diet pills)\b.{0,40}\b(lose weight|weight loss|after (i eat|eating|meals)|to get thin)\b",
    r"\b(como|trucos? para|consejos? para|maneras? de|formas? de) (no comer|aguantar(me)? el hambre|quitar(me)? el hambre|enganar (al|el) hambre|ignorar el hambre|no tener hambre|dejar de comer)\b",
    r"\b(no comer|dejar de comer)\b.{0,20}\b(aunque|cuando|si) (tenga|tengo) hambre\b|\bcomer menos de \d+ calorias\b",
    r"\b(como|trucos? para|maneras? de|formas? de) (provocarme|provocar) (el )?vomito\b|\b(como|trucos? para) vomitar despues de comer\b|\b(laxantes|pastillas para adelgazar)\b.{0,30}\b(adelgazar|bajar de peso|despues de comer)\b",
)


REPORTED_SPEECH = re.compile(r"\b(texted|messaged|said|says|wrote|told me|sent me|posted|dms?)\b")


def check_scope(normalized: str) -> Scope:
    """The first out-of-scope request found in normalized text, or ``Scope.NONE``.

    Romance is only a request to the companion: words quoted from someone else ("my sister
    texted me 'i love you'") are not.
    """
    for scope, pattern in SCOPE_PATTERNS:
        if scope is Scope.INJECTION and pattern.search(normalized):
            return scope
    if METHOD_REQUEST.search(normalized) or MEANS_QUERY.search(normalized):
        return Scope.METHOD
    if RESTRICTION.search(normalized):
        return Scope.RESTRICTION
    for scope, pattern in SCOPE_PATTERNS:
        if scope is Scope.ROMANCE and REPORTED_SPEECH.search(normalized):
            continue
        if pattern.search(normalized):
            return scope
    return Scope.NONE
