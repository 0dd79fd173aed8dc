"""Curated peer-support replies for the offline companion, written for Kindred.

Each intent has example messages (matched by meaning with embeddings) and the four parts of
a reply: a validation, a reflection, one open question and one coping idea. No reply
diagnoses, advises on medication or claims to be a person; the companion adds a story or a
group and at least one human route.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    examples: tuple[str, ...]
    validate: str
    reflect: str
    question: str
    coping: str


INTENTS: tuple[Intent, ...] = (
    Intent(
        "low_mood",
        (
            "I feel so down lately",
            "everything feels heavy",
            "I can't get out of bed",
            "I feel empty and numb",
            "my depression is bad this week",
        ),
        "That sounds really heavy, and I'm glad you told me.",
        "It sounds like even ordinary things are taking a lot out of you right now.",
        "What has the last few days been like for you?",
        "Some people find one very small step helps on days like this: a glass of water, "
        "opening a window, or a few minutes outside.",
    ),
    Intent(
        "loneliness",
        (
            "I feel so alone",
            "nobody texts me back",
            "I have no friends",
            "I'm lonely since I moved",
            "I feel invisible",
        ),
        "Loneliness hurts, and a lot of people carry it quietly.",
        "It sounds like you're missing people who really get you.",
        "Who, even a little, has felt easy to be around in the past?",
        "Some people start small: one message to someone they miss, or sitting in on a peer "
        "group where you don't have to say anything at first.",
    ),
    Intent(
        "anxiety",
        (
            "I'm so anxious I can't breathe",
            "I had a panic attack",
            "I can't stop worrying",
            "my heart is racing and I feel scared",
            "I'm nervous all the time",
        ),
        "That sounds frightening and exhausting.",
        "It sounds like your body and mind have been on high alert.",
        "What tends to set it off, or does it seem to come out of nowhere?",
        "A slow breath can help: in for four, hold for four, out for six, a few times. "
        "Naming five things you can see can also bring you back to the room.",
    ),
    Intent(
        "grief",
        (
            "my mom passed away",
            "I miss him so much since the funeral",
            "my dog died",
            "I lost my best friend",
            "grief keeps hitting me in waves",
        ),
        "I'm so sorry. Losing someone you love changes everything.",
        "It sounds like you're carrying a lot of love with nowhere to put it right now.",
        "What do you miss most about them?",
        "Some people find it helps to write a letter to the person they lost, or to spend a "
        "few minutes with a photo and let whatever comes, come.",
    ),
    Intent(
        "breakup",
        (
            "my partner left me",
            "we broke up",
            "I got dumped",
            "my marriage is ending",
            "my partner cheated on me",
        ),
        "That's a painful loss, and it makes sense that it hurts this much.",
        "It sounds like you're grieving the relationship and the future you pictured.",
        "How have you been looking after yourself since it happened?",
        "It can help to lean on one or two people you trust, and to go easy on checking "
        "their social media for a while.",
    ),
    Intent(
        "work_money",
        (
            "I lost my job",
            "I got fired today",
            "I'm so stressed about bills",
            "work is crushing me",
            "I can't pay rent",
        ),
        "That's a lot of pressure, and it's understandable to feel shaken.",
        "It sounds like the ground moved under you, practically and emotionally.",
        "What feels most urgent to you right now?",
        "Writing down the next one or two concrete steps, and nothing more, can make it feel "
        "a little more manageable.",
    ),
    Intent(
        "sleep",
        (
            "I can't sleep",
            "my mind races at night",
            "I keep waking up at 3am",
            "I'm exhausted but can't fall asleep",
            "nightmares keep waking me",
        ),
        "Not sleeping makes everything harder, and it's so draining.",
        "It sounds like nights have become a hard part of the day for you.",
        "What usually goes through your mind when you're lying awake?",
        "Some people keep a notepad by the bed to park racing thoughts, and get up for a quiet "
        "few minutes if sleep doesn't come.",
    ),
    Intent(
        "self_worth",
        (
            "I feel worthless",
            "I'm such a failure",
            "I hate myself",
            "I'm useless",
            "everyone is better than me",
        ),
        "I'm sorry you're feeling this way about yourself. Those thoughts can be so loud.",
        "It sounds like you're being really hard on yourself right now.",
        "What would you say to a friend who told you they felt this way?",
        "Some people find it helps to write down one thing they handled today, however small.",
    ),
    Intent(
        "family_conflict",
        (
            "I keep fighting with my family",
            "my parents don't understand me",
            "my sister and I had a huge argument",
            "home feels tense all the time",
        ),
        "Conflict with people close to you can be really painful.",
        "It sounds like you want to be understood by them, and it isn't happening.",
        "What would feel like a small step toward things being a bit calmer?",
        "Taking a short break before replying in a heated moment can give you some room.",
    ),
    Intent(
        "recovery",
        (
            "I'm scared of relapsing",
            "I'm worried my symptoms are coming back",
            "I relapsed on drinking",
            "I'm trying to stay on track with my recovery",
        ),
        "Recovery isn't a straight line, and noticing this takes real awareness.",
        "It sounds like you care about keeping the ground you've gained.",
        "What has helped you get through a rough patch before?",
        "Some people keep a short list of early warning signs and the people they'll call.",
    ),
    Intent(
        "trauma",
        (
            "I keep having flashbacks",
            "memories of the assault come back",
            "I feel unsafe since the accident",
            "loud noises make me jump",
        ),
        "What you went through matters, and your reactions make sense.",
        "It sounds like your mind is still trying to protect you from something painful.",
        "What helps you feel even a little more grounded when it comes up?",
        "Pressing your feet into the floor and noticing the temperature of the air can help "
        "you come back to the present.",
    ),
    Intent(
        "positive",
        (
            "I had a good day",
            "I'm proud of myself",
            "I went to my first group",
            "I feel better this week",
            "I'm six months sober",
        ),
        "That's really good to hear, thank you for sharing it.",
        "It sounds like something went right, and you made part of that happen.",
        "What do you think helped today?",
        "It can be worth noting what went well somewhere you'll see it on a harder day.",
    ),
    Intent(
        "find_help",
        (
            "can you help me find a group",
            "where's the nearest warmline",
            "how do I find a therapist",
            "what is a peer specialist",
            "I want to talk to someone",
        ),
        "Reaching out is a strong step, and I'm glad you're looking.",
        "It sounds like you'd like to find people who can support you.",
        "What kind of support would feel most comfortable: a group, a phone line, or one person?",
        "The Find a group page lists peer groups and warmlines; many welcome first-timers.",
    ),
    Intent(
        "greeting",
        ("hi", "hello", "how are you", "what can you do", "good morning", "hey there"),
        "Hi, I'm glad you're here.",
        "This is a space to talk about how things are going, at your own pace.",
        "How are you doing today?",
        "I can also share recovery stories from other people, or help you find a group.",
    ),
)

FALLBACK = Intent(
    "general",
    (),
    "Thank you for sharing that with me.",
    "It sounds like there's a lot on your mind.",
    "What would feel most helpful to talk about right now?",
    "Some people find it helps to pause for a few slow breaths before going on.",
)

CONCERN_OPENING = (
    "I'm really glad you reached out. What you're feeling matters, and you deserve support "
    "from people too."
)
STORY_INTRO = "Someone else wrote about something similar:"
GROUP_INTRO = "There's a group near you that might help:"
