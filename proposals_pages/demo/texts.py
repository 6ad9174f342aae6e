"""Swedish texts for the dialogue sessions, forum meetings and commission meetings, and the
invented people who proposed things. plan.py fills in the blanks."""

# How each theme reads in a sentence: "Dialog om {phrase} på Fittja torg".
THEME_PHRASES = {
    "trygghet": "trygghet",
    "unga": "ungas fritid",
    "aldre": "äldres situation",
    "utemiljo": "parker och utemiljö",
    "idrott": "idrott och hälsa",
    "kultur": "kultur och mötesplatser",
}

# Where a session on each theme is held (content.AREAS places) and what kind of place it is.
THEME_PLACES = {
    None: [("torg", "square"), ("gard", "housing")],
    "trygghet": [("gard", "housing"), ("torg", "square")],
    "unga": [("fritidsgard", "youth_centre"), ("skola", "school")],
    "aldre": [("aldreboende", "senior_home"), ("hall", "community_hall")],
    "utemiljo": [("park", "other"), ("gard", "housing")],
    "idrott": [("idrottsplats", "other"), ("skola", "school")],
    "kultur": [("bibliotek", "library"), ("hall", "community_hall")],
}

OPEN_TITLE = "Öppen dialog på {place}"
THEME_TITLE = "Dialog om {phrase} på {place}"
FORUM_TITLE = "Dialogforum {area}: {topic}"

OPEN_INTRODUCTION = (
    "Träffa politikerna i Dialogkommissionen på {place} och lämna dina förslag för {area}."
)
THEME_INTRODUCTION = "Dialog om {phrase} i {area}, med politikerna i Dialogkommissionen."
FORUM_INTRODUCTION = "Dialogforum {area} bjuder in till öppet möte om {topic_lower}."

OPEN_DESCRIPTION = (
    "Kom och träffa politikerna i Dialogkommissionen på {place}! Vi sitter i soffor, bjuder "
    "på fika och lyssnar på dina idéer för {area}. Politiker och tjänstemän hjälper dig att "
    "skriva in ditt förslag på plats. Du kan prata med oss på svenska, engelska, arabiska, "
    "somaliska, turkiska och finska."
)
THEME_DESCRIPTION = (
    "Den här dialogen handlar om {phrase} i {area}. {question} Politikerna i "
    "Dialogkommissionen lyssnar, och dina förslag går vidare till förvaltningarna för "
    "prislapp och till kommissionen för beslut. Vi bjuder på fika."
)
THEME_QUESTIONS = {
    "trygghet": "Var känner du dig otrygg, och vad skulle göra skillnad?",
    "unga": "Vad saknar du att göra på kvällar och helger? Fritidsledarna och "
    "fältassistenterna är med.",
    "aldre": "Hur är det att bli äldre här? Vad behövs för att du ska kunna ta dig fram och "
    "träffa andra?",
    "utemiljo": "Vad vill du göra med parkerna, lekplatserna och gårdarna?",
    "idrott": "Var vill du kunna träna, spela och röra på dig utan att det kostar?",
    "kultur": "Vilka mötesplatser och kulturaktiviteter saknar du?",
}
FORUM_DESCRIPTION = (
    "Dialogforum {area} är ett öppet möte där invånare träffar förtroendevalda från "
    "området. Forumet fattar inga beslut, men synpunkterna lämnas till berörd nämnd genom "
    "protokollet. Kvällens ämne: {topic_lower}. Alla är välkomna, ingen anmälan behövs."
)
CANCELLED_DESCRIPTION = (
    "Dialogen är inställd på grund av coronapandemin och Folkhälsomyndighetens råd. Lämna "
    "gärna ditt förslag på den digitala plattformen i stället."
)

SUMMARY_TOPICS = {
    None: "Samtalen handlade om allt från lekplatser och skräp till busstider och "
    "fritidsgårdens öppettider.",
    "trygghet": "Många tog upp belysningen, buskar som skymmer sikten och hur det känns att "
    "gå hem sent på kvällen.",
    "unga": "De unga pratade mest om vad som finns att göra på kvällar och helger, och om "
    "platser där man får vara utan att det kostar.",
    "aldre": "Samtalen handlade om ensamhet, bänkar att vila på, snöröjning och hjälp med "
    "digitala tjänster.",
    "utemiljo": "Lekplatserna, grönytorna och skötseln av gårdarna var det som flest tog upp.",
    "idrott": "Många efterfrågade platser att träna på utan att betala, och belysning så att "
    "det går att träna på vinterkvällarna.",
    "kultur": "Deltagarna efterfrågade mötesplatser för alla åldrar, språkcaféer och mer "
    "kultur på torget.",
}
SUMMARY = "Omkring {participants} personer kom till {place}. {topics} {outcome}"
SUMMARY_WITH_PROPOSALS = "Förslagen som skrevs in på plats finns listade här nedanför."
SUMMARY_WITHOUT_PROPOSALS = (
    "Inga nya förslag skrevs in den här gången, men synpunkterna har lämnats till förvaltningarna."
)
FORUM_SUMMARY = (
    "Dialogforum {area} samlade {participants} deltagare. Samtalet handlade om "
    "{topic_lower}. Synpunkterna har lämnats till berörd nämnd genom protokollet."
)

FORUM_TOPICS = [
    "Trafiken och bussarna",
    "Trygghet i centrum",
    "Ungas fritid",
    "Skötseln av parkerna",
    "Äldres vardag",
    "Föreningslivet",
]

# Commission meetings.
MEETING_TITLE = "Sammanträde {date}"
MEETING_INTRODUCTION_PAST = (
    "Dialogkommissionen beslutade om {decided} förslag och beviljade {granted} av dem."
)
MEETING_INTRODUCTION_PAST_NONE = (
    "Dialogkommissionen följde upp beviljade förslag och planerade kommande dialoger."
)
MEETING_INTRODUCTION_UPCOMING = (
    "Dialogkommissionen sammanträder {date}. Sammanträdet är öppet för allmänheten."
)
MEETING_AGENDA_ITEMS = [
    "Sammanträdet öppnas och en justerare utses",
    "Områdesstrategen i {area} informerar om området",
    "Beslut om medborgarförslag från {areas}",
    "Uppföljning av beviljade förslag som genomförs",
    "Planering av kommande dialoger",
    "Övriga frågor",
]
MEETING_AGENDA_ITEMS_NO_DECISIONS = [
    "Sammanträdet öppnas och en justerare utses",
    "Områdesstrategen i {area} informerar om området",
    "Uppföljning av beviljade förslag som genomförs",
    "Planering av kommande dialoger",
    "Övriga frågor",
]

# Invented proposers: (first names, last names, preferred languages to pick from).
PROPOSER_GROUPS = [
    (
        ["Anna", "Karin", "Lars", "Eva", "Per", "Lena", "Mats", "Birgitta", "Oskar", "Elsa"],
        ["Lindqvist", "Holm", "Nyberg", "Sundström", "Axelsson", "Berg", "Wallin", "Dahl"],
        ["sv"],
    ),
    (
        ["Pirjo", "Matti", "Aino", "Juha", "Tuula"],
        ["Laine", "Koskinen", "Heikkinen", "Niemi"],
        ["fi", "sv"],
    ),
    (
        ["Amira", "Yousef", "Nour", "Omar", "Rania", "Khaled", "Layla"],
        ["Haddad", "Khalil", "Al-Sayed", "Mansour", "Nasser"],
        ["ar", "ar", "sv"],
    ),
    (
        ["Hodan", "Abdirahman", "Sahra", "Mohamed", "Fadumo", "Abdi"],
        ["Warsame", "Farah", "Mohamud", "Hassan", "Jama"],
        ["so", "so", "sv"],
    ),
    (
        ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe"],
        ["Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk"],
        ["tr", "tr", "sv"],
    ),
    (
        ["Sara", "Ninos", "Maryam", "Aday", "Daniel"],
        ["Gabriel", "Isik", "Shamoun", "Barsom"],
        ["sv"],
    ),
    (
        ["James", "Grace", "Samuel", "Ruth"],
        ["Miller", "Okafor", "Mensah", "Taylor"],
        ["en"],
    ),
]

# A line on how to find each kind of place, after the area's public transport.
PLACE_DIRECTIONS = {
    "square": "Vi finns mitt på torget, under tält om det regnar.",
    "housing": "Vi står på gården med soffor och fika.",
    "youth_centre": "Ingången ligger på baksidan. Lokalen är tillgänglig med rullstol.",
    "senior_home": "Samlingssalen på bottenvåningen. Tillgänglig med rullstol, hörslinga finns.",
    "library": "I bibliotekets läsesal. Tillgänglig med rullstol, hörslinga finns.",
    "school": "På skolgården vid huvudentrén.",
    "community_hall": "Stora salen. Tillgänglig med rullstol, hörslinga finns.",
    "other": "Vi finns vid entrén, leta efter de gula sofforna.",
}
