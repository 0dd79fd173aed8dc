"""Build anonymize_set.jsonl: story sentences and titles with labelled personal details.

Run `python tests/stories/data/build_anonymize_set.py` to rebuild; the output is committed.
Each row: {"text", "items": [{"type", "value"}], "part": "tune" | "holdout", "lang"}, every
value verbatim in the text. The two parts share no sentence template and no value: the
recognizers were adjusted while looking at the tune part only, and the holdout part stands
in for unseen text (``python -m benchmarks.anonymize_eval`` reports both). Names come from
more than ten languages and were written by hand for this set, not drawn from the name lists
the scrubber uses. Rows with no items check that ordinary words stay.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("anonymize_set.jsonl")

# language -> full names, first names; even positions go to tune, odd ones to holdout.
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "english": (["Hannah Whitfield", "Gareth Pryce"], ["Molly", "Callum"]),
    "spanish": (["Lucía Fernández", "Joaquín Ibarra"], ["Ximena", "Rodrigo"]),
    "portuguese": (["João Carvalho", "Beatriz Gonçalves"], ["Thiago", "Leonor"]),
    "arabic": (["Khalid Al-Mansour", "Layla Haddad"], ["Omar", "Rania"]),
    "persian": (["Dariush Farahani", "Shirin Rostami"], ["Parisa", "Kaveh"]),
    "chinese": (["Zhang Wei", "Liu Yang"], ["Xiaoming", "Jing"]),
    "japanese": (["Haruto Takahashi", "Aiko Yamamoto"], ["Sakura", "Kenji"]),
    "korean": (["Park Ji-hoon", "Kim Min-seo"], ["Seo-yeon", "Jae-won"]),
    "hindi": (["Vikram Malhotra", "Sunita Deshpande"], ["Anjali", "Rohan"]),
    "yoruba": (["Oluwaseun Adebayo", "Folake Ogunleye"], ["Temitope", "Babatunde"]),
    "igbo": (["Chukwuemeka Obi", "Adaeze Nwosu"], ["Ifeoma", "Obinna"]),
    "swahili": (["Baraka Mwangi", "Zawadi Otieno"], ["Neema", "Juma"]),
    "russian": (["Dmitri Volkov", "Natalia Sokolova"], ["Svetlana", "Alexei"]),
    "polish": (["Krzysztof Nowak", "Agnieszka Wiśniewska"], ["Małgorzata", "Wojciech"]),
    "turkish": (["Emre Yılmaz", "Ayşe Demir"], ["Elif", "Mehmet"]),
    "vietnamese": (["Nguyen Thi Lan", "Tran Van Minh"], ["Linh", "Huong"]),
    "maori": (["Hemi Parata", "Mereana Tūhoe"], ["Rangi", "Anahera"]),
    "samoan": (["Faleolo Tuilagi", "Losa Aumua"], ["Sefa", "Malia"]),
    "tagalog": (["Marites Dimaculangan", "Rodel Bautista"], ["Rowena", "Jun-Jun"]),
    "german": (["Jürgen Hoffmann", "Katrin Schröder"], ["Wolfgang", "Heike"]),
    "french": (["Amélie Dubois", "Thibault Lefèvre"], ["Margaux", "Étienne"]),
    "greek": (["Giorgos Papadopoulos", "Eleni Kostopoulou"], ["Stavros", "Dimitra"]),
    "italian": (["Giulia Romano", "Alessandro Ricci"], ["Chiara", "Lorenzo"]),
}
HONORIFIC_NAMES = [
    ("Dr. Maria Lopez", "Mrs. Okonkwo"),
    ("Dr Anand Iyer", "Ms. Fitzgerald"),
    ("Mr. Kowalczyk", "Prof. Ingrid Lindqvist"),
    ("Dr. Nomvula Dlamini", "Nurse Ratu Koroi"),
]
PLATES = [
    ("7ABC123", "KD19 XRT"),
    ("ABC-1234", "LXE 472"),
    ("GHK 5521", "8JTR294"),
    ("B-MK 4821", "AB12 CDE"),
    ("WXY 9083", "3FGH771"),
]
HANDLES = [
    ("@moonlitmaya", "@rhino_runner"),
    ("u/quiet_oak", "u/TiredTeacher88"),
    ("shadowfox#4421", "ghostlily#0907"),
    ("xXDarkPhoenixXx", "NightOwl_77"),
    ("@kaveh.draws", "@sefa_sings"),
    ("frostbyte_22", "pixelpanda99"),
]
ADDRESSES = [
    ("1234 Elm Street, Springfield", "88 Harbour Road, Wellington"),
    ("17 Rue des Lilas, Lyon", "Calle Mayor 12, Madrid"),
    ("45 Kingsway, Leeds", "9 Oak Avenue, Durban"),
    ("302 Maple Lane", "61 Pine Court, Halifax"),
]
HOSPITALS = [
    ("St. Mary's", "St Vincent's"),
    ("Groote Schuur Hospital", "Royal Free Hospital"),
    ("Hospital Universitario La Paz", "Charité"),
    ("Mount Sinai", "Addenbrooke's"),
    ("Cedars-Sinai", "Guy's and St Thomas'"),
]
PHONES = [("07911 123456", "+49 151 23456789"), ("(212) 555-0147", "0412 887 221")]
EMAILS = [("lucia.f@gmail.com", "emre.y@outlook.com"), ("hemi_p@xtra.co.nz", "g.ricci@libero.it")]

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "tune": {
        "name": [
            "My friend {name} sat with me in the waiting room for hours.",
            "When {name} called, I finally cried.",
            "{name} was the first person who believed me.",
            "I told {name} everything, and she didn't flinch.",
            "Thank you, {name}, for the walks.",
        ],
        "honorific": [
            "{name} changed my medication and it helped.",
            "My psychiatrist, {name}, listened for once.",
            "I still remember {name} saying it wasn't my fault.",
        ],
        "title_honorific": ["How {name} helped me", "{name} saved my life"],
        "plate": [
            "My car, plate {plate}, sat outside the pub every night.",
            "The police ran my plate {plate} and took me to hospital instead.",
        ],
        "handle": [
            "If you want to talk, find me at {handle}.",
            "My gamer tag is {handle} if anyone plays at night.",
            "I post my drawings as {handle} now.",
        ],
        "handle_cue": ["My username is {handle}, message me anytime."],
        "address": [
            "I lived at {address}. If anyone wants to talk, I'm around.",
            "We moved to {address}, and things got quieter.",
        ],
        "hospital": [
            "They took me to {hospital} that night.",
            "The nurses at {hospital} were kind to me.",
        ],
        "title_hospital": ["My week at {hospital}", "Leaving {hospital} for good"],
        "phone": ["Text me on {phone} if you need to."],
        "email": ["Write to me at {email}, I read everything."],
        "none": [
            "I went to AA meetings every Tuesday and it helped.",
            "My GP referred me to NHS talking therapies in March.",
            "Running in the rain made me feel alive again.",
            "I moved to Toronto and found a peer group there.",
            "God, my sister and my dog kept me going.",
            "Recovery is not a straight line, and that's okay.",
        ],
    },
    "holdout": {
        "name": [
            "Every Sunday {name} brought soup and stayed.",
            "I met {name} at group, and we still text.",
            "It was {name} who drove me to the crisis team.",
            "Without {name} I don't think I'd be here.",
            "Later {name} admitted she had been scared too.",
        ],
        "honorific": [
            "At my first appointment {name} asked what I wanted from life.",
            "{name} said I could come back any time.",
            "I wrote a letter to {name} to say thank you.",
        ],
        "title_honorific": ["What {name} taught me", "Thank you, {name}"],
        "plate": [
            "I sat in my car ({plate}) in the car park for an hour.",
            "Someone reported my number plate {plate} and a friend came.",
        ],
        "handle": [
            "You can DM me on {handle} any time.",
            "On Discord I'm {handle}, come say hi.",
            "My Xbox gamertag is {handle}; gaming kept me sane.",
        ],
        "handle_cue": ["Look me up, my username's {handle}."],
        "address": [
            "Our flat at {address} was always cold. Still, we laughed.",
            "Send cards to {address} if you like; I answer them all.",
        ],
        "hospital": [
            "I spent three weeks at {hospital} after my overdose.",
            "A volunteer from {hospital} visited me at home.",
        ],
        "title_hospital": ["After {hospital}", "What {hospital} got right"],
        "phone": ["My number is {phone}; call after six."],
        "email": ["You can email {email} and I'll reply."],
        "none": [
            "I joined a Samaritans training course last year.",
            "Lithium made me tired at first, then steady.",
            "My therapist suggested journaling and I laughed, then tried it.",
            "We walked along the beach in Cornwall every weekend.",
            "I read the Bible and the Quran looking for answers.",
            "Some days the best I can do is shower, and that counts.",
        ],
    },
}


def _values(pairs: list[tuple[str, str]], part: str) -> list[str]:
    return [pair[0 if part == "tune" else 1] for pair in pairs]


def rows_for(part: str) -> list[dict]:
    rng = random.Random(f"kindred-anonymize-{part}")
    side = 0 if part == "tune" else 1
    templates = TEMPLATES[part]
    rows: list[dict] = []

    def add(template: str, slot: str, value: str, kind: str, lang: str = "") -> None:
        text = template.format(**{slot: value})
        rows.append({"text": text, "items": [{"type": kind, "value": value}], "lang": lang})

    for lang, (full, first) in NAMES.items():
        for value in (full[side], first[side]):
            for template in rng.sample(templates["name"], 3):
                add(template, "name", value, "name", lang)
        add(rng.choice(templates["title_honorific"]), "name", full[side], "name", lang)
    for value in _values(HONORIFIC_NAMES, part):
        for template in templates["honorific"] + templates["title_honorific"]:
            add(template, "name", value, "name")
    for value in _values(PLATES, part):
        for template in templates["plate"]:
            add(template, "plate", value, "plate")
    for value in _values(HANDLES, part):
        for template in templates["handle"] + templates["handle_cue"]:
            add(template, "handle", value, "handle")
    for value in _values(ADDRESSES, part):
        for template in templates["address"]:
            add(template, "address", value, "address")
    for value in _values(HOSPITALS, part):
        for template in templates["hospital"] + templates["title_hospital"]:
            add(template, "hospital", value, "hospital")
    for value in _values(PHONES, part):
        add(templates["phone"][0], "phone", value, "phone")
    for value in _values(EMAILS, part):
        add(templates["email"][0], "email", value, "email")
    combo = (
        "How {name} at {hospital} helped me" if side == 0 else "{name} and the night at {hospital}"
    )
    for name, place in zip(_values(HONORIFIC_NAMES, part), _values(HOSPITALS, part), strict=False):
        text = combo.format(name=name, hospital=place)
        items = [{"type": "name", "value": name}, {"type": "hospital", "value": place}]
        rows.append({"text": text, "items": items, "lang": ""})
    for text in templates["none"]:
        rows.append({"text": text, "items": [], "lang": ""})
    for row in rows:
        row["part"] = part
    return rows


def main() -> None:
    rows = rows_for("tune") + rows_for("holdout")
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
