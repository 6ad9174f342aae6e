"""The residents' proposals as ideas: what people ask for, in their own words, and how the
administrations and the commission answer. plan.py places each idea in an area and a year.

In titles and texts, {torg}, {centrum}, {park}, {skola}, {fritidsgard}, {bibliotek},
{aldreboende}, {idrottsplats}, {gangvag}, {natur}, {bostad} and {gata} are the area's places
(content.AREAS) and {area} its name.

Each idea: title, texts (one is picked), theme (slug or None), admin (content.ADMIN key),
cost (min, max SEK), assessment, odds (approve, reject, refer) for the commission's
decision, and where needed reject (the reason) and refer (who it was passed on to).
A motif names the before/after photos (images.py) a completed one may get.
"""

IDEAS = [
    # --- Trygghet --------------------------------------------------------------------------
    {
        "title": "Mer belysning på {gangvag}",
        "texts": [
            "Det är väldigt mörkt på {gangvag} på kvällarna, särskilt på vintern. Jag och "
            "mina grannar undviker att gå där efter klockan fem. Sätt upp fler lampor så att "
            "det känns tryggt att gå hem från bussen.",
            "Min dotter går hem från träningen på kvällen och ringer mig varje gång hon ska "
            "gå förbi den mörka delen av {gangvag}. Det behövs fler lampor där.",
        ],
        "theme": "trygghet",
        "admin": "sbf",
        "cost": (200_000, 760_000),
        "assessment": "Sträckan har i dag för få armaturer och flera av dem sitter skymda "
        "av träd. Förvaltningen föreslår nya LED-stolpar och beskärning av träden. Marken är "
        "kommunal och arbetet kan göras inom ett halvår. Driftkostnaden ökar marginellt.",
        "odds": (0.8, 0.2, 0.0),
        "reject": "Sträckan ska byggas om när den nya detaljplanen genomförs, och då ingår "
        "ny belysning. Kommissionen vill inte investera i en belysning som snart rivs.",
        "motif": "belysning",
    },
    {
        "title": "Belys bollplanen vid {skola} på kvällarna",
        "texts": [
            "Vi spelar fotboll vid {skola} varje kväll, men från oktober är det kolsvart "
            "redan vid fem. Med belysning som är tänd till klockan tio skulle planen kunna "
            "användas hela året.",
        ],
        "theme": "trygghet",
        "admin": "sbf",
        "cost": (310_000, 900_000),
        "assessment": "Belysning av planen är möjlig. Ledningar finns i skolans närhet, "
        "vilket håller nere kostnaden. Belysningen styrs med timer och släcks kl. 22 av "
        "hänsyn till grannarna.",
        "odds": (0.6, 0.4, 0.0),
    },
    {
        "title": "Fler papperskorgar och tätare tömning vid {torg}",
        "texts": [
            "Det blåser skräp överallt runt {torg}, särskilt på helgerna. Papperskorgarna är "
            "alltid fulla. Sätt ut fler och töm dem oftare.",
            "Det ser skräpigt ut vid {torg} och det gör att det känns otryggt. Fler "
            "papperskorgar, gärna sådana som fåglarna inte kan plocka i.",
        ],
        "theme": "trygghet",
        "admin": "sbf",
        "cost": (50_000, 200_000),
        "assessment": "Förvaltningen kan sätta ut sex nya papperskorgar med lock och utöka "
        "tömningen till dagligen under sommarhalvåret. Kostnaden avser inköp och det första "
        "årets extra tömning.",
        "odds": (0.7, 0.3, 0.0),
        "reject": "Torget ägs av centrumets fastighetsägare, som ansvarar för städningen. "
        "Kommunen har framfört synpunkterna till fastighetsägaren.",
        "motif": "banker",
    },
    {
        "title": "Kameraövervakning i {centrum}",
        "texts": [
            "Det har varit flera rån i {centrum} det senaste året. Sätt upp kameror så att "
            "folk vågar gå dit på kvällen.",
        ],
        "theme": "trygghet",
        "admin": "klf",
        "cost": (260_000, 680_000),
        "assessment": "Kamerabevakning av en allmän plats kräver tillstånd och ansvarig "
        "för bevakningen i centrum är fastighetsägaren. Kommunen kan inte själv genomföra "
        "förslaget.",
        "odds": (0.0, 0.3, 0.7),
        "reject": "Kommunen får inte kamerabevaka platsen utan tillstånd och äger inte "
        "centrumet. Förslaget ligger utanför vad kommissionen kan besluta om.",
        "refer": "Förslaget har lämnats vidare till centrumets fastighetsägare och till "
        "kommunpolisen, som ansvarar för kamerabevakningen.",
    },
    {
        "title": "Nattvandrare i {area} på helgerna",
        "texts": [
            "När jag var ung fanns det vuxna ute på fredagskvällarna. Nu ser man ingen. Ge "
            "stöd till föreningar som vill nattvandra i {area}, så ställer vi föräldrar upp.",
        ],
        "theme": "trygghet",
        "admin": "soc",
        "cost": (100_000, 310_000),
        "assessment": "Socialförvaltningen kan stödja en förening med utbildning, "
        "reflexvästar och telefoner. Samarbete med fältassistenterna finns redan i "
        "kommunens andra områden och fungerar bra.",
        "odds": (0.7, 0.2, 0.1),
        "refer": "Förslaget har lämnats till socialnämnden, som redan ger stöd till "
        "nattvandring genom föreningsbidraget.",
    },
    {
        "title": "Röj buskarna längs {gangvag}",
        "texts": [
            "Buskarna längs {gangvag} har vuxit så höga att man inte ser vem som kommer. Det "
            "känns otryggt, särskilt för barnen som går till skolan.",
        ],
        "theme": "trygghet",
        "admin": "sbf",
        "cost": (50_000, 150_000),
        "assessment": "Röjningen kan göras inom ordinarie skötsel men tidigareläggs med "
        "kommissionens medel. Buskarna ersätts med lägre planteringar så att sikten blir "
        "fri även i framtiden.",
        "odds": (0.85, 0.15, 0.0),
        "reject": "Röjningen ingår redan i förvaltningens skötselplan för året och behöver "
        "inga extra pengar.",
    },
    {
        "title": "Fler poliser i {centrum}",
        "texts": [
            "Polisen syns aldrig i {centrum}. Vi vill att de går runt och pratar med folk, "
            "som förr.",
        ],
        "theme": "trygghet",
        "admin": "klf",
        "cost": None,
        "assessment": "Polisens närvaro beslutas av Polismyndigheten. Kommunen har ett "
        "samverkansavtal med polisen och kan framföra invånarnas önskemål där.",
        "odds": (0.0, 0.0, 1.0),
        "refer": "Förslaget har lämnats vidare till kommunpolisen i Botkyrka och tas upp i "
        "kommunens samverkan med polisen.",
    },
    {
        "title": "Säkrare övergångsställe vid {skola}",
        "texts": [
            "Bilarna kör alldeles för fort förbi {skola} på morgonen. Ett upphöjt "
            "övergångsställe och skyltar skulle göra skolvägen säkrare för barnen.",
        ],
        "theme": "trygghet",
        "admin": "sbf",
        "cost": (140_000, 600_000),
        "assessment": "Hastighetsmätningar visar att många kör fortare än 30 km/h förbi "
        "skolan. Ett upphöjt övergångsställe med belysning är den mest verksamma åtgärden.",
        "odds": (0.7, 0.3, 0.0),
        "reject": "Gatan ska byggas om nästa år inom trafiknämndens budget, och det "
        "upphöjda övergångsstället ingår i den ombyggnaden.",
    },
    {
        "title": "Farthinder på {gata}",
        "texts": [
            "På {gata} kör folk som på en motorväg, fast det bor barnfamiljer längs hela "
            "gatan. Sätt upp farthinder innan någon blir påkörd.",
        ],
        "theme": None,
        "admin": "sbf",
        "cost": (70_000, 260_000),
        "assessment": "Farthinder kan sättas upp som tillfälliga gupp under sommarhalvåret. "
        "Gatan är en bussgata, vilket begränsar vilka hinder som går att använda.",
        "odds": (0.5, 0.5, 0.0),
        "reject": "Gatan trafikeras av bussar och räddningstjänst. Fasta farthinder skulle "
        "försena utryckningar, och mätningarna visar inte på höga hastigheter.",
    },
    # --- Unga och fritid -------------------------------------------------------------------
    {
        "title": "Skateramp på skolgården vid {skola}",
        "texts": [
            "Vi är många som åker skateboard men den närmaste rampen ligger långt bort. En "
            "liten ramp på skolgården vid {skola} skulle användas både på rasterna och på "
            "kvällarna.",
            "Jag är 13 år och åker skateboard varje dag. Vi åker på parkeringen för att det "
            "inte finns någon ramp. Kan ni bygga en vid {skola}?",
        ],
        "theme": "unga",
        "admin": "utb",
        "cost": (260_000, 850_000),
        "assessment": "Skolan är positiv och det finns en asfalterad yta som passar. "
        "Förvaltningen föreslår en modulramp i betong som tål väder och kräver lite "
        "underhåll. Eleverna får vara med och välja utformning.",
        "odds": (0.75, 0.25, 0.0),
        "reject": "Skolgården ska byggas om när skolan byggs ut, och ytan behövs då för "
        "paviljonger. Förvaltningen letar en annan plats i området.",
        "motif": "skateramp",
    },
    {
        "title": "Längre öppettider på {fritidsgard}",
        "texts": [
            "{fritidsgard} stänger klockan 21 på fredagar. Då finns det ingenstans att vara "
            "och vi hamnar i centrum. Ha öppet till midnatt på helgerna.",
        ],
        "theme": "unga",
        "admin": "kff",
        "cost": (140_000, 510_000),
        "assessment": "Längre öppettider kräver mer personal varje vecka, alltså en "
        "varaktig driftkostnad. Ett försök under en termin är möjligt inom beloppet.",
        "odds": (0.4, 0.6, 0.0),
        "reject": "Kommissionens budget kan inte bära varaktiga driftkostnader. Förslaget "
        "har lämnats till kultur- och fritidsnämnden inför nästa års budget.",
    },
    {
        "title": "Sommarjobb för unga i {area}",
        "texts": [
            "Det finns för få sommarjobb för oss som bor i {area}. Alla vill jobba men man "
            "måste känna någon. Kommunen borde ordna fler.",
        ],
        "theme": "unga",
        "admin": "klf",
        "cost": None,
        "assessment": "Feriejobb för unga ordnas av kommunens arbetsmarknadsenhet, som "
        "redan prioriterar unga från områden där få har kontakter i arbetslivet.",
        "odds": (0.0, 0.0, 1.0),
        "refer": "Förslaget har lämnats till arbetsmarknadsenheten, som ansvarar för "
        "kommunens feriejobb.",
    },
    {
        "title": "Läxhjälp på {bibliotek}",
        "texts": [
            "Jag går i nian och hemma finns ingen som kan hjälpa mig med matten. Läxhjälp på "
            "{bibliotek} två kvällar i veckan skulle hjälpa många.",
            "Mina barn behöver hjälp med läxorna men jag kan inte svenska så bra. Kan "
            "biblioteket ha läxhjälp på kvällarna?",
        ],
        "theme": "unga",
        "admin": "kff",
        "cost": (100_000, 340_000),
        "assessment": "Biblioteket kan erbjuda läxhjälp två kvällar i veckan tillsammans "
        "med en studieförening. Kostnaden avser ett läsår.",
        "odds": (0.8, 0.2, 0.0),
    },
    {
        "title": "Skolresa för niorna på {skola}",
        "texts": [
            "Vi i nian har aldrig gjort en klassresa. Många har inte råd att åka någonstans "
            "på sommaren. Vi vill åka på en skolresa innan vi slutar.",
        ],
        "theme": "unga",
        "admin": "utb",
        "cost": (70_000, 260_000),
        "assessment": "En skolresa för årskurs 9 kan genomföras om den är avgiftsfri för "
        "eleverna. Skolan planerar resan tillsammans med elevrådet.",
        "odds": (0.75, 0.25, 0.0),
        "reject": "Skolan har redan en avgiftsfri resa planerad för årskursen inom sin egen "
        "budget.",
    },
    {
        "title": "Musikstudio på {fritidsgard}",
        "texts": [
            "Vi vill spela in egen musik. En enkel studio på {fritidsgard} med dator, "
            "mikrofoner och ljudisolering skulle betyda mycket för oss som skriver och rappar.",
        ],
        "theme": "unga",
        "admin": "kff",
        "cost": (170_000, 600_000),
        "assessment": "Det finns ett förråd som kan byggas om. Fritidsledarna kan hålla "
        "introduktionskurser så att fler vågar använda studion.",
        "odds": (0.7, 0.3, 0.0),
    },
    {
        "title": "Basketkorgar i {park}",
        "texts": [
            "Det finns inga basketkorgar i hela {area}. Två korgar på en asfaltsplan i "
            "{park} räcker.",
        ],
        "theme": "unga",
        "admin": "sbf",
        "cost": (70_000, 260_000),
        "assessment": "Det finns en asfaltsyta i parken som kan användas. Korgarna sätts "
        "på stolpar som tål klättring.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Tjejkvällar på {fritidsgard}",
        "texts": [
            "Fritidsgården är full av killar och vi tjejer känner oss inte välkomna. Ge oss "
            "en kväll i veckan som bara är för tjejer.",
        ],
        "theme": "unga",
        "admin": "kff",
        "cost": (80_000, 260_000),
        "assessment": "Fritidsgården kan öppna en tjejkväll i veckan med kvinnliga "
        "fritidsledare. Kostnaden avser ett år.",
        "odds": (0.8, 0.2, 0.0),
    },
    {
        "title": "Gratis wifi vid {torg}",
        "texts": [
            "Många unga har inte surf kvar i slutet av månaden. Gratis wifi vid {torg} skulle "
            "hjälpa med läxor och att söka jobb.",
        ],
        "theme": "unga",
        "admin": "klf",
        "cost": (70_000, 200_000),
        "assessment": "Öppet trådlöst nät utomhus kräver en driftlösning som uppfyller "
        "kommunens säkerhetskrav. Biblioteken har redan öppet wifi.",
        "odds": (0.3, 0.7, 0.0),
        "reject": "Kommunen erbjuder öppet wifi på biblioteken men inte utomhus, av "
        "säkerhetsskäl. Kommissionen hänvisar till biblioteket vid torget.",
    },
    # --- Äldre ----------------------------------------------------------------------------
    {
        "title": "Mötesplats för äldre i {centrum}",
        "texts": [
            "Många av oss som är pensionärer sitter ensamma hemma hela dagarna. Vi önskar "
            "en träffpunkt i {centrum} med kaffe och aktiviteter några dagar i veckan.",
            "Sedan min man dog träffar jag nästan ingen. Det behövs ett ställe där äldre kan "
            "träffas och prata, gärna med aktiviteter på olika språk.",
        ],
        "theme": "aldre",
        "admin": "vof",
        "cost": (170_000, 680_000),
        "assessment": "En lokal i centrum kan hyras in tre dagar i veckan. Förvaltningen "
        "föreslår att träffpunkten drivs tillsammans med pensionärsföreningarna. "
        "Kostnaden avser hyra och värdar det första året.",
        "odds": (0.7, 0.3, 0.0),
        "reject": "Kostnaden för lokal och personal är varaktig och ryms inte i "
        "kommissionens budget. Vård- och omsorgsnämnden utreder en träffpunkt i området.",
    },
    {
        "title": "Fler bänkar längs {gangvag}",
        "texts": [
            "Jag är 78 år och kan inte gå hela vägen till affären utan att vila. Några bänkar "
            "längs {gangvag} skulle göra stor skillnad.",
            "Det finns inte en enda bänk längs {gangvag}. Vi som har rullator måste stå och "
            "vila. Sätt ut bänkar, gärna med armstöd.",
        ],
        "theme": "aldre",
        "admin": "sbf",
        "cost": (70_000, 260_000),
        "assessment": "Förvaltningen kan placera ut fyra till sex bänkar med armstöd med "
        "cirka 150 meters mellanrum. Arbetet kan göras under våren.",
        "odds": (0.9, 0.1, 0.0),
        "motif": "banker",
    },
    {
        "title": "Ledstång i backen vid {aldreboende}",
        "texts": [
            "Backen upp till {aldreboende} är brant och hal på vintern. Många boende vågar "
            "inte gå ut. En ledstång längs backen behövs.",
        ],
        "theme": "aldre",
        "admin": "sbf",
        "cost": (50_000, 150_000),
        "assessment": "En ledstång kan monteras längs hela backen. Förvaltningen ser "
        "samtidigt över snöröjningen och sandningen.",
        "odds": (0.9, 0.1, 0.0),
    },
    {
        "title": "Hjälp med mobil och Bank-id på {bibliotek}",
        "texts": [
            "Allt ska göras i mobilen nu: bank, vårdcentral, parkering. Jag vill kunna göra "
            "det själv. Ordna drop-in på {bibliotek} där man kan få hjälp.",
        ],
        "theme": "aldre",
        "admin": "kff",
        "cost": (70_000, 200_000),
        "assessment": "Biblioteket kan ha digital drop-in en eftermiddag i veckan, med "
        "hjälp på flera språk. Kostnaden avser ett år.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Odlingslådor vid {aldreboende}",
        "texts": [
            "Många här har odlat hela livet. Odlingslådor i pallhöjd på gården vid "
            "{aldreboende} skulle ge oss något att göra och prata om.",
        ],
        "theme": "aldre",
        "admin": "vof",
        "cost": (80_000, 270_000),
        "assessment": "Gården har en solig del som passar. Lådorna byggs i pallhöjd så att "
        "de går att använda från rullstol.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Seniorgympa utomhus i {park}",
        "texts": [
            "Vi vill röra på oss men gymmet känns inte som vårt ställe. Ordna gympa för "
            "seniorer i {park} på sommaren, med en ledare.",
        ],
        "theme": "aldre",
        "admin": "vof",
        "cost": (70_000, 190_000),
        "assessment": "Förvaltningen kan anlita en ledare två gånger i veckan under "
        "sommaren, i samarbete med en pensionärsförening.",
        "odds": (0.75, 0.25, 0.0),
    },
    {
        "title": "Tätare bussar till {aldreboende}",
        "texts": [
            "Bussen går bara en gång i timmen och inte alls på kvällen. Vi som inte kör bil "
            "kommer ingenstans. Fler turer behövs.",
        ],
        "theme": "aldre",
        "admin": "klf",
        "cost": None,
        "assessment": "Busstrafiken planeras och bekostas av Region Stockholm. Kommunen "
        "framför önskemål om turtäthet i den årliga trafikplaneringen.",
        "odds": (0.0, 0.0, 1.0),
        "refer": "Förslaget har lämnats vidare till Region Stockholm, som ansvarar för "
        "kollektivtrafiken.",
    },
    {
        "title": "Mer personal på {aldreboende}",
        "texts": [
            "Min mamma bor på {aldreboende}. Personalen springer hela tiden och hinner aldrig "
            "sitta ner och prata. Det behövs fler.",
        ],
        "theme": "aldre",
        "admin": "vof",
        "cost": None,
        "assessment": "Bemanningen på särskilda boenden beslutas av vård- och "
        "omsorgsnämnden och ingår i ordinarie budget.",
        "odds": (0.0, 0.2, 0.8),
        "reject": "Bemanningen på boendet ligger utanför kommissionens uppdrag.",
        "refer": "Förslaget har lämnats till vård- och omsorgsnämnden, som beslutar om "
        "bemanningen.",
    },
    # --- Utemiljö och parker ---------------------------------------------------------------
    {
        "title": "Ny lekplats i {park}",
        "texts": [
            "Lekplatsen i {park} är sliten och gungorna togs bort för två år sedan. Barnen "
            "har ingenstans att leka. Bygg en ny, gärna med något för de minsta.",
            "Vi är många barnfamiljer här men närmaste fina lekplats ligger i ett annat "
            "område. Bygg en riktig lekplats i {park}!",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (510_000, 900_000),
        "assessment": "Lekplatsen står på kommunens lista över lekplatser som behöver "
        "rustas. Med kommissionens medel kan den byggas om tidigare, med gungor, "
        "klätterställning och ett område för små barn. Barnen i området bjuds in att tycka "
        "till om utformningen.",
        "odds": (0.7, 0.3, 0.0),
        "reject": "Lekplatsen rustas upp nästa år enligt samhällsbyggnadsnämndens plan. "
        "Kommissionen prioriterar förslag som annars inte skulle bli av.",
        "motif": "lekplats",
    },
    {
        "title": "Hundrastgård vid {natur}",
        "texts": [
            "Det finns många hundar i {area} men ingen hundrastgård. Hundarna springer lösa "
            "på gräsmattorna där barnen leker. En inhägnad rastgård vid {natur} skulle lösa "
            "det.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (260_000, 760_000),
        "assessment": "En lämplig plats finns på kommunal mark. Rastgården inhägnas, får "
        "bänkar och latrinkärl. Hundägarna i området har erbjudit sig att hjälpa till med "
        "tillsynen.",
        "odds": (0.7, 0.3, 0.0),
        "reject": "Platsen ligger inom strandskyddat område och någon annan lämplig "
        "kommunal mark finns inte i närheten.",
    },
    {
        "title": "Grillplats vid {natur}",
        "texts": [
            "På sommaren grillar alla på gräset och det blir brända fläckar och skräp. Bygg "
            "en riktig grillplats med bord och bänkar vid {natur}.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (100_000, 340_000),
        "assessment": "Två fasta grillar, bord med bänkar och en sopkorg kan placeras på "
        "en öppen yta. Platsen töms i samband med ordinarie parkskötsel.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Fler träd och blommor på {torg}",
        "texts": [
            "{torg} är bara grå sten. Några träd och blomlådor skulle göra det trevligare att "
            "sitta där, och ge skugga på sommaren.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (80_000, 420_000),
        "assessment": "Träd i stora planteringskärl kan placeras utan att gräva i torget. "
        "Planteringarna sköts inom ordinarie skötsel.",
        "odds": (0.7, 0.3, 0.0),
    },
    {
        "title": "Offentlig toalett vid {natur}",
        "texts": [
            "På sommaren är det fullt med folk vid {natur} men det finns ingen toalett. "
            "Barnfamiljer och äldre måste gå hem.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (680_000, 900_000),
        "assessment": "En fristående toalett kräver vatten och avlopp, som saknas på "
        "platsen. Ett alternativ är en säsongstoalett under sommarmånaderna.",
        "odds": (0.25, 0.75, 0.0),
        "reject": "Att dra fram vatten och avlopp är mycket dyrt och städningen blir en "
        "varaktig kostnad. Kommissionen ber förvaltningen pröva en säsongstoalett i stället.",
    },
    {
        "title": "Städdag med containrar i {bostad}",
        "texts": [
            "Vi vill ha en städdag i {bostad} varje vår, med containrar för grovsopor och "
            "fika för alla som hjälper till.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (30_000, 80_000),
        "assessment": "Kommunen kan ordna en städdag tillsammans med bostadsbolaget och "
        "föreningarna i området, med containrar och redskap.",
        "odds": (0.75, 0.0, 0.25),
        "refer": "Gårdarna ägs av bostadsbolaget. Förslaget har lämnats vidare till "
        "bostadsbolaget, som ordnar städdagar för sina hyresgäster.",
    },
    {
        "title": "Odlingslotter i {bostad}",
        "texts": [
            "Många av oss har odlat i hemlandet och saknar det. Odlingslotter i {bostad} "
            "skulle ge grönsaker och en plats att träffa grannar.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (100_000, 340_000),
        "assessment": "En gräsyta kan göras om till ett tjugotal odlingslotter med "
        "vattenanslutning. En förening får sköta fördelningen.",
        "odds": (0.75, 0.25, 0.0),
    },
    {
        "title": "Rusta upp badplatsen vid {natur}",
        "texts": [
            "Bryggan vid {natur} är trasig och sanden har försvunnit. Badplatsen behöver "
            "rustas så att barnen kan bada säkert.",
        ],
        "theme": "utemiljo",
        "admin": "sbf",
        "cost": (340_000, 900_000),
        "assessment": "Bryggan kan bytas och ny sand läggas ut. En livboj och en "
        "informationsskylt om badvattnet sätts upp.",
        "odds": (0.55, 0.45, 0.0),
    },
    # --- Idrott och hälsa ------------------------------------------------------------------
    {
        "title": "Utegym i {park}",
        "texts": [
            "Gymkortet kostar för mycket för många här. Ett utegym i {park} med "
            "chinsstång, bänk och dipstång skulle användas av alla åldrar.",
            "Jag tränar varje dag men har inte råd med gym. Bygg ett utegym i {park}, det "
            "finns i andra områden men inte här.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (420_000, 900_000),
        "assessment": "Förvaltningen föreslår ett utegym med redskap för både nybörjare och "
        "vana, och underlag av gummiasfalt. Platsen är belyst och syns från gångvägen.",
        "odds": (0.75, 0.25, 0.0),
        "motif": "utegym",
    },
    {
        "title": "Konstgräs på {idrottsplats}",
        "texts": [
            "Grusplanen på {idrottsplats} är full av gropar och blir lera när det regnar. "
            "Lägg konstgräs så att barnen kan spela året runt.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (850_000, 900_000),
        "assessment": "En mindre spontanplan med konstgräs går att anlägga inom beloppet. "
        "En fullstor plan ingår i kultur- och fritidsnämndens investeringsplan och kostar "
        "mångdubbelt mer.",
        "odds": (0.4, 0.6, 0.0),
        "reject": "Planen ingår i kultur- och fritidsnämndens investeringsplan och byggs om "
        "inom tre år. Kommissionen prioriterar förslag som annars inte skulle bli av.",
    },
    {
        "title": "Spontanplan vid {skola}",
        "texts": [
            "Det finns ingen bollplan som är öppen för alla i närheten av {skola}. En "
            "spontanplan med sarg skulle användas varje dag.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (340_000, 900_000),
        "assessment": "En spontanplan kan anläggas på skolans mark och vara öppen för alla "
        "efter skoltid. Skolan har sagt ja.",
        "odds": (0.6, 0.4, 0.0),
    },
    {
        "title": "Belyst motionsspår vid {natur}",
        "texts": [
            "Vi som jobbar dagtid kan bara springa när det är mörkt på vinterhalvåret. Ett "
            "belyst motionsspår vid {natur} skulle göra det möjligt.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (510_000, 900_000),
        "assessment": "Ett befintligt spår på 1,5 km kan förses med belysning. Ledningar "
        "behöver dras i marken, vilket står för större delen av kostnaden.",
        "odds": (0.45, 0.55, 0.0),
        "reject": "Kostnaden är hög i förhållande till budgeten och spåret ligger delvis på "
        "privat mark. Kommissionen ber förvaltningen undersöka andra sträckor.",
    },
    {
        "title": "Gratis simskola på sommaren i {area}",
        "texts": [
            "Många barn i {area} kan inte simma. Gratis simskola på sommarlovet kan rädda liv.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (140_000, 420_000),
        "assessment": "Förvaltningen kan ordna simskola i två veckor under sommarlovet med "
        "busstransport till badhuset.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Padelbana vid {idrottsplats}",
        "texts": [
            "Padel är det roligaste som finns men banorna kostar 400 kronor i timmen. En "
            "kommunal padelbana vid {idrottsplats} skulle göra sporten tillgänglig för alla.",
        ],
        "theme": "idrott",
        "admin": "kff",
        "cost": (680_000, 900_000),
        "assessment": "En utomhusbana är möjlig men kräver bokningssystem och tillsyn.",
        "odds": (0.15, 0.85, 0.0),
        "reject": "Det finns flera padelanläggningar i kommunen, och kommissionen "
        "prioriterar förslag som når fler och kostar mindre.",
    },
    {
        "title": "Pingisbord i {park}",
        "texts": [
            "Ett pingisbord i betong i {park} skulle samla både barn och vuxna. Det kostar "
            "nästan ingenting.",
        ],
        "theme": "idrott",
        "admin": "sbf",
        "cost": (50_000, 140_000),
        "assessment": "Två pingisbord i betong kan placeras i parken. De kräver nästan "
        "inget underhåll.",
        "odds": (0.9, 0.1, 0.0),
    },
    {
        "title": "Cykelpump och cykelställ vid {centrum}",
        "texts": [
            "Det finns för få cykelställ vid {centrum} och ingenstans att pumpa däcken. Fler "
            "ställ och en cykelpump skulle få fler att cykla.",
        ],
        "theme": "idrott",
        "admin": "sbf",
        "cost": (50_000, 150_000),
        "assessment": "En serviceplats med pump och verktyg och tjugo nya cykelställ kan "
        "placeras vid entrén.",
        "odds": (0.8, 0.2, 0.0),
    },
    # --- Kultur och mötesplatser -----------------------------------------------------------
    {
        "title": "Längre öppettider på {bibliotek}",
        "texts": [
            "{bibliotek} stänger klockan 17 de flesta dagar. Vi som jobbar hinner aldrig dit. "
            "Ha öppet på kvällar och söndagar.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (170_000, 510_000),
        "assessment": "Längre öppettider kräver mer personal, en varaktig kostnad. Ett "
        "försök med meröppet, där låntagare kommer in med lånekort, är möjligt.",
        "odds": (0.35, 0.65, 0.0),
        "reject": "Personalkostnaden är varaktig och ryms inte i kommissionens budget. "
        "Kultur- och fritidsnämnden utreder meröppet bibliotek.",
    },
    {
        "title": "Sommarkonserter på {torg}",
        "texts": [
            "På sommaren händer ingenting på {torg}. Några konserter med lokala artister "
            "skulle få folk att komma ut och träffas.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (100_000, 340_000),
        "assessment": "Fyra konserter under sommaren med artister från området är möjliga. "
        "Kostnaden avser gager, ljud och scen.",
        "odds": (0.7, 0.3, 0.0),
    },
    {
        "title": "Muralmålning i tunneln under {gata}",
        "texts": [
            "Tunneln under {gata} är grå och full av klotter. Låt ungdomar från området måla "
            "en muralmålning tillsammans med en konstnär.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (100_000, 420_000),
        "assessment": "Konstnären leder ett projekt under sommarlovet där unga deltar i "
        "skiss och målning. Väggen behandlas så att klotter går att tvätta bort.",
        "odds": (0.75, 0.25, 0.0),
    },
    {
        "title": "Mötesplats för kvinnor i {bostad}",
        "texts": [
            "Vi kvinnor i {bostad} vill ha en lokal där vi kan träffas, laga mat tillsammans, "
            "lära oss svenska och ta med barnen.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (70_000, 260_000),
        "assessment": "En lokal i området kan hyras två dagar i veckan i samarbete med en "
        "kvinnoförening. Kostnaden avser ett år.",
        "odds": (0.7, 0.3, 0.0),
    },
    {
        "title": "Utomhusbio i {park}",
        "texts": [
            "Visa film utomhus i {park} några kvällar i augusti. Alla kan ta med filt och "
            "picknick.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (70_000, 200_000),
        "assessment": "Tre filmkvällar med duk och ljud kan ordnas i augusti, med filmer "
        "textade på svenska.",
        "odds": (0.8, 0.2, 0.0),
    },
    {
        "title": "Språkcafé på {bibliotek}",
        "texts": [
            "Jag har lärt mig svenska på SFI men får aldrig prata med svenskar. Ett språkcafé "
            "på {bibliotek} en kväll i veckan skulle hjälpa.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (50_000, 170_000),
        "assessment": "Biblioteket kan ordna språkcafé en kväll i veckan med frivilliga "
        "samtalsledare. Kostnaden avser fika och samordning.",
        "odds": (0.85, 0.15, 0.0),
    },
    {
        "title": "Kulturfest för alla i {area}",
        "texts": [
            "I {area} bor folk från hela världen men vi firar aldrig något tillsammans. En "
            "fest med mat, musik och dans från olika länder skulle föra oss samman.",
        ],
        "theme": "kultur",
        "admin": "kff",
        "cost": (140_000, 420_000),
        "assessment": "En endagsfest på torget kan ordnas tillsammans med föreningarna i "
        "området. Kostnaden avser scen, ljud, tillstånd och arvoden.",
        "odds": (0.65, 0.35, 0.0),
    },
    {
        "title": "Liten scen på {torg}",
        "texts": [
            "En fast scen på {torg} skulle göra det lätt för föreningar och skolor att ha "
            "uppträdanden.",
        ],
        "theme": "kultur",
        "admin": "sbf",
        "cost": (340_000, 900_000),
        "assessment": "En låg scen med tak kan byggas i torgets norra del. "
        "Fastighetsägaren måste godkänna placeringen.",
        "odds": (0.45, 0.55, 0.0),
        "reject": "Fastighetsägaren godkänner inte en fast scen på torget. Kommissionen "
        "föreslår en mobil scen som föreningarna kan låna.",
    },
    # --- Open dialogue (no theme) ----------------------------------------------------------
    {
        "title": "Skyltar till vårdcentralen i {centrum}",
        "texts": [
            "Det är svårt att hitta till vårdcentralen i {centrum}, särskilt för äldre och "
            "för den som inte läser svenska. Skyltar med bilder skulle hjälpa.",
        ],
        "theme": None,
        "admin": "sbf",
        "cost": (50_000, 140_000),
        "assessment": "Kommunen kan sätta upp vägvisning på allmän plats. Skyltningen inne "
        "i centrum är fastighetsägarens ansvar.",
        "odds": (0.6, 0.1, 0.3),
        "refer": "Vårdcentralen drivs av Region Stockholm och skyltningen inne i centrum "
        "är fastighetsägarens. Förslaget har lämnats vidare till båda.",
    },
    {
        "title": "Fler bussturer till {centrum} på kvällarna",
        "texts": [
            "Efter klockan nio går bussen bara en gång i timmen. Jag jobbar kväll och får "
            "vänta i mörkret. Fler turer behövs.",
        ],
        "theme": None,
        "admin": "klf",
        "cost": None,
        "assessment": "Kollektivtrafiken är Region Stockholms ansvar. Kommunen lämnar "
        "årligen önskemål om trafiken till regionen.",
        "odds": (0.0, 0.0, 1.0),
        "refer": "Förslaget har lämnats vidare till Region Stockholm, som ansvarar för "
        "busstrafiken.",
    },
    {
        "title": "Laga asfalten på {gangvag}",
        "texts": [
            "Asfalten på {gangvag} är full av hål. Jag har ramlat med rullatorn och barnen "
            "cyklar omkull. Laga den innan någon skadar sig allvarligt.",
        ],
        "theme": None,
        "admin": "sbf",
        "cost": (80_000, 340_000),
        "assessment": "Sträckan behöver ny beläggning. Den ligger i förvaltningens "
        "underhållsplan men kan tidigareläggas.",
        "odds": (0.45, 0.2, 0.35),
        "refer": "Lagningen ingår i samhällsbyggnadsförvaltningens ordinarie underhåll och "
        "har förts över dit. Sträckan åtgärdas under året.",
    },
    {
        "title": "Informationstavla på flera språk vid {torg}",
        "texts": [
            "Många här vet inte vad som händer i kommunen. En informationstavla vid {torg} "
            "med nyheter på flera språk skulle nå fler.",
        ],
        "theme": None,
        "admin": "klf",
        "cost": (50_000, 170_000),
        "assessment": "En digital informationstavla kan sättas upp och uppdateras av "
        "kommunens kommunikatörer, med innehåll på de vanligaste språken i området.",
        "odds": (0.7, 0.3, 0.0),
    },
    {
        "title": "Fler parkeringsplatser vid {centrum}",
        "texts": [
            "Det är omöjligt att hitta parkering vid {centrum} på lördagar. Vi som har svårt "
            "att gå behöver kunna parkera nära.",
        ],
        "theme": None,
        "admin": "sbf",
        "cost": (260_000, 850_000),
        "assessment": "Parkeringen vid centrum ägs av fastighetsägaren. Kommunen kan "
        "däremot se över antalet platser för rörelsehindrade på gatan.",
        "odds": (0.1, 0.4, 0.5),
        "reject": "Kommunen vill inte ta grönyta i anspråk för fler parkeringsplatser när "
        "kollektivtrafiken finns nära.",
        "refer": "Parkeringen ägs av centrumets fastighetsägare, som har fått förslaget.",
    },
]

# Reasons the commission gives when the year's budget is spent.
BUDGET_REASON = (
    "Förslaget är bra men årets budget räcker inte. Kommissionen prioriterade förslag som "
    "når fler invånare för mindre pengar. Förslaget kan lämnas in igen nästa år."
)

# The public history's notes for each step. {admin}, {meeting}, {place} are filled in.
NOTES = {
    "received_dialogue": "Förslaget lämnades vid dialogen på {place}.",
    "received_digital": "Förslaget lämnades på den digitala plattformen.",
    "received_other": "Förslaget kom in med e-post till kommunen.",
    "under_review": "Förslaget har skickats till {admin} för kostnadsberäkning och utlåtande.",
    "ready_for_decision": "{admin} har lämnat kostnadsberäkning och utlåtande. Förslaget "
    "tas upp på Dialogkommissionens sammanträde {meeting}.",
    "ready_for_decision_referral": "{admin} bedömer att förslaget ligger utanför kommunens "
    "eller kommissionens ansvar. Det tas upp på sammanträdet {meeting}.",
    "approved": "Dialogkommissionen beviljade förslaget på sammanträdet {meeting}.",
    "rejected": "Dialogkommissionen avslog förslaget på sammanträdet {meeting}.",
    "referred": "Dialogkommissionen hänvisade förslaget vidare på sammanträdet {meeting}.",
    "in_progress": "{admin} har påbörjat arbetet.",
    "completed": "Förslaget är genomfört.",
    "withdrawn": "Förslagsställaren har återkallat förslaget.",
}

APPROVED_NOTE = "Beviljat inom Dialogkommissionens budget för {year}."

# Optional openings and endings that make the residents' texts vary a little.
OPENINGS = ["", "", "", "Hej! ", "Hej, jag bor i {area}. ", "Jag har bott i {area} i 20 år. "]
ENDINGS = ["", "", "", " Tack för att ni lyssnar!", " Hoppas ni gör något åt det.", ""]

# Reasons for a no when an idea has none of its own.
GENERIC_REASONS = [
    "Kommissionen bedömer att kostnaden är för hög i förhållande till hur många som får "
    "nytta av förslaget.",
    "En liknande åtgärd genomfördes i området nyligen. Kommissionen vill först se hur den "
    "används innan mer pengar läggs på samma sak.",
    "Förslaget kräver varaktiga driftkostnader som kommissionens budget inte kan bära.",
]
