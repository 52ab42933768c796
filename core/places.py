"""Countries and capitals by name: geographic knowledge the tagger's labels lack.

The small English pipeline now and then calls a capital a person ("Kyiv") or a
country an organisation; names listed here are places whatever the tagger
says.  The events use the same table to read "Moscow said" as Russia.
"""

from __future__ import annotations

#: Country → the names it goes by (the first is how gazetteers usually spell it).
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "United States": ("United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"),
    "United Kingdom": ("United Kingdom", "U.K.", "UK", "Britain", "Great Britain"),
    "Russia": ("Russia", "Russian Federation"),
    "China": ("China", "People's Republic of China", "PRC"),
    "South Korea": ("South Korea", "Republic of Korea"),
    "North Korea": ("North Korea", "DPRK"),
    "Czech Republic": ("Czech Republic", "Czechia"),
    "Netherlands": ("Netherlands", "the Netherlands", "Holland"),
    "United Arab Emirates": ("United Arab Emirates", "UAE"),
}

#: Capital (or seat of government) → country.  Left out: cities whose name is
#: also a common word or a person's name ("Victoria", "Kingston"), and seats of
#: international bodies, where the name stands for the body ("Brussels" for the
#: EU, "Geneva" for the UN).
CAPITALS: dict[str, str] = {
    "Washington": "United States", "Washington, D.C.": "United States", "Moscow": "Russia",
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Beijing": "China", "Peking": "China", "London": "United Kingdom",
    "Paris": "France", "Berlin": "Germany", "Rome": "Italy", "Madrid": "Spain", "Lisbon": "Portugal",
    "Amsterdam": "Netherlands", "The Hague": "Netherlands",
    "Bern": "Switzerland", "Vienna": "Austria", "Warsaw": "Poland", "Prague": "Czech Republic",
    "Bratislava": "Slovakia", "Budapest": "Hungary", "Bucharest": "Romania", "Sofia": "Bulgaria",
    "Belgrade": "Serbia", "Zagreb": "Croatia", "Ljubljana": "Slovenia", "Sarajevo": "Bosnia and Herzegovina",
    "Podgorica": "Montenegro", "Skopje": "North Macedonia", "Tirana": "Albania", "Pristina": "Kosovo",
    "Athens": "Greece", "Ankara": "Turkey", "Nicosia": "Cyprus", "Valletta": "Malta", "Dublin": "Ireland",
    "Reykjavik": "Iceland", "Oslo": "Norway", "Stockholm": "Sweden", "Helsinki": "Finland",
    "Copenhagen": "Denmark", "Tallinn": "Estonia", "Riga": "Latvia", "Vilnius": "Lithuania",
    "Minsk": "Belarus", "Chisinau": "Moldova", "Tbilisi": "Georgia", "Yerevan": "Armenia", "Baku": "Azerbaijan",
    "Astana": "Kazakhstan", "Tashkent": "Uzbekistan", "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan",
    "Ashgabat": "Turkmenistan", "Tehran": "Iran", "Baghdad": "Iraq", "Damascus": "Syria", "Beirut": "Lebanon",
    "Amman": "Jordan", "Riyadh": "Saudi Arabia", "Doha": "Qatar",
    "Abu Dhabi": "United Arab Emirates", "Muscat": "Oman", "Sanaa": "Yemen", "Kuwait City": "Kuwait",
    "Manama": "Bahrain", "Kabul": "Afghanistan", "Islamabad": "Pakistan", "New Delhi": "India",
    "Kathmandu": "Nepal", "Dhaka": "Bangladesh", "Colombo": "Sri Lanka", "Naypyidaw": "Myanmar",
    "Bangkok": "Thailand", "Hanoi": "Vietnam", "Phnom Penh": "Cambodia", "Vientiane": "Laos",
    "Kuala Lumpur": "Malaysia", "Jakarta": "Indonesia", "Manila": "Philippines", "Taipei": "Taiwan",
    "Seoul": "South Korea", "Pyongyang": "North Korea", "Tokyo": "Japan", "Ulaanbaatar": "Mongolia",
    "Canberra": "Australia", "Wellington": "New Zealand", "Ottawa": "Canada", "Mexico City": "Mexico",
    "Havana": "Cuba", "Caracas": "Venezuela", "Bogota": "Colombia", "Bogotá": "Colombia", "Quito": "Ecuador",
    "Lima": "Peru", "Brasilia": "Brazil", "Brasília": "Brazil", "Buenos Aires": "Argentina",
    "Santiago": "Chile", "Montevideo": "Uruguay", "Asuncion": "Paraguay", "La Paz": "Bolivia",
    "Cairo": "Egypt", "Tripoli": "Libya", "Tunis": "Tunisia", "Algiers": "Algeria", "Rabat": "Morocco",
    "Khartoum": "Sudan", "Addis Ababa": "Ethiopia", "Nairobi": "Kenya", "Kampala": "Uganda",
    "Kigali": "Rwanda", "Dodoma": "Tanzania", "Pretoria": "South Africa", "Abuja": "Nigeria",
    "Accra": "Ghana", "Dakar": "Senegal", "Bamako": "Mali", "Niamey": "Niger", "Kinshasa": "DR Congo",
    "Luanda": "Angola", "Harare": "Zimbabwe", "Mogadishu": "Somalia", "Asmara": "Eritrea",
}


def _key(name: str) -> str:
    return name.casefold().removeprefix("the ").strip()


_PLACES = {_key(n) for n in CAPITALS} | {_key(n) for names in COUNTRY_NAMES.values() for n in names} \
    | {_key(c) for c in CAPITALS.values()}


def is_known_place(name: str) -> bool:
    """A country or capital by one of its usual names ("Kyiv", "Britain", "the Netherlands")."""
    return _key(name) in _PLACES
