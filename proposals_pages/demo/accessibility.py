"""The accessibility statement (tillgänglighetsredogörelse) of the demo site.

A plain content page at /sv/tillganglighet/, linked from every page's footer, with what Digg
asks of a statement under the law on accessibility of digital public services (2018:1937):
who is behind the site, how well it complies (helt, delvis or inte förenlig), the content that
is not accessible and why, how and when it was assessed, a way to report problems, and the link
to Digg's complaint form. Contact details are invented (the PTS range for fiction).
"""

import datetime

from django.utils import timezone

from home.models import ContentPage

from .content import swedish_date

SLUG = "tillganglighet"
# The day the checks below were last reviewed by a person; the automatic ones run on every
# change. Update it, and the text, when the site's accessibility changes.
ASSESSED_ON = datetime.date(2026, 11, 23)
DIGG_COMPLAINT_FORM = "https://www.digg.se/tdosanmalan"
CONTACT_EMAIL = "tillganglighet@botkyrka.example"
CONTACT_PHONE = "070-174 06 30"


TITLE = "Tillgänglighetsredogörelse"
INTRODUCTION = (
    "Botkyrka kommun står bakom webbplatsen Botkyrka medborgardialog. Vi vill att så många som "
    "möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om "
    "tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du "
    "rapporterar problem, så att vi kan åtgärda dem."
)


def body(published_on):
    assessed = swedish_date(ASSESSED_ON)
    return f"""\
<h2>Hur tillgänglig är webbplatsen?</h2>
<p>Webbplatsen är <b>delvis förenlig</b> med lagen (2018:1937) om tillgänglighet till digital \
offentlig service, på grund av de brister som beskrivs under Innehåll som inte är tillgängligt. \
Målet är att den ska uppfylla WCAG 2.1 på nivå AA, som lagen hänvisar till genom standarden \
EN 301 549.</p>
<p>Sidorna fungerar utan JavaScript, kan förstoras till 400 procent utan att man behöver \
skrolla i sidled, och går att använda med enbart tangentbord, med synlig markering av var \
man är. Statusen på ett förslag står alltid i text, inte bara som en färg.</p>

<h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
<p>Om du behöver innehåll från webbplatsen i ett annat format, till exempel ett protokoll som \
vanlig text eller ett förslag uppläst eller översatt, kontakta oss:</p>
<ul>
<li>e-post: <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a></li>
<li>telefon: {CONTACT_PHONE} (vardagar 9–16)</li>
</ul>
<p>Vi svarar inom fem arbetsdagar.</p>

<h2>Rapportera brister i webbplatsens tillgänglighet</h2>
<p>Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker \
problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens \
krav, skriv till <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a> eller ring \
{CONTACT_PHONE}. Berätta gärna vilken sida det gäller, vad som inte fungerar och vilket \
hjälpmedel du använder. Då vet vi om problemet och kan åtgärda det.</p>

<h2>Tillsyn</h2>
<p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om \
tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina \
synpunkter kan du <a href="{DIGG_COMPLAINT_FORM}">kontakta Digg och påtala det \
(Diggs formulär för anmälan om bristande tillgänglighet)</a>.</p>

<h2>Teknisk information om webbplatsens tillgänglighet</h2>
<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, \
på grund av de brister som beskrivs nedan.</p>

<h3>Innehåll som inte är tillgängligt</h3>
<ul>
<li><b>Sidor som inte är översatta.</b> Menyer, knappar och rubriker finns på sex språk, och \
webbplatsens huvudsidor är översatta, men invånarnas förslag och många andra sidor finns än så \
länge bara på svenska. De visas då på svenska med en upplysning om att sidan inte är översatt, \
och texten är märkt som svenska så att en skärmläsare läser upp den med rätt uttal. Vi \
översätter fler sidor under 2027.</li>
<li><b>Protokoll från Dialogkommissionens möten</b> publiceras som PDF-filer och kan sakna \
rubrikstruktur och textalternativ (kriterierna 1.1.1 och 1.3.1). Besluten finns alltid också \
som text på mötets och förslagets sidor. Du kan beställa ett protokoll i ett annat format.</li>
<li><b>Invånarnas förslag</b> visas med invånarens egna ord, på det språk de skrevs. Texten är \
märkt med sitt språk men rättas och översätts inte, och kan därför vara svår att läsa.</li>
</ul>

<h3>Oskäligt betungande anpassning</h3>
<p>Vi gör inte gällande att något innehåll är undantaget för att det skulle vara oskäligt \
betungande att göra det tillgängligt.</p>

<h3>Innehåll som inte omfattas av lagkraven</h3>
<p>Dokument som publicerades före den 23 september 2018 och som inte behövs för en pågående \
administrativ process, till exempel äldre protokoll, omfattas inte av lagen. Det gäller också \
kartor och filmer från andra webbplatser som vi länkar till.</p>

<h2>Hur vi testat webbplatsen</h2>
<p>Vi har gjort en självskattning (intern testning) av webbplatsen. Vid varje ändring av \
webbplatsen testas automatiskt varje sidtyp, med och utan filter, tomma resultat, \
felmeddelanden och sidan som visas när en adress saknas, på svenska och på arabiska \
(som skrivs från höger till vänster):</p>
<ul>
<li>i webbläsaren Chromium med verktyget axe-core, mot alla kriterier i WCAG 2.0 och 2.1 på \
nivå A och AA som verktyget kan pröva;</li>
<li>att sidorna går att använda med tangentbord i en logisk ordning och med synlig \
fokusmarkering, och att de fungerar i 320 pixlars bredd utan skrollning i sidled;</li>
<li>att HTML-koden är korrekt enligt valideringsverktyget Nu HTML Checker.</li>
</ul>
<p>Automatiska tester hittar bara en del av alla brister. Granskning med skärmläsare och \
användartester med invånare har ännu inte gjorts; de är planerade till 2027.</p>
<p>Den senaste bedömningen gjordes den {assessed}.</p>
<p>Webbplatsen publicerades den {swedish_date(published_on)}.</p>
<p>Redogörelsen uppdaterades senast den {assessed}.</p>
"""


def ensure_accessibility_statement(builder, home):
    """The statement under the home page, published the first time; left alone afterwards so
    editors' changes are kept. `builder` is the DemoBuilder (for publishing and the tally)."""
    page = ContentPage.objects.child_of(home).filter(slug=SLUG).first()
    if page is None:
        published = home.first_published_at
        page = ContentPage(
            title=TITLE,
            slug=SLUG,
            introduction=INTRODUCTION,
            body=body(timezone.localtime(published).date() if published else builder.today),
            show_in_menus=False,
        )
        builder.publish(home, page, builder.today)
        builder.count("accessibility statement", True)
    else:
        builder.count("accessibility statement", False)
    return page
