"""Titles said before a name, shared by the scrubber and its recognizers without an import
cycle and without loading Presidio: "Dr. Maria Lopez" is one name with its title."""

HONORIFIC = (
    r"\b(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Nurse|Pastor|Father|Sister|Brother|Rev|"
    r"Imam|Rabbi|Coach|Aunty|Auntie|Uncle|Sheikh|Pandit|Sensei|Señor|Señora|Sr|Sra|Mme|Madame|"
    r"Herr|Frau|Dott|Dra|"
    # Other languages' titles: Indonesian, Spanish, Vietnamese, Dutch, Scandinavian, Italian.
    r"Drs|Sr\(a\)|Srta|Doña|Dña|Bà|Ông|Mevr|Dhr|Hr|Fru|Sig\.ra|Sig|Mlle)\.?"
)
