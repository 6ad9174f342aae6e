"""The demo's fixed Swedish content: the site's sections, areas, themes, administrations and
the commission. Plain data; builder.py turns it into pages and rows.

Names of people, e-mail addresses and phone numbers are invented. Phone numbers are taken
from the range the Swedish telecom regulator (PTS) reserves for fiction (070-174 06 05-99).
"""

SITE_NAME = "Botkyrka medborgardialog"

HOME = {
    "title": "Medborgardialog i Botkyrka",
    "slug": "home",
    "introduction": (
        "Följ vad som händer med invånarnas förslag i Botkyrka: från samtalet på torget, "
        "via prislapp och beslut i Dialogkommissionen, till det färdiga resultatet."
    ),
}

# The home page's sections: (slug, page type, title, introduction).
SECTIONS = [
    (
        "forslag",
        "ProposalIndexPage",
        "Förslag",
        "Alla medborgarförslag från Botkyrkadialogen och den digitala plattformen, med status, "
        "prislapp och beslut. Hitta ditt eget förslag med numret på kvittot.",
    ),
    (
        "omraden",
        "AreaIndexPage",
        "Områden",
        "Botkyrka har sex kommunområden. Se förslagen och dialogerna i ditt område och vem "
        "du kan kontakta.",
    ),
    (
        "teman",
        "ThemeIndexPage",
        "Teman",
        "Dialogerna utgår från det som är viktigt i området: trygghet, ungas fritid, äldres "
        "situation, parker, idrott och mötesplatser.",
    ),
    (
        "dialoger",
        "DialogueIndexPage",
        "Dialoger",
        "Politikerna kommer till dig. Här hittar du kommande dialogtillfällen och vad som "
        "sades på de tidigare.",
    ),
    (
        "kommissionen",
        "CommissionPage",
        "Dialogkommissionen",
        "Dialogkommissionen beslutar vilka av invånarnas förslag som blir verklighet. Den har "
        "13 ledamöter från alla partier i kommunfullmäktige och fem miljoner kronor om året.",
    ),
    (
        "statistik",
        "StatisticsPage",
        "Statistik",
        "Hur många förslag har kommit in, hur många har beviljats och hur lång tid tar det? "
        "Siffrorna per år och per område.",
    ),
]

# Administrations (förvaltningar): (slug, name).
ADMINISTRATIONS = [
    ("samhallsbyggnadsforvaltningen", "Samhällsbyggnadsförvaltningen"),
    ("kultur-och-fritidsforvaltningen", "Kultur- och fritidsförvaltningen"),
    ("utbildningsforvaltningen", "Utbildningsförvaltningen"),
    ("vard-och-omsorgsforvaltningen", "Vård- och omsorgsförvaltningen"),
    ("socialforvaltningen", "Socialförvaltningen"),
    ("kommunledningsforvaltningen", "Kommunledningsförvaltningen"),
]

# Short keys the proposal ideas use for the administrations above.
ADMIN = {
    "sbf": "samhallsbyggnadsforvaltningen",
    "kff": "kultur-och-fritidsforvaltningen",
    "utb": "utbildningsforvaltningen",
    "vof": "vard-och-omsorgsforvaltningen",
    "soc": "socialforvaltningen",
    "klf": "kommunledningsforvaltningen",
}

THEMES = [
    {
        "slug": "trygghet",
        "title": "Trygghet",
        "introduction": "Att kunna gå hem på kvällen utan att vara rädd: belysning, "
        "överblickbara gångvägar och vuxna som syns.",
        "description": (
            "<p>Trygghet är det tema som återkommer oftast i Botkyrkadialogen. Invånarna "
            "berättar om mörka gångvägar, buskar som skymmer sikten, nedskräpade platser och "
            "om oron för barnen på väg hem från skolan.</p>"
            "<p>Många förslag handlar om sådant som kommunen kan ändra ganska snabbt: mer "
            "belysning, tätare städning och röjning av sly. Frågor om polisens arbete lämnas "
            "vidare till Polisen.</p>"
        ),
        "colour": (38, 70, 120),
    },
    {
        "slug": "unga",
        "title": "Unga och fritid",
        "introduction": "Något att göra på kvällar och helger, platser att vara på och "
        "vuxna som lyssnar.",
        "description": (
            "<p>Unga i Botkyrka vill ha fler platser att vara på: fritidsgårdar med längre "
            "öppettider, spontanidrott, en ramp att åka skateboard på och hjälp med läxorna.</p>"
            "<p>Dialogerna om ungas fritid hålls där de unga redan finns, på fritidsgårdar, "
            "skolgårdar och i centrum, och ofta tillsammans med fältassistenterna.</p>"
        ),
        "colour": (200, 80, 50),
    },
    {
        "slug": "aldre",
        "title": "Äldre",
        "introduction": "Bänkar att vila på, mötesplatser mot ensamhet och hjälp med det digitala.",
        "description": (
            "<p>Äldre invånare lyfter i dialogerna hur viktigt det är att kunna ta sig fram "
            "på egen hand: bänkar längs vägen, ledstänger, snöröjda gångvägar och bussar som "
            "går.</p><p>Ensamhet är ett annat återkommande ämne. Förslagen handlar om "
            "träffpunkter, gemensamma aktiviteter och hjälp med Bank-id och digitala tjänster. "
            "Dialogerna om äldres situation hålls ofta på seniorboenden och träffpunkter.</p>"
        ),
        "colour": (110, 80, 150),
    },
    {
        "slug": "utemiljo",
        "title": "Utemiljö och parker",
        "introduction": "Lekplatser, grönska, grillplatser och rena gårdar.",
        "description": (
            "<p>Parker, lekplatser och gårdar är platser som alla använder. Invånarna föreslår "
            "nya lekplatser, hundrastgårdar, grillplatser, fler träd och blommor och bättre "
            "skötsel av det som redan finns.</p><p>Förslagen om utemiljön är ofta konkreta och "
            "går att genomföra på kort tid, men mycket av marken i bostadsområdena ägs av "
            "bostadsbolagen. Då lämnar kommunen förslaget vidare till fastighetsägaren.</p>"
        ),
        "colour": (60, 130, 70),
    },
    {
        "slug": "idrott",
        "title": "Idrott och hälsa",
        "introduction": "Träna utan att betala: utegym, spontanplaner, motionsspår och simskola.",
        "description": (
            "<p>Att röra på sig ska inte kosta pengar. Förslagen under det här temat handlar om "
            "utegym, bollplaner, belysta motionsspår och simskola för barn som inte lärt sig "
            "simma.</p><p>Större anläggningar som konstgräsplaner och sporthallar ingår i "
            "kommunens investeringsplan. Dialogkommissionen kan bidra med mindre åtgärder som "
            "gör stor skillnad i ett område.</p>"
        ),
        "colour": (20, 130, 150),
    },
    {
        "slug": "kultur",
        "title": "Kultur och mötesplatser",
        "introduction": "Bibliotek, scener, konst i det offentliga rummet och platser där "
        "grannar möts.",
        "description": (
            "<p>Botkyrka är en kommun med invånare från hela världen. Förslagen om kultur och "
            "mötesplatser handlar om språkcaféer, konserter på torget, konst som gör grå "
            "tunnlar vackra och lokaler där föreningar och grannar kan träffas.</p>"
            "<p>Biblioteken är ofta platsen för dialogerna under det här temat.</p>"
        ),
        "colour": (190, 140, 30),
    },
]

# Each area's places fill in the proposal ideas' {tokens} and host its dialogue sessions.
AREAS = [
    {
        "slug": "alby",
        "title": "Alby",
        "introduction": "Alby ligger vid tunnelbanans röda linje mellan Fittja och Hallunda, "
        "med ett levande centrum och nära till Albysjön.",
        "description": (
            "<p>Alby byggdes till stor del under 1970-talet och är i dag ett av kommunens mest "
            "levande områden, med torg, bibliotek och fritidsgård nära tunnelbanan och "
            "promenadvägar ner mot Albysjön.</p>"
            "<p>Här bor många barn och unga. I dialogerna har invånarna framför allt tagit upp "
            "trygghet, platser för unga att vara på och skötseln av utemiljön.</p>"
        ),
        "population": 12_870,
        "strategist": ("Leyla Karimi", "leyla.karimi@botkyrka.example", "070-174 06 21"),
        "transit": "Tunnelbanans röda linje mot Norsborg, station Alby.",
        "themes": ["unga", "trygghet", "kultur", "idrott"],
        "places": {
            "torg": "Alby torg",
            "centrum": "Alby centrum",
            "park": "Albyparken",
            "skola": "Albyskolan",
            "fritidsgard": "Alby fritidsgård",
            "bibliotek": "Alby bibliotek",
            "aldreboende": "Albygårdens seniorboende",
            "idrottsplats": "Albyvallen",
            "gangvag": "gångvägen från tunnelbanan till Albyberget",
            "natur": "Albysjön",
            "bostad": "kvarteren på Albyberget",
            "gard": "gården på Albyberget",
            "gata": "Albyvägen",
            "hall": "Alby träffpunkt",
        },
        "addresses": {
            "torg": "Alby torg 4",
            "fritidsgard": "Albyvägen 20",
            "bibliotek": "Alby torg 12",
            "aldreboende": "Albygårdsvägen 7",
            "skola": "Albyskolevägen 2",
            "gard": "Albyberget 30",
            "idrottsplats": "Idrottsvägen 1",
            "park": "Albyparken, vid lekplatsen",
            "hall": "Alby torg 6",
        },
    },
    {
        "slug": "fittja",
        "title": "Fittja",
        "introduction": "Fittja vid Mälaren är kommunens yngsta område, med invånare med "
        "rötter i mer än hundra länder.",
        "description": (
            "<p>Fittja ligger i norra Botkyrka vid Fittjaviken. Här bor människor med rötter i "
            "mer än hundra länder, och medelåldern är en av de lägsta i kommunen.</p>"
            "<p>I många år kom nästan inga medborgarförslag från Fittja. När politikerna "
            "började gå ut på torget i stället för att bjuda in till kommunhuset kom över "
            "hundra förslag på kort tid.</p>"
        ),
        "population": 7_930,
        "strategist": ("Daniel Bergström", "daniel.bergstrom@botkyrka.example", "070-174 06 22"),
        "transit": "Tunnelbanans röda linje mot Norsborg, station Fittja.",
        "themes": ["trygghet", "unga", "utemiljo", "kultur"],
        "places": {
            "torg": "Fittja torg",
            "centrum": "Fittja centrum",
            "park": "Fittjaparken",
            "skola": "Fittjaskolan",
            "fritidsgard": "Fittja fritidsgård",
            "bibliotek": "Fittja bibliotek",
            "aldreboende": "Krögarvägens seniorboende",
            "idrottsplats": "Fittja bollplan",
            "gangvag": "gångvägen vid Fittjaviken",
            "natur": "Fittjaviken",
            "bostad": "kvarteren kring Krögarvägen",
            "gard": "gården vid Krögarvägen",
            "gata": "Slättgårdsvägen",
            "hall": "Fittja gård",
        },
        "addresses": {
            "torg": "Fittja torg 1",
            "fritidsgard": "Fittja torg 9",
            "bibliotek": "Fittja torg 5",
            "aldreboende": "Krögarvägen 21",
            "skola": "Fittjaskolevägen 3",
            "gard": "Krögarvägen 14",
            "idrottsplats": "Slättgårdsvägen",
            "park": "Fittjaparken, vid grillplatsen",
            "hall": "Fittja gårdsväg 2",
        },
    },
    {
        "slug": "hallunda-norsborg",
        "title": "Hallunda-Norsborg",
        "introduction": "Hallunda och Norsborg vid tunnelbanans slutstation, med centrum, "
        "Folkets hus och stränder längs Mälaren.",
        "description": (
            "<p>Hallunda och Norsborg ligger vid tunnelbanans slutstation. Här finns Hallunda "
            "centrum, Folkets hus och promenadstråk och badplatser längs Mälaren.</p>"
            "<p>I dialogerna har invånarna tagit upp tryggheten kring centrum och stationen, "
            "äldres möjligheter att ta sig fram och fler aktiviteter för barn och unga.</p>"
        ),
        "population": 16_480,
        "strategist": ("Aisha Omar", "aisha.omar@botkyrka.example", "070-174 06 23"),
        "transit": "Tunnelbanans röda linje, station Hallunda eller Norsborg.",
        "themes": ["trygghet", "aldre", "utemiljo", "unga"],
        "places": {
            "torg": "Hallunda torg",
            "centrum": "Hallunda centrum",
            "park": "Hallundaparken",
            "skola": "Hallundaskolan",
            "fritidsgard": "Norsborgs fritidsgård",
            "bibliotek": "Hallunda bibliotek",
            "aldreboende": "Brunna seniorboende",
            "idrottsplats": "Brunna bollplan",
            "gangvag": "gångvägen mellan Hallunda och Norsborg",
            "natur": "Mälarstranden i Norsborg",
            "bostad": "kvarteren kring Hallunda gård",
            "gard": "gården vid Hallunda gård",
            "gata": "Hallundavägen",
            "hall": "Folkets hus Hallunda",
        },
        "addresses": {
            "torg": "Hallunda torg 2",
            "fritidsgard": "Norsborgsvägen 12",
            "bibliotek": "Hallunda centrum, Hallunda torg 8",
            "aldreboende": "Brunnavägen 5",
            "skola": "Hallundavägen 40",
            "gard": "Hallunda gård 3",
            "idrottsplats": "Brunnavägen",
            "park": "Hallundaparken, vid plaskdammen",
            "hall": "Hallunda torg 1",
        },
    },
    {
        "slug": "tullinge",
        "title": "Tullinge",
        "introduction": "Villor, radhus och pendeltåg, nära Tullingesjön och Lida friluftsområde.",
        "description": (
            "<p>Tullinge är ett område med många villor och radhus, en pendeltågsstation och "
            "nära till Tullingesjön och Lida friluftsområde. Här bor många barnfamiljer och en "
            "växande grupp äldre.</p>"
            "<p>Återkommande frågor i dialogerna är gång- och cykelvägar, platser för idrott "
            "och motion och mötesplatser för äldre.</p>"
        ),
        "population": 17_620,
        "strategist": ("Erik Sjöberg", "erik.sjoberg@botkyrka.example", "070-174 06 24"),
        "transit": "Pendeltåg till Tullinge station.",
        "themes": ["aldre", "idrott", "utemiljo", "unga"],
        "places": {
            "torg": "Tullinge torg",
            "centrum": "Tullinge centrum",
            "park": "Tullingeparken",
            "skola": "Tullingebergsskolan",
            "fritidsgard": "Tullinge fritidsgård",
            "bibliotek": "Tullinge bibliotek",
            "aldreboende": "Tullingegårdens seniorboende",
            "idrottsplats": "Tullingevallen",
            "gangvag": "gångvägen vid Tullingesjön",
            "natur": "Tullingesjön",
            "bostad": "Tullinge strand",
            "gard": "gården i Tullinge strand",
            "gata": "Hantverksvägen",
            "hall": "Tullinge föreningshus",
        },
        "addresses": {
            "torg": "Tullinge torg 3",
            "fritidsgard": "Skolvägen 6",
            "bibliotek": "Tullinge torg 10",
            "aldreboende": "Tullingegårdsvägen 2",
            "skola": "Tullingebergsvägen 15",
            "gard": "Tullinge strand, vid båtklubben",
            "idrottsplats": "Vallvägen 1",
            "park": "Tullingeparken, vid dammen",
            "hall": "Hantverksvägen 4",
        },
    },
    {
        "slug": "tumba-storvreten",
        "title": "Tumba-Storvreten",
        "introduction": "Kommunens centralort med kommunhus, pendeltåg och Tumba bruk, och "
        "bostadsområdet Storvreten.",
        "description": (
            "<p>Tumba är Botkyrkas centralort, med kommunhuset, pendeltågsstationen, gymnasiet "
            "och Tumba bruk, där papper till sedlar tillverkades i mer än 250 år. Storvreten är "
            "ett bostadsområde från 1970-talet strax intill centrum.</p>"
            "<p>Det är kommunens största område. I dialogerna har invånarna lyft tryggheten "
            "kring stationen, ungas fritid och mötesplatser för äldre.</p>"
        ),
        "population": 30_950,
        "strategist": ("Hanna Mäkinen", "hanna.makinen@botkyrka.example", "070-174 06 25"),
        "transit": "Pendeltåg till Tumba station.",
        "themes": ["unga", "aldre", "trygghet", "kultur"],
        "places": {
            "torg": "Tumba torg",
            "centrum": "Tumba centrum",
            "park": "Storvretsparken",
            "skola": "Storvretsskolan",
            "fritidsgard": "Tumba fritidsgård",
            "bibliotek": "Tumba bibliotek",
            "aldreboende": "Storvretens seniorboende",
            "idrottsplats": "Tumba idrottsplats",
            "gangvag": "gångvägen mellan Storvreten och Tumba station",
            "natur": "Hågelbyparken",
            "bostad": "Storvreten",
            "gard": "gården i Storvreten",
            "gata": "Storvretsvägen",
            "hall": "Kommunhuset i Tumba",
        },
        "addresses": {
            "torg": "Tumba torg 1",
            "fritidsgard": "Tumba centrum, Tumba torg 11",
            "bibliotek": "Tumba torg 9",
            "aldreboende": "Storvretsvägen 33",
            "skola": "Storvretsvägen 50",
            "gard": "Storvretsvägen 18",
            "idrottsplats": "Idrottsvägen 3",
            "park": "Storvretsparken, vid boulebanan",
            "hall": "Munkhättevägen 45",
        },
    },
    {
        "slug": "varsta-grodinge",
        "title": "Vårsta-Grödinge",
        "introduction": "Botkyrkas landsbygd i söder: sjöar, skog och jordbruksmark, Vårsta "
        "och småorterna runt Grödinge kyrka.",
        "description": (
            "<p>Vårsta och Grödinge är Botkyrkas landsbygd, med sjöar, skog och "
            "jordbruksmark, Grödinge kyrka och småorter som Sibble och Hamra.</p>"
            "<p>Avstånden är långa och bussen går sällan. I dialogerna har invånarna tagit upp "
            "kollektivtrafiken, äldres möjligheter att bo kvar och platser för idrott och "
            "friluftsliv.</p>"
        ),
        "population": 9_150,
        "strategist": ("Johan Lundqvist", "johan.lundqvist@botkyrka.example", "070-174 06 26"),
        "transit": "Buss från Tumba station mot Vårsta, hållplats Vårsta centrum.",
        "themes": ["aldre", "utemiljo", "idrott", "unga"],
        "places": {
            "torg": "Vårsta torg",
            "centrum": "Vårsta centrum",
            "park": "Vårstaparken",
            "skola": "Vårstaskolan",
            "fritidsgard": "Vårsta fritidsgård",
            "bibliotek": "Grödinge bibliotek",
            "aldreboende": "Vårstagårdens seniorboende",
            "idrottsplats": "Vårsta bollplan",
            "gangvag": "gång- och cykelvägen mellan Vårsta centrum och skolan",
            "natur": "Malmsjön",
            "bostad": "Sibble",
            "gard": "gårdsplanen i Sibble",
            "gata": "Vårstavägen",
            "hall": "Grödinge bygdegård",
        },
        "addresses": {
            "torg": "Vårsta torg 2",
            "fritidsgard": "Vårstavägen 21",
            "bibliotek": "Vårsta centrum, Vårsta torg 5",
            "aldreboende": "Vårstagårdsvägen 4",
            "skola": "Skolvägen 1, Vårsta",
            "gard": "Sibble, vid bygdegården",
            "idrottsplats": "Idrottsvägen",
            "park": "Vårstaparken, vid lekplatsen",
            "hall": "Vårstavägen 8",
        },
    },
]

# The commission page's body, in the words of the seed article (shared/seeds/).
COMMISSION_BODY = (
    "<h2>En kort väg från förslag till verklighet</h2>"
    "<p>Dialogkommissionen bildades i januari 2019. Förut skickades medborgarförslagen vidare "
    "till de olika nämnderna, och det kunde ta lång tid innan någon fick veta vad som hände "
    "med dem. I utvärderingarna återkom samma kritik: vi lämnar in förslag men hör aldrig "
    "vad som händer.</p>"
    "<p>Nu samlas alla medborgarförslag hos en och samma politiska grupp. Kommissionen har "
    "13 ledamöter från alla partier i kommunfullmäktige och speglar valresultatet. Den har "
    "en egen budget på fem miljoner kronor om året, enbart för att genomföra invånarnas "
    "förslag.</p>"
    "<h2>Så går det till</h2>"
    "<ol>"
    "<li><b>Dialog.</b> Botkyrkadialogen hålls i ett område i taget under ungefär tre "
    "månader. I varje område hålls i regel tre dialoger: en öppen och två på teman som är "
    "viktiga just där. Politikerna kommer till invånarna, på torg, i bostadsområden, på "
    "fritidsgårdar och seniorboenden. Sedan 2020 går det också att lämna förslag "
    "digitalt.</li>"
    "<li><b>Prislapp och utlåtande.</b> Förslagen skickas till den förvaltning som skulle "
    "genomföra dem. Förvaltningen beräknar kostnaden och skriver ett utlåtande om "
    "möjligheter och hinder.</li>"
    "<li><b>Beslut.</b> Kommissionen sammanträder fem gånger om året och beslutar vilka "
    "förslag som ska bli verklighet. Ledamöterna lägger partipolitiken åt sidan: det som "
    "avgör är vad som går att genomföra inom budgeten.</li>"
    "<li><b>Genomförande och återkoppling.</b> Förvaltningen sätter igång direkt efter "
    "beslutet. Varje förslag publiceras här, och den som lämnat ett förslag får en personlig "
    "återkoppling.</li>"
    "</ol>"
    "<h2>Det här har hänt hittills</h2>"
    "<p>Skateramp på skolgården, en skolresa, fler bänkar, utegym och mer belysning för "
    "tryggheten är några av förslagen som blivit verklighet. När politikerna började gå ut i "
    "områdena kom förslag från grupper som tidigare inte hörts: från Fittja kom över hundra "
    "förslag, från ett område där kommunen inte fått ett enda på flera år.</p>"
)

# (name, party, role); the parties mirror a Swedish municipal council.
COMMISSION_MEMBERS = [
    ("Nadia Yousef", "S", "chair"),
    ("Per-Olof Wik", "M", "vice_chair"),
    ("Kristina Falk", "S", "member"),
    ("Hassan Ali", "S", "member"),
    ("Sanna Holmberg", "S", "member"),
    ("Anders Rydén", "M", "member"),
    ("Tommy Ljung", "SD", "member"),
    ("Linda Ahl", "SD", "member"),
    ("Gabriel Aydin", "V", "member"),
    ("Ingrid Ek", "C", "member"),
    ("Fredrik Sahlin", "L", "member"),
    ("Maria Touma", "KD", "member"),
    ("Jenny Koskinen", "MP", "member"),
]

MEETING_PLACE = "Kommunhuset i Tumba, Munkhättevägen 45, sammanträdesrum Dialogen, kl. 18.00"

MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def swedish_date(day):
    """12 mars 2024."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
