"""The demo's translations into English, Finnish, Arabic, Somali and Turkish, as data.

builder.py hands them to wagtail-localize (localize.py), so each is an ordinary translation an
editor can open in the translation editor. Every text has the shape of its Swedish source in
content.py, texts.py and accessibility.py: the same paragraphs and list items, with the same
links, because wagtail-localize translates rich text segment by segment.

Names stay as they are in every language: areas (Alby, Fittja...), places on signs (Alby
torg, Fittja bibliotek), people, parties and the outreach programme, Botkyrkadialogen.
"""

LANGUAGES = ["en", "fi", "ar", "so", "tr"]

HOME = {
    "en": {
        "title": "Citizen dialogue in Botkyrka",
        "introduction": "Follow what happens to residents' proposals in Botkyrka: from the "
        "conversation on the square, through the price tag and the decision of the Dialogue "
        "Commission, to the finished result.",
    },
    "fi": {
        "title": "Asukasdialogi Botkyrkassa",
        "introduction": "Seuraa, mitä Botkyrkan asukkaiden ehdotuksille tapahtuu: torilla "
        "käydystä keskustelusta hinta-arvion ja dialogikomission päätöksen kautta valmiiseen "
        "tulokseen.",
    },
    "ar": {
        "title": "الحوار مع السكان في بوتشيركا",
        "introduction": "تابع ما يحدث لاقتراحات سكان بوتشيركا: من الحديث في الساحة، مرورًا "
        "بتقدير التكلفة وقرار لجنة الحوار، وصولًا إلى النتيجة المنجزة.",
    },
    "so": {
        "title": "Wadahadalka dadweynaha ee Botkyrka",
        "introduction": "La soco waxa ku dhaca soo jeedinta dadka deegaanka Botkyrka: laga "
        "bilaabo wadahadalka fagaaraha, qiimaynta kharashka iyo go'aanka Guddiga "
        "Wadahadalka, ilaa natiijada la dhammeeyey.",
    },
    "tr": {
        "title": "Botkyrka'da halkla diyalog",
        "introduction": "Botkyrka sakinlerinin önerilerine ne olduğunu takip edin: meydandaki "
        "sohbetten maliyet tahmini ve Diyalog Komisyonu'nun kararına, oradan da tamamlanan "
        "sonuca kadar.",
    },
}

# The home page's sections by slug: {language: (title, introduction)}.
SECTIONS = {
    "forslag": {
        "en": (
            "Proposals",
            "Every citizen proposal from Botkyrkadialogen and the digital platform, with its "
            "status, price tag and decision. Find your own proposal with the number on your "
            "receipt.",
        ),
        "fi": (
            "Ehdotukset",
            "Kaikki asukasaloitteet Botkyrkadialogenista ja digitaaliselta alustalta, niiden "
            "tila, hinta-arvio ja päätös. Löydät oman ehdotuksesi kuitin numerolla.",
        ),
        "ar": (
            "الاقتراحات",
            "جميع اقتراحات السكان من حوار بوتشيركا ومن المنصة الرقمية، مع حالتها وتكلفتها "
            "والقرار المتخذ بشأنها. ابحث عن اقتراحك برقم الإيصال.",
        ),
        "so": (
            "Soo jeedinta",
            "Dhammaan soo jeedinta dadweynaha ee Botkyrkadialogen iyo barxadda dijitaalka ah, "
            "oo leh xaaladooda, qiimahooda iyo go'aanka. Ka raadi soo jeedintaada lambarka "
            "rasiidka.",
        ),
        "tr": (
            "Öneriler",
            "Botkyrkadialogen'den ve dijital platformdan gelen tüm vatandaş önerileri; durumu, "
            "maliyeti ve kararıyla birlikte. Kendi önerinizi makbuzdaki numarayla bulun.",
        ),
    },
    "omraden": {
        "en": (
            "Areas",
            "Botkyrka has six municipal areas. See the proposals and dialogues in your area "
            "and whom you can contact.",
        ),
        "fi": (
            "Alueet",
            "Botkyrkassa on kuusi kunnanosaa. Katso oman alueesi ehdotukset ja dialogit sekä "
            "se, keneen voit ottaa yhteyttä.",
        ),
        "ar": (
            "المناطق",
            "في بوتشيركا ست مناطق بلدية. اطّلع على الاقتراحات والحوارات في منطقتك وعلى من "
            "يمكنك التواصل معه.",
        ),
        "so": (
            "Degmooyinka",
            "Botkyrka waxay leedahay lix degmo. Eeg soo jeedinta iyo wadahadallada degmadaada "
            "iyo qofka aad la xiriiri karto.",
        ),
        "tr": (
            "Bölgeler",
            "Botkyrka'nın altı belediye bölgesi var. Bölgenizdeki önerileri ve diyalogları, "
            "kiminle iletişime geçebileceğinizi görün.",
        ),
    },
    "teman": {
        "en": (
            "Themes",
            "The dialogues start from what matters in the area: safety, young people's "
            "leisure, the situation of older people, parks, sport and meeting places.",
        ),
        "fi": (
            "Teemat",
            "Dialogit lähtevät siitä, mikä alueella on tärkeää: turvallisuus, nuorten vapaa-"
            "aika, ikäihmisten tilanne, puistot, liikunta ja kohtaamispaikat.",
        ),
        "ar": (
            "المواضيع",
            "تنطلق الحوارات مما يهم المنطقة: الأمان، وأوقات فراغ الشباب، وأوضاع كبار السن، "
            "والحدائق، والرياضة، وأماكن اللقاء.",
        ),
        "so": (
            "Mawduucyada",
            "Wadahadalladu waxay ka bilaabmaan waxa muhiimka u ah degmada: amniga, waqtiga "
            "firaaqada ee dhallinyarada, xaaladda dadka waayeelka ah, beeraha, ciyaaraha iyo "
            "goobaha kulanka.",
        ),
        "tr": (
            "Temalar",
            "Diyaloglar bölgede önemli olandan yola çıkar: güvenlik, gençlerin boş zamanı, "
            "yaşlıların durumu, parklar, spor ve buluşma yerleri.",
        ),
    },
    "dialoger": {
        "en": (
            "Dialogues",
            "The politicians come to you. Here you will find upcoming dialogue sessions and "
            "what was said at the earlier ones.",
        ),
        "fi": (
            "Dialogit",
            "Poliitikot tulevat luoksesi. Täältä löydät tulevat dialogitilaisuudet ja sen, mitä "
            "aiemmissa sanottiin.",
        ),
        "ar": (
            "الحوارات",
            "السياسيون يأتون إليك. هنا تجد جلسات الحوار القادمة وما قيل في الجلسات السابقة.",
        ),
        "so": (
            "Wadahadallada",
            "Siyaasiyiintu way kuu imaanayaan. Halkan waxaad ka helaysaa kulamada wadahadalka "
            "ee soo socda iyo waxa lagu yiri kuwii hore.",
        ),
        "tr": (
            "Diyaloglar",
            "Politikacılar size geliyor. Yaklaşan diyalog buluşmalarını ve öncekilerde "
            "konuşulanları burada bulabilirsiniz.",
        ),
    },
    "kommissionen": {
        "en": (
            "The Dialogue Commission",
            "The Dialogue Commission decides which of the residents' proposals become reality. "
            "It has 13 members from every party in the municipal council and five million "
            "kronor a year.",
        ),
        "fi": (
            "Dialogikomissio",
            "Dialogikomissio päättää, mitkä asukkaiden ehdotuksista toteutetaan. Siinä on 13 "
            "jäsentä kaikista kunnanvaltuuston puolueista, ja sillä on viisi miljoonaa kruunua "
            "vuodessa.",
        ),
        "ar": (
            "لجنة الحوار",
            "تقرر لجنة الحوار أيّ اقتراحات السكان تصبح واقعًا. تضم 13 عضوًا من جميع الأحزاب "
            "الممثلة في المجلس البلدي، ولديها خمسة ملايين كرونة في السنة.",
        ),
        "so": (
            "Guddiga Wadahadalka",
            "Guddiga Wadahadalka ayaa go'aamiya soo jeedinta dadka deegaanka ee noqonaysa "
            "xaqiiq. Wuxuu leeyahay 13 xubnood oo ka kala yimid dhammaan xisbiyada golaha "
            "degmada, iyo shan milyan oo karoon sannadkii.",
        ),
        "tr": (
            "Diyalog Komisyonu",
            "Diyalog Komisyonu, sakinlerin önerilerinden hangilerinin hayata geçeceğine karar "
            "verir. Belediye meclisindeki tüm partilerden 13 üyesi ve yılda beş milyon kronluk "
            "bütçesi vardır.",
        ),
    },
    "statistik": {
        "en": (
            "Statistics",
            "How many proposals have come in, how many have been approved and how long does it "
            "take? The figures per year and per area.",
        ),
        "fi": (
            "Tilastot",
            "Kuinka monta ehdotusta on tullut, kuinka monta on hyväksytty ja kuinka kauan se "
            "kestää? Luvut vuosittain ja alueittain.",
        ),
        "ar": (
            "الإحصاءات",
            "كم اقتراحًا وصل، وكم منها تمت الموافقة عليه، وكم يستغرق ذلك من الوقت؟ الأرقام "
            "حسب السنة وحسب المنطقة.",
        ),
        "so": (
            "Tirakoob",
            "Immisa soo jeedin ayaa yimid, immisa ayaa la oggolaaday, intee in le'eg ayuuse "
            "qaataa? Tirooyinka sannad walba iyo degmo walba.",
        ),
        "tr": (
            "İstatistikler",
            "Kaç öneri geldi, kaçı onaylandı ve bu ne kadar sürüyor? Yıllara ve bölgelere göre "
            "rakamlar.",
        ),
    },
}

# The commission page's body (content.COMMISSION_BODY): 3 headings, 2 paragraphs, 4 list
# items, 1 paragraph, in that order.
COMMISSION_BODY = {
    "en": (
        "<h2>A short way from proposal to reality</h2>"
        "<p>The Dialogue Commission was set up in January 2019. Before that, citizen proposals "
        "were passed on to the various committees, and it could take a long time before anyone "
        "heard what had happened to them. The evaluations kept coming back to the same "
        "criticism: we hand in proposals but never hear what happens.</p>"
        "<p>Now all citizen proposals go to one and the same political group. The commission "
        "has 13 members from every party in the municipal council and mirrors the election "
        "result. It has a budget of its own of five million kronor a year, only for carrying "
        "out residents' proposals.</p>"
        "<h2>How it works</h2>"
        "<ol>"
        "<li><b>Dialogue.</b> Botkyrkadialogen is held in one area at a time for about three "
        "months. In each area there are usually three dialogues: one open and two on themes "
        "that matter there. The politicians come to the residents: on squares, in housing "
        "estates, at youth centres and senior homes. Since 2020 proposals can also be left "
        "online.</li>"
        "<li><b>Price tag and assessment.</b> The proposals are sent to the administration "
        "that would carry them out. It estimates the cost and writes an assessment of the "
        "possibilities and obstacles.</li>"
        "<li><b>Decision.</b> The commission meets five times a year and decides which "
        "proposals become reality. The members set party politics aside: what counts is what "
        "can be done within the budget.</li>"
        "<li><b>Implementation and feedback.</b> The administration starts straight after the "
        "decision. Every proposal is published here, and everyone who left a proposal gets "
        "personal feedback.</li>"
        "</ol>"
        "<h2>What has happened so far</h2>"
        "<p>A skate ramp in a schoolyard, a school trip, more benches, outdoor gyms and more "
        "lighting for safety are some of the proposals that have become reality. When the "
        "politicians started going out into the areas, proposals came from groups who had not "
        "been heard before: more than a hundred came from Fittja, an area from which the "
        "municipality had not received a single one in years.</p>"
    ),
    "fi": (
        "<h2>Lyhyt matka ehdotuksesta todellisuuteen</h2>"
        "<p>Dialogikomissio perustettiin tammikuussa 2019. Aiemmin asukasaloitteet lähetettiin "
        "eri lautakunnille, ja saattoi kestää kauan ennen kuin kukaan sai tietää, mitä niille "
        "tapahtui. Arvioinneissa toistui sama kritiikki: jätämme ehdotuksia, mutta emme koskaan "
        "kuule, mitä niille tapahtuu.</p>"
        "<p>Nyt kaikki asukasaloitteet käsittelee yksi ja sama poliittinen ryhmä. Komissiossa "
        "on 13 jäsentä kaikista kunnanvaltuuston puolueista, ja se vastaa vaalitulosta. Sillä "
        "on oma viiden miljoonan kruunun vuosibudjetti, joka on tarkoitettu vain asukkaiden "
        "ehdotusten toteuttamiseen.</p>"
        "<h2>Näin se toimii</h2>"
        "<ol>"
        "<li><b>Dialogi.</b> Botkyrkadialogen järjestetään yhdellä alueella kerrallaan noin "
        "kolmen kuukauden ajan. Kullakin alueella pidetään yleensä kolme dialogia: yksi avoin "
        "ja kaksi teemoista, jotka ovat juuri siellä tärkeitä. Poliitikot tulevat asukkaiden "
        "luo: toreille, asuinalueille, nuorisotaloille ja palvelutaloihin. Vuodesta 2020 "
        "ehdotuksen on voinut jättää myös verkossa.</li>"
        "<li><b>Hinta-arvio ja lausunto.</b> Ehdotukset lähetetään hallinnolle, joka ne "
        "toteuttaisi. Se arvioi kustannukset ja kirjoittaa lausunnon mahdollisuuksista ja "
        "esteistä.</li>"
        "<li><b>Päätös.</b> Komissio kokoontuu viisi kertaa vuodessa ja päättää, mitkä "
        "ehdotukset toteutetaan. Jäsenet jättävät puoluepolitiikan sivuun: ratkaisevaa on se, "
        "mitä budjetin puitteissa voidaan toteuttaa.</li>"
        "<li><b>Toteutus ja palaute.</b> Hallinto aloittaa heti päätöksen jälkeen. Jokainen "
        "ehdotus julkaistaan täällä, ja jokainen ehdotuksen jättänyt saa henkilökohtaisen "
        "palautteen.</li>"
        "</ol>"
        "<h2>Tähän mennessä tapahtunutta</h2>"
        "<p>Skeittiramppi koulun pihalle, luokkaretki, lisää penkkejä, ulkokuntosaleja ja "
        "lisää valaistusta turvallisuuden vuoksi ovat esimerkkejä toteutuneista ehdotuksista. "
        "Kun poliitikot alkoivat jalkautua alueille, ehdotuksia tuli ryhmiltä, joita ei ollut "
        "aiemmin kuultu: Fittjasta tuli yli sata ehdotusta, vaikka sieltä ei ollut tullut "
        "vuosiin ainuttakaan.</p>"
    ),
    "ar": (
        "<h2>طريق قصير من الاقتراح إلى الواقع</h2>"
        "<p>تأسست لجنة الحوار في يناير 2019. في السابق كانت اقتراحات السكان تُحال إلى لجان "
        "مختلفة، وكان قد يمضي وقت طويل قبل أن يعرف أحد ما حدث لها. وتكرر في التقييمات النقد "
        "نفسه: نقدم الاقتراحات ولا نسمع أبدًا ما يحدث لها.</p>"
        "<p>الآن تُجمع كل اقتراحات السكان لدى مجموعة سياسية واحدة. تضم اللجنة 13 عضوًا من "
        "جميع الأحزاب في المجلس البلدي، وتعكس نتيجة الانتخابات. ولها ميزانية خاصة قدرها خمسة "
        "ملايين كرونة في السنة، مخصصة فقط لتنفيذ اقتراحات السكان.</p>"
        "<h2>كيف تسير العملية</h2>"
        "<ol>"
        "<li><b>الحوار.</b> يُعقد حوار بوتشيركا في منطقة واحدة في كل مرة لمدة ثلاثة أشهر "
        "تقريبًا. وفي كل منطقة تُعقد عادةً ثلاث جلسات حوار: واحدة مفتوحة واثنتان حول مواضيع "
        "مهمة في تلك المنطقة بالذات. يأتي السياسيون إلى السكان: في الساحات والأحياء السكنية "
        "ومراكز الشباب ودور المسنين. ومنذ عام 2020 يمكن أيضًا تقديم الاقتراحات رقميًا.</li>"
        "<li><b>تقدير التكلفة والتقييم.</b> تُرسل الاقتراحات إلى الإدارة التي ستنفذها، "
        "فتحسب التكلفة وتكتب تقييمًا للإمكانيات والعقبات.</li>"
        "<li><b>القرار.</b> تجتمع اللجنة خمس مرات في السنة وتقرر أيّ الاقتراحات تصبح واقعًا. "
        "يضع الأعضاء السياسة الحزبية جانبًا: المعيار هو ما يمكن تنفيذه ضمن الميزانية.</li>"
        "<li><b>التنفيذ والرد.</b> تبدأ الإدارة العمل مباشرة بعد القرار. يُنشر كل اقتراح هنا، "
        "ويحصل كل من قدّم اقتراحًا على رد شخصي.</li>"
        "</ol>"
        "<h2>ما تحقق حتى الآن</h2>"
        "<p>منحدر للتزلج في ساحة مدرسة، ورحلة مدرسية، والمزيد من المقاعد، وصالات رياضية في "
        "الهواء الطلق، وإنارة أكثر من أجل الأمان، هي بعض الاقتراحات التي أصبحت واقعًا. وعندما "
        "بدأ السياسيون بالنزول إلى المناطق، جاءت اقتراحات من فئات لم يُسمع صوتها من قبل: فمن "
        "فيتيا جاء أكثر من مئة اقتراح، من منطقة لم تتلقَّ منها البلدية اقتراحًا واحدًا منذ "
        "سنوات.</p>"
    ),
    "so": (
        "<h2>Waddo gaaban oo soo jeedinta ka gaarta xaqiiqda</h2>"
        "<p>Guddiga Wadahadalka waxaa la aasaasay Janaayo 2019. Ka hor, soo jeedinta dadweynaha "
        "waxaa loo gudbin jiray guddiyo kala duwan, waxaana qaadan kartay waqti dheer ka hor "
        "inta aan qofna ogaan waxa ku dhacay. Qiimaynta ayaa mar walba soo celisay isla "
        "dhaleeceynta: soo jeedin ayaan keennaa laakiin weligeen ma maqalno waxa ku dhaca.</p>"
        "<p>Hadda dhammaan soo jeedinta dadweynaha waxay tagaan hal koox siyaasadeed. Guddigu "
        "wuxuu leeyahay 13 xubnood oo ka kala yimid dhammaan xisbiyada golaha degmada, wuxuuna "
        "ka tarjumayaa natiijada doorashada. Wuxuu leeyahay miisaaniyad u gaar ah oo ah shan "
        "milyan oo karoon sannadkii, oo loogu talagalay oo keliya fulinta soo jeedinta dadka "
        "deegaanka.</p>"
        "<h2>Sida ay u shaqeyso</h2>"
        "<ol>"
        "<li><b>Wadahadal.</b> Botkyrkadialogen waxaa lagu qabtaa hal degmo markiiba, muddo "
        "qiyaastii saddex bilood ah. Degmo kasta waxaa caadi ahaan lagu qabtaa saddex "
        "wadahadal: mid furan iyo laba ku saabsan mawduucyo halkaas muhiim ka ah. Siyaasiyiintu "
        "waxay u yimaadaan dadka deegaanka: fagaarayaasha, xaafadaha, xarumaha dhallinyarada iyo "
        "guryaha waayeelka. Laga soo bilaabo 2020 soo jeedinta waxaa sidoo kale lagu soo gudbin "
        "karaa internetka.</li>"
        "<li><b>Qiimaynta kharashka iyo fikradda.</b> Soo jeedinta waxaa loo diraa maamulka "
        "fulin lahaa. Wuxuu xisaabiyaa kharashka wuxuuna qoraa fikrad ku saabsan fursadaha iyo "
        "caqabadaha.</li>"
        "<li><b>Go'aan.</b> Guddigu wuxuu kulmaa shan jeer sannadkii wuxuuna go'aamiyaa soo "
        "jeedinta noqonaysa xaqiiq. Xubnuhu siyaasadda xisbiyada way dhinac dhigaan: waxa "
        "go'aamiya waa waxa lagu fulin karo miisaaniyadda.</li>"
        "<li><b>Fulin iyo jawaab celin.</b> Maamulku wuxuu bilaabaa isla markiiba go'aanka "
        "kadib. Soo jeedin kasta halkan ayaa lagu daabacaa, qof kasta oo soo jeediyeyna wuxuu "
        "helaa jawaab shakhsi ah.</li>"
        "</ol>"
        "<h2>Waxa dhacay ilaa hadda</h2>"
        "<p>Jaranjarada skateboard-ka ee barxadda dugsiga, socdaal dugsi, kursiyo dheeraad ah, "
        "jimicsi bannaanka ah iyo iftiin badan oo amni ah ayaa ka mid ah soo jeedinta noqotay "
        "xaqiiq. Markii siyaasiyiintu bilaabeen inay degmooyinka tagaan, soo jeedin ayaa ka "
        "timid kooxo aan hore loo maqlin: Fittja waxaa ka yimid in ka badan boqol soo jeedin, "
        "degmo aan sannado badan degmadu ka helin xitaa hal mid.</p>"
    ),
    "tr": (
        "<h2>Öneriden gerçeğe kısa bir yol</h2>"
        "<p>Diyalog Komisyonu Ocak 2019'da kuruldu. Daha önce vatandaş önerileri farklı "
        "kurullara iletilirdi ve birinin önerisine ne olduğunu öğrenmesi uzun sürebilirdi. "
        "Değerlendirmelerde hep aynı eleştiri dile getirildi: öneri veriyoruz ama ne olduğunu "
        "hiç duymuyoruz.</p>"
        "<p>Artık tüm vatandaş önerileri tek bir siyasi grupta toplanıyor. Komisyonun belediye "
        "meclisindeki tüm partilerden 13 üyesi var ve seçim sonucunu yansıtıyor. Yalnızca "
        "sakinlerin önerilerini hayata geçirmek için yılda beş milyon kronluk kendi bütçesi "
        "bulunuyor.</p>"
        "<h2>Süreç nasıl işliyor</h2>"
        "<ol>"
        "<li><b>Diyalog.</b> Botkyrkadialogen her seferinde bir bölgede, yaklaşık üç ay "
        "boyunca yapılır. Her bölgede genellikle üç diyalog düzenlenir: biri açık, ikisi o "
        "bölgede önemli olan temalar üzerine. Politikacılar sakinlerin ayağına gider: "
        "meydanlara, konut bölgelerine, gençlik merkezlerine ve huzurevlerine. 2020'den beri "
        "öneriler dijital olarak da verilebiliyor.</li>"
        "<li><b>Maliyet ve görüş.</b> Öneriler, onları uygulayacak idareye gönderilir. İdare "
        "maliyeti hesaplar ve olanaklar ile engeller hakkında bir görüş yazar.</li>"
        "<li><b>Karar.</b> Komisyon yılda beş kez toplanır ve hangi önerilerin hayata "
        "geçeceğine karar verir. Üyeler parti politikasını bir kenara bırakır: belirleyici "
        "olan, bütçe içinde neyin yapılabileceğidir.</li>"
        "<li><b>Uygulama ve geri bildirim.</b> İdare karardan hemen sonra işe başlar. Her "
        "öneri burada yayımlanır ve öneri veren herkes kişisel geri bildirim alır.</li>"
        "</ol>"
        "<h2>Şimdiye kadar neler oldu</h2>"
        "<p>Okul bahçesine kaykay rampası, bir okul gezisi, daha fazla bank, açık hava spor "
        "aletleri ve güvenlik için daha fazla aydınlatma, hayata geçen önerilerden bazıları. "
        "Politikacılar bölgelere gitmeye başlayınca daha önce sesi duyulmayan gruplardan "
        "öneriler geldi: belediyenin yıllardır tek bir öneri bile almadığı Fittja'dan yüzden "
        "fazla öneri geldi.</p>"
    ),
}

THEMES = {
    "trygghet": {
        "en": {
            "title": "Safety",
            "introduction": "Being able to walk home in the evening without being afraid: "
            "lighting, open footpaths and adults who are seen.",
            "description": "<p>Safety is the theme that comes up most often in "
            "Botkyrkadialogen. Residents talk about dark footpaths, bushes that block the view, "
            "littered places and their worry for children on the way home from school.</p>"
            "<p>Many proposals are about things the municipality can change fairly quickly: "
            "more lighting, more frequent cleaning and clearing of scrub. Questions about the "
            "police's work are passed on to the Police.</p>",
        },
        "fi": {
            "title": "Turvallisuus",
            "introduction": "Illalla voi kävellä kotiin pelkäämättä: valaistus, avarat "
            "kävelytiet ja aikuiset, jotka näkyvät.",
            "description": "<p>Turvallisuus on teema, joka toistuu Botkyrkadialogenissa "
            "useimmin. Asukkaat kertovat pimeistä kävelyteistä, näkyvyyttä peittävistä "
            "pensaista, roskaisista paikoista ja huolesta lapsista koulumatkalla.</p>"
            "<p>Monet ehdotukset koskevat asioita, joita kunta voi muuttaa melko nopeasti: "
            "lisää valaistusta, tiheämpää siivousta ja vesakon raivausta. Poliisin työtä "
            "koskevat kysymykset välitetään poliisille.</p>",
        },
        "ar": {
            "title": "الأمان",
            "introduction": "أن تستطيع العودة إلى البيت مساءً دون خوف: إنارة، وممرات مكشوفة، "
            "وبالغون حاضرون.",
            "description": "<p>الأمان هو الموضوع الأكثر تكرارًا في حوار بوتشيركا. يتحدث "
            "السكان عن ممرات مظلمة، وشجيرات تحجب الرؤية، وأماكن مليئة بالقمامة، وعن قلقهم على "
            "الأطفال في طريق عودتهم من المدرسة.</p>"
            "<p>كثير من الاقتراحات تتعلق بأمور تستطيع البلدية تغييرها بسرعة نسبيًا: إنارة "
            "أكثر، وتنظيف أكثر تكرارًا، وإزالة الأحراش. أما الأسئلة المتعلقة بعمل الشرطة "
            "فتُحال إلى الشرطة.</p>",
        },
        "so": {
            "title": "Amniga",
            "introduction": "Inaad fiidkii guriga u lugayn karto adigoon cabsanayn: iftiin, "
            "waddooyin lug oo muuqda iyo dad waaweyn oo la arko.",
            "description": "<p>Amniga waa mawduuca ugu badan ee Botkyrkadialogen lagu soo "
            "qaado. Dadka deegaanku waxay ka sheekeeyaan waddooyin lug oo mugdi ah, geedo "
            "xannibaya aragga, meelo qashin ka buuxo iyo walwalka ay u qabaan carruurta marka "
            "ay dugsiga ka soo laabanayaan.</p>"
            "<p>Soo jeedin badan waxay ku saabsan yihiin waxyaabo degmadu si degdeg ah u "
            "beddeli karto: iftiin dheeraad ah, nadiifin joogto ah iyo jaridda geedaha. "
            "Su'aalaha ku saabsan shaqada booliska waxaa loo gudbiyaa Booliska.</p>",
        },
        "tr": {
            "title": "Güvenlik",
            "introduction": "Akşam eve korkmadan yürüyebilmek: aydınlatma, açık yaya yolları "
            "ve görünür yetişkinler.",
            "description": "<p>Güvenlik, Botkyrkadialogen'de en sık gündeme gelen tema. "
            "Sakinler karanlık yaya yollarından, görüşü kapatan çalılardan, çöplerle dolu "
            "yerlerden ve okuldan eve dönen çocuklar için duydukları endişeden söz ediyor.</p>"
            "<p>Pek çok öneri, belediyenin oldukça hızlı değiştirebileceği şeylerle ilgili: "
            "daha fazla aydınlatma, daha sık temizlik ve çalıların temizlenmesi. Polisin "
            "çalışmasıyla ilgili sorular Polise iletilir.</p>",
        },
    },
    "unga": {
        "en": {
            "title": "Young people and leisure",
            "introduction": "Something to do in the evenings and at weekends, places to be and "
            "adults who listen.",
            "description": "<p>Young people in Botkyrka want more places to be: youth centres "
            "with longer opening hours, informal sport, a ramp to skateboard on and help with "
            "homework.</p>"
            "<p>The dialogues on young people's leisure are held where young people already "
            "are, at youth centres, in schoolyards and in the town centre, often together with "
            "the outreach youth workers.</p>",
        },
        "fi": {
            "title": "Nuoret ja vapaa-aika",
            "introduction": "Tekemistä iltaisin ja viikonloppuisin, paikkoja, joissa olla, ja "
            "aikuisia, jotka kuuntelevat.",
            "description": "<p>Botkyrkan nuoret haluavat lisää paikkoja, joissa olla: "
            "nuorisotaloja pidemmillä aukioloajoilla, omaehtoista liikuntaa, rampin "
            "rullalautailuun ja apua läksyihin.</p>"
            "<p>Nuorten vapaa-aikaa koskevat dialogit pidetään siellä, missä nuoret jo ovat: "
            "nuorisotaloilla, koulujen pihoilla ja keskustoissa, usein yhdessä "
            "kenttätyöntekijöiden kanssa.</p>",
        },
        "ar": {
            "title": "الشباب وأوقات الفراغ",
            "introduction": "شيء يُفعل في الأمسيات وعطل نهاية الأسبوع، وأماكن للتواجد فيها، "
            "وبالغون يصغون.",
            "description": "<p>يريد الشباب في بوتشيركا أماكن أكثر يتواجدون فيها: مراكز شباب "
            "بساعات عمل أطول، ورياضة حرة، ومنحدرًا للتزلج، ومساعدة في الواجبات المدرسية.</p>"
            "<p>تُعقد الحوارات حول أوقات فراغ الشباب حيث يتواجد الشباب أصلًا: في مراكز الشباب "
            "وساحات المدارس ووسط المدينة، وغالبًا بالتعاون مع العاملين الميدانيين.</p>",
        },
        "so": {
            "title": "Dhallinyarada iyo firaaqada",
            "introduction": "Wax la qabto fiidkii iyo dhammaadka toddobaadka, meelo la joogo "
            "iyo dad waaweyn oo dhageysta.",
            "description": "<p>Dhallinyarada Botkyrka waxay rabaan meelo badan oo ay joogaan: "
            "xarumo dhallinyaro oo saacado dheer furan, ciyaaro xor ah, jaranjaro skateboard "
            "iyo caawimaad casharrada guriga.</p>"
            "<p>Wadahadallada ku saabsan firaaqada dhallinyarada waxaa lagu qabtaa meesha ay "
            "dhallinyaradu horeba u joogaan: xarumaha dhallinyarada, barxadaha dugsiyada iyo "
            "bartamaha magaalada, inta badan iyadoo lala kaashanayo shaqaalaha goobta.</p>",
        },
        "tr": {
            "title": "Gençler ve boş zaman",
            "introduction": "Akşamları ve hafta sonları yapacak bir şey, vakit geçirecek yerler "
            "ve dinleyen yetişkinler.",
            "description": "<p>Botkyrka'daki gençler vakit geçirebilecekleri daha fazla yer "
            "istiyor: daha uzun açık kalan gençlik merkezleri, serbest spor, kaykay için bir "
            "rampa ve ödevlere yardım.</p>"
            "<p>Gençlerin boş zamanıyla ilgili diyaloglar, gençlerin zaten bulunduğu yerlerde "
            "yapılır: gençlik merkezlerinde, okul bahçelerinde ve merkezde, çoğu zaman saha "
            "çalışanlarıyla birlikte.</p>",
        },
    },
    "aldre": {
        "en": {
            "title": "Older people",
            "introduction": "Benches to rest on, meeting places against loneliness and help "
            "with digital services.",
            "description": "<p>In the dialogues, older residents stress how important it is to "
            "get about on their own: benches along the way, handrails, footpaths cleared of "
            "snow and buses that run.</p><p>Loneliness is another recurring subject. The "
            "proposals are about meeting points, shared activities and help with BankID and "
            "digital services. The dialogues on the situation of older people are often held "
            "at senior homes and meeting points.</p>",
        },
        "fi": {
            "title": "Ikäihmiset",
            "introduction": "Penkkejä levähtämiseen, kohtaamispaikkoja yksinäisyyttä vastaan "
            "ja apua digitaalisissa asioissa.",
            "description": "<p>Ikääntyneet asukkaat korostavat dialogeissa, kuinka tärkeää on "
            "päästä liikkumaan omin avuin: penkkejä matkan varrella, käsijohteita, aurattuja "
            "kävelyteitä ja kulkevia busseja.</p><p>Yksinäisyys on toinen toistuva aihe. "
            "Ehdotukset koskevat kohtaamispaikkoja, yhteistä toimintaa ja apua BankID:n ja "
            "digitaalisten palvelujen kanssa. Ikäihmisten tilannetta koskevat dialogit "
            "pidetään usein palvelutaloissa ja kohtaamispaikoissa.</p>",
        },
        "ar": {
            "title": "كبار السن",
            "introduction": "مقاعد للاستراحة، وأماكن لقاء في مواجهة الوحدة، ومساعدة في "
            "الخدمات الرقمية.",
            "description": "<p>يؤكد السكان المسنون في الحوارات أهمية أن يتمكنوا من التنقل "
            "بأنفسهم: مقاعد على طول الطريق، ودرابزين، وممرات مُزال عنها الثلج، وحافلات "
            "تعمل.</p><p>الوحدة موضوع آخر يتكرر. تتناول الاقتراحات أماكن اللقاء، والأنشطة "
            "المشتركة، والمساعدة في استخدام الهوية المصرفية (BankID) والخدمات الرقمية. وغالبًا "
            "ما تُعقد الحوارات حول أوضاع كبار السن في دور المسنين وأماكن اللقاء.</p>",
        },
        "so": {
            "title": "Dadka waayeelka ah",
            "introduction": "Kursiyo lagu nasto, goobo kulan oo ka hortaga kelinimada iyo "
            "caawimaad adeegyada dijitaalka ah.",
            "description": "<p>Dadka waayeelka ah ee deegaanku waxay wadahadallada ku "
            "adkeeyaan sida ay muhiim u tahay inay keligood isu socodsiin karaan: kursiyo "
            "waddada dhinaceeda ah, gacan-qabsi, waddooyin lug oo barafka laga xaaqay iyo "
            "basas socda.</p><p>Kelinimadu waa mawduuc kale oo soo noqnoqda. Soo jeedintu "
            "waxay ku saabsan yihiin goobo kulan, hawlo wadaag ah iyo caawimaad BankID iyo "
            "adeegyada dijitaalka ah. Wadahadallada xaaladda dadka waayeelka ah waxaa inta "
            "badan lagu qabtaa guryaha waayeelka iyo goobaha kulanka.</p>",
        },
        "tr": {
            "title": "Yaşlılar",
            "introduction": "Dinlenmek için banklar, yalnızlığa karşı buluşma yerleri ve "
            "dijital hizmetlerde yardım.",
            "description": "<p>Yaşlı sakinler diyaloglarda kendi başlarına dolaşabilmenin ne "
            "kadar önemli olduğunu vurguluyor: yol boyunca banklar, tırabzanlar, kardan "
            "temizlenmiş yaya yolları ve işleyen otobüsler.</p><p>Yalnızlık, sık tekrarlanan "
            "bir başka konu. Öneriler buluşma noktaları, ortak etkinlikler ve BankID ile "
            "dijital hizmetlerde yardım üzerine. Yaşlıların durumuyla ilgili diyaloglar "
            "çoğunlukla huzurevlerinde ve buluşma noktalarında yapılır.</p>",
        },
    },
    "utemiljo": {
        "en": {
            "title": "Outdoor spaces and parks",
            "introduction": "Playgrounds, greenery, barbecue areas and clean courtyards.",
            "description": "<p>Parks, playgrounds and courtyards are places everyone uses. "
            "Residents propose new playgrounds, dog parks, barbecue areas, more trees and "
            "flowers and better upkeep of what is already there.</p><p>Proposals about "
            "outdoor spaces are often concrete and can be carried out quickly, but much of "
            "the land in the housing estates belongs to the housing companies. Then the "
            "municipality passes the proposal on to the property owner.</p>",
        },
        "fi": {
            "title": "Ulkoympäristö ja puistot",
            "introduction": "Leikkipaikkoja, vihreää, grillipaikkoja ja siistejä pihoja.",
            "description": "<p>Puistot, leikkipaikat ja pihat ovat paikkoja, joita kaikki "
            "käyttävät. Asukkaat ehdottavat uusia leikkipaikkoja, koira-aitauksia, "
            "grillipaikkoja, lisää puita ja kukkia sekä jo olemassa olevien paikkojen parempaa "
            "hoitoa.</p><p>Ulkoympäristöä koskevat ehdotukset ovat usein konkreettisia ja "
            "toteutettavissa nopeasti, mutta suuri osa asuinalueiden maasta on "
            "asuntoyhtiöiden omistuksessa. Silloin kunta välittää ehdotuksen "
            "kiinteistönomistajalle.</p>",
        },
        "ar": {
            "title": "البيئة الخارجية والحدائق",
            "introduction": "ملاعب أطفال، ومساحات خضراء، وأماكن للشواء، وساحات نظيفة.",
            "description": "<p>الحدائق وملاعب الأطفال والساحات أماكن يستخدمها الجميع. يقترح "
            "السكان ملاعب أطفال جديدة، وأماكن مسيّجة للكلاب، وأماكن للشواء، ومزيدًا من "
            "الأشجار والزهور، وعناية أفضل بما هو موجود.</p><p>غالبًا ما تكون الاقتراحات "
            "المتعلقة بالبيئة الخارجية ملموسة ويمكن تنفيذها في وقت قصير، لكن جزءًا كبيرًا من "
            "الأراضي في الأحياء السكنية تملكه شركات الإسكان. وعندها تحيل البلدية الاقتراح إلى "
            "مالك العقار.</p>",
        },
        "so": {
            "title": "Deegaanka bannaanka iyo beeraha",
            "introduction": "Goobo carruurtu ku ciyaaraan, cagaar, goobo dubitaan iyo "
            "barxado nadiif ah.",
            "description": "<p>Beeraha, goobaha ciyaarta carruurta iyo barxadaha waa meelo "
            "qof walba isticmaalo. Dadka deegaanku waxay soo jeediyaan goobo ciyaareed cusub, "
            "meelo eeyaha loogu talagalay, goobo dubitaan, geedo iyo ubax badan iyo daryeel "
            "wanaagsan oo waxa horeba u jiray.</p><p>Soo jeedinta deegaanka bannaanka inta "
            "badan waa kuwo la taaban karo oo waqti gaaban lagu fulin karo, laakiin dhulka "
            "xaafadaha intiisa badan waxaa iska leh shirkadaha guryaha. Markaas degmadu "
            "soo jeedinta waxay u gudbisaa milkiilaha guryaha.</p>",
        },
        "tr": {
            "title": "Dış mekânlar ve parklar",
            "introduction": "Oyun alanları, yeşillik, mangal alanları ve temiz avlular.",
            "description": "<p>Parklar, oyun alanları ve avlular herkesin kullandığı yerler. "
            "Sakinler yeni oyun alanları, köpek parkları, mangal alanları, daha fazla ağaç ve "
            "çiçek ile var olanın daha iyi bakımını öneriyor.</p><p>Dış mekânlarla ilgili "
            "öneriler çoğu zaman somut ve kısa sürede uygulanabilir; ancak konut "
            "bölgelerindeki arazinin büyük kısmı konut şirketlerine ait. O zaman belediye "
            "öneriyi mülk sahibine iletir.</p>",
        },
    },
    "idrott": {
        "en": {
            "title": "Sport and health",
            "introduction": "Exercise without paying: outdoor gyms, pitches for informal play, "
            "jogging tracks and swimming lessons.",
            "description": "<p>Moving about should not cost money. The proposals under this "
            "theme are about outdoor gyms, ball courts, lit jogging tracks and swimming lessons "
            "for children who have not learnt to swim.</p><p>Larger facilities such as "
            "artificial turf pitches and sports halls are part of the municipality's investment "
            "plan. The Dialogue Commission can contribute smaller measures that make a big "
            "difference in an area.</p>",
        },
        "fi": {
            "title": "Liikunta ja terveys",
            "introduction": "Liiku maksamatta: ulkokuntosaleja, pelikenttiä, kuntoratoja ja "
            "uimakoulua.",
            "description": "<p>Liikkumisen ei pitäisi maksaa. Tämän teeman ehdotukset "
            "koskevat ulkokuntosaleja, pallokenttiä, valaistuja kuntoratoja ja uimakoulua "
            "lapsille, jotka eivät ole oppineet uimaan.</p><p>Suuremmat liikuntapaikat, kuten "
            "tekonurmikentät ja liikuntahallit, kuuluvat kunnan investointisuunnitelmaan. "
            "Dialogikomissio voi rahoittaa pienempiä toimia, joilla on alueelle suuri "
            "merkitys.</p>",
        },
        "ar": {
            "title": "الرياضة والصحة",
            "introduction": "مارس الرياضة دون أن تدفع: صالات رياضية في الهواء الطلق، وملاعب "
            "مفتوحة، ومسارات للجري، ودروس سباحة.",
            "description": "<p>يجب ألا تكلّف الحركة مالًا. تتناول الاقتراحات في هذا الموضوع "
            "الصالات الرياضية في الهواء الطلق، وملاعب الكرة، ومسارات الجري المضاءة، ودروس "
            "السباحة للأطفال الذين لم يتعلموا السباحة.</p><p>المنشآت الأكبر مثل ملاعب العشب "
            "الصناعي والصالات الرياضية جزء من خطة الاستثمار في البلدية. ويمكن للجنة الحوار أن "
            "تساهم بإجراءات أصغر تُحدث فرقًا كبيرًا في منطقة ما.</p>",
        },
        "so": {
            "title": "Ciyaaraha iyo caafimaadka",
            "introduction": "Jimicsi adigoon lacag bixin: jimicsi bannaanka ah, garoomo "
            "ciyaareed, waddooyin orod iyo barashada dabaasha.",
            "description": "<p>Dhaqdhaqaaqu waa inuusan lacag ku kicin. Soo jeedinta "
            "mawduucan waxay ku saabsan yihiin jimicsi bannaanka ah, garoomo kubbadeed, "
            "waddooyin orod oo iftiin leh iyo barashada dabaasha carruurta aan weli baran "
            "dabaasha.</p><p>Xarumaha waaweyn sida garoomada cawska macmalka ah iyo hoolalka "
            "ciyaaraha waxay ka mid yihiin qorshaha maalgashiga degmada. Guddiga Wadahadalku "
            "wuxuu ku darsan karaa tallaabooyin yaryar oo farqi weyn ku sameeya degmada.</p>",
        },
        "tr": {
            "title": "Spor ve sağlık",
            "introduction": "Para ödemeden spor: açık hava spor aletleri, serbest oyun "
            "sahaları, koşu parkurları ve yüzme kursu.",
            "description": "<p>Hareket etmek para gerektirmemeli. Bu temadaki öneriler açık "
            "hava spor aletleri, top sahaları, aydınlatılmış koşu parkurları ve yüzme "
            "bilmeyen çocuklar için yüzme kursuyla ilgili.</p><p>Suni çim sahalar ve spor "
            "salonları gibi büyük tesisler belediyenin yatırım planında yer alıyor. Diyalog "
            "Komisyonu bir bölgede büyük fark yaratan daha küçük önlemlere katkıda "
            "bulunabilir.</p>",
        },
    },
    "kultur": {
        "en": {
            "title": "Culture and meeting places",
            "introduction": "Libraries, stages, art in public spaces and places where "
            "neighbours meet.",
            "description": "<p>Botkyrka is a municipality with residents from all over the "
            "world. The proposals on culture and meeting places are about language cafés, "
            "concerts on the square, art that makes grey underpasses beautiful and premises "
            "where associations and neighbours can meet.</p>"
            "<p>The libraries are often where the dialogues on this theme take place.</p>",
        },
        "fi": {
            "title": "Kulttuuri ja kohtaamispaikat",
            "introduction": "Kirjastoja, esiintymislavoja, taidetta julkisessa tilassa ja "
            "paikkoja, joissa naapurit kohtaavat.",
            "description": "<p>Botkyrka on kunta, jonka asukkaat tulevat eri puolilta "
            "maailmaa. Kulttuuria ja kohtaamispaikkoja koskevat ehdotukset käsittelevät "
            "kielikahviloita, konsertteja torilla, taidetta, joka kaunistaa harmaat tunnelit, "
            "sekä tiloja, joissa yhdistykset ja naapurit voivat tavata.</p>"
            "<p>Tämän teeman dialogit pidetään usein kirjastoissa.</p>",
        },
        "ar": {
            "title": "الثقافة وأماكن اللقاء",
            "introduction": "مكتبات، ومسارح، وفن في الأماكن العامة، وأماكن يلتقي فيها الجيران.",
            "description": "<p>بوتشيركا بلدية يأتي سكانها من جميع أنحاء العالم. تتناول "
            "الاقتراحات حول الثقافة وأماكن اللقاء مقاهي اللغة، والحفلات الموسيقية في الساحة، "
            "والفن الذي يجمّل الأنفاق الرمادية، والمقرات التي يمكن أن تلتقي فيها الجمعيات "
            "والجيران.</p>"
            "<p>غالبًا ما تكون المكتبات مكان الحوارات حول هذا الموضوع.</p>",
        },
        "so": {
            "title": "Dhaqanka iyo goobaha kulanka",
            "introduction": "Maktabado, masraxyo, farshaxan goobaha dadweynaha iyo meelo "
            "ay deriskuba ku kulmaan.",
            "description": "<p>Botkyrka waa degmo ay dadkeedu ka yimaadeen adduunka oo "
            "dhan. Soo jeedinta dhaqanka iyo goobaha kulanka waxay ku saabsan yihiin makhaayado "
            "luqadeed, riwaayado muusig oo fagaaraha ah, farshaxan qurxiya tuubooyinka "
            "cawlka ah iyo xarumo ay ururada iyo deriskuba ku kulmi karaan.</p>"
            "<p>Maktabadaha ayaa inta badan ah meesha lagu qabto wadahadallada mawduucan.</p>",
        },
        "tr": {
            "title": "Kültür ve buluşma yerleri",
            "introduction": "Kütüphaneler, sahneler, kamusal alanda sanat ve komşuların "
            "buluştuğu yerler.",
            "description": "<p>Botkyrka, dünyanın her yerinden sakinleri olan bir belediye. "
            "Kültür ve buluşma yerleriyle ilgili öneriler dil kafeleri, meydanda konserler, "
            "gri alt geçitleri güzelleştiren sanat ve derneklerle komşuların buluşabileceği "
            "mekânlar üzerine.</p>"
            "<p>Bu temadaki diyaloglar çoğunlukla kütüphanelerde yapılıyor.</p>",
        },
    },
}

# Areas keep their names; their introductions and descriptions are translated.
AREAS = {
    "alby": {
        "en": {
            "introduction": "Alby lies on the red metro line between Fittja and Hallunda, with "
            "a lively centre and close to lake Albysjön.",
            "description": "<p>Alby was largely built in the 1970s and is today one of the "
            "municipality's liveliest areas, with a square, a library and a youth centre near "
            "the metro and footpaths down to lake Albysjön.</p>"
            "<p>Many children and young people live here. In the dialogues residents have "
            "above all raised safety, places for young people to be and the upkeep of the "
            "outdoor spaces.</p>",
        },
        "fi": {
            "introduction": "Alby sijaitsee metron punaisella linjalla Fittjan ja Hallundan "
            "välissä. Siellä on vilkas keskusta, ja Albysjön-järvi on lähellä.",
            "description": "<p>Alby rakennettiin suurelta osin 1970-luvulla, ja nykyään se on "
            "yksi kunnan vilkkaimmista alueista. Metroaseman lähellä on tori, kirjasto ja "
            "nuorisotalo, ja kävelytiet vievät Albysjön-järvelle.</p>"
            "<p>Alueella asuu paljon lapsia ja nuoria. Dialogeissa asukkaat ovat ottaneet esiin "
            "ennen kaikkea turvallisuuden, nuorten oleskelupaikat ja ulkoalueiden hoidon.</p>",
        },
        "ar": {
            "introduction": "تقع ألبي على الخط الأحمر لقطار الأنفاق بين فيتيا وهالوندا، "
            "ولها مركز نابض بالحياة وهي قريبة من بحيرة ألبيشون.",
            "description": "<p>بُنيت ألبي في معظمها في سبعينيات القرن الماضي، وهي اليوم من "
            "أكثر مناطق البلدية حيوية، فيها ساحة ومكتبة ومركز للشباب قرب قطار الأنفاق، "
            "وممرات للمشي تنزل حتى بحيرة ألبيشون.</p>"
            "<p>يعيش هنا كثير من الأطفال والشباب. وفي الحوارات طرح السكان قبل كل شيء الأمان، "
            "وأماكن يتواجد فيها الشباب، والعناية بالبيئة الخارجية.</p>",
        },
        "so": {
            "introduction": "Alby waxay ku taal khadka cas ee tareenka dhulka hoostiisa "
            "(tunnelbana) inta u dhaxaysa Fittja iyo Hallunda, waxayna leedahay bartame "
            "firfircoon, kuna dhow harada Albysjön.",
            "description": "<p>Alby inta badan waxaa la dhisay 1970-meeyadii, maantana waa mid "
            "ka mid ah degmooyinka ugu firfircoon, oo leh fagaare, maktabad iyo xarun "
            "dhallinyaro oo u dhow tareenka, iyo waddooyin lug oo u dhaadhaca harada "
            "Albysjön.</p>"
            "<p>Halkan waxaa ku nool carruur iyo dhallinyaro badan. Wadahadallada dadka "
            "deegaanku waxay ugu horrayn soo qaadeen amniga, meelaha dhallinyaradu joogi karto "
            "iyo daryeelka deegaanka bannaanka.</p>",
        },
        "tr": {
            "introduction": "Alby, metronun kırmızı hattında Fittja ile Hallunda arasında yer "
            "alır; canlı bir merkezi vardır ve Albysjön gölüne yakındır.",
            "description": "<p>Alby büyük ölçüde 1970'lerde inşa edildi ve bugün belediyenin "
            "en canlı bölgelerinden biri: metroya yakın bir meydan, kütüphane ve gençlik "
            "merkezi, Albysjön gölüne inen yürüyüş yolları var.</p>"
            "<p>Burada çok sayıda çocuk ve genç yaşıyor. Diyaloglarda sakinler en çok "
            "güvenliği, gençlerin vakit geçirebileceği yerleri ve dış mekânların bakımını "
            "gündeme getirdi.</p>",
        },
    },
    "fittja": {
        "en": {
            "introduction": "Fittja on lake Mälaren is the municipality's youngest area, with "
            "residents with roots in more than a hundred countries.",
            "description": "<p>Fittja lies in northern Botkyrka on the Fittja bay. People with "
            "roots in more than a hundred countries live here, and the average age is one of "
            "the lowest in the municipality.</p>"
            "<p>For many years almost no citizen proposals came from Fittja. When the "
            "politicians started going out to the square instead of inviting people to the "
            "town hall, more than a hundred proposals came in a short time.</p>",
        },
        "fi": {
            "introduction": "Mälarenin rannalla sijaitseva Fittja on kunnan nuorin alue. Sen "
            "asukkailla on juuret yli sadassa maassa.",
            "description": "<p>Fittja sijaitsee Pohjois-Botkyrkassa Fittjanlahden rannalla. "
            "Täällä asuu ihmisiä, joiden juuret ovat yli sadassa maassa, ja keski-ikä on "
            "kunnan alhaisimpia.</p>"
            "<p>Monena vuonna Fittjasta ei tullut juuri lainkaan asukasaloitteita. Kun "
            "poliitikot alkoivat mennä torille sen sijaan, että kutsuivat ihmisiä "
            "kunnantalolle, yli sata ehdotusta tuli lyhyessä ajassa.</p>",
        },
        "ar": {
            "introduction": "فيتيا على بحيرة مالارن هي أصغر مناطق البلدية سنًّا، يعود سكانها "
            "بجذورهم إلى أكثر من مئة بلد.",
            "description": "<p>تقع فيتيا في شمال بوتشيركا على خليج فيتيا. يعيش هنا أناس "
            "تعود جذورهم إلى أكثر من مئة بلد، ومتوسط العمر فيها من الأدنى في البلدية.</p>"
            "<p>لسنوات طويلة لم تكد تصل أي اقتراحات من سكان فيتيا. وعندما بدأ السياسيون "
            "بالخروج إلى الساحة بدلًا من دعوة الناس إلى مبنى البلدية، وصل أكثر من مئة "
            "اقتراح في وقت قصير.</p>",
        },
        "so": {
            "introduction": "Fittja oo ku taal harada Mälaren waa degmada ugu da'da yar "
            "degmooyinka, oo dadkeedu asal ahaan ka soo jeedaan in ka badan boqol waddan.",
            "description": "<p>Fittja waxay ku taal waqooyiga Botkyrka, xeebta Fittjaviken. "
            "Halkan waxaa ku nool dad asal ahaan ka soo jeeda in ka badan boqol waddan, da'da "
            "celceliska ahna waa mid ka mid ah kuwa ugu hooseeya degmada.</p>"
            "<p>Sannado badan Fittja ku dhawaad soo jeedin kama iman. Markii siyaasiyiintu "
            "bilaabeen inay fagaaraha tagaan halkii ay dadka ugu yeeri lahaayeen xafiiska "
            "degmada, in ka badan boqol soo jeedin ayaa yimid waqti gaaban.</p>",
        },
        "tr": {
            "introduction": "Mälaren gölü kıyısındaki Fittja, belediyenin en genç bölgesi; "
            "sakinlerinin kökleri yüzden fazla ülkeye uzanıyor.",
            "description": "<p>Fittja, Botkyrka'nın kuzeyinde Fittja koyunda yer alır. "
            "Burada kökleri yüzden fazla ülkeye uzanan insanlar yaşıyor ve yaş ortalaması "
            "belediyedeki en düşüklerden biri.</p>"
            "<p>Uzun yıllar Fittja'dan neredeyse hiç vatandaş önerisi gelmedi. Politikacılar "
            "insanları belediye binasına davet etmek yerine meydana çıkmaya başlayınca, kısa "
            "sürede yüzden fazla öneri geldi.</p>",
        },
    },
    "hallunda-norsborg": {
        "en": {
            "introduction": "Hallunda and Norsborg at the end of the metro line, with a "
            "shopping centre, a Folkets hus and beaches along lake Mälaren.",
            "description": "<p>Hallunda and Norsborg lie at the last stop of the metro. Here "
            "are Hallunda centrum, the Folkets hus community centre and walking paths and "
            "bathing places along lake Mälaren.</p>"
            "<p>In the dialogues residents have raised safety around the centre and the "
            "station, older people's chances of getting about and more activities for children "
            "and young people.</p>",
        },
        "fi": {
            "introduction": "Hallunda ja Norsborg metron päätepysäkillä: ostoskeskus, Folkets "
            "hus ja rantoja Mälarenin varrella.",
            "description": "<p>Hallunda ja Norsborg sijaitsevat metron päätepysäkillä. Täällä "
            "ovat Hallundan ostoskeskus, Folkets hus -talo sekä kävelyreittejä ja uimapaikkoja "
            "Mälarenin rannalla.</p>"
            "<p>Dialogeissa asukkaat ovat ottaneet esiin turvallisuuden keskustan ja aseman "
            "ympärillä, ikäihmisten liikkumismahdollisuudet ja lisää toimintaa lapsille ja "
            "nuorille.</p>",
        },
        "ar": {
            "introduction": "هالوندا ونورسبوري عند المحطة الأخيرة لقطار الأنفاق، فيهما مركز "
            "تجاري ودار للشعب (Folkets hus) وشواطئ على بحيرة مالارن.",
            "description": "<p>تقع هالوندا ونورسبوري عند المحطة الأخيرة لقطار الأنفاق. هنا "
            "مركز هالوندا التجاري ودار الشعب، وممرات للتنزه وأماكن للسباحة على طول بحيرة "
            "مالارن.</p>"
            "<p>في الحوارات طرح السكان الأمان حول المركز والمحطة، وقدرة كبار السن على "
            "التنقل، والمزيد من الأنشطة للأطفال والشباب.</p>",
        },
        "so": {
            "introduction": "Hallunda iyo Norsborg oo ku yaal istaanka ugu dambeeya ee "
            "tareenka, leh xarun ganacsi, Folkets hus iyo xeebo ku teedsan harada Mälaren.",
            "description": "<p>Hallunda iyo Norsborg waxay ku yaalaan istaanka ugu dambeeya "
            "ee tareenka dhulka hoostiisa. Halkan waxaa ku yaal Hallunda centrum, Folkets hus "
            "iyo waddooyin socod iyo meelo lagu dabaasho oo ku teedsan harada Mälaren.</p>"
            "<p>Wadahadallada dadka deegaanku waxay soo qaadeen amniga agagaarka bartamaha iyo "
            "istaanka, fursadaha dadka waayeelka ah ee isu socodka iyo hawlo badan oo "
            "carruurta iyo dhallinyarada ah.</p>",
        },
        "tr": {
            "introduction": "Metronun son durağındaki Hallunda ve Norsborg: alışveriş merkezi, "
            "Folkets hus ve Mälaren gölü boyunca plajlar.",
            "description": "<p>Hallunda ve Norsborg metronun son durağında yer alır. Burada "
            "Hallunda centrum, Folkets hus halk evi ve Mälaren gölü boyunca yürüyüş yolları ile "
            "yüzme yerleri var.</p>"
            "<p>Diyaloglarda sakinler merkez ve istasyon çevresindeki güvenliği, yaşlıların "
            "dolaşabilme olanaklarını ve çocuklar ile gençler için daha fazla etkinliği gündeme "
            "getirdi.</p>",
        },
    },
    "tullinge": {
        "en": {
            "introduction": "Detached and terraced houses and commuter trains, close to lake "
            "Tullingesjön and the Lida outdoor recreation area.",
            "description": "<p>Tullinge is an area with many detached and terraced houses, a "
            "commuter train station and close to lake Tullingesjön and the Lida outdoor "
            "recreation area. Many families with children and a growing number of older people "
            "live here.</p>"
            "<p>Recurring questions in the dialogues are footpaths and cycle paths, places for "
            "sport and exercise and meeting places for older people.</p>",
        },
        "fi": {
            "introduction": "Omakoti- ja rivitaloja sekä lähijuna, lähellä Tullingesjön-järveä "
            "ja Lidan ulkoilualuetta.",
            "description": "<p>Tullinge on alue, jolla on paljon omakoti- ja rivitaloja ja "
            "lähijuna-asema, ja Tullingesjön-järvi ja Lidan ulkoilualue ovat lähellä. Täällä "
            "asuu paljon lapsiperheitä ja kasvava joukko ikäihmisiä.</p>"
            "<p>Dialogeissa toistuvat kysymykset kävely- ja pyöräteistä, liikunta- ja "
            "ulkoilupaikoista sekä ikäihmisten kohtaamispaikoista.</p>",
        },
        "ar": {
            "introduction": "فيلات ومنازل متلاصقة وقطار الضواحي، قرب بحيرة تولينغيشون ومنطقة "
            "ليدا للتنزه في الطبيعة.",
            "description": "<p>تولينغه منطقة فيها كثير من الفيلات والمنازل المتلاصقة، ومحطة "
            "لقطار الضواحي، وهي قريبة من بحيرة تولينغيشون ومنطقة ليدا للتنزه. يعيش هنا كثير "
            "من العائلات التي لديها أطفال، وعدد متزايد من كبار السن.</p>"
            "<p>من المسائل المتكررة في الحوارات ممرات المشاة والدراجات، وأماكن الرياضة "
            "والتمارين، وأماكن لقاء كبار السن.</p>",
        },
        "so": {
            "introduction": "Guryo gaar ah iyo guryo isku xiran iyo tareenka magaalada, kuna "
            "dhow harada Tullingesjön iyo goobta dalxiiska dabiiciga ah ee Lida.",
            "description": "<p>Tullinge waa degmo leh guryo badan oo gaar ah iyo kuwo isku "
            "xiran, istaan tareen, kuna dhow harada Tullingesjön iyo goobta dalxiiska ee Lida. "
            "Halkan waxaa ku nool qoysas badan oo carruur leh iyo koox sii kordhaysa oo dad "
            "waayeel ah.</p>"
            "<p>Su'aalaha soo noqnoqda ee wadahadallada waa waddooyinka lugta iyo baaskiilka, "
            "meelaha ciyaaraha iyo jimicsiga iyo goobaha kulanka dadka waayeelka ah.</p>",
        },
        "tr": {
            "introduction": "Müstakil evler, sıra evler ve banliyö treni; Tullingesjön gölüne "
            "ve Lida doğa alanına yakın.",
            "description": "<p>Tullinge, çok sayıda müstakil ve sıra evin bulunduğu, banliyö "
            "treni istasyonu olan, Tullingesjön gölüne ve Lida doğa alanına yakın bir bölge. "
            "Burada çocuklu pek çok aile ve giderek artan sayıda yaşlı yaşıyor.</p>"
            "<p>Diyaloglarda sık tekrarlanan konular yaya ve bisiklet yolları, spor ve egzersiz "
            "alanları ile yaşlılar için buluşma yerleri.</p>",
        },
    },
    "tumba-storvreten": {
        "en": {
            "introduction": "The municipality's main town with the town hall, commuter trains "
            "and Tumba bruk, and the Storvreten housing area.",
            "description": "<p>Tumba is Botkyrka's main town, with the town hall, the commuter "
            "train station, the upper secondary school and Tumba bruk, where paper for "
            "banknotes was made for more than 250 years. Storvreten is a housing area from the "
            "1970s right next to the centre.</p>"
            "<p>It is the municipality's largest area. In the dialogues residents have raised "
            "safety around the station, young people's leisure and meeting places for older "
            "people.</p>",
        },
        "fi": {
            "introduction": "Kunnan keskustaajama, jossa ovat kunnantalo, lähijuna ja Tumba "
            "bruk, sekä Storvretenin asuinalue.",
            "description": "<p>Tumba on Botkyrkan keskustaajama. Siellä ovat kunnantalo, "
            "lähijuna-asema, lukio ja Tumba bruk, jossa valmistettiin seteli-paperia yli 250 "
            "vuoden ajan. Storvreten on 1970-luvun asuinalue aivan keskustan vieressä.</p>"
            "<p>Se on kunnan suurin alue. Dialogeissa asukkaat ovat ottaneet esiin aseman "
            "ympäristön turvallisuuden, nuorten vapaa-ajan ja ikäihmisten "
            "kohtaamispaikat.</p>",
        },
        "ar": {
            "introduction": "المدينة الرئيسية في البلدية، فيها مبنى البلدية وقطار الضواحي "
            "ومصنع تومبا القديم (Tumba bruk)، وحي ستورفريتن السكني.",
            "description": "<p>تومبا هي المدينة الرئيسية في بوتشيركا، فيها مبنى البلدية، "
            "ومحطة قطار الضواحي، والمدرسة الثانوية، ومصنع تومبا الذي صُنع فيه ورق الأوراق "
            "النقدية لأكثر من 250 عامًا. أما ستورفريتن فحيّ سكني من سبعينيات القرن الماضي "
            "بجوار المركز مباشرة.</p>"
            "<p>إنها أكبر مناطق البلدية. وفي الحوارات طرح السكان الأمان حول المحطة، وأوقات "
            "فراغ الشباب، وأماكن لقاء كبار السن.</p>",
        },
        "so": {
            "introduction": "Magaalada dhexe ee degmada oo leh xafiiska degmada, tareenka "
            "magaalada iyo Tumba bruk, iyo xaafadda Storvreten.",
            "description": "<p>Tumba waa magaalada dhexe ee Botkyrka, oo leh xafiiska "
            "degmada, istaanka tareenka, dugsiga sare iyo Tumba bruk, halkaas oo in ka badan "
            "250 sano lagu samayn jiray waraaqda lacagta. Storvreten waa xaafad laga dhisay "
            "1970-meeyadii oo ku dhow bartamaha.</p>"
            "<p>Waa degmada ugu weyn. Wadahadallada dadka deegaanku waxay soo qaadeen amniga "
            "agagaarka istaanka, firaaqada dhallinyarada iyo goobaha kulanka dadka "
            "waayeelka ah.</p>",
        },
        "tr": {
            "introduction": "Belediye binası, banliyö treni ve Tumba bruk ile belediyenin "
            "merkez kasabası ve Storvreten konut bölgesi.",
            "description": "<p>Tumba, Botkyrka'nın merkez kasabası: belediye binası, banliyö "
            "treni istasyonu, lise ve 250 yıldan uzun süre banknot kâğıdı üretilen Tumba bruk "
            "burada. Storvreten ise merkezin hemen yanında 1970'lerden kalma bir konut "
            "bölgesi.</p>"
            "<p>Belediyenin en büyük bölgesi. Diyaloglarda sakinler istasyon çevresindeki "
            "güvenliği, gençlerin boş zamanını ve yaşlılar için buluşma yerlerini gündeme "
            "getirdi.</p>",
        },
    },
    "varsta-grodinge": {
        "en": {
            "introduction": "Botkyrka's countryside in the south: lakes, forest and farmland, "
            "Vårsta and the villages around Grödinge church.",
            "description": "<p>Vårsta and Grödinge are Botkyrka's countryside, with lakes, "
            "forest and farmland, Grödinge church and villages such as Sibble and Hamra.</p>"
            "<p>Distances are long and the bus runs rarely. In the dialogues residents have "
            "raised public transport, older people's chances of staying in their homes and "
            "places for sport and outdoor life.</p>",
        },
        "fi": {
            "introduction": "Botkyrkan maaseutu etelässä: järviä, metsää ja peltoja, Vårsta "
            "ja pienet kylät Grödingen kirkon ympärillä.",
            "description": "<p>Vårsta ja Grödinge ovat Botkyrkan maaseutua: järviä, metsää ja "
            "peltoja, Grödingen kirkko ja pieniä kyliä, kuten Sibble ja Hamra.</p>"
            "<p>Välimatkat ovat pitkiä ja bussi kulkee harvoin. Dialogeissa asukkaat ovat "
            "ottaneet esiin joukkoliikenteen, ikäihmisten mahdollisuudet asua kotona ja "
            "paikat liikunnalle ja ulkoilulle.</p>",
        },
        "ar": {
            "introduction": "ريف بوتشيركا في الجنوب: بحيرات وغابات وأراضٍ زراعية، وفورستا "
            "والقرى الصغيرة حول كنيسة غرودينغه.",
            "description": "<p>فورستا وغرودينغه هما ريف بوتشيركا، فيهما بحيرات وغابات وأراضٍ "
            "زراعية، وكنيسة غرودينغه، وقرى صغيرة مثل سيبله وهامرا.</p>"
            "<p>المسافات طويلة والحافلة نادرًا ما تمر. وفي الحوارات طرح السكان النقل العام، "
            "وقدرة كبار السن على البقاء في منازلهم، وأماكن الرياضة والأنشطة في الطبيعة.</p>",
        },
        "so": {
            "introduction": "Miyiga Botkyrka ee koonfurta: haro, kayn iyo dhul beereed, Vårsta "
            "iyo tuulooyinka yaryar ee ku wareegsan kaniisadda Grödinge.",
            "description": "<p>Vårsta iyo Grödinge waa miyiga Botkyrka, oo leh haro, kayn iyo "
            "dhul beereed, kaniisadda Grödinge iyo tuulooyin yaryar sida Sibble iyo Hamra.</p>"
            "<p>Masaafaduhu way dheer yihiin, basku si dhif ah ayuu u socdaa. Wadahadallada "
            "dadka deegaanku waxay soo qaadeen gaadiidka dadweynaha, fursadaha dadka "
            "waayeelka ah ee ay ku sii joogi karaan guryahooda iyo meelaha ciyaaraha iyo "
            "nolosha bannaanka.</p>",
        },
        "tr": {
            "introduction": "Botkyrka'nın güneydeki kırsalı: göller, orman ve tarım "
            "arazileri, Vårsta ve Grödinge kilisesi çevresindeki küçük köyler.",
            "description": "<p>Vårsta ve Grödinge, Botkyrka'nın kırsal kesimi: göller, orman "
            "ve tarım arazileri, Grödinge kilisesi ve Sibble ile Hamra gibi küçük köyler.</p>"
            "<p>Mesafeler uzun, otobüs seyrek geçiyor. Diyaloglarda sakinler toplu taşımayı, "
            "yaşlıların evlerinde yaşamaya devam edebilmesini ve spor ile doğa etkinlikleri "
            "için yerleri gündeme getirdi.</p>",
        },
    },
}

# Administrations by slug: {language: name}.
ADMINISTRATIONS = {
    "samhallsbyggnadsforvaltningen": {
        "en": "Urban Development Administration",
        "fi": "Yhdyskuntarakentamisen hallinto",
        "ar": "إدارة التخطيط والتنمية العمرانية",
        "so": "Maamulka Horumarinta Bulshada iyo Dhismaha",
        "tr": "İmar ve Kentsel Gelişim İdaresi",
    },
    "kultur-och-fritidsforvaltningen": {
        "en": "Culture and Leisure Administration",
        "fi": "Kulttuuri- ja vapaa-aikahallinto",
        "ar": "إدارة الثقافة وأوقات الفراغ",
        "so": "Maamulka Dhaqanka iyo Firaaqada",
        "tr": "Kültür ve Boş Zaman İdaresi",
    },
    "utbildningsforvaltningen": {
        "en": "Education Administration",
        "fi": "Koulutushallinto",
        "ar": "إدارة التعليم",
        "so": "Maamulka Waxbarashada",
        "tr": "Eğitim İdaresi",
    },
    "vard-och-omsorgsforvaltningen": {
        "en": "Health and Social Care Administration",
        "fi": "Hoito- ja hoivahallinto",
        "ar": "إدارة الرعاية الصحية والاجتماعية",
        "so": "Maamulka Daryeelka iyo Xannaanada",
        "tr": "Bakım ve Sağlık Hizmetleri İdaresi",
    },
    "socialforvaltningen": {
        "en": "Social Services Administration",
        "fi": "Sosiaalihallinto",
        "ar": "إدارة الخدمات الاجتماعية",
        "so": "Maamulka Adeegyada Bulshada",
        "tr": "Sosyal Hizmetler İdaresi",
    },
    "kommunledningsforvaltningen": {
        "en": "Municipal Executive Office",
        "fi": "Kunnanjohdon virasto",
        "ar": "مكتب الإدارة التنفيذية للبلدية",
        "so": "Xafiiska Maamulka Sare ee Degmada",
        "tr": "Belediye Yönetim Ofisi",
    },
}

# Dialogue sessions (texts.py): the same blanks, filled in by builder.py from the session's
# area, theme and place. Names of places stay as on the signs ({place}).
SESSIONS = {
    "en": {
        "open_title": "Open dialogue at {place}",
        "theme_title": "Dialogue on {phrase} at {place}",
        "forum_title": "Dialogue forum {area}: {topic}",
        "open_introduction": "Meet the politicians of the Dialogue Commission at {place} and "
        "leave your proposals for {area}.",
        "theme_introduction": "Dialogue on {phrase} in {area}, with the politicians of the "
        "Dialogue Commission.",
        "forum_introduction": "Dialogue forum {area} invites you to an open meeting on "
        "{topic_lower}.",
        "open_description": "Come and meet the politicians of the Dialogue Commission at "
        "{place}! We sit on sofas, offer coffee and listen to your ideas for {area}. "
        "Politicians and officials help you write down your proposal on the spot. You can talk "
        "to us in Swedish, English, Arabic, Somali, Turkish and Finnish.",
        "theme_description": "This dialogue is about {phrase} in {area}. {question} The "
        "politicians of the Dialogue Commission listen, and your proposals go on to the "
        "administrations for a price tag and to the commission for a decision. Coffee is on "
        "us.",
        "forum_description": "Dialogue forum {area} is an open meeting where residents meet "
        "elected representatives from the area. The forum takes no decisions, but the views "
        "are passed on to the committee concerned through the minutes. Tonight's subject: "
        "{topic_lower}. Everyone is welcome, no need to sign up.",
        "phrases": {
            "trygghet": "safety",
            "unga": "young people's leisure",
            "aldre": "the situation of older people",
            "utemiljo": "parks and outdoor spaces",
            "idrott": "sport and health",
            "kultur": "culture and meeting places",
        },
        "questions": {
            "trygghet": "Where do you feel unsafe, and what would make a difference?",
            "unga": "What do you miss doing in the evenings and at weekends? The youth leaders "
            "and outreach workers will be there.",
            "aldre": "What is it like to grow older here? What is needed for you to get about "
            "and meet others?",
            "utemiljo": "What would you like to do with the parks, playgrounds and courtyards?",
            "idrott": "Where would you like to train, play and move about without it costing "
            "anything?",
            "kultur": "Which meeting places and cultural activities do you miss?",
        },
        "forum_topics": [
            "Traffic and the buses",
            "Safety in the town centre",
            "Young people's leisure",
            "Upkeep of the parks",
            "Everyday life for older people",
            "Clubs and associations",
        ],
        "place_directions": {
            "square": "We are in the middle of the square, under a tent if it rains.",
            "housing": "We are in the courtyard with sofas and coffee.",
            "youth_centre": "The entrance is at the back. The premises are wheelchair accessible.",
            "senior_home": "The assembly hall on the ground floor. Wheelchair accessible, with "
            "a hearing loop.",
            "library": "In the library's reading room. Wheelchair accessible, with a hearing loop.",
            "school": "In the schoolyard by the main entrance.",
            "community_hall": "The main hall. Wheelchair accessible, with a hearing loop.",
            "other": "We are by the entrance: look for the yellow sofas.",
        },
        "transit": {
            "alby": "Red metro line towards Norsborg, Alby station.",
            "fittja": "Red metro line towards Norsborg, Fittja station.",
            "hallunda-norsborg": "Red metro line, Hallunda or Norsborg station.",
            "tullinge": "Commuter train to Tullinge station.",
            "tumba-storvreten": "Commuter train to Tumba station.",
            "varsta-grodinge": "Bus from Tumba station towards Vårsta, stop Vårsta centrum.",
        },
        "courtyard": "the courtyard ({name})",
    },
    "fi": {
        "open_title": "Avoin dialogi: {place}",
        "theme_title": "Dialogi: {phrase} – {place}",
        "forum_title": "Dialogifoorumi {area}: {topic}",
        "open_introduction": "Tapaa dialogikomission poliitikot ({place}) ja jätä "
        "ehdotuksesi alueelle {area}.",
        "theme_introduction": "Dialogi aiheesta {phrase}, alue {area}, dialogikomission "
        "poliitikkojen kanssa.",
        "forum_introduction": "Dialogifoorumi {area} kutsuu avoimeen kokoukseen. Aihe: "
        "{topic_lower}.",
        "open_description": "Tule tapaamaan dialogikomission poliitikkoja! Paikka: {place}. "
        "Istumme sohvilla, tarjoamme kahvit ja kuuntelemme ideoitasi alueelle {area}. "
        "Poliitikot ja virkamiehet auttavat sinua kirjaamaan ehdotuksesi paikan päällä. Voit "
        "puhua kanssamme ruotsiksi, englanniksi, arabiaksi, somaliksi, turkiksi ja suomeksi.",
        "theme_description": "Tämän dialogin aihe on {phrase}, alue {area}. {question} "
        "Dialogikomission poliitikot kuuntelevat, ja ehdotuksesi menevät hallinnoille "
        "hinta-arviota varten ja komissiolle päätettäväksi. Tarjoamme kahvit.",
        "forum_description": "Dialogifoorumi {area} on avoin kokous, jossa asukkaat tapaavat "
        "alueen luottamushenkilöitä. Foorumi ei tee päätöksiä, mutta näkemykset välitetään "
        "pöytäkirjan kautta asianomaiselle lautakunnalle. Illan aihe: {topic_lower}. Kaikki "
        "ovat tervetulleita, ilmoittautumista ei tarvita.",
        "phrases": {
            "trygghet": "turvallisuus",
            "unga": "nuorten vapaa-aika",
            "aldre": "ikäihmisten tilanne",
            "utemiljo": "puistot ja ulkoympäristö",
            "idrott": "liikunta ja terveys",
            "kultur": "kulttuuri ja kohtaamispaikat",
        },
        "questions": {
            "trygghet": "Missä tunnet olosi turvattomaksi, ja mikä voisi auttaa?",
            "unga": "Mitä kaipaat tekemistä iltaisin ja viikonloppuisin? Nuoriso-ohjaajat ja "
            "kenttätyöntekijät ovat paikalla.",
            "aldre": "Millaista täällä on vanheta? Mitä tarvitaan, jotta pääset liikkumaan ja "
            "tapaamaan muita?",
            "utemiljo": "Mitä haluaisit tehdä puistoille, leikkipaikoille ja pihoille?",
            "idrott": "Missä haluaisit harrastaa liikuntaa, pelata ja liikkua maksutta?",
            "kultur": "Millaisia kohtaamispaikkoja ja kulttuuritoimintaa kaipaat?",
        },
        "forum_topics": [
            "Liikenne ja bussit",
            "Turvallisuus keskustassa",
            "Nuorten vapaa-aika",
            "Puistojen hoito",
            "Ikäihmisten arki",
            "Yhdistystoiminta",
        ],
        "place_directions": {
            "square": "Olemme keskellä toria, sateella teltan alla.",
            "housing": "Olemme pihalla sohvien ja kahvin kanssa.",
            "youth_centre": "Sisäänkäynti on takapuolella. Tiloihin pääsee pyörätuolilla.",
            "senior_home": "Juhlasali pohjakerroksessa. Esteetön, induktiosilmukka käytettävissä.",
            "library": "Kirjaston lukusalissa. Esteetön, induktiosilmukka käytettävissä.",
            "school": "Koulun pihalla pääsisäänkäynnin luona.",
            "community_hall": "Iso sali. Esteetön, induktiosilmukka käytettävissä.",
            "other": "Olemme sisäänkäynnin luona: etsi keltaiset sohvat.",
        },
        "transit": {
            "alby": "Metron punainen linja Norsborgin suuntaan, Alby-asema.",
            "fittja": "Metron punainen linja Norsborgin suuntaan, Fittja-asema.",
            "hallunda-norsborg": "Metron punainen linja, Hallunda- tai Norsborg-asema.",
            "tullinge": "Lähijuna Tullingen asemalle.",
            "tumba-storvreten": "Lähijuna Tumban asemalle.",
            "varsta-grodinge": "Bussi Tumban asemalta Vårstaan, pysäkki Vårsta centrum.",
        },
        "courtyard": "piha ({name})",
    },
    "ar": {
        "open_title": "حوار مفتوح في {place}",
        "theme_title": "حوار حول {phrase} في {place}",
        "forum_title": "منتدى الحوار في {area}: {topic}",
        "open_introduction": "قابل سياسيي لجنة الحوار في {place} وقدّم اقتراحاتك من أجل {area}.",
        "theme_introduction": "حوار حول {phrase} في {area}، مع سياسيي لجنة الحوار.",
        "forum_introduction": "يدعوك منتدى الحوار في {area} إلى اجتماع مفتوح حول {topic_lower}.",
        "open_description": "تعال وقابل سياسيي لجنة الحوار في {place}! نجلس على الأرائك "
        "ونقدم القهوة ونستمع إلى أفكارك من أجل {area}. يساعدك السياسيون والموظفون في كتابة "
        "اقتراحك في المكان نفسه. يمكنك التحدث معنا بالسويدية والإنجليزية والعربية والصومالية "
        "والتركية والفنلندية.",
        "theme_description": "يدور هذا الحوار حول {phrase} في {area}. {question} يستمع "
        "سياسيو لجنة الحوار، وتنتقل اقتراحاتك إلى الإدارات لتقدير تكلفتها، ثم إلى اللجنة "
        "لاتخاذ القرار. القهوة على حسابنا.",
        "forum_description": "منتدى الحوار في {area} اجتماع مفتوح يلتقي فيه السكان بممثلين "
        "منتخبين من المنطقة. لا يتخذ المنتدى قرارات، لكن الآراء تُحال إلى اللجنة المعنية عبر "
        "المحضر. موضوع هذا المساء: {topic_lower}. الجميع مرحب بهم، ولا حاجة إلى التسجيل.",
        "phrases": {
            "trygghet": "الأمان",
            "unga": "أوقات فراغ الشباب",
            "aldre": "أوضاع كبار السن",
            "utemiljo": "الحدائق والبيئة الخارجية",
            "idrott": "الرياضة والصحة",
            "kultur": "الثقافة وأماكن اللقاء",
        },
        "questions": {
            "trygghet": "أين تشعر بعدم الأمان، وما الذي قد يُحدث فرقًا؟",
            "unga": "ما الذي ينقصك لتفعله في الأمسيات وعطل نهاية الأسبوع؟ سيحضر قادة الشباب "
            "والعاملون الميدانيون.",
            "aldre": "كيف هو التقدم في السن هنا؟ ما الذي تحتاجه لتتنقل وتلتقي بالآخرين؟",
            "utemiljo": "ماذا تريد أن تفعل بالحدائق وملاعب الأطفال والساحات؟",
            "idrott": "أين تريد أن تتدرب وتلعب وتتحرك دون أن يكلفك ذلك شيئًا؟",
            "kultur": "ما أماكن اللقاء والأنشطة الثقافية التي تفتقدها؟",
        },
        "forum_topics": [
            "حركة المرور والحافلات",
            "الأمان في المركز",
            "أوقات فراغ الشباب",
            "العناية بالحدائق",
            "الحياة اليومية لكبار السن",
            "الحياة الجمعوية",
        ],
        "place_directions": {
            "square": "نحن في وسط الساحة، تحت خيمة إذا أمطرت.",
            "housing": "نحن في الساحة بين المباني مع الأرائك والقهوة.",
            "youth_centre": "المدخل في الجهة الخلفية. المكان مهيأ للكراسي المتحركة.",
            "senior_home": "قاعة الاجتماعات في الطابق الأرضي. مهيأة للكراسي المتحركة، وفيها "
            "حلقة سمعية.",
            "library": "في قاعة المطالعة في المكتبة. مهيأة للكراسي المتحركة، وفيها حلقة سمعية.",
            "school": "في ساحة المدرسة عند المدخل الرئيسي.",
            "community_hall": "القاعة الكبرى. مهيأة للكراسي المتحركة، وفيها حلقة سمعية.",
            "other": "نحن عند المدخل: ابحث عن الأرائك الصفراء.",
        },
        "transit": {
            "alby": "الخط الأحمر لقطار الأنفاق باتجاه نورسبوري، محطة ألبي (Alby).",
            "fittja": "الخط الأحمر لقطار الأنفاق باتجاه نورسبوري، محطة فيتيا (Fittja).",
            "hallunda-norsborg": "الخط الأحمر لقطار الأنفاق، محطة هالوندا (Hallunda) أو "
            "نورسبوري (Norsborg).",
            "tullinge": "قطار الضواحي إلى محطة تولينغه (Tullinge).",
            "tumba-storvreten": "قطار الضواحي إلى محطة تومبا (Tumba).",
            "varsta-grodinge": "الحافلة من محطة تومبا باتجاه فورستا، موقف Vårsta centrum.",
        },
        "courtyard": "الساحة السكنية ({name})",
    },
    "so": {
        "open_title": "Wadahadal furan: {place}",
        "theme_title": "Wadahadal ku saabsan {phrase}: {place}",
        "forum_title": "Golaha wadahadalka {area}: {topic}",
        "open_introduction": "La kulan siyaasiyiinta Guddiga Wadahadalka ({place}) oo ka "
        "tag soo jeedintaada {area}.",
        "theme_introduction": "Wadahadal ku saabsan {phrase} ee {area}, oo lala yeelanayo "
        "siyaasiyiinta Guddiga Wadahadalka.",
        "forum_introduction": "Golaha wadahadalka {area} wuxuu kugu martiqaadayaa kulan furan "
        "oo ku saabsan: {topic_lower}.",
        "open_description": "Kaalay oo la kulan siyaasiyiinta Guddiga Wadahadalka! Goobta: "
        "{place}. Waxaan fadhiyaa fadhiyo, waxaan bixinaa kafee, waxaanan dhageysanaa "
        "fikradahaaga {area}. Siyaasiyiinta iyo shaqaaluhu waxay kaa caawinayaan inaad halkaas "
        "ku qorto soo jeedintaada. Waxaad nala hadli kartaa af iswiidhish, ingiriis, carabi, "
        "soomaali, turki iyo finnish.",
        "theme_description": "Wadahadalkan wuxuu ku saabsan yahay {phrase} ee {area}. "
        "{question} Siyaasiyiinta Guddiga Wadahadalka ayaa dhageysanaya, soo jeedintaaduna "
        "waxay u gudbaysaa maamulada si loo qiimeeyo kharashka, kadibna guddiga si go'aan loo "
        "gaaro. Kafeega annagaa bixinayna.",
        "forum_description": "Golaha wadahadalka {area} waa kulan furan oo dadka deegaanku ku "
        "la kulmaan wakiillada la doortay ee degmada. Goluhu go'aan ma gaaro, laakiin "
        "fikradaha waxaa loogu gudbiyaa guddiga ay khuseyso warbixinta kulanka. Mawduuca "
        "caawa: {topic_lower}. Dhammaan waa la soo dhaweynayaa, lama baahna is-diiwaangelin.",
        "phrases": {
            "trygghet": "amniga",
            "unga": "firaaqada dhallinyarada",
            "aldre": "xaaladda dadka waayeelka ah",
            "utemiljo": "beeraha iyo deegaanka bannaanka",
            "idrott": "ciyaaraha iyo caafimaadka",
            "kultur": "dhaqanka iyo goobaha kulanka",
        },
        "questions": {
            "trygghet": "Xaggee ayaad ka dareentaa amni darro, maxaase farqi samayn lahaa?",
            "unga": "Maxaad ka maqan tahay inaad sameyso fiidkii iyo dhammaadka toddobaadka? "
            "Hoggaamiyeyaasha dhallinyarada iyo shaqaalaha goobta ayaa joogi doona.",
            "aldre": "Sidee tahay inaad halkan ku gabowdo? Maxaa loo baahan yahay si aad isu "
            "socodsiiso oo aad dadka kale ula kulanto?",
            "utemiljo": "Maxaad jeclaan lahayd in lagu sameeyo beeraha, goobaha ciyaarta iyo "
            "barxadaha?",
            "idrott": "Xaggee ayaad jeclaan lahayd inaad jimicsato, ciyaarto oo dhaqdhaqaaqdo "
            "adigoon lacag bixin?",
            "kultur": "Goobaha kulanka iyo hawlaha dhaqanka ee maqan waa kuwee?",
        },
        "forum_topics": [
            "Gaadiidka iyo basaska",
            "Amniga bartamaha magaalada",
            "Firaaqada dhallinyarada",
            "Daryeelka beeraha",
            "Nolosha maalinlaha ah ee dadka waayeelka ah",
            "Ururada bulshada",
        ],
        "place_directions": {
            "square": "Waxaan joognaa bartamaha fagaaraha, teendho hoosteeda haddii roob da'o.",
            "housing": "Waxaan joognaa barxadda guryaha, fadhiyo iyo kafee la jooga.",
            "youth_centre": "Albaabku wuxuu ku yaal gadaasha. Goobta waa la geli karaa "
            "kursiga curyaanka.",
            "senior_home": "Qolka shirarka ee dabaqa hoose. Kursiga curyaanka waa lagu geli "
            "karaa, waxaa jira qalab maqal (hörslinga).",
            "library": "Qolka akhriska ee maktabadda. Kursiga curyaanka waa lagu geli karaa, "
            "waxaa jira qalab maqal (hörslinga).",
            "school": "Barxadda dugsiga, agagaarka albaabka weyn.",
            "community_hall": "Hoolka weyn. Kursiga curyaanka waa lagu geli karaa, waxaa jira "
            "qalab maqal (hörslinga).",
            "other": "Waxaan joognaa albaabka agtiisa: raadi fadhiyada jaallaha ah.",
        },
        "transit": {
            "alby": "Khadka cas ee tareenka dhulka hoostiisa ee u socda Norsborg, istaanka Alby.",
            "fittja": "Khadka cas ee tareenka dhulka hoostiisa ee u socda Norsborg, istaanka "
            "Fittja.",
            "hallunda-norsborg": "Khadka cas ee tareenka dhulka hoostiisa, istaanka Hallunda "
            "ama Norsborg.",
            "tullinge": "Tareenka magaalada (pendeltåg) ilaa istaanka Tullinge.",
            "tumba-storvreten": "Tareenka magaalada (pendeltåg) ilaa istaanka Tumba.",
            "varsta-grodinge": "Baska ka baxa istaanka Tumba ee u socda Vårsta, joogsiga "
            "Vårsta centrum.",
        },
        "courtyard": "barxadda guryaha ({name})",
    },
    "tr": {
        "open_title": "Açık diyalog: {place}",
        "theme_title": "Diyalog: {phrase} – {place}",
        "forum_title": "Diyalog forumu {area}: {topic}",
        "open_introduction": "Diyalog Komisyonu'nun politikacılarıyla buluşun ({place}) ve "
        "{area} için önerilerinizi bırakın.",
        "theme_introduction": "{area} bölgesinde {phrase} konulu diyalog, Diyalog "
        "Komisyonu'nun politikacılarıyla.",
        "forum_introduction": "Diyalog forumu {area} sizi açık bir toplantıya davet ediyor. "
        "Konu: {topic_lower}.",
        "open_description": "Gelin, Diyalog Komisyonu'nun politikacılarıyla buluşun! Yer: "
        "{place}. Kanepelerde oturuyor, kahve ikram ediyor ve {area} için fikirlerinizi "
        "dinliyoruz. Politikacılar ve memurlar önerinizi orada yazmanıza yardım ediyor. "
        "Bizimle İsveççe, İngilizce, Arapça, Somalice, Türkçe ve Fince konuşabilirsiniz.",
        "theme_description": "Bu diyaloğun konusu {area} bölgesinde {phrase}. {question} "
        "Diyalog Komisyonu'nun politikacıları dinliyor; önerileriniz maliyet tahmini için "
        "idarelere, karar için de komisyona gidiyor. Kahve bizden.",
        "forum_description": "Diyalog forumu {area}, sakinlerin bölgenin seçilmiş "
        "temsilcileriyle buluştuğu açık bir toplantıdır. Forum karar almaz, ancak görüşler "
        "tutanak aracılığıyla ilgili kurula iletilir. Bu akşamın konusu: {topic_lower}. Herkes "
        "davetli, kayıt gerekmiyor.",
        "phrases": {
            "trygghet": "güvenlik",
            "unga": "gençlerin boş zamanı",
            "aldre": "yaşlıların durumu",
            "utemiljo": "parklar ve dış mekânlar",
            "idrott": "spor ve sağlık",
            "kultur": "kültür ve buluşma yerleri",
        },
        "questions": {
            "trygghet": "Kendinizi nerede güvensiz hissediyorsunuz ve ne fark yaratırdı?",
            "unga": "Akşamları ve hafta sonları yapacak neyin eksikliğini hissediyorsunuz? "
            "Gençlik liderleri ve saha çalışanları da orada olacak.",
            "aldre": "Burada yaşlanmak nasıl? Dolaşabilmeniz ve başkalarıyla buluşabilmeniz "
            "için neye ihtiyaç var?",
            "utemiljo": "Parklar, oyun alanları ve avlularla ne yapmak isterdiniz?",
            "idrott": "Para ödemeden nerede antrenman yapmak, oynamak ve hareket etmek isterdiniz?",
            "kultur": "Hangi buluşma yerlerinin ve kültür etkinliklerinin eksikliğini "
            "hissediyorsunuz?",
        },
        "forum_topics": [
            "Trafik ve otobüsler",
            "Merkezde güvenlik",
            "Gençlerin boş zamanı",
            "Parkların bakımı",
            "Yaşlıların gündelik hayatı",
            "Dernek hayatı",
        ],
        "place_directions": {
            "square": "Meydanın ortasındayız, yağmur yağarsa çadırın altında.",
            "housing": "Kanepeler ve kahveyle avludayız.",
            "youth_centre": "Giriş arka taraftadır. Mekân tekerlekli sandalyeye uygundur.",
            "senior_home": "Zemin kattaki toplantı salonu. Tekerlekli sandalyeye uygun, "
            "işitme döngüsü var.",
            "library": "Kütüphanenin okuma salonunda. Tekerlekli sandalyeye uygun, işitme "
            "döngüsü var.",
            "school": "Okul bahçesinde, ana girişin yanında.",
            "community_hall": "Büyük salon. Tekerlekli sandalyeye uygun, işitme döngüsü var.",
            "other": "Girişin yanındayız: sarı kanepeleri arayın.",
        },
        "transit": {
            "alby": "Metronun kırmızı hattı, Norsborg yönü, Alby istasyonu.",
            "fittja": "Metronun kırmızı hattı, Norsborg yönü, Fittja istasyonu.",
            "hallunda-norsborg": "Metronun kırmızı hattı, Hallunda veya Norsborg istasyonu.",
            "tullinge": "Banliyö treniyle Tullinge istasyonuna.",
            "tumba-storvreten": "Banliyö treniyle Tumba istasyonuna.",
            "varsta-grodinge": "Tumba istasyonundan Vårsta yönüne otobüs, Vårsta centrum durağı.",
        },
        "courtyard": "avlu ({name})",
    },
}

# The courtyards sessions are held in (content.AREAS "gard"), by their Swedish wording: the
# place they are at, for SESSIONS[...]["courtyard"].
COURTYARDS = {
    "gården på Albyberget": "Albyberget",
    "gården vid Krögarvägen": "Krögarvägen",
    "gården vid Hallunda gård": "Hallunda gård",
    "gården i Tullinge strand": "Tullinge strand",
    "gården i Storvreten": "Storvreten",
    "gårdsplanen i Sibble": "Sibble",
}
