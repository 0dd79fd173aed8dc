"""Build pii.jsonl: story sentences with planted personal details, 110 of every kind.

Run `python tests/stories/data/build_pii_set.py` to rebuild; the output is committed so the
test reads a fixed file. Each row: {"text": ..., "items": [{"type": ..., "value": ...}]},
where every value appears verbatim in the text. Templates are sentences as people write them
in a recovery story; values span the countries Kindred serves.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PER_KIND = 110
OUT = Path(__file__).with_name("pii.jsonl")

VALUES: dict[str, list[str]] = {
    "name": [
        "Priya Sharma", "Adaeze", "Tomás Herrera", "Siobhan", "Wiremu", "Mei Ling", "Jamal",
        "Kwame Mensah", "Rosa", "Declan O'Brien", "Aroha", "Chidi", "Fatima Bello", "Liam",
        "Grace Okafor", "Ananya", "Marisol", "Connor Walsh", "Lakshmi", "Bongani", "Hannah",
        "Miguel Santos", "Yusuf", "Charlotte Reid", "Tane", "Olumide", "Aisha Khan", "Brendan",
        "Nkechi", "Rahul Menon", "Jess", "Maria Clara Reyes", "Darnell", "Eilidh", "Ravi",
        "Guadalupe", "Finn", "Ngozi Adeyemi", "Harpreet", "Kieran", "Isabella", "Tavita",
        "Sione", "Mateo", "Bridget", "Arjun Patel", "Kaya", "Dylan", "Chiamaka", "Sean Murphy",
    ],
    "email": [
        "priya.s@gmail.com", "dave_runs@hotmail.co.uk", "mk.okafor@yahoo.com",
        "siobhan.walsh@eircom.net", "tane1989@xtra.co.nz", "rosa.mendez@outlook.com",
        "jamal.w@protonmail.com", "aroha.nz@gmail.com", "f.bello@yahoo.co.uk",
        "liam.obrien@icloud.com", "chidi.n@gmail.com", "ananya.r@rediffmail.com",
        "marisol_88@hotmail.com", "quietriver@proton.me", "bongani.z@webmail.co.za",
        "hannah.k@bigpond.com", "miguel.santos@gmail.com", "yusuf.ali@live.com",
        "c.reid@btinternet.com", "grace.okafor@mail.com", "raj.menon@gmail.com",
    ],
    "phone": [
        "(415) 555-0132", "07700 900123", "+44 7700 900456", "0412 345 678", "+61 412 345 678",
        "021 123 4567", "+64 21 123 4567", "087 123 4567", "+353 87 123 4567",
        "+91 98765 43210", "098765 43210", "0803 123 4567", "+234 803 123 4567",
        "+52 55 1234 5678", "0917 123 4567", "+63 917 123 4567", "416-555-0199",
        "(604) 555-0147", "202-555-0186", "+1 312 555 0175", "555-867-5309",
    ],
    "address": [
        "42 Elm Street, Springfield, IL 62704", "17 Baker Street, London NW1 6XE",
        "221 Queen Street West, Toronto", "8 Wattle Grove, Parramatta NSW 2150",
        "Flat 3, 12 Harcourt Road, Dublin", "55 Ponsonby Road, Auckland 1011",
        "14 MG Road, Bengaluru 560001", "23 Allen Avenue, Ikeja", "Calle Reforma 214, Mexico City",
        "1450 Rizal Avenue, Manila", "908 Maple Drive, Columbus, OH 43215",
        "Apt 4B, 310 Ocean Avenue, Brooklyn, NY 11226", "77 Ferry Lane, Cork",
        "6 Kowhai Crescent, Hamilton", "301 King Street East, Hamilton, ON",
        "12 Jacaranda Close, Brisbane QLD 4000", "9 Rosemary Lane, Leeds LS6 2QT",
        "400 Main Street, Bozeman, MT 59715", "31 Victoria Road, Cape Town",
        "2 Church Terrace, Galway", "88 Bleecker Street, New York",
    ],
    "link": [
        "https://myrecoveryblog.wordpress.com", "www.instagram.com/sunnysidejess",
        "https://www.facebook.com/marisol.mendez.77", "http://tanes-journal.blogspot.com",
        "https://medium.com/@quietriver/surviving-winter", "www.linkedin.com/in/rahul-menon-22",
        "https://www.tiktok.com/@aroha.draws", "https://youtube.com/c/BipolarBrendan",
        "https://gofund.me/3a9f21bc", "www.rosapaints.co.uk", "https://bit.ly/3xYzAbc",
        "https://substack.com/@kwamewrites", "https://www.reddit.com/user/quietriver",
        "https://chidi-poems.netlify.app", "www.grace-okafor.com/about",
    ],
    "handle": [
        "@sunny_days_22", "@rosapaints", "@bipolar.brendan", "@quiet_river", "@kwame.writes",
        "@aroha_draws", "@liamruns", "@priya_s", "@chidi.poems", "@dublin_dave",
        "@mum_of_three_nz", "@recoveringRaj", "@Grace_O", "@marisolmx", "@tane.sings",
        "u/quietriver", "u/throwaway_sad_22", "@hannah_k", "@yusuf.ali", "@eilidh_writes",
    ],
    "date of birth": [
        "March 3, 1987", "14/03/1989", "03/14/1989", "2 July 1995", "1992-11-08",
        "12th of May 2001", "September 9, 1979", "27.06.1984", "January 30, 2003",
        "5 December 1968", "August 21, 1990", "11/02/1999", "24th October 1975",
        "April 1, 1986", "1973-03-17", "19 February 2000",
    ],
    # "label|number": the label stays readable in the story, the number is the planted item.
    "id number": [
        "MRN|00482913", "medical record number|7730215", "NHS number|943 476 5919",
        "SSN|123-45-6789", "social security number|078-05-1120", "SIN|046 454 286",
        "Medicare number|2123 45670 1", "Aadhaar|4567 8901 2345", "PPS number|1234567TA",
        "IRD number|049-091-850", "patient ID|P-559201", "hospital number|H4471902",
        "health card number|1234-567-890", "student ID|20214417", "employee ID|E77813",
        "case number|2019-CF-00817", "NI number|QQ 12 34 56 C", "passport number|K8821734",
        "PhilHealth number|12-050054672-3", "member ID|XJH441902783",
    ],
    "hospital": [
        "St. Mary's Hospital", "Royal Melbourne Hospital", "Mercy Medical Center",
        "St Vincent's Hospital", "Bellevue Hospital", "Groote Schuur Hospital",
        "Lagos University Teaching Hospital", "Auckland City Hospital",
        "Maudsley Hospital", "Cork University Hospital", "Sunnybrook Health Centre",
        "Riverside Behavioral Health", "Philippine General Hospital", "Mount Sinai Hospital",
        "Kings County Hospital", "Christchurch Hospital", "Lakeview Psychiatric Hospital",
        "Hospital of the University of Pennsylvania", "Pine Ridge Treatment Center",
        "Ninewells Hospital",
    ],
    "school": [
        "Lincoln High School", "St. Patrick's College", "Westlake Girls High School",
        "Trinity College Dublin", "University of Toronto", "Ridgeview Middle School",
        "Kendriya Vidyalaya School", "Harbourside Primary School", "Auckland Grammar School",
        "Jefferson Elementary", "Ateneo de Manila University", "University of Lagos",
        "Monash University", "Glasgow Caledonian University", "Oakwood Academy",
        "Santa Monica College", "Bishop Cotton Boys School", "Ballymun Community College",
        "Riverdale Secondary School", "Loyola Marymount University",
    ],
    "workplace": [
        "Amazon", "Tesco", "Walmart", "Infosys", "Wells Fargo Bank", "Woolworths",
        "Deloitte", "Google", "Accenture", "Shoprite", "Jollibee", "Pemex", "Starbucks",
        "Air New Zealand", "Telstra", "Dunnes Stores", "Target", "Tim Hortons",
        "Northgate Logistics", "Harbor Freight Tools", "Kmart", "Sainsbury's",
    ],
}

TEMPLATES: dict[str, list[str]] = {
    "name": [
        "My sister {x} was the one who drove me to my first appointment.",
        "I finally told my friend {x} what had been going on for months.",
        "My therapist, {x}, never once made me feel stupid for crying.",
        "A peer worker called {x} sat with me in the waiting room.",
        "Hi, I'm {x}, and this is the story of my first year sober.",
        "{x} from my group texted me every morning that winter.",
        "My name is {x} and I have lived with bipolar for ten years.",
        "When {x} moved out, the flat went very quiet.",
        "I still think about what {x} said to me that night on the phone.",
        "My husband {x} learned to notice when I stopped sleeping.",
        "Dr. {x} listened properly and we changed my plan together.",
        "Our daughter {x} was born in the middle of a heatwave.",
        "I used to hide everything from my mum and from {x}.",
        "The group facilitator, a woman named {x}, had been where I was.",
    ],
    "email": [
        "If anyone wants to talk, my email is {x} and I do reply.",
        "You can write to me at {x}, I check it most evenings.",
        "I sent a long message to {x} at three in the morning.",
        "Contact: {x}",
        "My old counsellor still answers at {x} when I get stuck.",
        "I set up {x} just for the group so I could keep it separate.",
    ],
    "phone": [
        "Text me on {x} if you need someone who gets it.",
        "My mobile is {x}, any time after six.",
        "I wrote {x} on my hand so I would not lose it.",
        "Call me on {x} if you are in the area and want a coffee.",
        "The number I kept calling was my aunt's, {x}.",
        "My phone number back then was {x} and it rang constantly.",
    ],
    "address": [
        "I was living at {x} when it all fell apart.",
        "We moved into {x} the spring my son was born.",
        "The group met in the back room at {x} every Tuesday.",
        "My address is {x} if anyone wants to send a letter.",
        "Back then I rented a tiny room at {x} with no heating.",
        "Mum still lives at {x}, in the house I grew up in.",
    ],
    "link": [
        "I started writing about it on {x} and people found me.",
        "My art from that year is at {x} if you want to see it.",
        "You can read the rest on my blog, {x}.",
        "I found the group through a post on {x}.",
        "My fundraiser for the walk is {x}.",
    ],
    "handle": [
        "Follow me at {x} where I post my recovery drawings.",
        "Message me on Instagram, I'm {x}.",
        "I'm {x} on Twitter if you want to chat.",
        "My old account {x} is where I first talked about it.",
        "Some nights I only posted as {x} and nobody knew it was me.",
        "Find me on TikTok as {x}.",
    ],
    "date of birth": [
        "I was born on {x} in a small town outside the city.",
        "My date of birth is {x}, and I thought I wouldn't see thirty.",
        "DOB: {x}.",
        "I was born {x}, the youngest of four.",
        "The nurse asked my date of birth, {x}, about six times that night.",
        "My birthday is {x} and last year I spent it with my group.",
    ],
    "id number": [
        "My {x} is written on every letter they sent me.",
        "I memorised my {x} from all the forms.",
        "They kept asking for my {x} at reception.",
        "The discharge paper had my {x} printed at the top.",
        "I still have the wristband with {x} on it.",
        "My file says {x} and a lot of words I didn't understand.",
    ],
    "hospital": [
        "I spent three weeks on the ward at {x} in the autumn.",
        "They admitted me to {x} after my mum called for help.",
        "The nurses at {x} were kinder than I expected.",
        "I was discharged from {x} with a plan and a peer worker.",
        "My first night at {x} I didn't sleep at all.",
        "The day unit at {x} was where things started to change.",
        "I had my baby at {x} and the midwife noticed I wasn't okay.",
    ],
    "school": [
        "I was sixteen at {x} when the panic attacks started.",
        "Nobody at {x} knew I wasn't eating.",
        "I dropped out of {x} in my second year.",
        "Years later I went back to {x} to finish my degree.",
        "The counsellor at {x} was the first adult I told.",
        "I teach at {x} now and I talk openly about anxiety.",
        "My son started at {x} the same week I started therapy.",
    ],
    "workplace": [
        "I worked at {x} for six years before I burned out.",
        "I got a job at {x} stacking shelves on night shifts.",
        "My manager at {x} gave me time off without asking questions.",
        "I was laid off from {x} and stopped leaving the house.",
        "After rehab I was hired by {x} and my boss knew everything.",
        "I had been working for {x} since I left school.",
        "The night shifts at {x} were wrecking my sleep.",
        "I quit my job at {x} the week before my first group.",
    ],
}


def build(seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for kind, templates in TEMPLATES.items():
        values = VALUES[kind]
        for i in range(PER_KIND):
            written = values[i % len(values)]
            template = templates[(i // len(values) + i) % len(templates)]
            label, _, value = written.rpartition("|")
            text = template.format(x=f"{label} {value}" if label else value)
            rows.append({"text": text, "items": [{"type": kind, "value": value}]})
    rng.shuffle(rows)
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
