<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>Access</name>
    <message>
        <source>For kort: brug mindst {n} tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stærk. Husk den – den kan ikke nulstilles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rimelig. Flere ord gør den stærkere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svag: brug hellere fire almindelige ord med mellemrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbejder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Aktør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for ændring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilken indsats er iværksat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår følges der op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem følger op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ændret senere – den gamle version bevares i loggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern: skjules i familievisningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvornår følges der op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvem følger op</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Indledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GØR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dagsordenen kender ikke punktet {point}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velkomst og kort præsentation af problemstillingen ved stafetholderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetholderen byder velkommen og siger kort, hvorfor vi mødes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Præsentationsrunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle siger navn, arbejdssted, rolle, ansvarsområde og hvad de selv kan beslutte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VED: Hvad ved vi til sammen om situationen nu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del det, hver især ved, så det bliver fælles viden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observationer og vurderinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gennemgå observationsskemaer og det vigtigste i vurderingerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnets og forældrenes syn på situationen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hør hvordan barnet og forældrene selv ser situationen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatser, der er sat i gang eller planlagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortæl om det, der allerede er sat i gang, og det, der er på vej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAN: Hvilke muligheder har vi sammen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad er uønsket lige nu? Hvad ønsker vi os for barnet fremover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver enkeltes mål for indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver deltager siger kort, hvilke mål de ser for den kommende indsats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muligheder og alternativer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drøft, hvad der kan gøres, og hvilke andre veje der findes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et fælles mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drøft et fælles mål for den samlede indsats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIL: Fælles mål og plan for indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut det fælles mål og hvordan planen skal hænge sammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det fælles mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv det fælles mål, så forældrene kan genkende det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammenhæng mellem aktørernes planer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftal, hvordan hver aktørs egen plan passer sammen med de andres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mål der passer sammen på alle niveauer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sørg for, at målene for de enkelte dele af indsatsen trækker samme vej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgning undervejs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftal, hvordan og hvornår vi følger op, mens indsatsen er i gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftal en dato for evalueringen, og hvem der tager initiativ til den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GØR: Planen for indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv planen: hvem gør hvad, og hvornår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad skal afklares først?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er der noget, der skal på plads, før planen kan gå i gang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftaler om de første skridt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gennemgå planen og lav konkrete aftaler: hvem gør hvad, og hvornår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem fortæller hvem om indsatsen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftal, hvem der skal have besked om indsatsen, og hvem der giver den.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Baton</name>
    <message>
        <source>Stafetloggen har allerede en stafetholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten er allerede tilbudt til {name}. Vent på svar, eller træk tilbuddet tilbage først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} har allerede stafetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er intet tilbud om stafetten at trække tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen har endnu ingen stafetholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet. Stafetten kan ikke gives videre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen ligger før den seneste ændring af stafetten ({last}). Ret datoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten er ikke tilbudt til nogen. Stafetholderen skal tilbyde den først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten er tilbudt til {name}. Kun {name} kan svare på tilbuddet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv navnet på personen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cpr-nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (afsluttet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufødt / ikke kendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis hele nummeret med »Vis cpr-nr.«</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Navn eller begyndelsen af et cpr-nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Søg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny sag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;bn sagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis cpr-nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopiér cpr-nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udklipsholderen tømmes igen efter 30 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sag(er)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Der findes ingen sag med nummer {case_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} findes ikke i sagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagen er lukket og arkiveret. Den kan læses, men ikke ændres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er allerede skrevet en nyere udgave af denne post. Ret den nyeste udgave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kun den nyeste udgave kan fortrydes. Der er skrevet en nyere udgave oven på denne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagen skal altid have et niveau. Det første niveau kan ikke fjernes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet findes i flere sager. Angiv hvilken sag mødet hører til.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Vælg en sag i listen over sager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Barnet trives igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risikoen for tilbagefald er lille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familien er flyttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anden grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkivér stafetloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet stafetloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mindst én grund til at afslutte stafetloggen, for eksempel at barnet trives igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunden til afslutningen er ukendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv kort, hvorfor stafetloggen afsluttes, så forældrene kan læse det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem der afslutter stafetloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg om stafetloggen skal arkiveres eller slettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen kan ikke afsluttes, før den er oprettet. Ret datoen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Forvaltningsloven § 28, stk. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunal sagsbehandler, voksen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunal sagsbehandler, børn og unge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praktiserende læge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socialpsykiatrisk tilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misbrugsbehandlingstilbud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skole eller daginstitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundhedsplejen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pædagogisk Psykologisk Rådgivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gælder endnu ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udløber snart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udløbet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trukket tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv formålet: hvad forældrene giver samtykke til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem der giver samtykket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg mindst én part, som samtykket gælder for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket kan ikke udløbe, før det er givet. Ret datoerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et samtykke gælder højst et år (Forvaltningsloven § 28, stk. 5). Vælg en slutdato senest {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket kan ikke trækkes tilbage, før det er givet. Ret datoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barnet (15 år eller ældre)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>skjult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>Ny stafetlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En stafetlog følger ét barn gennem ét forløb. Du bliver selv stafetholder, indtil en anden tager imod stafetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnets &amp;navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddmmåå-xxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cpr-nr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan udfyldes senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet er &amp;ufødt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forventet fødselsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forventet fødselsdato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forælder / myndighedsindehaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anden forælder / myndighedsindehaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oprettet af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dit navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arbejdssted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel pædagog, sundhedsplejerske, lærer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for oprettelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for &amp;oprettelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opret stafetlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv den forventede fødselsdato for det ufødte barn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <source>Opret din boks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafet gemmer alle sager krypteret i en boks på denne computer. Vælg en adgangsfrase, som kun du kender – gerne fire almindelige ord med mellemrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit &amp;navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Står i loggen ved det, du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adgangsfrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gentag adgangsfrasen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opret boksen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De to felter er ikke ens endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv dit navn. Det står ved det, du skriver i loggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adgangsfrasen skal være mindst {n} tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De to adgangsfraser er ikke ens. Skriv dem igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen kunne ikke oprettes. Intet er gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodianFields</name>
    <message>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation til barnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har forældremyndighed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt (telefon, e-mail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Overskredet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykket udløber – forny det i tide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgning på en aktørs indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situationen tages op igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Næste koordinationsmøde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftale fra koordinationsmødet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunen skal kvittere for underretningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den børnefaglige undersøgelse skal være færdig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opfølgning på handleplanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Børnehuset skal inddrages nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forvaltningsloven § 28, stk. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen: aktørernes opfølgning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen: hvornår tages situationen op igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinationsmødet: næste møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinationsmødet: GØR-aftaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serviceloven § 155: kvittering inden seks hverdage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serviceloven § 50, stk. 7: senest fire måneder efter kommunen blev opmærksom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan: første opfølgning efter tre måneder, derefter hver sjette måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serviceloven § 50 b og bekendtgørelse om børnehuse § 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>&amp;Opdatér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryk Enter eller dobbeltklik for at åbne sagen det rigtige sted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen frister de næste 30 dage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overskredet: {overdue}   ·   I dag: {due}   ·   Kommende: {upcoming}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Navn, arbejdsplads, underskrift og dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observationsskema til 0-18-årige børn og unge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anledning til bekymring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv, hvad der har givet anledning til, at I er bekymrede for barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underretning om barn 0-6 år (serviceloven § 153)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underretning om barn og ung 6-18 år (serviceloven § 153)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad ønsker I med denne henvendelse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad har I forsøgt at gøre? Hvor er I nået til?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har der været sat særlige indsatser i værk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan fungerer samarbejdet med forældrene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv kontakten mellem forældre og personale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets fremmøde?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvor længe er barnet i institutionen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem bringer og henter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets sociale udvikling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv barnets forhold til forældre, søskende, legekammerater, andre børn og voksne i institutionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets følelsesmæssige udvikling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan opfatter barnet sig selv?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søger barnet øjenkontakt og berøring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Søger barnet i øvrigt kontakt, for eksempel med sproget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets humør i det hele taget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan barnet vise og sige, hvad det føler?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets sproglige udvikling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår og hvordan bruger barnet sit sprog?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taler barnet i lange sætninger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilke spørgeord bruger barnet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forstår barnet en besked til hele gruppen og til barnet alene, som andre børn på samme alder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets intellektuelle udvikling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets viden og orientering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets forståelse af begreber?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er koncentrationsevnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets motoriske udvikling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets fin- og grovmotorik?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan klarer barnet af- og påklædning, hygiejne og toiletbesøg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samlet faglig vurdering af barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er forældrene orienteret om underretningen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår er forældrene orienteret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forældrenes bemærkninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidligere skole, institution og pasning før skolestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuværende skole og klasselærer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødefrekvens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv barnets fravær, hvis det er relevant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan fungerer barnet fagligt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan fungerer barnet socialt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel i undervisningen, i frikvartererne, i leg med andre børn og i venskaber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har der været sat særlige indsatser i gang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad er der gjort for at støtte barnet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemærkninger fra skolelæge, sundhedsplejerske, psykolog eller andre relevante parter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andre bemærkninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For eksempel om søskende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har I talt med forældrene om bekymringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er forældrene orienteret om underretningen? Hvornår?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv med dine egne ord, hvorfor du er bekymret. Hvilke vanskeligheder har barnet, og hvordan viser de sig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilke ressourcer har barnet, og hvordan viser de sig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv barnets følelsesmæssige udvikling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tænk på humør, selvtillid og hvordan barnet reagerer, når det bliver frustreret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskriv barnets evne til at indgå i sociale relationer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tænk på tilknytningen til forældrene og forholdet til andre voksne og til andre børn og unge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fungerer barnet som andre børn på samme alder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tænk på barnets viden om omgivelserne, interesser, koncentration og evne til at planlægge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvordan er barnets fysiske tilstand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har barnet nogle særlige træk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilke kompetencer har forælderen i forhold til barnets behov?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er der ressourcer i familiens netværk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egne noter og bemærkninger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>JSON-filen kan ikke indlæses. Fejl ved {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå et objekt { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filen er ikke en Stafet-sag (format &quot;{f}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denne udgave af Stafet læser version {v}; filen har en anden version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de første seks cifre i cpr-nummeret er ikke en rigtig dato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teksten er for lang eller indeholder et usynligt styretegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>det samme id står to gange i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et helt tal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true eller false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et objekt { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en liste [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>værdien skal være {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>værdien skal være en af: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> eller </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tallet må ikke være mindre end {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tallet må ikke være større end {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feltet mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feltet kendes ikke i version 1 af formatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå en rigtig dato på formen ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss med tidszone, for eksempel 2024-03-01T09:30:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå et billede kodet i base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>her skal stå et id på 32 tegn (0-9 og a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpr-nummeret skal have formen DDMMÅÅ-XXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teksten har ikke den rigtige form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stafet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familievisning er slået til: CPR-numre, bekymringsskalaer og interne noter er skjult. Tryk F12 for at slå den fra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny sag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Søg efter sag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Familievisning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul CPR-numre, bekymringsskalaer og interne noter (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gentag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om Stafet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Værktøjslinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Stafet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafet hjælper med at koordinere indsatsen for et barn efter modellen Bedre Tværfaglig Indsats: stafetlog, netværkskort, bekymringsskalaer og koordinationsmøder. Alt gemmes krypteret på denne computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainLanguage</name>
    <message>
        <source>Skriv hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upræcis tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kancellisprog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passiv form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkortelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang sætning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en dato, for eksempel »senest fredag 12.03.«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en dato eller en uge, for eksempel »i uge 12«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvornår, for eksempel »i marts«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv præcist hvor tit, for eksempel »hver anden uge«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv præcist hvor meget eller hvor tit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv præcist hvor tit, for eksempel »hver mandag«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem der afgør det, og hvad der så sker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upræcis tid: hvornår præcist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kancellisprog: brug et almindeligt ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkortelse: skriv hele ordet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvad forkortelsen står for, i hvert fald første gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang sætning: over 25 ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del sætningen op i to eller flere korte sætninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>»man« siger ikke, hvem der gør det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem: et navn, en stilling eller en relation, for eksempel »mor«, »pædagogen« eller »Olga«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkortelse: ikke alle ved, hvad den betyder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passiv form: skriv hvem der gør det.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainMarks</name>
    <message>
        <source>{message} Forslag: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lås efter inaktivitet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafet låser sig selv, når tastatur og mus ikke har været brugt så længe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et nyt sprog bruges, næste gang Stafet starter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Din gendannelsesnøgle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvis du glemmer adgangsfrasen, eller computeren skiftes ud, kan boksen kun åbnes med denne nøgle. Den vises kun denne ene gang. Skriv den ned, udskriv den eller gem den på et USB-stik, og opbevar den låst inde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Udskriv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gem som fil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeg har &amp;gemt gendannelsesnøglen et sikkert sted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fortsæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafet – gendannelsesnøgle

{key}

Opbevar dette papir låst inde. Med nøglen kan boksen åbnes uden adgangsfrasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem gendannelsesnøglen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stafet-gendannelsesnoegle.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekstfiler (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke gemmes. Vælg et andet sted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemt. Flyt filen til et USB-stik, og slet den fra computeren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>mor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plejemor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plejefar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>værge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Stafetlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netværkskort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekymringsskalaer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation til møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referat af møde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underretning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observationsskema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forældrenes indsigt i stafetloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumenttypen „{form}“ findes ikke. Vælg en af: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagen har ingen {what} endnu. Udfyld skemaet i sagen først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skemaet findes ikke i sagen. Vælg et af sagens skemaer ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mødet findes ikke i sagen. Vælg et af sagens møder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagen har endnu ingen møder. Planlæg et koordinationsmøde først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sagen har endnu intet netværkskort. Udfyld netværkskortet først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netværkskortet findes ikke i sagen. Vælg et af sagens netværkskort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekymringsskalaerne er et internt redskab og udskrives ikke til familien. Vælg stafetloggen til forældrene i stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{choice}“ passer ikke til nogen {what} i sagen. Brug et nummer fra 1 til {count} (ældste først) eller begyndelsen af id&apos;et.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{choice}“ passer til flere {what}. Skriv flere tegn af id&apos;et.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>Skalaen har kun kategorierne 1 til {highest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekymringsskala vedrørende børn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Børn i trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet udvikler sig som andre børn, med de op- og nedture der hører til. Forældrene giver god omsorg og søger selv råd, når der er brug for det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Børn i faldende trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet er presset af lette, men vedvarende belastninger eller af en større, forbigående hændelse, og viser tegn på, at noget er galt. Forældrene tager imod råd fra fagfolk omkring barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Børn med særlige behov (behovsbørn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet viser tydelige tegn på, at noget er galt, for eksempel psykiske reaktioner eller ændret adfærd. Forældrenes omsorg er nedsat for en tid eller hele tiden, for eksempel på grund af sygdom, misbrug eller en krise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truede børn (væsentligt behov for særlig støtte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet har længe været under hårdt pres og viser meget tydelige tegn på, at noget er galt, for eksempel forsinket udvikling. Familien magter ikke belastningerne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problembørn (risiko for varig skade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnet har det meget dårligt og udvikler sig i en dårlig retning. Omsorgen fra forældrene mangler, og de lokale tilbud har ikke hjulpet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekymringsskala vedrørende forældre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familier i trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forældrene giver god omsorg og søger selv råd og hjælp, når barnet har det svært.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familier i faldende trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forældrene begynder at komme uregelmæssigt, lader andre hente og bringe, eller holder ikke aftaler. Hold øje med barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaler hos forældre med misbrugsproblemer eller sindslidelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En forælder viser tegn på misbrug eller psykisk sygdom i udseende, humør eller sociale forhold, for eksempel lugt af alkohol, uro eller isolation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaler hos forældre, hvor myndighederne skal underrettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omsorgen mangler helt, en forælder kommer beruset for at hente barnet, eller der er mistanke om vold eller seksuelle overgreb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section49a</name>
    <message>
        <source>Serviceloven § 49 a, stk. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der har allerede været et møde uden samtykke efter serviceloven § 49 a og et opfølgende møde. Loven tillader ikke flere. Bed forældrene om samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der har allerede været et møde uden samtykke om barnet. Et nyt møde uden samtykke er kun tilladt som opfølgning på det første, i særlige tilfælde. Marker mødet som opfølgning, eller bed forældrene om samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et opfølgende møde uden samtykke skal følge op på det første møde uden samtykke om barnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er intet tidligere møde uden samtykke at følge op på. Det første møde kan ikke være en opfølgning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Modtageren „{party}“ kendes ikke. Brug en af: {choices} (eventuelt med :navn, fx skole:Solsikken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: sagen har intet samtykke fra forældrene. Få forældrenes skriftlige samtykke og registrér det i sagen, før du deler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: forældrene trak samtykket tilbage {revoked}. Tal med forældrene, hvis der er brug for et nyt samtykke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: samtykket udløb {lapsed}. Et samtykke gælder højst et år. Få et nyt samtykke fra forældrene, før du deler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: samtykket gælder først fra {signed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: det gældende samtykke (underskrevet {signed}) omfatter ikke denne modtager. Bed forældrene om at udvide samtykket, eller lad være med at dele dokumentet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen {folder} findes ikke. Vælg en mappe, der findes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen kunne ikke gemmes i {folder}: {reason}. Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>Signaler hos småbørn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaler hos børn og unge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er anspændt eller passiv, stille og tilbagetrukket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har svært ved at regulere søvn, mad, opmærksomhed og stimulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udforsker omverdenen uden at søge støtte og anerkendelse hos voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klynker meget og virker utryg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virker angst eller skræmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har svært ved at koncentrere sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har svært ved at tage imod indlæring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bliver meget påvirket af uro omkring sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ændrer adfærd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mangler nysgerrighed og interesse for omgivelserne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder sig meget for sig selv eller bliver holdt udenfor af andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan ikke etablere sociale kontakter med jævnaldrende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ekstremt registrerende over for voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er aggressiv i konflikter med andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klæber til eller tager afstand fra voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har fysiske tegn på omsorgssvigt (forsømt med mad, bad, søvn eller tøj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viser tegn på fysisk vold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har mange fysiske klager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har spiseforstyrrelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forsømmer ofte skolen eller daginstitutionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har misbrugs- og alkoholvaner, der slår igennem i hverdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virker deprimeret, ulykkelig eller socialt isoleret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortæller om berusede eller syge voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er overdrevent ansvarlig og tilpasningsvillig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Der er ingen signatur i boksen endnu. Opret en med „stafet signing-identity create“ eller importér din medarbejdersignatur med „stafet signing-identity import“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12-filen kan ikke åbnes: adgangskoden er forkert, eller filen er ikke en PKCS#12-fil (.p12/.pfx). Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12-filen indeholder ikke både en privat nøgle og et certifikat. Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet i filen må ikke bruges til digitale underskrifter ({why}). Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er ikke et CA-certifikat (PEM eller DER), som kan bruges som rod for tillid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv dit navn: det står i underskriften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet har ingen plads til underskriften. Byg det igen med underskrift valgt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidsstemplingsserveren svarede ikke, så dokumentet er ikke underskrevet. Prøv igen, eller slå tidsstempling fra i indstillingerne.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stafetlog</name>
    <message>
        <source>Aktørernes indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dobbeltklik på en celle for at rette. En rettelse gemmes som en ny, dateret række; den gamle bevares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis tidligere versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny række</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktør:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvilken indsats er iværksat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvornår følges der op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår følges der op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem følger op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern (skjules i familievisningen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj række</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetholder fra start: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten tilbudt til {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} tog imod stafetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} sagde nej tak til stafetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbuddet blev trukket tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen blev afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbejdssted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten og øje-på-barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er altid præcis én stafetholder. Den, der har stafetten, beholder den, indtil den nye stafetholder har sagt ja. Først da skifter stafetten hænder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag imod stafetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sig nej tak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Træk tilbuddet tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for svaret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbyd stafetten til en anden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for tilbuddet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bemærkning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilbyd stafetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øje-på-barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den person, der holder øje med barnet mellem møderne. Det behøver ikke være stafetholderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fra dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fra dato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem øje-på-barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetholder: {person}, siden {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet. Ingen har stafetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetten er tilbudt til {person} den {date}. Indtil {name} siger ja, har {holder} stadig stafetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øje-på-barnet: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slet stafetloggen for altid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen og alt, der hører til den (netværkskort, møder, samtykker, underretninger), bliver slettet fra boksen og kan ikke hentes tilbage. Vil du slette den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut stafetloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loggen afsluttes, når stafetholderen og samarbejdspartnerne vurderer, at barnet trives igen, og at risikoen for tilbagefald er lille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grunde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forklaring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for afslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad skal der ske med loggen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afslut stafetloggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluttet {date} af {person}. Grund: {reasons}. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau 1 – én arbejdsplads handler selv på bekymringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau 2 – flere aktører koordinerer med fælles mål (kræver samtykke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau 3 – kommunens børne- og familieafdeling er inddraget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt niveau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for niveauskift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrundelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skift niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begrundelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato og personer ved fastlæggelse af indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato for fastlæggelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Én person pr. linje, for eksempel »Børnesagsbehandler (Arne Andersen)«</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj fastlæggelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barnets navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cpr-nr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forældres navne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oprettet af:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for oprettelse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuværende stafetholder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Øje-på-barnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dato for sidste opdatering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vis hele cpr-nummeret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiér cpr-nummeret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udklipsholderen tømmes igen efter 30 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufødt – forventet {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke udfyldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen (loggen er afsluttet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke valgt endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ikke kendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skjul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau 1 – bekymringen og den lokale indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau 2–3 – den fælles indsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastlæggelse af indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj post: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret post: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj række i aktørtabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret række i aktørtabellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj fastlæggelse af indsatsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyt øje-på-barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen er slettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet og arkiveret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tages op igen {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rettet senere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret posten fra {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv en rettet version. Den gamle bevares i loggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen poster endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tages op igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tages op igen den:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiemedlem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knyt til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uddybning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intern note (skjules i familievisningen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annullér rettelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knyttet til: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>søskende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du retter posten fra {date}. Den gamle version bliver stående i loggen, overstreget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem rettelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ny post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår opstod bekymringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvorfor opstod bekymringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvem har drøftet bekymringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vurdering af barnets situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår er forældrene orienteret om bekymringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad har I besluttet at gøre for barnet og familien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvad er målet med indsatsen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår tages situationen op igen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hvornår blev flere aktører inddraget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er der indhentet samtykke fra forældrene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er der foretaget underretning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er der udfyldt netværkskort?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fælles målsætning for barnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fælles målsætning for relevante familiemedlemmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andre noter i loggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv, hvad I har set og hørt. Knyt gerne et observationsskema til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hver vurdering dateres. Knyt gerne en placering på bekymringsskalaen til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv hvem der gør hvad, og hvornår. Ændringer gemmes som nye, daterede poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv målet, så forældrene kan forstå det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vælg datoen, hvor situationen tages op igen. Den kommer på fristoversigten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observationsskema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekymringsskala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underretning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netværkskort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinationsmøde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Noget gik galt, og handlingen blev ikke gennemført. Intet er gået tabt. Prøv igen, og kontakt IT-supporten, hvis det sker igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Lås Stafet op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv din adgangsfrase for at åbne boksen med dine sager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adgangsfrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brug &amp;gendannelsesnøglen i stedet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lås op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adgangsfrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er tastet forkert for mange gange. Vent lidt, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen kunne ikke åbnes. Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vent {n} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Feltet {field} skal være tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltet {field} skal have formen DDMMÅÅ-XXXX: ti cifre, gerne med bindestreg efter de første seks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltet {field} indeholder ikke en rigtig dato i de første seks cifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Et barn med cpr-nummer har ingen forventet fødselsdato. Fjern datoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fødselsdatoen i barnets cpr-nummer ligger i fremtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En stafetlog kan kun oprettes for børn og unge til og med {oldest} år. Cpr-nummeret viser en ældre person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den forventede fødselsdato skal ligge inden for de næste {ahead} dage. Er barnet født, så skriv cpr-nummeret i stedet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen i feltet {field} må ikke ligge før {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen i feltet {field} må ikke ligge efter {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltet {field} skal udfyldes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teksten i feltet {field} er for lang ({length} tegn). Der er plads til {limit} tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feltet {field} indeholder et usynligt styretegn (tegn nummer {position}). Skriv teksten igen eller indsæt den som ren tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv datoen i feltet {field} som dd.mm.åååå, for eksempel 06.09.2007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datoen i feltet {field} findes ikke i kalenderen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Post nr. {seq} i revisionssporet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post nr. {seq} i revisionssporet mangler eller er flyttet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisionssporet slutter før post nr. {seq}; de nyeste poster er fjernet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er beskyttet af din adgangsfrase og af en nøgle i computerens sikre nøglering. Den kan kun åbnes på denne computer, eller med gendannelsesnøglen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denne computer har ingen sikker nøglering, som Stafet kan bruge. Boksen er derfor kun beskyttet af din adgangsfrase. Vælg en lang adgangsfrase, og pas godt på den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der opstod et problem med boksen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forkert adgangsfrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendannelsesnøglen passer ikke til denne boks. Tjek, at den er skrevet rigtigt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er tastet forkert adgangsfrase for mange gange. Vent {seconds} sekunder, og prøv så igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er låst med både adgangsfrase og en nøgle, der ligger på den computer, hvor boksen blev oprettet. Den nøgle findes ikke her. Åbn boksen med gendannelsesnøglen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er beskadiget og kan ikke åbnes. Filen er ikke ændret. Gendan den fra en sikkerhedskopi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der er ingen boks i mappen {directory}. Opret en ny, eller vælg en anden mappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der findes allerede en boks i mappen {directory}. Den er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er gemt af en nyere udgave af Stafet (skemaversion {revision}). Opdater Stafet for at åbne den. Boksen er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er låst. Lås den op med din adgangsfrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boksen er i brug af et andet Stafet-vindue. Prøv igen om lidt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. Frigør plads, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen med boksen er skrivebeskyttet, så Stafet kan ikke gemme i den. Intet er ændret. Vælg en mappe, du kan skrive i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen er ikke en brugbar sikkerhedskopi af en Stafet-boks (den er beskadiget eller af en anden type). Intet er ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adgangsfrasen skal være mindst {minimum} tegn. Brug gerne flere ord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Filen kan ikke læses som PDF. Den er beskadiget eller ikke en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen har ingen digital underskrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indholdet er ændret, efter at det blev underskrevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selve underskriften er ugyldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriften dækker ikke hele filen: der er tilføjet noget efter underskriften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentet er ændret efter underskriften.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underskriften kan ikke kontrolleres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åben sag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stafetloggen er oprettet. Du er stafetholder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
