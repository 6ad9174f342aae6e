"""The accessibility statement (accessibility.py) in English, Finnish, Arabic, Somali and
Turkish, paragraph for paragraph and link for link, as wagtail-localize translates it.

Blanks: {email}, {phone}, {digg} (the complaint form), {assessed} and {published} (dates,
written as the language writes them).
"""

TITLE = {
    "en": "Accessibility statement",
    "fi": "Saavutettavuusseloste",
    "ar": "بيان إمكانية الوصول",
    "so": "Bayaanka helitaanka",
    "tr": "Erişilebilirlik beyanı",
}

INTRODUCTION = {
    "en": "Botkyrka municipality is behind the website Botkyrka medborgardialog. We want as "
    "many people as possible to be able to use it. Here we describe how the website meets the "
    "Swedish act on accessibility to digital public services, the shortcomings we know of and "
    "how to report problems, so that we can fix them.",
    "fi": "Botkyrkan kunta vastaa Botkyrka medborgardialog -verkkosivustosta. Haluamme, että "
    "mahdollisimman moni voi käyttää sitä. Tässä kerromme, miten sivusto täyttää Ruotsin lain "
    "digitaalisten julkisten palvelujen saavutettavuudesta, mitkä puutteet tiedämme ja miten "
    "voit ilmoittaa ongelmista, jotta voimme korjata ne.",
    "ar": "تقف بلدية بوتشيركا وراء موقع Botkyrka medborgardialog. نريد أن يتمكن أكبر عدد "
    "ممكن من الناس من استخدامه. نصف هنا كيف يستوفي الموقع القانون السويدي بشأن إمكانية "
    "الوصول إلى الخدمات العامة الرقمية، وما نعرفه من أوجه القصور، وكيف تبلغ عن المشكلات حتى "
    "نتمكن من إصلاحها.",
    "so": "Degmada Botkyrka ayaa ka dambeysa bogga internetka Botkyrka medborgardialog. Waxaan "
    "rabnaa in dad badan intii suurtagal ah ay isticmaali karaan. Halkan waxaan ku sharaxaynaa "
    "sida bogga u buuxiyo sharciga Iswiidhan ee helitaanka adeegyada dadweynaha ee "
    "dijitaalka ah, cilladaha aan ognahay iyo sida aad u soo sheegi karto dhibaatooyinka, si "
    "aan u hagaajinno.",
    "tr": "Botkyrka medborgardialog web sitesinin arkasında Botkyrka Belediyesi var. Mümkün "
    "olduğunca çok kişinin siteyi kullanabilmesini istiyoruz. Burada sitenin İsveç'in dijital "
    "kamu hizmetlerinin erişilebilirliği hakkındaki yasasını nasıl karşıladığını, bildiğimiz "
    "eksiklikleri ve düzeltebilmemiz için sorunları nasıl bildirebileceğinizi anlatıyoruz.",
}

BODY = {
    "en": """\
<h2>How accessible is the website?</h2>
<p>The website is <b>partially compliant</b> with the act (2018:1937) on accessibility to \
digital public services, because of the shortcomings described under Content that is not \
accessible. The aim is that it meets WCAG 2.1 at level AA, which the act refers to through the \
standard EN 301 549.</p>
<p>The pages work without JavaScript, can be enlarged to 400 per cent without scrolling \
sideways, and can be used with a keyboard alone, with a visible mark of where you are. A \
proposal's status is always written out, never shown by a colour only.</p>

<h2>What can you do if you cannot use parts of the website?</h2>
<p>If you need content from the website in another format, for example minutes as plain text \
or a proposal read aloud or translated, contact us:</p>
<ul>
<li>e-mail: <a href="mailto:{email}">{email}</a></li>
<li>phone: {phone} (weekdays 9–16)</li>
</ul>
<p>We answer within five working days.</p>

<h2>Report shortcomings in the website's accessibility</h2>
<p>We keep working to improve the website's accessibility. If you find problems that are not \
described on this page, or if you think we do not meet the requirements of the act, write to \
<a href="mailto:{email}">{email}</a> or call {phone}. Please tell us which page it is about, \
what does not work and which assistive technology you use. Then we know about the problem and \
can fix it.</p>

<h2>Supervision</h2>
<p>The Agency for Digital Government (Digg) is responsible for supervising the act on \
accessibility to digital public services. If you are not satisfied with how we handle your \
comments, you can <a href="{digg}">contact Digg and point this out (Digg's form for reporting \
lack of accessibility)</a>.</p>

<h2>Technical information about the website's accessibility</h2>
<p>The website is partially compliant with the act on accessibility to digital public \
services, because of the shortcomings described below.</p>

<h3>Content that is not accessible</h3>
<ul>
<li><b>Pages that are not translated.</b> Menus, buttons and headings are in six languages, \
and the website's main pages are translated, but residents' proposals and many other pages are \
so far only in Swedish. They are then shown in Swedish with a note that the page is not \
translated, and the text is marked as Swedish so that a screen reader reads it out with the \
right pronunciation. We will translate more pages during 2027.</li>
<li><b>Minutes of the Dialogue Commission's meetings</b> are published as PDF files and may \
lack a heading structure and text alternatives (criteria 1.1.1 and 1.3.1). The decisions are \
always also written out on the meeting's and the proposal's pages. You can order minutes in \
another format.</li>
<li><b>Residents' proposals</b> are shown in the residents' own words, in the language they \
were written in. The text is marked with its language but is not corrected or translated, and \
may therefore be hard to read.</li>
</ul>

<h3>Disproportionate burden</h3>
<p>We do not claim that any content is exempt because making it accessible would be a \
disproportionate burden.</p>

<h3>Content not covered by the requirements of the act</h3>
<p>Documents published before 23 September 2018 that are not needed for an ongoing \
administrative process, for example older minutes, are not covered by the act. Nor are maps \
and videos on other websites that we link to.</p>

<h2>How we tested the website</h2>
<p>We have made a self-assessment (internal testing) of the website. With every change to the \
website, every page type is tested automatically, with and without filters, empty results, \
error messages and the page shown when an address does not exist, in Swedish and in Arabic \
(which is written from right to left):</p>
<ul>
<li>in the Chromium browser with the axe-core tool, against every criterion of WCAG 2.0 and \
2.1 at levels A and AA that the tool can test;</li>
<li>that the pages can be used with a keyboard in a logical order and with a visible focus \
mark, and that they work at a width of 320 pixels without scrolling sideways;</li>
<li>that the HTML code is correct according to the Nu HTML Checker validator.</li>
</ul>
<p>Automatic tests only find some of all shortcomings. Testing with screen readers and user \
tests with residents have not been done yet; they are planned for 2027.</p>
<p>The latest assessment was made on {assessed}.</p>
<p>The website was published on {published}.</p>
<p>The statement was last updated on {assessed}.</p>
""",
    "fi": """\
<h2>Kuinka saavutettava sivusto on?</h2>
<p>Sivusto täyttää <b>osittain</b> digitaalisten julkisten palvelujen saavutettavuutta \
koskevan lain (2018:1937) vaatimukset, koska siinä on kohdassa Sisältö, joka ei ole \
saavutettavaa kuvattuja puutteita. Tavoitteena on, että se täyttää WCAG 2.1 -ohjeiden AA-tason, \
johon laki viittaa standardin EN 301 549 kautta.</p>
<p>Sivut toimivat ilman JavaScriptiä, ne voi suurentaa 400 prosenttiin ilman vaakasuuntaista \
vieritystä, ja niitä voi käyttää pelkällä näppäimistöllä niin, että kohdistus näkyy. \
Ehdotuksen tila kerrotaan aina tekstinä, ei pelkällä värillä.</p>

<h2>Mitä voit tehdä, jos et pysty käyttämään sivuston osia?</h2>
<p>Jos tarvitset sivuston sisältöä toisessa muodossa, esimerkiksi pöytäkirjan pelkkänä \
tekstinä tai ehdotuksen luettuna ääneen tai käännettynä, ota meihin yhteyttä:</p>
<ul>
<li>sähköposti: <a href="mailto:{email}">{email}</a></li>
<li>puhelin: {phone} (arkisin klo 9–16)</li>
</ul>
<p>Vastaamme viiden työpäivän kuluessa.</p>

<h2>Ilmoita sivuston saavutettavuuden puutteista</h2>
<p>Pyrimme jatkuvasti parantamaan sivuston saavutettavuutta. Jos huomaat ongelmia, joita ei \
ole kuvattu tällä sivulla, tai jos katsot, ettemme täytä lain vaatimuksia, kirjoita \
osoitteeseen <a href="mailto:{email}">{email}</a> tai soita numeroon {phone}. Kerro, mitä \
sivua asia koskee, mikä ei toimi ja mitä apuvälinettä käytät. Silloin tiedämme ongelmasta ja \
voimme korjata sen.</p>

<h2>Valvonta</h2>
<p>Digitaalisen hallinnon virasto (Digg) valvoo digitaalisten julkisten palvelujen \
saavutettavuutta koskevaa lakia. Jos et ole tyytyväinen siihen, miten käsittelemme \
palautettasi, voit <a href="{digg}">ottaa yhteyttä Diggiin ja huomauttaa asiasta (Diggin \
lomake saavutettavuuden puutteiden ilmoittamiseen)</a>.</p>

<h2>Tekniset tiedot sivuston saavutettavuudesta</h2>
<p>Sivusto täyttää osittain digitaalisten julkisten palvelujen saavutettavuutta koskevan lain \
vaatimukset alla kuvattujen puutteiden vuoksi.</p>

<h3>Sisältö, joka ei ole saavutettavaa</h3>
<ul>
<li><b>Sivut, joita ei ole käännetty.</b> Valikot, painikkeet ja otsikot ovat kuudella \
kielellä, ja sivuston pääsivut on käännetty, mutta asukkaiden ehdotukset ja monet muut sivut \
ovat toistaiseksi vain ruotsiksi. Ne näytetään silloin ruotsiksi ja niissä kerrotaan, ettei \
sivua ole käännetty, ja teksti on merkitty ruotsinkieliseksi, jotta ruudunlukija lukee sen \
oikealla ääntämyksellä. Käännämme lisää sivuja vuoden 2027 aikana.</li>
<li><b>Dialogikomission kokousten pöytäkirjat</b> julkaistaan PDF-tiedostoina, ja niistä voi \
puuttua otsikkorakenne ja tekstivastineet (kriteerit 1.1.1 ja 1.3.1). Päätökset ovat aina \
myös tekstinä kokouksen ja ehdotuksen sivuilla. Voit tilata pöytäkirjan toisessa \
muodossa.</li>
<li><b>Asukkaiden ehdotukset</b> näytetään asukkaan omin sanoin sillä kielellä, jolla ne on \
kirjoitettu. Teksti on merkitty kielellään, mutta sitä ei korjata eikä käännetä, joten sitä voi \
olla vaikea lukea.</li>
</ul>

<h3>Kohtuuton rasite</h3>
<p>Emme vetoa siihen, että jokin sisältö olisi vapautettu vaatimuksista, koska sen \
saattaminen saavutettavaksi olisi kohtuuton rasite.</p>

<h3>Sisältö, jota lain vaatimukset eivät koske</h3>
<p>Laki ei koske ennen 23. syyskuuta 2018 julkaistuja asiakirjoja, joita ei tarvita \
käynnissä olevassa hallinnollisessa prosessissa, esimerkiksi vanhempia pöytäkirjoja. Se ei \
koske myöskään muiden sivustojen karttoja ja videoita, joihin linkitämme.</p>

<h2>Miten testasimme sivuston</h2>
<p>Olemme tehneet sivustosta itsearvion (sisäisen testauksen). Aina kun sivustoa muutetaan, \
jokainen sivutyyppi testataan automaattisesti suodattimien kanssa ja ilman, tyhjät tulokset, \
virheilmoitukset ja sivu, joka näytetään, kun osoitetta ei ole, ruotsiksi ja arabiaksi (jota \
kirjoitetaan oikealta vasemmalle):</p>
<ul>
<li>Chromium-selaimessa axe-core-työkalulla kaikkia niitä WCAG 2.0- ja 2.1 -ohjeiden A- ja \
AA-tason kriteerejä vastaan, joita työkalu pystyy testaamaan;</li>
<li>että sivuja voi käyttää näppäimistöllä loogisessa järjestyksessä ja näkyvällä \
kohdistuksella ja että ne toimivat 320 pikselin leveydellä ilman vaakasuuntaista \
vieritystä;</li>
<li>että HTML-koodi on oikeaa Nu HTML Checker -validaattorin mukaan.</li>
</ul>
<p>Automaattiset testit löytävät vain osan kaikista puutteista. Ruudunlukijatestausta ja \
käyttäjätestejä asukkaiden kanssa ei ole vielä tehty; ne on suunniteltu vuodelle 2027.</p>
<p>Viimeisin arvio tehtiin {assessed}.</p>
<p>Sivusto julkaistiin {published}.</p>
<p>Selostetta päivitettiin viimeksi {assessed}.</p>
""",
    "ar": """\
<h2>ما مدى إمكانية الوصول إلى الموقع؟</h2>
<p>الموقع <b>متوافق جزئيًا</b> مع القانون (2018:1937) بشأن إمكانية الوصول إلى الخدمات العامة \
الرقمية، بسبب أوجه القصور الموصوفة في فقرة المحتوى الذي لا يمكن الوصول إليه. والهدف أن \
يستوفي معايير WCAG 2.1 في المستوى AA، التي يحيل إليها القانون عبر المعيار EN 301 549.</p>
<p>تعمل الصفحات دون JavaScript، ويمكن تكبيرها حتى 400 في المئة دون الحاجة إلى التمرير \
الأفقي، ويمكن استخدامها بلوحة المفاتيح وحدها مع إشارة مرئية إلى موضعك. وتُكتب حالة \
الاقتراح دائمًا نصًا، ولا تُعرض بلون فقط.</p>

<h2>ماذا يمكنك أن تفعل إذا لم تستطع استخدام أجزاء من الموقع؟</h2>
<p>إذا احتجت إلى محتوى من الموقع بصيغة أخرى، مثل محضر اجتماع نصًا عاديًا أو اقتراح مقروء \
بصوت عالٍ أو مترجم، فتواصل معنا:</p>
<ul>
<li>البريد الإلكتروني: <a href="mailto:{email}">{email}</a></li>
<li>الهاتف: {phone} (أيام العمل 9–16)</li>
</ul>
<p>نرد خلال خمسة أيام عمل.</p>

<h2>أبلغ عن أوجه القصور في إمكانية الوصول إلى الموقع</h2>
<p>نسعى باستمرار إلى تحسين إمكانية الوصول إلى الموقع. إذا اكتشفت مشكلات غير موصوفة في هذه \
الصفحة، أو رأيت أننا لا نستوفي متطلبات القانون، فاكتب إلى \
<a href="mailto:{email}">{email}</a> أو اتصل على {phone}. أخبرنا بالصفحة المعنية، وبما لا \
يعمل، وبالتقنية المساعدة التي تستخدمها. عندها نعرف المشكلة ونستطيع إصلاحها.</p>

<h2>الرقابة</h2>
<p>تتولى هيئة الإدارة الرقمية (Digg) الرقابة على تطبيق القانون بشأن إمكانية الوصول إلى \
الخدمات العامة الرقمية. إذا لم تكن راضيًا عن طريقة تعاملنا مع ملاحظاتك، يمكنك \
<a href="{digg}">التواصل مع Digg والإبلاغ عن ذلك (استمارة Digg للإبلاغ عن نقص إمكانية \
الوصول)</a>.</p>

<h2>معلومات تقنية عن إمكانية الوصول إلى الموقع</h2>
<p>الموقع متوافق جزئيًا مع القانون بشأن إمكانية الوصول إلى الخدمات العامة الرقمية، بسبب \
أوجه القصور الموصوفة أدناه.</p>

<h3>المحتوى الذي لا يمكن الوصول إليه</h3>
<ul>
<li><b>الصفحات غير المترجمة.</b> القوائم والأزرار والعناوين متوفرة بست لغات، والصفحات \
الرئيسية في الموقع مترجمة، لكن اقتراحات السكان وكثيرًا من الصفحات الأخرى ما زالت بالسويدية \
فقط. تُعرض عندئذ بالسويدية مع تنبيه بأن الصفحة غير مترجمة، ويُوسم النص بأنه سويدي لكي \
يقرأه قارئ الشاشة بالنطق الصحيح. سنترجم مزيدًا من الصفحات خلال عام 2027.</li>
<li><b>محاضر اجتماعات لجنة الحوار</b> تُنشر ملفات PDF وقد تفتقر إلى بنية العناوين والبدائل \
النصية (المعياران 1.1.1 و1.3.1). والقرارات مكتوبة دائمًا أيضًا نصًا في صفحتي الاجتماع \
والاقتراح. ويمكنك طلب المحضر بصيغة أخرى.</li>
<li><b>اقتراحات السكان</b> تُعرض بكلمات أصحابها، باللغة التي كُتبت بها. النص موسوم بلغته \
لكنه لا يُصحح ولا يُترجم، ولذلك قد تكون قراءته صعبة.</li>
</ul>

<h3>العبء غير المتناسب</h3>
<p>لا ندّعي أن أي محتوى مستثنى لأن جعله قابلًا للوصول سيشكل عبئًا غير متناسب.</p>

<h3>المحتوى الذي لا تشمله متطلبات القانون</h3>
<p>لا يشمل القانون الوثائق المنشورة قبل 23 سبتمبر 2018 التي لا حاجة إليها في إجراء إداري \
جارٍ، مثل المحاضر القديمة. ولا يشمل كذلك الخرائط ومقاطع الفيديو في مواقع أخرى نضع روابط \
إليها.</p>

<h2>كيف اختبرنا الموقع</h2>
<p>أجرينا تقييمًا ذاتيًا (اختبارًا داخليًا) للموقع. مع كل تغيير في الموقع يُختبر تلقائيًا كل \
نوع من الصفحات، مع عوامل التصفية وبدونها، والنتائج الفارغة، ورسائل الخطأ، والصفحة التي تظهر \
عندما لا يوجد العنوان، بالسويدية والعربية (التي تُكتب من اليمين إلى اليسار):</p>
<ul>
<li>في متصفح Chromium بأداة axe-core، وفق جميع معايير WCAG 2.0 و2.1 في المستويين A وAA التي \
تستطيع الأداة اختبارها؛</li>
<li>أن الصفحات يمكن استخدامها بلوحة المفاتيح بترتيب منطقي مع إشارة تركيز مرئية، وأنها تعمل \
بعرض 320 بكسل دون تمرير أفقي؛</li>
<li>أن شيفرة HTML صحيحة وفق أداة التحقق Nu HTML Checker.</li>
</ul>
<p>الاختبارات التلقائية تكشف جزءًا فقط من أوجه القصور. لم يُجرَ بعد اختبار بقارئات الشاشة \
ولا اختبارات مع السكان المستخدمين؛ وهي مقررة لعام 2027.</p>
<p>أُجري آخر تقييم في {assessed}.</p>
<p>نُشر الموقع في {published}.</p>
<p>حُدّث هذا البيان آخر مرة في {assessed}.</p>
""",
    "so": """\
<h2>Intee in le'eg ayuu bogga u yahay mid la heli karo?</h2>
<p>Boggu wuxuu <b>qayb ahaan waafaqsan yahay</b> sharciga (2018:1937) ee helitaanka \
adeegyada dadweynaha ee dijitaalka ah, sababo la xiriira cilladaha lagu sharaxay qaybta \
Waxyaabaha aan la heli karin. Ujeeddadu waa inuu buuxiyo WCAG 2.1 heerka AA, oo sharcigu \
tixraacayo heerka EN 301 549.</p>
<p>Boggagu waxay shaqeeyaan JavaScript la'aan, waxaa la weynayn karaa ilaa 400 boqolkiiba \
iyadoon dhinac loo rogin, waxaana lagu isticmaali karaa kumbuyuutarka oo keliya, iyadoo si cad \
loo muujinayo meesha aad joogto. Xaaladda soo jeedinta had iyo jeer qoraal ayaa lagu qoraa, \
kaliya midab kuma muujiso.</p>

<h2>Maxaad samayn kartaa haddii aadan isticmaali karin qaybo ka mid ah bogga?</h2>
<p>Haddii aad u baahan tahay waxyaabaha bogga oo qaab kale ah, tusaale ahaan warbixin kulan \
oo qoraal caadi ah ama soo jeedin laguu akhriyo ama laguu turjumo, nala soo xiriir:</p>
<ul>
<li>iimayl: <a href="mailto:{email}">{email}</a></li>
<li>telefoon: {phone} (maalmaha shaqada 9–16)</li>
</ul>
<p>Waxaan ku jawaabnaa shan maalmood oo shaqo gudahood.</p>

<h2>Soo sheeg cilladaha helitaanka bogga</h2>
<p>Had iyo jeer waxaan isku dayaynaa inaan hagaajinno helitaanka bogga. Haddii aad aragto \
dhibaatooyin aan boggan lagu sharxin, ama aad u malaynayso inaannan buuxin shuruudaha \
sharciga, u qor <a href="mailto:{email}">{email}</a> ama wac {phone}. Noo sheeg bogga ay \
khuseyso, waxa aan shaqaynayn iyo qalabka caawinta ee aad isticmaasho. Markaas waxaan ogaan \
doonnaa dhibaatada waanan hagaajin karnaa.</p>

<h2>Kormeer</h2>
<p>Hay'adda Maamulka Dijitaalka (Digg) ayaa mas'uul ka ah kormeerka sharciga helitaanka \
adeegyada dadweynaha ee dijitaalka ah. Haddii aadan ku qanacsanayn sida aan u maaraynno \
fikradahaaga, waxaad <a href="{digg}">la xiriiri kartaa Digg oo u sheegi kartaa (foomka Digg \
ee lagu soo sheego helitaan la'aanta)</a>.</p>

<h2>Macluumaad farsamo oo ku saabsan helitaanka bogga</h2>
<p>Boggu wuxuu qayb ahaan waafaqsan yahay sharciga helitaanka adeegyada dadweynaha ee \
dijitaalka ah, sababo la xiriira cilladaha hoos lagu sharaxay.</p>

<h3>Waxyaabaha aan la heli karin</h3>
<ul>
<li><b>Boggaga aan la turjumin.</b> Liisaska, badhamada iyo cinwaannadu waxay ku jiraan lix \
luqadood, boggaga ugu muhiimsan ee bogga waa la turjumay, laakiin soo jeedinta dadka deegaanka \
iyo bogag kale oo badan ilaa hadda waxay ku qoran yihiin af iswiidhish oo keliya. Markaas \
waxaa lagu muujiyaa af iswiidhish iyadoo la sheegayo in bogga aan la turjumin, qoraalkana \
waxaa lagu calaamadeeyaa iswiidhish si akhriyaha shaashaddu ugu akhriyo ku dhawaaq sax ah. \
Waxaan turjumi doonnaa bogag kale sannadka 2027.</li>
<li><b>Warbixinnada kulamada Guddiga Wadahadalka</b> waxaa lagu daabacaa faylal PDF ah, \
waxaana laga yaabaa inay ka maqnaadaan qaab-dhismeedka cinwaannada iyo qoraallada beddelka \
ah (shuruudaha 1.1.1 iyo 1.3.1). Go'aannada had iyo jeer waxaa sidoo kale qoraal ahaan loogu \
qoraa boggaga kulanka iyo soo jeedinta. Waxaad dalban kartaa warbixin qaab kale ah.</li>
<li><b>Soo jeedinta dadka deegaanka</b> waxaa lagu muujiyaa erayada qofka laftiisa, luqadda \
lagu qoray. Qoraalka waxaa lagu calaamadeeyaa luqaddiisa laakiin lama saxo lamana turjumo, \
sidaas darteed way adkaan kartaa in la akhriyo.</li>
</ul>

<h3>Culays aan habboonayn</h3>
<p>Ma sheeganno in wax ka mid ah waxyaabaha bogga laga dhaafay sababtoo ah in la heli karo \
ka dhigiddoodu ay noqonayso culays aan habboonayn.</p>

<h3>Waxyaabaha aysan khuseyn shuruudaha sharcigu</h3>
<p>Sharcigu ma khuseeyo dukumentiyada la daabacay ka hor 23 Sebtembar 2018 ee aan loogu \
baahnayn hawl maamul oo socota, tusaale ahaan warbixinnadii hore. Sidoo kale ma khuseeyo \
khariidadaha iyo muuqaallada bogag kale oo aan ku xirno.</p>

<h2>Sida aan u tijaabinnay bogga</h2>
<p>Waxaan bogga ku samaynay qiimayn is-qiimayn ah (tijaabo gudaha ah). Isbeddel kasta oo \
bogga lagu sameeyo, nooc kasta oo bog ah si toos ah ayaa loo tijaabiyaa, shaandheyn la'aan iyo \
shaandheyn leh, natiijooyin maran, farriimaha khaladka iyo bogga la muujiyo marka ciwaan uusan \
jirin, af iswiidhish iyo carabi (oo laga qoro midig ilaa bidix):</p>
<ul>
<li>browser-ka Chromium iyo qalabka axe-core, iyadoo la eegayo dhammaan shuruudaha WCAG 2.0 \
iyo 2.1 ee heerarka A iyo AA ee qalabku tijaabin karo;</li>
<li>in boggaga lagu isticmaali karo kumbuyuutarka si habaysan, iyadoo diiradda si cad loo \
arko, iyo inay ku shaqeeyaan ballac 320 pixel ah iyadoon dhinac loo rogin;</li>
<li>in koodhka HTML uu sax yahay sida uu qabo qalabka hubinta Nu HTML Checker.</li>
</ul>
<p>Tijaabooyinka tooska ahi waxay helaan oo keliya qayb ka mid ah cilladaha. Tijaabada \
akhriyeyaasha shaashadda iyo tijaabooyinka isticmaalayaasha dadka deegaanka weli lama \
samayn; waxaa loo qorsheeyay 2027.</p>
<p>Qiimaynta ugu dambeysay waxaa la sameeyay {assessed}.</p>
<p>Boggaa waxaa la daabacay {published}.</p>
<p>Bayaankan waxaa ugu dambeysay la cusboonaysiiyay {assessed}.</p>
""",
    "tr": """\
<h2>Site ne kadar erişilebilir?</h2>
<p>Site, Erişilemeyen içerik başlığında anlatılan eksiklikler nedeniyle dijital kamu \
hizmetlerinin erişilebilirliği hakkındaki yasaya (2018:1937) <b>kısmen uygundur</b>. Amaç, \
yasanın EN 301 549 standardı aracılığıyla atıfta bulunduğu WCAG 2.1 AA düzeyini \
karşılamaktır.</p>
<p>Sayfalar JavaScript olmadan çalışır, yana kaydırmaya gerek kalmadan yüzde 400'e kadar \
büyütülebilir ve nerede olduğunuz görünür biçimde işaretlenerek yalnızca klavyeyle \
kullanılabilir. Bir önerinin durumu her zaman yazıyla belirtilir, yalnızca renkle \
gösterilmez.</p>

<h2>Sitenin bazı bölümlerini kullanamıyorsanız ne yapabilirsiniz?</h2>
<p>Sitedeki içeriğe başka bir biçimde ihtiyacınız varsa, örneğin düz metin olarak bir \
tutanak ya da sesli okunmuş veya çevrilmiş bir öneri, bizimle iletişime geçin:</p>
<ul>
<li>e-posta: <a href="mailto:{email}">{email}</a></li>
<li>telefon: {phone} (hafta içi 9–16)</li>
</ul>
<p>Beş iş günü içinde yanıt veriyoruz.</p>

<h2>Sitenin erişilebilirliğindeki eksiklikleri bildirin</h2>
<p>Sitenin erişilebilirliğini sürekli iyileştirmeye çalışıyoruz. Bu sayfada anlatılmayan \
sorunlar fark ederseniz ya da yasanın gerekliliklerini karşılamadığımızı düşünüyorsanız \
<a href="mailto:{email}">{email}</a> adresine yazın veya {phone} numarasını arayın. Hangi \
sayfayla ilgili olduğunu, neyin çalışmadığını ve hangi yardımcı teknolojiyi kullandığınızı \
belirtin. Böylece sorundan haberimiz olur ve düzeltebiliriz.</p>

<h2>Denetim</h2>
<p>Dijital Yönetim Kurumu (Digg), dijital kamu hizmetlerinin erişilebilirliği hakkındaki \
yasanın denetiminden sorumludur. Görüşlerinizi ele alış biçimimizden memnun değilseniz \
<a href="{digg}">Digg ile iletişime geçip bunu bildirebilirsiniz (Digg'in erişilebilirlik \
eksikliği bildirim formu)</a>.</p>

<h2>Sitenin erişilebilirliği hakkında teknik bilgiler</h2>
<p>Site, aşağıda anlatılan eksiklikler nedeniyle dijital kamu hizmetlerinin erişilebilirliği \
hakkındaki yasaya kısmen uygundur.</p>

<h3>Erişilemeyen içerik</h3>
<ul>
<li><b>Çevrilmemiş sayfalar.</b> Menüler, düğmeler ve başlıklar altı dilde mevcut ve sitenin \
ana sayfaları çevrildi; ancak sakinlerin önerileri ve diğer birçok sayfa şimdilik yalnızca \
İsveççe. Bu sayfalar, sayfanın çevrilmediğine dair bir notla İsveççe gösterilir ve metin, \
ekran okuyucunun doğru telaffuzla okuması için İsveççe olarak işaretlenir. 2027 yılı içinde \
daha fazla sayfa çevireceğiz.</li>
<li><b>Diyalog Komisyonu toplantılarının tutanakları</b> PDF dosyaları olarak yayımlanır ve \
başlık yapısı ile metin alternatiflerinden yoksun olabilir (1.1.1 ve 1.3.1 kriterleri). \
Kararlar her zaman toplantının ve önerinin sayfalarında metin olarak da yer alır. Tutanağı \
başka bir biçimde isteyebilirsiniz.</li>
<li><b>Sakinlerin önerileri</b>, sakinin kendi sözleriyle ve yazıldığı dilde gösterilir. \
Metin kendi diliyle işaretlenir ama düzeltilmez ve çevrilmez; bu nedenle okunması zor \
olabilir.</li>
</ul>

<h3>Orantısız yük</h3>
<p>Herhangi bir içeriğin, erişilebilir hâle getirilmesi orantısız bir yük olacağı için muaf \
olduğunu ileri sürmüyoruz.</p>

<h3>Yasanın gerekliliklerinin kapsamadığı içerik</h3>
<p>23 Eylül 2018'den önce yayımlanmış ve süren bir idari süreç için gerekli olmayan belgeler, \
örneğin eski tutanaklar, yasanın kapsamında değildir. Bağlantı verdiğimiz başka sitelerdeki \
haritalar ve videolar da kapsam dışındadır.</p>

<h2>Siteyi nasıl test ettik</h2>
<p>Site için bir öz değerlendirme (iç test) yaptık. Sitede yapılan her değişiklikte her sayfa \
türü; filtreli ve filtresiz, boş sonuçlar, hata mesajları ve bir adres bulunmadığında \
gösterilen sayfa dahil, İsveççe ve Arapça (sağdan sola yazılan) olarak otomatik test \
edilir:</p>
<ul>
<li>Chromium tarayıcısında axe-core aracıyla, aracın test edebildiği WCAG 2.0 ve 2.1 A ve AA \
düzeyi kriterlerinin tümüne göre;</li>
<li>sayfaların mantıklı bir sırayla ve görünür odak işaretiyle klavyeyle kullanılabildiği ve \
320 piksel genişlikte yana kaydırma olmadan çalıştığı;</li>
<li>HTML kodunun Nu HTML Checker doğrulayıcısına göre doğru olduğu.</li>
</ul>
<p>Otomatik testler tüm eksikliklerin yalnızca bir kısmını bulur. Ekran okuyucularla test ve \
sakinlerle kullanıcı testleri henüz yapılmadı; 2027 için planlandı.</p>
<p>Son değerlendirme {assessed} tarihinde yapıldı.</p>
<p>Site {published} tarihinde yayımlandı.</p>
<p>Beyan en son {assessed} tarihinde güncellendi.</p>
""",
}
