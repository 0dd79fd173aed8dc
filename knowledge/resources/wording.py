"""All safety wording in one reviewed place: crisis messages, disclaimers, refusals.

Plain strings only, so a reviewer can read the whole policy at once. Pages, the companion
and the journal import these; none of them writes its own safety text.
"""

from __future__ import annotations

WHAT_KINDRED_IS = (
    "Kindred is a private peer-support companion: a mood journal, recovery stories written "
    "by and for people with lived experience, a directory of peer groups and warmlines, and "
    "a companion that listens and points you to people."
)
WHAT_KINDRED_IS_NOT = (
    "Kindred is not therapy, not a diagnosis and not an emergency service. It complements "
    "professional care; it never replaces it."
)
EMERGENCY_ADVICE = (
    "If you or someone else is in immediate danger, call your local emergency number now."
)
UNKNOWN_COUNTRY_ADVICE = (
    "We don't have verified crisis lines for your country yet. Find A Helpline lists "
    "free, confidential helplines in more than 130 countries. If you are in danger right "
    "now, call your local emergency number."
)
TALK_NOW = "Talk to someone now:"
CRISIS_HEADLINE = "You don't have to go through this alone. Please reach out to a person now."
CRISIS_MESSAGE = (
    "Thank you for telling me. It sounds like you're in a lot of pain right now, and you "
    "deserve support from a real person straight away. The people on these lines are "
    "trained to listen, it's free and confidential, and you can call, text or chat."
)
# Asked when the classifier alone reads a crisis it is unsure of, in a conversation that
# had been everyday talk: asking plainly does not put the idea in anyone's head, and the
# line is in the reply itself.
COMPANION_ASK_PLAINLY = (
    "I can't always tell from a message how heavy things are, so I'll ask plainly: are you "
    "having any thoughts of ending your life? If you are, you can talk to a person right now."
)
# The same question for a helper, when the message tells of someone else: the writer is
# asked about the person they are worried for, not about themselves.
COMPANION_ASK_ABOUT_THEM = (
    "I can't always tell from a message how worried to be, so I'll ask plainly: are you "
    "worried they may be thinking of ending their life? If you are, a crisis line can help "
    "you help them right now, and if they are in danger now, call the emergency number."
)
# Asked once more when the next message was hard but did not answer: a guess either way
# would be wrong (``companion.conversation.Conversation._no_answer_yet``).
COMPANION_ASK_AGAIN = (
    "I asked a moment ago, and I'd rather ask again than guess: are you having any thoughts "
    "of ending your life? Yes, no or not sure are all fine answers, and a person can talk "
    "with you right now."
)
# Crisis words said with a laugh ("kms lol"): asked about plainly, the line offered all the same.
CRISIS_SAID_LIGHTLY = (
    "That sounds like a maddening moment. I can't tell from a message whether that's a figure "
    "of speech, so I'll ask plainly: are you having thoughts of ending your life? If any part "
    "of you is, a real person can talk it through with you right now, free and confidential."
)
CRISIS_KEEP_TALKING = (
    "I'm still here if you want to keep talking while you reach out, and you can come back "
    "any time."
)
JOURNAL_CRISIS_NOTE = (
    "Some of what you wrote sounds really heavy. If you're thinking about ending your life "
    "or hurting yourself, please reach out to a person now. You deserve support."
)
STORIES_CRISIS_NOTE = (
    "What you searched for sounds really heavy. Stories can help, and so can a person right "
    "now: the people below are there to listen, free and confidential."
)
NOT_A_DIAGNOSIS = (
    "This self-check is not a diagnosis. It can help you notice how you've been, and it can "
    "be useful to share the result with a doctor, therapist or other professional you trust."
)
DEMO_LISTING_BADGE = "Demo listing: an example, not a real service"
COMPOSITE_STORY_BADGE = "Composite story written for Kindred"
DATA_STAYS_HERE = (
    "Your journal is encrypted with a key made from your passphrase. It stays on this "
    "server, nobody else (the people running Kindred included) can read it, and nothing is "
    "sent anywhere else."
)

# Importing files (privacy page). The reasons a file is refused are the importers' own
# errors (journal.BadImportFile), which name the line or the limit and end "Nothing was
# imported."
IMPORT_FILE_TYPES_HELP = (
    "Daylio exports a CSV file and makes a .daylio backup; jrnl exports JSON (jrnl --format "
    "json); Kindred's own export is JSON too. Choose which app the file came from above, so "
    "it is read the right way."
)
IMPORT_DONE = "Imported {added} entries."
IMPORT_NOTHING_NEW = (
    "Everything in this file is already in your journal ({already} entries with the same "
    "date, time and content), so there is nothing new to import."
)
IMPORT_FAILED = "{reason} Nothing was imported."

# The journal's own trackers, calendar reminder and shareable report (ui/trackers.py,
# ui/insights.py). A calendar may be seen by others: the reminder's default wording says
# nothing about mental health.
TRACKERS_INTRO = (
    "Track what matters to you alongside your mood: a 1-5 scale (like anxiety), yes or no "
    "(like taking your medication) or a number with a unit (like minutes outside). They are "
    "encrypted like everything else in your journal."
)
REMINDER_INTRO = (
    "Add a gentle reminder to your own calendar app. Kindred sends nothing: you download a "
    "calendar file, open it, and your calendar reminds you."
)
REMINDER_TITLE_HELP = (
    "Other people may see your calendar, so the default is a plain 'Check in'. Change it "
    "to anything you like."
)
REPORT_INTRO = (
    "Make a one-page summary to share with a supporter, doctor or therapist. Only what you "
    "tick below goes in."
)
REPORT_NOT_A_DIAGNOSIS = (
    "This summary is not a diagnosis. It shows what the person chose to share from their "
    "own check-ins and self-checks, as a starting point for a conversation."
)

# Journal account security (journal/errors.py, journal/passphrase.py). Each lockout message
# says which way in is paused, for how long, and whether the other way works right now.
# "{wait}" is filled with a plain duration such as "about 5 minutes".
PASSPHRASE_PAUSED = (
    "There have been too many passphrase tries for this name, so for safety the passphrase "
    "is paused for {wait}."
)
RECOVERY_PAUSED = (
    "There have been too many recovery code tries for this name, so for safety the "
    "recovery code is paused for {wait}."
)
CLIENT_PAUSED = (
    "There have been too many unsuccessful tries from this device or network, so for safety "
    "unlocking from here is paused for {wait}."
)
RECOVERY_WORKS_NOW = 'Your recovery code still works right now, on the "Use recovery code" tab.'
RECOVERY_WORKS_LATER = "Your recovery code can be used again in {wait}."
PASSPHRASE_WORKS_NOW = "Your passphrase still works right now, if you remember it."
PASSPHRASE_WORKS_LATER = "Your passphrase can be tried again in {wait}."
NOTHING_IS_LOST = "Nothing in your journal is lost or changed while you wait."
CREATION_PAUSED = (
    "Several journals were just created from this device or network, so for safety "
    "creating another one is paused for {wait}. Journals that already exist still unlock."
)
PASSPHRASE_TOO_WEAK = (
    "That passphrase would be easy for someone else to guess, and your journal deserves "
    "better protection."
)
SET_NEW_PASSPHRASE = (
    "You unlocked your journal with your recovery code. Choose a new passphrase now, so you "
    "can unlock it the usual way next time. Your recovery code keeps working too."
)
PASSPHRASE_CHANGED = (
    "Your passphrase is changed: use the new one next time you unlock. Your recovery code "
    "still works too."
)
PASSPHRASE_SUGGESTION = (
    "Try three or four words that don't usually go together, with spaces between them: "
    "easy for you to remember, hard for anyone else to guess."
)

# The guarded companion (companion/). Refusals name who can help instead.
COMPANION_NOT_A_PERSON = "I'm an automated companion, not a person or a therapist."
COMPANION_CAN_DO = (
    "I can listen and help you find people: peer groups, peer specialists, warmlines and "
    "crisis lines."
)
COMPANION_IDENTITY = f"{COMPANION_NOT_A_PERSON} {COMPANION_CAN_DO}"
COMPANION_TALK_TO_A_PERSON = "Talk to a person"
COMPANION_CRISIS_THIRD_PARTY = (
    "It sounds like someone you care about may be in danger. You don't have to handle this "
    "alone: a crisis line can help you work out what to say and do, right now. If they are "
    "in immediate danger, call the emergency number. And if any of this is about you, the "
    "same people are there for you too."
)
COMPANION_CRISIS_DANGER = (
    "Your safety matters. If you or someone else is in danger right now, please call the "
    "emergency number. A crisis line can talk things through with you, free and confidential."
)
# On a later turn, once danger from another person was told and it is near or starting.
COMPANION_CRISIS_DANGER_AGAIN = (
    "Your safety comes first. If you're in danger or it's getting worse, call {emergency} "
    "now; you don't have to be hurt already to call.",
    "If talking out loud isn't safe, a crisis line can be texted, which is quieter. If you're "
    "in danger now, call {emergency}. You can keep writing to me too.",
    "I'm glad you can write to me. If things get worse or you feel unsafe, call {emergency} "
    "straight away. A crisis line can also help you think about a safe place to go.",
)
COMPANION_CRISIS_MEDICAL = (
    "This could be a medical emergency. Please call {emergency} now, or ask someone nearby "
    "to call, and tell them what was taken and when. Don't stay alone with it until help "
    "comes."
)
# After the first medical reply, when the body's signs or a refusal follow: the number first
# again, in other words each time, said so it fits the person or someone helping them.
COMPANION_CRISIS_MEDICAL_AGAIN = (
    "If things are changing now, it can mean what was taken is taking effect. Please call "
    "{emergency} right now, or get someone near you to call, and tell them what was taken "
    "and when.",
    "Please don't wait to see if it passes. Call {emergency} now, or ask anyone nearby to "
    "call for you, and stay where they can reach you.",
    "This needs medical help now, not later. Please call {emergency}, or ask someone close "
    "by to call, and tell them what was taken and when.",
    "Some of what was taken can do harm hours before it is felt. Please call {emergency} "
    "now; if you can, unlock the door and keep your phone by you.",
    "I'm staying right here, and I'm still asking you to call {emergency} now, or to get "
    "anyone near you to call. Tell them what was taken and when.",
)
COMPANION_METHOD_REFUSAL = (
    "I can't help with that, and I won't share information that could be used to hurt "
    "anyone. I'm worried about you, and I care about how you're doing."
)
COMPANION_MEANS_REFUSAL = (
    "I can't help with finding that. I want to check in, though: how are you doing right now? "
    "If things feel heavy, a person on a line below can listen any time."
)
# A reason given for a method question, or the question pressed again: still no, kindly.
COMPANION_METHOD_REFUSAL_HELD = (
    "Whatever it's for, that's a detail I don't give to anyone, because I can't know where "
    "it might end up. I'm not judging you for asking. And if any of this is about you, I'd "
    "really like to hear how you're doing.",
    "Even with a good reason, I'm keeping that one back: no amounts and no methods, for "
    "stories, study or anyone else. If it's for writing, what a character feels and who "
    "notices tends to carry a scene more than how. How are you doing yourself?",
    "I hear you, and it's still a no on that detail, for everyone who asks. For coursework, a "
    "tutor or a clinical reference is the right place for it. If it's closer to home than "
    "that, I'm here to listen.",
)
COMPANION_DIAGNOSIS_REFUSAL = (
    "I can't diagnose anything, and I wouldn't want to guess about something so important. "
    "A doctor, psychiatrist or psychologist can assess what you're going through properly. "
    "A peer specialist or warmline can help you prepare for that conversation."
)
COMPANION_MEDICATION_REFUSAL = (
    "I can't advise on medication, doses or changes: that needs the person who prescribes "
    "it, or a pharmacist. Please don't change or stop a medication without talking to them."
)
COMPANION_RESTRICTION_REFUSAL = (
    "I won't suggest ways to ignore hunger or to eat less than your body needs: hunger is "
    "your body asking to be looked after, and going without tends to make sleep, mood and "
    "nights harder. If food or your body have started to feel like a struggle, you're not "
    "the only one, and a doctor or a peer group for eating worries can help without judging. "
    "How have things been with eating lately?"
)
COMPANION_ROLEPLAY_REFUSAL = (
    "I can't act as a therapist or any other clinician; pretending would not be fair to you. "
    "I can listen as a peer-support companion, and help you find a therapist, a peer "
    "specialist or a group."
)
COMPANION_ROMANCE_REFUSAL = (
    "I'm an automated companion, so romance or sexual talk isn't something I do. If you're "
    "feeling lonely, that's real and it matters: a peer group or a warmline can connect you "
    "with people."
)
COMPANION_HARMFUL_REFUSAL = (
    "I can't help with making weapons, explosives, poisons or drugs: they can badly hurt you "
    "and other people. If something is going on behind the question, I'm here to listen. If "
    "anyone is in danger right now, call your emergency number."
)
COMPANION_INJECTION_REFUSAL = (
    "I can't change how I work: I'm here to listen and to help you reach people. I'm happy "
    "to keep talking about how you're doing."
)
COMPANION_ROUTE_CLINICIAN = "Your own doctor, GP or therapist"
COMPANION_ROUTE_CLINICIAN_CONTACT = "Ask for an appointment and mention how you've been feeling."
COMPANION_ROUTE_PEER_GROUP = "A peer support group"
COMPANION_ROUTE_PEER_GROUP_CONTACT = "Find one near you on the Find a group page."
COMPANION_ROUTE_PEER_SPECIALIST = "A peer support specialist"
COMPANION_ROUTE_PEER_SPECIALIST_CONTACT = (
    "Someone with lived experience, trained to support others; ask your clinic or a local group."
)
COMPANION_ROUTE_CLINICIAN_ES = "Tu médico o terapeuta"
COMPANION_ROUTE_CLINICIAN_CONTACT_ES = "Pide una cita y cuéntale cómo te has sentido."
COMPANION_ROUTE_PEER_GROUP_ES = "Un grupo de apoyo entre pares"
COMPANION_ROUTE_PEER_GROUP_CONTACT_ES = "Busca uno cerca en la página Find a group."
COMPANION_ROUTE_PEER_SPECIALIST_ES = "Un especialista de apoyo entre pares"
COMPANION_ROUTE_PEER_SPECIALIST_CONTACT_ES = (
    "Alguien con experiencia vivida, formado para apoyar a otros; pregunta en tu clínica o en "
    "un grupo local."
)
# The companion in a conversation that has reached crisis (companion/conversation.py).
# Several wordings of each, so nobody reads the same text three times in a row.
COMPANION_CRISIS_AGAIN = (
    "I'm still here with you, and what you're saying sounds really serious. Please reach a "
    "person now; they can stay with you through tonight.",
    "I hear how much pain you're in. You deserve a real person with you right now: the "
    "line below is free and confidential, and you can call or text.",
    "Thank you for staying and telling me. This is the moment to let someone in: please "
    "reach out to the line below, even just to say you're struggling.",
    "You don't have to get through this part alone. The people on the line below talk "
    "every day with people who feel the way you do, and you can call or text them now.",
    "What you're carrying matters, and so do you. Please let a person on the line below "
    "hear it too; you can keep talking to me while you do.",
)
# Said on a later turn of a conversation about someone else at risk, so the helper never gets
# the same reply twice running.
COMPANION_CRISIS_THIRD_PARTY_AGAIN = (
    "You're doing the right thing by taking this seriously. The crisis line can talk it "
    "through with you while you work out what to do next.",
    "That's a lot to carry for someone you care about. You can call the line yourself, even "
    "just to think out loud about what to do.",
    "If you can't reach them and you're worried they're in danger now, the emergency number "
    "can send someone to check on them.",
    "Looking out for someone who is struggling this much is hard, and you matter too. The "
    "line can help you find words for them, and support you afterwards.",
)
COMPANION_CRISIS_THIRD_PARTY_WELFARE = (
    "If you can't reach them and you think they may be in danger now, you can ask the "
    "emergency number for a welfare check: officers or a crisis team go to check that the "
    "person is safe. The crisis line can help you decide and stays with you while you do."
)
COMPANION_PLAN_OFFER = (
    "You have a safety plan: your people, your reasons and what helps are just below, and "
    "the link by the message box opens the whole plan. This could be a good moment for it."
)
COMPANION_LINE_STAYS = (
    "The line stays here if things change.",
    "The crisis line is still right here if you need it.",
    "If things get heavy again, the line above the message box is there any time.",
    "You can reach the line above the message box whenever you want to.",
)
COMPANION_CHECK_IN = (
    "Before we go on, can I check in about what you told me earlier: how are you doing "
    "with it right now? Are you safe?",
    "I want to check in again about earlier: are you safe right now?",
    "Can I ask how you're doing with what you shared before? I still care how you are.",
)
COMPANION_CHANGE_SUBJECT_AFTER_CRISIS = "We can talk about something else."
# The chat box's placeholder (and its accessible name), in the conversation's language.
COMPANION_PROMPT = "Tell me how you're doing"
COMPANION_PROMPT_ES = "Cuéntame cómo estás"
PINNED_CRISIS_TITLE = "Talk to a person now:"
PINNED_CONCERN_TITLE = "Someone to talk to:"
PINNED_CRISIS_TITLE_ES = "Habla con una persona ahora:"
PINNED_CONCERN_TITLE_ES = "Alguien con quien hablar:"
# Answers to refusing help: honest, from verified facts where a fact is claimed.
COMPANION_REFUSE_POLICE_FACT = (
    "That fear makes sense, and a lot of people share it. {line} counselors talk with you "
    "first and work with you on staying safe: fewer than {share} in 100 calls need "
    "emergency services to be sent (source: {source_name}, {source})."
)
COMPANION_REFUSE_POLICE = (
    "That fear makes sense, and a lot of people share it. You can ask the line at the start "
    "what they would do, and share only what you want to."
)
COMPANION_REFUSE_HOSPITAL = (
    "Hospitals can feel frightening, especially if a stay before was hard. Reaching out to "
    "a line is a conversation, not a hospital visit: you can tell them what you're afraid of."
)
COMPANION_REFUSE_COST = (
    "Crisis lines and warmlines are free, and most peer support groups are free too. Money "
    "shouldn't stand between you and a person to talk to."
)
COMPANION_REFUSE_CLINICIANS = (
    "That's fair: not everyone clicks with doctors or therapists. Peer support is different: "
    "it's people who have been through it themselves, in a group or one to one."
)
COMPANION_REFUSE_SCRIPTED = (
    "It makes sense to feel that way if a call felt scripted before. The counselors are "
    'people; it can help to say at the start "I just need to talk". A text line or a '
    "peer-run warmline can feel different, too."
)
COMPANION_REFUSE_ANY = "That's your choice, and I won't push you. I'm still here to listen."
NO_MORE_ROUTES = "Okay, no more {what} from me."
COMPANION_WARMLINE_OPTION = "A warmline, run by peers, is there for when it isn't an emergency."

# Spanish: the same policy and the same routes where the verified data has a Spanish option.
COMPANION_ASK_PLAINLY_ES = (
    "Por mensaje no siempre sé cuánto pesan las cosas, así que te lo pregunto directamente: "
    "¿estás pensando en quitarte la vida? Si es así, puedes hablar con una persona ahora mismo."
)
COMPANION_ASK_ABOUT_THEM_ES = (
    "Por mensaje no siempre sé cuánto preocuparme, así que te lo pregunto directamente: "
    "¿te preocupa que esté pensando en quitarse la vida? Si es así, una línea de crisis te "
    "puede orientar ahora mismo para ayudarle, y si está en peligro ahora, llama a emergencias."
)
# The heading of the routes listed under an everyday or concern reply.
PEOPLE_WHO_CAN_HELP = "People who can help:"
PEOPLE_WHO_CAN_HELP_ES = "Personas que te pueden ayudar:"
COMPANION_ASK_AGAIN_ES = (
    "Te lo pregunté hace un momento y prefiero preguntarte otra vez que adivinar: ¿estás "
    "pensando en quitarte la vida? Sí, no o no sé son respuestas que están bien, y una "
    "persona puede hablar contigo ahora mismo."
)
CRISIS_SAID_LIGHTLY_ES = (
    "Suena a un momento desesperante. Por mensaje no sé si es una forma de hablar, así que te "
    "lo pregunto directamente: ¿estás pensando en quitarte la vida? Si una parte de ti sí, "
    "una persona puede hablarlo contigo ahora mismo, gratis y de forma confidencial."
)
CRISIS_MESSAGE_ES = (
    "Gracias por contármelo. Parece que estás pasando por mucho dolor ahora mismo, y "
    "mereces el apoyo de una persona de inmediato. Las personas de estas líneas están "
    "preparadas para escuchar; es gratis y confidencial."
)
COMPANION_CRISIS_AGAIN_ES = (
    "Sigo aquí contigo, y lo que dices suena muy serio. Por favor, habla con una persona "
    "ahora; pueden acompañarte esta noche.",
    "Escucho cuánto dolor sientes. Mereces a una persona contigo ahora mismo: la línea de "
    "abajo es gratis y confidencial.",
    "Gracias por seguir aquí y contármelo. Este es el momento de dejar entrar a alguien: "
    "llama a la línea de abajo, aunque sea para decir que lo estás pasando muy mal.",
    "No tienes que atravesar esto a solas. Las personas de la línea de abajo hablan cada día "
    "con gente que se siente así, y puedes llamarles ahora.",
    "Lo que cargas importa, y tú también. Deja que una persona de la línea de abajo lo "
    "escuche; puedes seguir hablando conmigo mientras tanto.",
)
COMPANION_CRISIS_THIRD_PARTY_ES = (
    "Parece que alguien que te importa podría estar en peligro. No tienes que hacerlo "
    "solo/a: una línea de crisis puede ayudarte a saber qué decir y qué hacer. Si está en "
    "peligro inmediato, llama al número de emergencias. Y si algo de esto es sobre ti, esas "
    "mismas personas también están para ti."
)
COMPANION_CRISIS_THIRD_PARTY_WELFARE_ES = (
    "Si no logras comunicarte y crees que puede estar en peligro ahora, puedes pedir al número "
    "de emergencias una visita de bienestar: agentes o un equipo de crisis van a comprobar que "
    "la persona esté a salvo. La línea de crisis puede ayudarte a decidir y te acompaña "
    "mientras tanto."
)
COMPANION_CRISIS_THIRD_PARTY_AGAIN_ES = (
    "Haces bien en tomarlo en serio. La línea de crisis puede hablarlo contigo mientras "
    "decides qué hacer.",
    "Es mucho cargar con esto por alguien que quieres. Puedes llamar tú a la línea, aunque "
    "sea para pensar en voz alta qué hacer.",
    "Si no logras comunicarte y temes que esté en peligro ahora, el número de emergencias "
    "puede enviar a alguien a ver cómo está.",
    "Cuidar a alguien en este momento es duro, y tú también importas. La línea puede "
    "ayudarte a encontrar las palabras y acompañarte después.",
)
COMPANION_CRISIS_DANGER_ES = (
    "Tu seguridad importa. Si tú u otra persona están en peligro ahora mismo, llama al número "
    "de emergencias. Una línea de crisis puede hablarlo contigo, gratis y de forma confidencial."
)
COMPANION_CRISIS_DANGER_AGAIN_ES = (
    "Tu seguridad es lo primero. Si estás en peligro o la cosa empeora, llama ahora "
    "{emergency}; no hace falta que ya te hayan hecho daño para llamar.",
    "Si hablar en voz alta no es seguro, a una línea de crisis se le puede escribir, que es "
    "más discreto. Si estás en peligro ahora, llama {emergency}. También puedes seguir "
    "escribiéndome.",
    "Me alegra que puedas escribirme. Si la cosa empeora o no te sientes a salvo, llama "
    "enseguida {emergency}. Una línea de crisis también puede ayudarte a pensar en un lugar "
    "seguro adonde ir.",
)
COMPANION_CRISIS_MEDICAL_ES = (
    "Esto podría ser una emergencia médica. Por favor, llama ahora {emergency}, o pide a "
    "alguien cerca que llame, y diles qué se tomó y cuándo. No te quedes a solas con esto "
    "hasta que llegue la ayuda."
)
COMPANION_CRISIS_MEDICAL_AGAIN_ES = (
    "Si algo está cambiando ahora, puede ser el efecto de lo que se tomó. Por favor, llama "
    "ahora {emergency}, o pide a alguien cerca que llame, y diles qué se tomó y cuándo.",
    "Por favor, no esperes a ver si se pasa. Llama ahora {emergency}, o pide a cualquier "
    "persona cerca que llame por ti, y quédate donde puedan encontrarte.",
    "Esto necesita ayuda médica ahora, no más tarde. Por favor, llama {emergency}, o pide a "
    "alguien cerca que llame, y diles qué se tomó y cuándo.",
    "Algunas cosas que se toman hacen daño horas antes de notarse. Por favor, llama ahora "
    "{emergency}; si puedes, abre la puerta y ten el teléfono cerca.",
    "Sigo aquí contigo, y te sigo pidiendo que llames ahora {emergency}, o que alguien cerca "
    "llame por ti. Diles qué se tomó y cuándo.",
)
# The same, said to someone helping another person who took something.
COMPANION_CRISIS_MEDICAL_HELPER = (
    "Please call {emergency} now and tell them what they took and when, as far as you "
    "know. Stay with them; the person on the phone will tell you what to do until help "
    "arrives.",
    "Don't wait to see if they come round on their own. Call {emergency} now, or get someone "
    "near you to call while you stay with them.",
    "This needs medical help now. Call {emergency}, say what was taken and how much if you "
    "know, and keep the phone on: they will guide you until help gets there.",
)
COMPANION_CRISIS_MEDICAL_HELPER_ES = (
    "Por favor, llama ahora {emergency} y di qué se tomó y cuándo, hasta donde sepas. "
    "Quédate con esa persona; quien te atienda te dirá qué hacer hasta que llegue la ayuda.",
    "No esperes a ver si se recupera sola. Llama ahora {emergency}, o pide a alguien cerca "
    "que llame mientras tú te quedas a su lado.",
    "Esto necesita ayuda médica ahora. Llama {emergency}, di qué se tomó y cuánto si lo "
    "sabes, y no cuelgues: te guiarán hasta que llegue la ayuda.",
)
NO_MORE_ROUTES_ES = "Vale, no más {what} de mi parte."
COMPANION_DIAGNOSIS_REFUSAL_ES = (
    "No puedo diagnosticar nada, y no quisiera adivinar algo tan importante. Un médico, "
    "psiquiatra o psicólogo puede valorar bien lo que te pasa. Un especialista de apoyo entre "
    "pares o una línea de escucha te pueden ayudar a preparar esa conversación."
)
COMPANION_METHOD_REFUSAL_ES = (
    "No puedo ayudar con eso, y no voy a compartir información que pueda usarse para hacer "
    "daño a nadie. Me preocupas, y me importa cómo estás."
)
COMPANION_MEANS_REFUSAL_ES = (
    "No puedo ayudar a buscar eso. Pero quiero preguntarte: ¿cómo estás ahora mismo? Si las "
    "cosas pesan, una persona en una de las líneas de abajo puede escucharte a cualquier hora."
)
COMPANION_METHOD_REFUSAL_HELD_ES = (
    "Sea para lo que sea, ese dato no se lo doy a nadie, porque no sé adónde puede llegar. No "
    "te juzgo por preguntar. Y si algo de esto tiene que ver contigo, me gustaría saber cómo "
    "estás.",
    "Aunque haya una buena razón, eso me lo guardo: ni cantidades ni métodos, ni para "
    "historias, ni para estudios, ni para nadie. Si es para escribir, lo que siente el "
    "personaje y quién se da cuenta suele sostener una escena más que el cómo. ¿Y tú cómo "
    "estás?",
    "Te escucho, y sigue siendo que no con ese dato, para cualquiera que lo pida. Para un "
    "trabajo de clase, un profesor o una referencia clínica son el lugar adecuado. Y si esto "
    "va contigo, aquí estoy para escucharte.",
)
COMPANION_HARMFUL_REFUSAL_ES = (
    "No puedo ayudarte a fabricar armas, explosivos, venenos ni drogas: pueden hacerte mucho "
    "daño a ti y a otras personas. Si hay algo detrás de la pregunta, aquí estoy para "
    "escucharte. Si alguien corre peligro ahora mismo, llama al número de emergencias."
)
COMPANION_MEDICATION_REFUSAL_ES = (
    "No puedo aconsejarte sobre medicamentos, dosis o cambios: eso le toca a quien te los "
    "receta, o a alguien de la farmacia. Por favor, no cambies ni dejes una medicación sin "
    "hablarlo antes con esa persona."
)
COMPANION_RESTRICTION_REFUSAL_ES = (
    "No voy a darte maneras de ignorar el hambre ni de comer menos de lo que tu cuerpo "
    "necesita: el hambre es tu cuerpo pidiendo cuidado, y pasar sin comer suele empeorar el "
    "sueño, el ánimo y las noches. Si la comida o tu cuerpo se han vuelto una lucha, no eres "
    "la única persona, y un médico o un grupo de apoyo entre pares sobre la alimentación "
    "pueden ayudarte sin juzgarte. ¿Cómo ha ido la comida últimamente?"
)
CRISIS_KEEP_TALKING_ES = "Sigo aquí si quieres seguir hablando mientras pides ayuda."
EMERGENCY_ES = "Si hay peligro inmediato: {number}."
EMERGENCY_ADVICE_ES = (
    "Si tú u otra persona están en peligro inmediato, llama ahora al número de emergencias local."
)
COMPANION_LINE_STAYS_ES = (
    "La línea sigue aquí si las cosas cambian.",
    "La línea de crisis sigue disponible sobre el cuadro de mensaje cuando la necesites.",
    "Si las cosas se ponen difíciles otra vez, la línea sobre el cuadro de mensaje está a "
    "cualquier hora.",
    "Puedes llamar a la línea sobre el cuadro de mensaje cuando quieras.",
)
COMPANION_CHECK_IN_ES = (
    "Antes de seguir, ¿puedo preguntarte cómo estás con lo que me contaste antes? "
    "¿Estás a salvo ahora?",
    "Quiero preguntarte otra vez: ¿estás a salvo ahora mismo?",
)
COMPANION_CHANGE_SUBJECT_AFTER_CRISIS_ES = "Podemos hablar de otra cosa."
# Said when the helper cannot reach the person at risk ("she's not answering").
COMPANION_HELPER_UNREACHABLE = (
    "If you can't reach them and you're worried they're in danger now, the emergency number "
    "can send someone to check on them. The crisis line can help you decide.",
    "Not being able to reach them is frightening. If you think they may be in danger right "
    "now, call the emergency number and ask for a welfare check; you don't have to be sure.",
)
COMPANION_HELPER_UNREACHABLE_ES = (
    "Si no logras comunicarte y temes que esté en peligro ahora, el número de emergencias "
    "puede enviar a alguien a ver cómo está. La línea de crisis puede ayudarte a decidir.",
    "No poder localizar a esa persona asusta. Si crees que puede estar en peligro ahora, "
    "llama al número de emergencias y pide una visita de bienestar; no hace falta estar "
    "seguro/a.",
)
# A check-in in a conversation about someone else at risk asks after them and the helper,
# never "are you safe?" as if the risk were the helper's own.
COMPANION_HELPER_CHECK_IN = (
    "Can I check in: have you been able to reach them, and how are you holding up?",
    "How are you doing with all this? Have you heard anything from them?",
)
COMPANION_HELPER_CHECK_IN_ES = (
    "¿Puedo preguntarte: has podido comunicarte con esa persona, y cómo lo llevas tú?",
    "¿Cómo estás con todo esto? ¿Has sabido algo de esa persona?",
)

COMPANION_SAVED_TO_JOURNAL = "Saved to your journal, tagged 'companion'."
COMPANION_SAVE_NEEDS_JOURNAL = "Unlock your journal to save this conversation."
COMPANION_ERROR = (
    "Something went wrong on my side and I couldn't answer. If you need someone now, the "
    "people on the lines above are there for you."
)

# ---------------------------------------------------------------------------------------------
# My safety plan (issue 16). Step names follow the published Safety Planning Intervention;
# the prompts and examples are Kindred's own words, not the authors' form.
# ---------------------------------------------------------------------------------------------
SAFETY_PLAN_TITLE = "My safety plan"
SAFETY_PLAN_INTRO = (
    "A safety plan is a short list you write ahead of time, for the moments when things get "
    "very hard: the signs that a crisis may be starting, what helps, and who you can reach. "
    "It works best made together with someone you trust (a friend, a peer specialist, a "
    "clinician) and kept where you can find it. Fill in what fits you; every step can be "
    "skipped."
)
SAFETY_PLAN_CITATION = (
    "Based on the Safety Planning Intervention: Stanley B, Brown GK. Safety Planning "
    "Intervention: A Brief Intervention to Mitigate Suicide Risk. Cognitive and Behavioral "
    "Practice 2012;19(2):256-264. With follow-up calls it was linked to about half as much "
    "suicidal behaviour in emergency-department patients: Stanley B, Brown GK, Brenner LA, et "
    "al. JAMA Psychiatry 2018;75(9):894-900. The prompts here are Kindred's own wording."
)
SAFETY_PLAN_PRIVATE = (
    "Your plan is kept in your journal and encrypted like every entry. Only you can open it."
)
SAFETY_PLAN_NEEDS_JOURNAL = "make and keep your safety plan"
SAFETY_PLAN_REVIEW_DUE = (
    "It's been a while since you looked at your plan. Things change: a quick read-through "
    "every few months keeps the names, numbers and ideas right for you now."
)
SAFETY_PLAN_NEVER_REVIEWED = (
    "When your plan feels right, mark it as reviewed. A gentle reminder will appear here "
    "after a few months."
)
SAFETY_PLAN_SAVED = "Your safety plan is saved in your journal."
SAFETY_PLAN_ONE_PER_LINE = "One idea per line."
SAFETY_PLAN_PHONE_NOT_A_NUMBER = (
    "This isn't a number a phone can dial, so it will be shown as text."
)
SAFETY_PLAN_CARD_HEADING = "Your plan"
SAFETY_PLAN_CARD_PEOPLE = "People I can reach"
SAFETY_PLAN_CARD_REASONS = "My reasons for living"
SAFETY_PLAN_CARD_COPING = "Things I can do"
SAFETY_PLAN_OPEN = "Open my safety plan"
SAFETY_PLAN_PROFESSIONALS_PREFILLED = (
    "Your country's verified crisis line and emergency number are always on your plan; add "
    "your own clinician, peer specialist or group here."
)
SAFETY_PLAN_RESTORE = (
    "Restore your plan from a Kindred JSON export (it replaces the plan shown here)."
)
SAFETY_PLAN_WALLET_CARD = "Wallet card"

# step key -> (the published step name in plain words, Kindred's prompt, Kindred's examples)
SAFETY_PLAN_STEPS: dict[str, tuple[str, str, str]] = {
    "warning_signs": (
        "1. Warning signs",
        "What tells you a crisis might be starting? Thoughts, feelings, moods, situations.",
        "e.g. not sleeping, feeling like a burden, an anniversary, drinking more",
    ),
    "coping": (
        "2. Things I can do on my own",
        "What can you do by yourself to take your mind off things, even a little?",
        "e.g. a hot shower, a walk, a playlist, holding ice, a game on my phone",
    ),
    "distractions": (
        "3. People and places that take my mind off it",
        "Where can you go, or who can you be around, without having to talk about how you feel?",
        "e.g. a café, the gym, a neighbour, an online group",
    ),
    "people": (
        "4. People I can ask for help",
        "Who could you tell that you're struggling? Add their number so you can call or text "
        "from here.",
        "e.g. a friend, a sister, a sponsor",
    ),
    "professionals": (
        "5. Professionals and services I can contact in a crisis",
        "Your own clinician, peer specialist, group or local service, with a number.",
        "e.g. my GP, my therapist, my peer support worker",
    ),
    "environment": (
        "6. Making my surroundings safer",
        "What could you put out of reach, or ask someone to hold for you, while things are hard?",
        "e.g. ask someone to keep medicines, lock something away, stay with a friend",
    ),
}
SAFETY_PLAN_REASONS = (
    "My reasons for living",
    "What matters most to you? People, animals, plans, places, small things.",
    "e.g. my dog, my niece, finishing my course, the sea in summer",
)

# The crisis card's opening line, by what brought it up (see ui.help.crisis_card).
CRISIS_CONTEXT_WROTE = "Some of what you wrote sounds really heavy."
CRISIS_CONTEXT_PHQ9_ITEM9 = (
    "You said you've had thoughts that you would be better off dead or of hurting yourself. "
    "Thank you for answering honestly. You deserve support with that now."
)

# Questions about crisis lines and about suicide or self-harm as a subject
# (companion/about_help.py). Facts come from the verified data: the line's name, contacts and
# hours, and how rarely a call involves emergency services; nothing is looked up or guessed.
ABOUT_LINE = (
    "{line} is a crisis line for anyone who is struggling or thinking about suicide, and for "
    "people worried about someone ({contact}{hours}). The people there are trained to "
    "listen, and it's free and confidential.",
    "{line} is free and confidential, for anyone having a hard time or thinking about "
    "suicide, or worried about someone else ({contact}{hours}).",
)
ABOUT_LINE_DIRECTORY = (
    "I don't have a verified crisis line for where you are, but {line} ({contact}) lists "
    "free, confidential helplines country by country, checked by them."
)
ABOUT_LINE_DIRECTORY_ES = (
    "No tengo una línea de crisis verificada para tu país, pero {line} ({contact}) reúne "
    "líneas de ayuda gratuitas y confidenciales, país por país."
)
ABOUT_LINE_FOR = "It is for {population}."
ABOUT_LINE_FOR_ES = "Es para: {population}."
ABOUT_LINE_FACT = (
    "A counselor talks with you first and works with you on staying safe: fewer than {share} "
    "in 100 calls need emergency services to be sent (source: {source_name}, {source})."
)
ABOUT_LINE_QUESTION = (
    "Is it something you're thinking of reaching out about?",
    "What made you wonder about it?",
)
ABOUT_HELPING = (
    "It says a lot that you want to be there for them. I'm not an expert, so I won't guess, "
    "but {line} ({contact}) talks with people who are worried about someone too, and can "
    "help you find the words.",
    "Wanting to help someone through this matters. I can't give expert advice, but {line} "
    "({contact}) also supports people who are worried about someone, and can help you "
    "think it through.",
)
ABOUT_HELPING_DANGER = (
    "If you think someone may be in danger right now, call {emergency}. How are you doing "
    "with it yourself?",
    "If anyone is in danger right now, {emergency} can send help. And how are you holding up?",
)
ABOUT_SUBJECT = (
    "Thank you for asking about something that isn't easy to talk about. I'm not the right "
    "source for facts or figures on it, and I won't guess about something this important. "
    "{line} ({contact}) talks with anyone who is struggling or worried about someone.",
    "It's a hard subject, and I'm glad you can ask about it. I can't look things up, so I "
    "won't guess at facts here; {line} ({contact}) is there for anyone who is struggling, "
    "or worried about someone.",
)
ABOUT_SUBJECT_QUESTION = (
    "Can I ask what's bringing it up for you? If any of it is close to home, I'd like to hear.",
    "What got you thinking about it? If it's about you or someone near you, I'm listening.",
)
ABOUT_LINE_ES = (
    "{line} es una línea de crisis para cualquier persona que lo esté pasando mal o piense "
    "en el suicidio, y para quien se preocupa por alguien ({contact}{hours}). Quienes "
    "atienden saben escuchar, y es gratis y confidencial.",
)
ABOUT_LINE_FACT_ES = (
    "Primero hablan contigo y buscan contigo cómo estar a salvo: menos de {share} de cada "
    "100 llamadas necesitan que se envíen servicios de emergencia (fuente: {source_name}, "
    "{source})."
)
ABOUT_LINE_QUESTION_ES = (
    "¿Es algo a lo que estás pensando en llamar?",
    "¿Qué te hizo preguntarlo?",
)
ABOUT_HELPING_ES = (
    "Dice mucho de ti que quieras estar ahí para esa persona. No soy experto, así que no "
    "voy a adivinar, pero {line} ({contact}) también atiende a quien se preocupa por "
    "alguien, y puede ayudarte a encontrar las palabras.",
)
ABOUT_HELPING_DANGER_ES = (
    "Si crees que alguien está en peligro ahora mismo, llama al {emergency}. ¿Y tú cómo "
    "estás con todo esto?",
)
ABOUT_SUBJECT_ES = (
    "Gracias por preguntar por algo de lo que no es fácil hablar. No soy la fuente adecuada "
    "para datos o cifras, y no voy a adivinar con algo tan importante. {line} ({contact}) "
    "atiende a cualquiera que lo esté pasando mal o se preocupe por alguien.",
)
ABOUT_SUBJECT_QUESTION_ES = (
    "¿Puedo preguntarte qué te lleva a pensar en esto? Si te toca de cerca, me gustaría "
    "escucharte.",
)
