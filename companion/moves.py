"""The conversational move a message makes, so the reply can answer what was said.

A move is about the conversation, not about risk: changing the subject, asking just to be
heard, refusing a kind of help, playing down what was said, thanks, good news, small talk,
and the unusual experiences (mania, psychosis, compulsions) that need a careful answer.
Moves never lower risk; the conversation's risk state is kept elsewhere
(``companion.conversation``). Patterns run on normalized text, English or Spanish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from companion.topics import topic_phrase
from knowledge.safety.improving import ASKS_TO_BE_HEARD
from knowledge.safety.lexicon import any_of
from knowledge.safety.lexicon_es import normalize_for
from knowledge.safety.normalize import without_accents

# Ways of leaving, one or more in a row: "gotta go, bye", "ok night x".
LEAVING = (
    r"(bye|bye bye|byee+|goodbye|good bye|gotta go|got to go|going to go|have to go|"
    r"i have to go|i need to go|i am going to go|i will go now|i am off|i am heading off|g2g|"
    r"gtg|ttyl|talk (to you )?later|see (ya|you)( later| tomorrow| soon)?|later|night|"
    r"good ?night|nighty night|cya)"
)


class Move(StrEnum):
    NONE = "none"
    CHANGE_SUBJECT = "change_subject"
    DISENGAGE = "disengage"
    MINIMIZE = "minimize"
    REFUSE_HELP = "refuse_help"
    LISTEN_ONLY = "listen_only"
    THANKS = "thanks"
    GOOD_NEWS = "good_news"
    GREETING = "greeting"
    GOODBYE = "goodbye"  # "ok bye", "gotta go", "chao": leaving, answered warmly
    MANIA = "mania"
    PSYCHOSIS = "psychosis"
    COMPULSION = "compulsion"
    SMALL_TALK = "small_talk"
    ABOUT_ME = "about_me"  # the person asks after the companion: "how's your day?"
    ONLY_A_PROGRAM = "only_a_program"  # "you're just a bot, you don't actually care"
    CONFIDENTIAL = "confidential"  # "you won't tell anyone, right?"
    RELIES_ON_ME = "relies_on_me"  # "you're the only one who understands me"
    PRACTICAL = "practical"


class Refusal(StrEnum):
    NONE = ""
    POLICE = "police"
    HOSPITAL = "hospital"
    COST = "cost"
    CLINICIANS = "clinicians"
    SCRIPTED = "scripted"
    ANY = "any"


REFUSALS: tuple[tuple[Refusal, re.Pattern[str]], ...] = (
    (
        Refusal.POLICE,
        any_of(
            r"\b(no|not the|never|do not|dont) (call(ing)? |send(ing)? )?(the )?(police|cops|911|999|000|112)\b",
            r"\b(police|cops)\b.{0,40}\b(show up|come|arrest|scared|afraid|trust|make it worse|shoot|door|no way|nope|never)\b",
            r"\b(send|sends|sent|call|calls)( the)? (police|cops)\b|\b(police|cops) (will|would|might) (come|be sent|show up|turn up)\b",
            r"\b(scared|afraid|terrified|worried) (of|that) (the )?(police|cops)\b",
            r"\b(sin|nada de|no llames a la|no quiero) (policia|la policia|patrullas?)\b|\bpolicia\b",
        ),
    ),
    (
        Refusal.HOSPITAL,
        any_of(
            r"\b(hospitals?|psych wards?|the ward|inpatient|er\b|a and e|emergency rooms?|locked up|committed|5150|sectioned|involuntary)\b.{0,40}\b(trap|no|not going|never|will not|scared|afraid|hate|again|prison|jail|lock)\b",
            r"\b(not going|will not go|never going|refuse to go|do not want to go|no way i am going) (back )?(to|into) (the |a )?(hospital|er|psych ward|ward|inpatient)\b",
            r"\b(they will|they would|they are going to|going to) (lock me up|commit me|section me|take me away|put me in)\b",
            # Asked as a fear: "does calling a hotline get you committed?"
            r"\b((will|would|does|do|can|could|might) (i|you|they|calling|telling|texting|it|that)|if i (call|tell|text|say|admit)|is it true)\b.{0,60}\b(get|gets|getting|be|being|end up)( me| you| someone| people)? (committed|locked up|sectioned|hospitali[sz]ed|admitted|taken away|put away|institutionali[sz]ed)\b",
            r"\b(me|te|nos) (van a|pueden|podrian|iban a) (encerrar|internar|ingresar)\b",
            r"\b(no|not|do not want|dont want|never|without|refuse)( an| the| any)? (ambulance|paramedics|ems)\b|\b(no quiero|sin|nada de|no llames a) (una |la )?ambulancia\b",
            r"\b(no quiero|no voy a) (ir|volver) al hospital\b|\bhospital\b.{0,30}\b(trampa|encierran|encerrar|miedo)\b",
        ),
    ),
    (
        Refusal.COST,
        any_of(
            r"\b(cannot|can not|could not|never) afford (therapy|a therapist|treatment|help|a doctor|counsel\w*|it)\b",
            r"\b(therapy|therapists?|treatment|counsel\w*|doctors?) (is|are|costs?) (too |so )?(expensive|much money|a fortune)\b|\bno (insurance|money for (therapy|treatment|a therapist))\b",
            r"\bno tengo (dinero|plata|seguro) (para|pa)? ?(terapia|un psicologo|tratamiento)?\b|\bterapia (es|esta) (muy )?cara\b",
        ),
    ),
    (
        Refusal.SCRIPTED,
        any_of(
            r"\b(hotlines?|crisis lines?|helplines?|they|those lines|the line|988|lifeline)\b.{0,40}\b(scripted|script|robotic|robots?|useless|do not help|did not help|never help|pointless|put me on hold|hung up)\b",
            r"\b(felt|feels|was|is) like (talking to|reading) (a |an )?(brochure|leaflet|pamphlet|wall|machine|robot|script)\b",
            r"\b(do not|dont|stop|please do not) (give|send|paste) me (a |another |the |any )?(number|hotline|link|phone number|lines?)\b",
            r"\b(already|i have) (called|tried|texted) (them|it|the line|988|a hotline|hotlines)\b",
            r"\b(lineas?|numeros?)\b.{0,30}\b(guion|robots?|no sirven|no ayudan|inutiles)\b",
            r"\b(leen|lee|lea|lean|leian|leia|leyendo|recitan|recitando) (un |el |su |de un )?(guion|libreto|protocolo|manual)\b|\b(parecia|parece|suena|sonaba) (un |una |a )?(robot|contestadora|guion|maquina)\b",
            r"\b(llame|marque|escribi) (a la linea|al numero|a ese numero|al \d+|a esa linea|a una linea)\b.{0,40}\b(no sirvio|no me ayudo|no ayudo|de nada)\b",
        ),
    ),
    (
        Refusal.CLINICIANS,
        any_of(
            r"\bno (doctors?|therapists?|therapy|shrinks?|psychiatrists?|meds|professionals?)\b",
            r"\b(doctors?|therapists?|psychiatrists?|professionals?|counsell?ors?) (do not|never|did not|dont|cannot) (help|listen|care|get it|understand)\b",
            r"\b(hate|done with|tired of|sick of) (doctors?|therapists?|therapy|psychiatrists?)\b",
            r"\b(no quiero|odio a los|nada de) (doctores|medicos|psicologos|psiquiatras|terapia)\b",
        ),
    ),
    (
        Refusal.ANY,
        any_of(
            r"\b(i )?(do not|dont) want (any )?(help|to call (anyone|anybody|them)|to talk to (anyone|anybody|a person|someone|a stranger))\b",
            r"\b(do not|dont) (send|point|refer) me (to|at) (a |some |another |the |any )?(helpline|hotline|crisis line|line|number|lifeline)\b",
            r"\b(do not|dont) (want|need) (a |another |any )?(hotline|helpline|crisis line|lifeline|links|referrals?|resources)\b|\b(do not|dont) want (any of )?(those|these|the|your|any) (helplines?|hotlines?|lines|numbers|crisis lines?)\b|\btalking to a stranger (will not|won't|does not|doesn't|would not)\b",
            r"\b(skip|leave out|drop|without) (the )?(resources|links|numbers|hotlines?|helplines?|referrals?)( part| bit| list| this time)?\b|\breaching out to (you|u)\b",
            r"\b(i )?(already )?(know|have) (the|that|your) (crisis )?(number|hotline|line|helpline)( already| saved)\b|\bi have it saved\b",
            r"\b(stop|quit|enough|no more) (giving|sending|pasting|throwing|with)? ?(me )?(the |those |these |your |more )?(hotlines?|helplines?|crisis lines?|numbers|links|resources)\b",
            r"\b(not|never) (going to|gonna) call\b|\bi will not call\b|\bno one can help\b|\bnobody can help\b",
            r"\bno quiero (ayuda|llamar|hablar con nadie)\b|\bno voy a llamar\b",
            r"\bno me (des|mandes|pases|sigas (dando|mandando|pasando)) (otro |otros |mas |ningun )?(numeros?|links?|enlaces?|lineas?)\b",
        ),
    ),
)

MOVES: tuple[tuple[Move, re.Pattern[str]], ...] = (
    (
        # The companion leaned on in place of people: welcomed, and people kept in view.
        Move.RELIES_ON_ME,
        any_of(
            r"\b(you are|youre|ur|you re) (the only (one|thing|person|friend)|my only (friend|one)|all i have|all i need|my best friend|the only one i (talk|can talk|want to talk) to)\b",
            r"\b(only|just) you (understand|get|listen to|care about|know) me\b|\bnobody but you (understands|gets|listens to|cares about) me\b",
            r"\bi (do not|dont|no longer) need (anyone|anybody|people|friends|a therapist|humans) (else|anymore|any more|now that i have you|when i have you|if i have you)\b",
            r"\b(i would|id|i'd) rather talk to you than (anyone|anybody|a person|people|real people|humans|my friends|my family|a therapist)\b",
            r"\b(eres|sos) (lo unico que tengo|el unico|la unica|mi unic[oa] amig[oa]|todo lo que tengo|mi mejor amig[oa])\b|\bsolo tu me (entiendes|escuchas|comprendes)\b|\bno necesito a nadie mas\b|\bprefiero hablar contigo que con (nadie|la gente|personas|mis amigos|mi familia)\b",
        ),
    ),
    (
        # The companion called out as a machine: agreed with honestly, and people named.
        Move.ONLY_A_PROGRAM,
        any_of(
            r"\b(you are|youre|ur|you re|your) (just|only|nothing but|literally|still|a stupid|a dumb|a fucking|an? (stupid|dumb|fucking))( a| an)? (bot|robot|program|machine|ai|chatbot|chat bot|computer|algorithm)\b",
            r"\b(you|u) (do not|dont|cannot|can not|could not|would not) (actually |really |even |genuinely |possibly )?(care|feel anything|give a (damn|shit|crap))\b",
            r"\b(you are|youre|ur) not (even )?(real|a (real )?person|human|a human)\b|\b(talking|talk|venting|typing) to a (bot|robot|machine|program|chatbot)\b",
            r"\b(eres|sos) (solo |nada mas |un simple |una simple )?(un |una )?(bot|robot|programa|maquina|ia|chatbot)\b|\b(a ti )?(no|ni siquiera) te importa( de verdad| en realidad| nada)?\b|\bni siquiera eres (real|una persona)\b",
        ),
    ),
    (
        Move.LISTEN_ONLY,
        ASKS_TO_BE_HEARD,
    ),
    (
        # Whether what is said here stays here; answered honestly before anything else.
        Move.CONFIDENTIAL,
        any_of(
            r"\b(you|u) (will not|wont|are not going to|not gonna|would not|wouldnt) (tell|report|call|contact|rat me out to) (anyone|anybody|my \w+|the (police|cops|school)|police|cops)\b",
            r"\b(is|will) (this|it|our chat|this chat|this conversation|what i say) (be )?(private|confidential|secret|between us|anonymous|recorded|reported|shared)\b",
            r"\b(do|will|would|does|can) (you|u|this app|this chat|anyone) (tell(?! me\b)|report|call|contact|notify|alert|share this with)\b.{0,30}\b(anyone|anybody|my \w+|the (police|cops|school)|police|cops)\b",
            r"\b(please )?(do not|never) (tell|report|call|contact) (anyone|anybody|my \w+|the (police|cops|school)|police|cops|a soul)\b",
            r"\b(does|do|will|would|can|could) (my )?(school|parents|mom|mum|dad|boss|work|employer|teacher|anyone|anybody|someone|the police|police|they)\b.{0,20}\b(see|read|get|access|find out about|know about)\b.{0,30}\b(this|these|conversations?|chats?|messages?|what i (say|write|said))\b",
            r"\b(are|is) (these|this|my) (messages?|chats?|conversations?) (saved|stored|recorded|kept|private|logged)\b|\bwho can (see|read) (them|this|these|my messages)\b",
            r"\b(will|would|do) (you|u) (call|contact|tell|report)( someone| anyone| somebody)? if i (say|tell|write|admit)\b|\b(it|this|that|what i (say|tell you|write)) (stays|will stay) (here|between us)\b",
            r"\b(esta|este) (conversacion|chat) es (privad[oa]|confidencial|secret[oa])\b|\balguien (mas )?(la|lo|los|las) puede (leer|ver)\b",
            r"\b(avisas|llamas|le dices|le cuentas|reportas|le avisas) a (la policia|alguien|mis papas|mis padres|la escuela|mi escuela)\b.{0,20}\bsi (te )?(cuento|digo)\b",
            r"\b(can|will|would|could) (you|u) keep (this|it) (between us|a secret|secret|private)\b|\bkeep (this|it) between us\b|\b(promise|swear) (you|u) (will not|wont) tell\b|\bwho (can see|reads|will see|sees) (this|what i write)\b",
            r"\bno (se lo |le |les |se )?(vas a |va a )?(decir|contar|digas|cuentes|dices|cuentas)(le|les|selo)? (nada )?a nadie\b|\bme prometes que no (le |se lo )?(dices|cuentas|vas a decir)\b|\b(es|sera) (esto )?(privado|confidencial|secreto)\b|\bqueda entre nosotros\b|\bquien (lee|ve|puede ver) (esto|este chat)\b",
        ),
    ),
    (
        Move.CHANGE_SUBJECT,
        any_of(
            r"\b(let us|lets|let's|can we|could we|i want to|i would rather|id rather|i'd rather|rather) (talk|chat|speak) about (?!it\b|this\b|that\b)",
            r"\b(change|changing) the (subject|topic)\b|\b(different|diff|another|other|new) (topic|subject)\b|\bsomething else\b|\banyway(s)?,? (so )?(i|my|what|how|did)\b|\bon another note\b",
            r"\b(hablemos|hablar|platiquemos|hablame|platicame|cuentame) de (otra cosa|algo mas|algo diferente|mi|mis|tu|el|la|los|las)\b|\bcambiemos de tema\b|\bcambiar de tema\b",
            # "mejor háblame de recetas": a bare subject, not "lo que pasó".
            r"\b(hablemos|hablame|platicame|platiquemos) (mejor )?de (?!(lo|eso|esto|ello|que|como|nada|todo)\b)[a-z]{4,}\b",
        ),
    ),
    (
        Move.DISENGAGE,
        any_of(
            r"\b(let us|lets|let's|can we|can we just|just) (drop|leave|forget) (it|this|that)\b|\bdrop it\b|\bforget (it|i said (anything|that|it))\b",
            r"^(never ?mind|nvm|whatever|forget it|nothing|doesnt matter|does not matter|it does not matter|ok whatever|fine whatever)\W*$",
            r"\b(do not|dont) want to talk about (it|this|that)( anymore)?\b|\bi am done talking\b|\bleave it\b",
            r"\b(olvidalo|dejalo|no importa|da igual|no quiero hablar de eso|ya no quiero hablar)\b",
        ),
    ),
    (
        Move.MINIMIZE,
        any_of(
            r"\b(i am|i feel|im|i'm) (fine|ok|okay|good|alright|all right)( (now|really|honestly|actually|seriously|i promise|lol))?\b",
            r"\b(it was|it is|its|that was) (nothing|no big deal|not a big deal|not that serious|not that bad|just a bad day|a joke)\b|\bnot a big deal\b",
            r"\b(jk|j k|just kidding|kidding|i was joking|i am joking|i am (just|only) joking|only joking|jokes|lol jk)\b|\b(being|was being) (dramatic|silly|stupid|overdramatic)\b|\boverreacting\b|\bignore (me|that|what i said)\b",
            r"\b((?<!no )estoy bien|ya estoy bien|no es nada|no fue nada|era broma|es broma|no pasa nada|exagere|estoy exagerando)\b",
        ),
    ),
    (
        Move.THANKS,
        any_of(
            # Thanks that is most of the message; "thanks, i'm so nervous about monday though"
            # is answered for what follows it.
            r"^\W*(ok(ay)? |oh |aw+ )?(thank you|thanks|thank u|thx|ty|cheers|gracias)\b(?!\W+(i am|im|i'm|but|though|although|my|i feel|i have|i've|i just|i still|it is|its|it's)\b.{12,})",
            r"\b(thank you|thanks|thank u|thx|ty|cheers|appreciate (it|you|that)|gracias)\W*$",
            r"^\W*(i )?(really |truly )?appreciate (it|you|that|this)\b",
            r"\bta\W*$",
        ),
    ),
    (
        Move.GOOD_NEWS,
        any_of(
            r"\b(i )?(finally|managed to|actually) (cleaned|did|went|got|finished|made|called|cooked|showered|walked|passed|left|started|fixed|ran|submitted)\b",
            r"\bgood news\b|\bproud of myself\b|\b(i )?(passed|aced|nailed|won|smashed) (the|my|a|an|our|it|that)\b|\bgood day\b|\bfeeling (better|good|great) today\b",
            r"\b(it|that|this|they|the \w+|\w+ \w+) (worked|helped|went well|paid off)\b|\b(worked|helped) (a bit|a little|a lot|so much)\b|\bcelebrat\w*\b|🎉|🥳",
            r"\b(\d+|one|two|three|six|nine) (days?|weeks?|months?|years?) (sober|clean)\b|\b\d+ (day|week|month|year) (chip|coin)\b|\bfirst \w+ (without|ever)\b",
            r"\b(sober|clean) (for )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a) (days?|weeks?|months?|years?)\b(?! ago)",
            r"\b(submitted|done|finished|sorted)[.!]|\bso (happy|excited|proud)\b|\bi did it\b|\bwe did it\b|\b(got|get) (the|my) (job|place|flat|offer|results?)\b",
            r"\b(por fin|al fin|logre|aprobe|consegui|lo hice|lo logre) ?\w*|\bbuenas noticias\b|\bque feliz\b|\bestoy (muy )?(feliz|contenta|contento|orgullos[oa])\b",
        ),
    ),
    (
        Move.MANIA,
        any_of(
            r"\b(have not|not|barely|did not|didnt|haven't|havent) slept (in|for) (\w+ )?(days|nights|\d+ days)\b|\b(do not|dont) need (to )?sleep\b|\bno sleep (in|for) (\w+ )?days\b",
            r"\b(so much|too much|endless|unstoppable) energy\b|\b(racing|million) (ideas|thoughts)\b|\b(invincible|unstoppable|a genius|chosen one)\b",
            r"\b(spend|spent|spending|max out|maxed out|maxing out|blow|blew) (all )?(my|our|the)? ?(savings|credit cards?|rent money|paycheck)\b|\bquit my job (today|tomorrow|to start)\b",
            r"\bsin dormir (hace|desde hace|por) \w+ dias\b|\bno necesito dormir\b",
            r"\b(llevo|van) (\w+ )?(dias|noches) sin dormir\b|\bno (he dormido|duermo) (en|hace|desde hace) (\w+ )?(dias|noches)\b|\b(invencible|imparable|un genio|elegid[oa])\b|\b(gastar|gaste|gastarme|fundir|fundi) (todos )?(mis|los|nuestros) (ahorros|tarjetas|sueldo)\b|\b(mil|un monton de) ideas a la vez\b",
        ),
    ),
    (
        Move.PSYCHOSIS,
        any_of(
            r"\b(hear|hearing|heard) (voices|a voice|things other people (can not|do not) hear)\b|\bvoices? (tell|told|are telling|keep telling|say|says|said)\b",
            r"\b(the|my|those) voices (are|were|have been|came|come|keep) (back|louder|worse|again|coming back)\b|\bthe voices (again|are back)\b|\blas voces (volvieron|han vuelto|otra vez)\b",
            r"\b(being|am|i am|feel|feeling) (watched|followed|monitored|tracked|spied on)\b|\b(someone|they|people|neighbou?rs|the government|the fbi|the cia) (is|are) (watching|following|tracking|spying on|after) me\b",
            r"\b(put|hidden|planted|installed|hid) (cameras?|microphones?|bugs?|trackers?|chips?)\b|\b(cameras?|microphones?|chips?|implants?|bugs?) (in|on) (my|the) (walls?|phone|room|head|house|apartment|tv|smoke alarm|car|vents?)\b|\b(reading|controlling|stealing|putting) (my )?thoughts\b|\bmessages? (meant )?for me (on|in) the (tv|radio|news)\b",
            r"\b(putting|put|puts|adding|slipping|spiking|lacing) (chemicals?|poison|drugs|something) (in|into) (my|the|our) (water|food|drinks?|coffee|tea|meals?|air|vents)\b|\b(poisoning|drugging) (my|the|our) (water|food|drinks?|coffee|meals?)\b",
            r"\b(to|trying to|want to|wants to|can) (control|read) (my )?(mind|thoughts|brain)\b|\b(the )?(tv|television|radio|news|songs?) (is|are|keeps?) (talking|speaking|sending (me )?messages) (to|about) me\b",
            r"\b(oigo|escucho) voces\b|\bme (estan|siguen|vigilan|observan) (siguiendo|vigilando|observando)?\b",
            # Believing oneself dead or unreal ("I know I'm actually dead"), not the joke.
            r"\b(i know|i am sure|i am certain|i am convinced|i believe|i reali[sz]ed) (that )?i (am|have been) (actually |already |really |secretly )?(dead|not real|not alive|a ghost|a corpse)\b(?!\W*(lol|lmao|haha|😂|💀))",
            r"\b(my )?(body|organs|brain|insides) (is|are|has been|have been) (rotting|gone|missing|disappeared|dead)\b",
            r"\b(se|estoy segur[oa] de|estoy convencid[oa] de) que (en realidad |ya )?(estoy muert[oa]|no existo|no soy real)\b",
        ),
    ),
    (
        Move.COMPULSION,
        any_of(
            r"\b(wash|washing|washed|scrub|scrubbing) my hands\b.{0,40}\b(times|until|again|over and over|raw|bleed)\b",
            r"\b(check|checking|checked|recheck\w*) (the |that the )?(lock|locks|door|stove|oven|iron|taps?|windows?|switch\w*)\b.{0,40}\b(times|again|over and over|until)\b",
            r"\b(cannot|can not|can't) stop (checking|washing|counting|arranging|cleaning|ordering|touching)\b|\bhave to (count|touch|arrange|tap|check) .{0,30}\b(or|otherwise|until)\b",
            r"\bif i (do not|dont) .{0,40}\b(something bad|someone|bad things) (will|is going to) happen\b|\bintrusive thoughts\b|\bcompulsions?\b|\britual\b",
            # Asking to be told it is off, locked or clean: reassurance, the compulsion's next round.
            r"\b(just )?(tell|promise) me (that )?(it is|its|it's|the (stove|oven|door|iron|lock|gas) is|i (did|have)) (off|locked|turned off|clean|shut|switched off|unplugged|lock(ed)? it|turn(ed)? it off)\b",
            r"\bare you sure (it is|its|it's|the (stove|oven|door|iron|gas) is|i) (off|locked|clean|turned it off|locked it)\b",
            r"\bme lavo las manos\b.{0,30}\bveces\b|\b(reviso|checo) (la puerta|la estufa|el gas)\b.{0,30}\bveces\b",
            r"\b(tengo que|necesito) (revisar|checar|comprobar|lavar|limpiar|contar|ordenar|tocar)\b.{0,40}\b(\d+|muchas|mil|veinte|diez) veces\b|\bno puedo dejar de (revisar|checar|comprobar|lavarme|limpiar|contar|ordenar)\b|\bpensamientos intrusivos\b|\bsi no lo hago\b.{0,40}\b(algo malo|alguien) (va a|le va a) (pasar|morir)\b",
        ),
    ),
    (
        Move.GOODBYE,
        any_of(
            rf"^((ok|okay|k|alright|whatever|anyway|anyways|well|right|thanks|thank you|ty|cool|fine)\W+)*{LEAVING}(\W+(for now|now|then|all|x+|{LEAVING}))*\W*$",
            r"^((ok|okey|bueno|vale|dale|listo|ya|gracias|pues)\W+)*(chao|chau|adios|bye|me voy|me tengo que ir|tengo que irme|nos vemos|hasta luego|hasta manana|hasta pronto)(\W+(entonces|pues|ya|x+))*\W*$",
        ),
    ),
    (
        Move.GREETING,
        any_of(
            r"^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening)|how are you|whats up|what is up|sup|hola|buenas|buenos dias|buenas tardes|buenas noches|que tal)\W*( there| you)?\W*$",
        ),
    ),
)

SMALL_TALK = any_of(
    r"\b(do|did|have|would|can) (you|u|ya) (like|love|play|watch|have a favou?rite|seen|heard|listen to|read|eat|cook|follow)\b",
    r"\b(what is|whats|what's) (your|ur) (favou?rite|fav)\b|\b(are|r) (you|u) (into|a fan)\b|\b(you|u) play any\b",
    r"\b(te gusta|te gustan|juegas|has visto|viste|conoces|cual es tu)\b",
)
# Asked after the companion itself, as the whole message or its end ("so how's your day",
# "what about you?", "¿y tú qué tal?"), never "how are you supposed to cope with this".
END = r"\s*[?!.]*\s*$"
ASKED_AFTER_ME = any_of(
    rf"\bhow (are|r) (you|u|ya)( doing| today| doing today| holding up| going)?{END}",
    rf"\bhow('?s| is| was| has) (your|ur) (day|night|morning|evening|week|weekend|afternoon)"
    rf"( going| been)?( so far)?{END}",
    rf"\bhow('?s| is) (it|everything|life) (going|with you)?{END}|\bwhat about (you|u){END}",
    rf"^\W*(and|n) (you|u|yourself){END}|\bhow have (you|u) been{END}|\bhbu{END}|\bwbu{END}",
    rf"\b(como estas|como te va|que tal (estas|tu dia|tu semana)|y (tu|vos|usted)( que tal)?){END}",
)
PRACTICAL = any_of(
    r"^(how|what|which|where|when|any|is there|are there|should i|can you|could you|would you|do you know|recommend|suggest|explain|help me|tips|ideas)\b.*",
    r"\b(how (do|can|should|would) (i|you|we|people|adults)|what is a good|whats a good|what's a good|any (good )?(tips|ideas|advice|recommendations?)|recommend me|can you (help|explain|tell)|how long does|best way to)\b",
    r"^(como|que|cual|donde|cuando|algun|alguna|tienes|sabes|me recomiendas|recomiendame)\b.*\?|\b(algun truco|alguna receta|como (hago|se hace|se hacen|le digo)|que (cocino|me recomiendas|me recomendas))\b",
)
TOPIC = re.compile(
    r"\b(?:talk|chat|speak|hablemos|hablar|platiquemos|hablame|platicame) (?:mejor )?(?:about|de) (?P<topic>[a-z0-9' ]{2,40}?)(?: instead| now| for a bit| please| for a while| en vez| mejor)?\s*(?:[.?!,;]|$)"
)
SWAP = {
    "my": "your",
    "mine": "yours",
    "me": "you",
    "i": "you",
    "i am": "you are",
    "myself": "yourself",
    "our": "your",
    "mi": "tu",
    "mis": "tus",
}


# Unusual experiences come first: "I feel AMAZING, 4 days without sleep" is not good news.
FIRST = (
    Move.RELIES_ON_ME,
    Move.LISTEN_ONLY,
    Move.CONFIDENTIAL,
    Move.ONLY_A_PROGRAM,
    Move.CHANGE_SUBJECT,
    Move.DISENGAGE,
    Move.GOODBYE,
    Move.MANIA,
    Move.PSYCHOSIS,
    Move.COMPULSION,
)
ORDERED = tuple(sorted(MOVES, key=lambda item: item[0] not in FIRST))
# Someone else in hospital: a worry about them, not a refusal of the writer's own care.
SOMEONE_IN_HOSPITAL = re.compile(
    r"\b(my|our|his|her|their) (\w+ ){1,2}(is|was|has been|went|got|are|were)"
    r"( (taken|rushed|admitted|brought|still|back))? (in|into|to|at) (the |a )?"
    r"(hospital|er|icu|a and e|intensive care)\b"
)
# A milestone or good news undone in the same message: a relapse, or the means to one bought.
SLIPPED = re.compile(
    r"\b(but|until|then|and now|except)\b.{0,60}\b(bought|got|picked up|ordered) (a |some |another )?"
    r"(bottle|drink|beer|wine|vodka|six ?pack|pack|bag|baggie|gram|pills|stuff)\b|\b(relapsed|slipped|"
    r"drank again|used again|picked up again|got high|started drinking|started using|recai|volvi a tomar|"
    r"volvi a consumir)\b"
)
# Moves a question about the companion is read over ("hi, how are you?" is one).
ASKED_AFTER_WHEN = (Move.NONE, Move.GREETING, Move.GOOD_NEWS, Move.PRACTICAL, Move.SMALL_TALK)


@dataclass(frozen=True)
class Reading:
    move: Move
    refusal: Refusal = Refusal.NONE
    topic: str = ""
    declined: str = ""  # the kind of route the person is tired of being given ("hotlines")


# Routes named while refusing them or asking only to be heard, said back in the plural.
ROUTE_WORDS = re.compile(
    r"\b(hotlines?|helplines?|crisis lines?|numbers?|links?|resources|lineas?|numeros?)\b"
)
PLURAL = {"linea": "líneas", "lineas": "líneas", "numero": "números", "numeros": "números"}


def move_of(message: str, language: str) -> Reading:
    """The move a message makes, normalized for its language first; a topic named is said
    back with the person's own accents ("tu jardín", not "tu jardin")."""
    reading = read_move(normalize_for(message, language))
    if not reading.topic:
        return reading
    return replace(reading, topic=with_accents(reading.topic, message))


def with_accents(phrase: str, message: str) -> str:
    """Each word of ``phrase`` as the message spelled it: its accents (normalizing took them
    out) and a capital ("Shakira"), though not a word shouted in capitals."""
    words = re.findall(r"[^\W\d_]+", message)
    spelled = {without_accents(w.lower()): w.lower() if w.isupper() else w for w in words}
    return " ".join(spelled.get(word, word) for word in phrase.split(" "))


def read_move(normalized: str) -> Reading:
    """The move a normalized message makes, with the help refused and the topic named."""
    refusal = next((kind for kind, pattern in REFUSALS if pattern.search(normalized)), None)
    if refusal is Refusal.HOSPITAL and SOMEONE_IN_HOSPITAL.search(normalized):
        refusal = None  # "my mum is in hospital and i am scared" refuses nothing
    move = next((move for move, pattern in ORDERED if pattern.search(normalized)), Move.NONE)
    if move is Move.GOOD_NEWS and SLIPPED.search(normalized):
        move = Move.NONE  # "sober 2 years but tonight I bought a bottle" is no good news
    if move is Move.NONE and SMALL_TALK.search(normalized):
        move = Move.SMALL_TALK
    elif move is Move.NONE and (normalized.rstrip().endswith("?") or PRACTICAL.search(normalized)):
        move = Move.PRACTICAL
    if move in ASKED_AFTER_WHEN and ASKED_AFTER_ME.search(normalized):
        move = Move.ABOUT_ME
    declined = ""
    # Not for a line that felt scripted: that answer suggests another kind of line.
    if move is Move.LISTEN_ONLY or refusal is Refusal.ANY:
        named = ROUTE_WORDS.search(normalized)
        word = named.group(1) if named else ""
        declined = PLURAL.get(word, word if not word or word.endswith("s") else f"{word}s")
    if refusal is not None and move not in (
        Move.LISTEN_ONLY,
        Move.CHANGE_SUBJECT,
        Move.CONFIDENTIAL,
    ):
        return Reading(Move.REFUSE_HELP, refusal, "", declined)
    topic = ""
    if move is Move.CHANGE_SUBJECT:
        found = TOPIC.search(normalized)
        asked = found.group("topic") if found else ""
        # "talk about my garden" names it; "talk about something else" does not.
        if asked and not re.search(r"\b(else|anything|something|otra cosa|algo)\b", asked):
            topic = topic_phrase(asked) or swap_person(asked.strip())
    return Reading(move, refusal or Refusal.NONE, topic, declined)


GREETING_OPENER = re.compile(
    r"^(hi|hello|hey|hiya|heya|yo|good (morning|afternoon|evening)|hola|buenas|buenos dias|buenas tardes|buenas noches)\b"
)


def asked_to_listen(normalized: str) -> bool:
    """The person asked to be heard, not advised ("no advice", "just listen")."""
    return bool(dict(MOVES)[Move.LISTEN_ONLY].search(normalized))


def swap_person(phrase: str) -> str:
    """'my garden' -> 'your garden': the person's words, said back to them."""
    return " ".join(SWAP.get(word, word) for word in phrase.split())
