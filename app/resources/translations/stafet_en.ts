<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>Access</name>
    <message>
        <source>For kort: brug mindst {n} tegn.</source>
        <translation>Too short: use at least {n} characters.</translation>
    </message>
    <message>
        <source>Stærk. Husk den – den kan ikke nulstilles.</source>
        <translation>Strong. Remember it – it cannot be reset.</translation>
    </message>
    <message>
        <source>Svag: brug hellere fire almindelige ord med mellemrum.</source>
        <translation>Weak: better use four ordinary words with spaces.</translation>
    </message>
    <message>
        <source>Arbejder</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Dato for ændring</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>Hvilken indsats er iværksat</source>
        <translation>Effort started</translation>
    </message>
    <message>
        <source>Hvornår følges der op</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Hvem følger op</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>Ændret senere – den gamle version bevares i loggen.</source>
        <translation>Changed later – the old version is kept in the log.</translation>
    </message>
    <message>
        <source>Intern: skjules i familievisningen.</source>
        <translation>Internal: hidden in the family-safe view.</translation>
    </message>
    <message>
        <source>aktør</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>indsats</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>hvornår følges der op</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>hvem følger op</source>
        <translation>followed up by</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Indledning</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>VED</source>
        <translation>KNOW</translation>
    </message>
    <message>
        <source>KAN</source>
        <translation>CAN</translation>
    </message>
    <message>
        <source>VIL</source>
        <translation>WILL</translation>
    </message>
    <message>
        <source>GØR</source>
        <translation>DO</translation>
    </message>
    <message>
        <source>Dagsordenen kender ikke punktet {point}.</source>
        <translation>The agenda does not know the point {point}.</translation>
    </message>
    <message>
        <source>Velkomst og kort præsentation af problemstillingen ved stafetholder</source>
        <translation>Welcome and a short presentation of the problem by the baton holder</translation>
    </message>
    <message>
        <source>Stafetholderen byder velkommen og siger kort, hvorfor vi mødes.</source>
        <translation>The baton holder welcomes everyone and says briefly why we are meeting.</translation>
    </message>
    <message>
        <source>Præsentationsrunde blandt tilstedeværende</source>
        <translation>Round of presentations among those present</translation>
    </message>
    <message>
        <source>Alle præsenterer sig kort.</source>
        <translation>Everyone introduces themselves briefly.</translation>
    </message>
    <message>
        <source>Navn, myndighed, rolle (forældre/sagsbehandler/lærer osv.), ansvarsområde (faglig kompetence) og beslutningskompetence</source>
        <translation>Name, authority, role (parents/caseworker/teacher etc.), area of responsibility (professional competence) and decision authority</translation>
    </message>
    <message>
        <source>Sig også, hvad du selv kan beslutte.</source>
        <translation>Also say what you can decide yourself.</translation>
    </message>
    <message>
        <source>Gøre den samlede viden til fælles viden (VED-fasen). Hvad ved vi til sammen om den nuværende situation?</source>
        <translation>Make all that is known common knowledge (the KNOW phase). What do we know together about the present situation?</translation>
    </message>
    <message>
        <source>Gennemgå observationsskema og relevante elementer i vurderingen</source>
        <translation>Go through the observation form and the relevant parts of the assessment</translation>
    </message>
    <message>
        <source>Få barnets og forældrenes opfattelse af situationen</source>
        <translation>Hear the child&apos;s and the parents&apos; view of the situation</translation>
    </message>
    <message>
        <source>Orientér om allerede iværksatte og påtænkte tiltag</source>
        <translation>Inform about measures already started or planned</translation>
    </message>
    <message>
        <source>Overveje forskellige handlemuligheder i fællesskab (KAN-fasen)</source>
        <translation>Consider the options together (the CAN phase)</translation>
    </message>
    <message>
        <source>Hvad er uønsket i den nuværende situation? Hvad er vores fælles sigte for/ønske om den fremtidige situation?</source>
        <translation>What is unwanted in the present situation? What is our shared aim for/wish about the future situation?</translation>
    </message>
    <message>
        <source>Gennemgå kort, hvilke mål hver især ser/har for den kommende indsats</source>
        <translation>Go briefly through the goals each of us sees/has for the coming effort</translation>
    </message>
    <message>
        <source>Drøft handlingsmuligheder og alternativer (se inspirationsliste)</source>
        <translation>Discuss options and alternatives (see the list for inspiration)</translation>
    </message>
    <message>
        <source>Drøft fælles målsætning for den tværfaglige indsats</source>
        <translation>Discuss a shared goal for the interdisciplinary effort</translation>
    </message>
    <message>
        <source>Beslutte fælles målsætning og udarbejdelse af plan for tværfaglig indsats (VIL-fasen)</source>
        <translation>Decide the shared goal and draw up a plan for the interdisciplinary effort (the WILL phase)</translation>
    </message>
    <message>
        <source>Fastlæg fælles målsætning for den tværfaglige indsats</source>
        <translation>Set the shared goal for the interdisciplinary effort</translation>
    </message>
    <message>
        <source>Fastlæg, hvordan de enkelte aktørers handlingsplaner skal koordineres</source>
        <translation>Set how the actors&apos; own action plans are to be coordinated</translation>
    </message>
    <message>
        <source>Tydeliggør og sørg for at samordne målsætninger for de enkelte elementer af indsatsen på alle niveauer</source>
        <translation>Make clear and align the goals for the single parts of the effort at all levels</translation>
    </message>
    <message>
        <source>Fastlæg, hvordan der skal følges op undervejs, når indsatsen er i gang</source>
        <translation>Set how progress is followed up while the effort is under way</translation>
    </message>
    <message>
        <source>Fastlæg, hvornår den tværfaglige indsats evalueres, og hvem der tager initiativ til det</source>
        <translation>Set when the interdisciplinary effort is evaluated, and who takes the initiative</translation>
    </message>
    <message>
        <source>Udarbejd plan for den tværfaglige indsats (GØR-fasen)</source>
        <translation>Draw up the plan for the interdisciplinary effort (the DO phase)</translation>
    </message>
    <message>
        <source>Overvej, om der er yderligere forhold, der skal afklares, inden planen kan iværksættes</source>
        <translation>Consider whether anything more must be clarified before the plan can start</translation>
    </message>
    <message>
        <source>Gennemgå planen og indgå konkrete aftaler om de første skridt i planen</source>
        <translation>Go through the plan and make concrete agreements on its first steps</translation>
    </message>
    <message>
        <source>Fastlæg, hvem der skal orienteres om den tværfaglige indsats, og hvem der skal orientere hvem.</source>
        <translation>Set who is to be told about the interdisciplinary effort, and who tells whom.</translation>
    </message>
    <message>
        <source>Del det, hver især ved, så det bliver fælles viden.</source>
        <translation>Share what each of you knows, so that it becomes common knowledge.</translation>
    </message>
    <message>
        <source>Gennemgå observationsskemaer og det vigtigste i vurderingerne.</source>
        <translation>Go through observation forms and the main points of the assessments.</translation>
    </message>
    <message>
        <source>Hør hvordan barnet og forældrene selv ser situationen.</source>
        <translation>Hear how the child and the parents themselves see the situation.</translation>
    </message>
    <message>
        <source>Fortæl om det, der allerede er sat i gang, og det, der er på vej.</source>
        <translation>Tell about what has already been started and what is on its way.</translation>
    </message>
    <message>
        <source>Hver deltager siger kort, hvilke mål de ser for den kommende indsats.</source>
        <translation>Each participant says briefly which goals they see for the coming effort.</translation>
    </message>
    <message>
        <source>Drøft, hvad vi kan gøre, og hvilke andre veje der findes.</source>
        <translation>Discuss what we can do and which other ways there are.</translation>
    </message>
    <message>
        <source>Drøft et fælles mål for den samlede indsats.</source>
        <translation>Discuss a shared goal for the whole effort.</translation>
    </message>
    <message>
        <source>Beslut det fælles mål og hvordan planen skal hænge sammen.</source>
        <translation>Decide the shared goal and how the plan should fit together.</translation>
    </message>
    <message>
        <source>Skriv det fælles mål, så forældrene kan genkende det.</source>
        <translation>Write the shared goal so that the parents can recognise it.</translation>
    </message>
    <message>
        <source>Aftal, hvordan hver aktørs egen plan passer sammen med de andres.</source>
        <translation>Agree how each actor&apos;s own plan fits with the others&apos;.</translation>
    </message>
    <message>
        <source>Sørg for, at målene for de enkelte dele af indsatsen trækker samme vej.</source>
        <translation>Make sure that the goals for the individual parts of the effort pull the same way.</translation>
    </message>
    <message>
        <source>Aftal, hvordan og hvornår vi følger op, mens indsatsen er i gang.</source>
        <translation>Agree how and when we follow up while the effort is under way.</translation>
    </message>
    <message>
        <source>Aftal en dato for evalueringen, og hvem der tager initiativ til den.</source>
        <translation>Agree a date for the evaluation and who takes the initiative for it.</translation>
    </message>
    <message>
        <source>Skriv planen: hvem gør hvad, og hvornår.</source>
        <translation>Write the plan: who does what, and when.</translation>
    </message>
    <message>
        <source>Er der noget, der skal på plads, før planen kan gå i gang?</source>
        <translation>Is there anything that must be in place before the plan can start?</translation>
    </message>
    <message>
        <source>Gennemgå planen og lav konkrete aftaler: hvem gør hvad, og hvornår.</source>
        <translation>Go through the plan and make concrete agreements: who does what, and when.</translation>
    </message>
    <message>
        <source>Aftal, hvem der skal have besked om indsatsen, og hvem der giver den.</source>
        <translation>Agree who should be told about the effort, and who tells them.</translation>
    </message>
</context>
<context>
    <name>Baton</name>
    <message>
        <source>Stafetloggen har allerede en stafetholder.</source>
        <translation>The stafetlog already has a baton holder.</translation>
    </message>
    <message>
        <source>Stafetten er allerede tilbudt til {name}. Vent på svar, eller træk tilbuddet tilbage først.</source>
        <translation>The baton has already been offered to {name}. Wait for the answer, or withdraw the offer first.</translation>
    </message>
    <message>
        <source>{name} har allerede stafetten.</source>
        <translation>{name} already holds the baton.</translation>
    </message>
    <message>
        <source>Der er intet tilbud om stafetten at trække tilbage.</source>
        <translation>There is no offer of the baton to withdraw.</translation>
    </message>
    <message>
        <source>Kun stafetholderen kan afslutte stafetloggen.</source>
        <translation>Only the baton holder can close the stafetlog.</translation>
    </message>
    <message>
        <source>Stafetloggen har endnu ingen stafetholder.</source>
        <translation>The stafetlog has no baton holder yet.</translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet. Stafetten kan ikke gives videre.</source>
        <translation>The stafetlog is closed. The baton cannot be passed on.</translation>
    </message>
    <message>
        <source>Datoen ligger før den seneste ændring af stafetten ({last}). Ret datoen.</source>
        <translation>The date is before the latest change of the baton ({last}). Correct the date.</translation>
    </message>
    <message>
        <source>Stafetten er ikke tilbudt til nogen. Stafetholderen skal tilbyde den først.</source>
        <translation>The baton has not been offered to anyone. The baton holder must offer it first.</translation>
    </message>
    <message>
        <source>Stafetten er tilbudt til {name}. Kun {name} kan svare på tilbuddet.</source>
        <translation>The baton has been offered to {name}. Only {name} can answer the offer.</translation>
    </message>
    <message>
        <source>Skriv navnet på personen.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Cpr-nr.</source>
        <translation>CPR no.</translation>
    </message>
    <message>
        <source>Stafetholder</source>
        <translation>Baton holder</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Næste frist</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source> (afsluttet)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>ufødt / ikke kendt</source>
        <translation>unborn / not known</translation>
    </message>
    <message>
        <source>Niveau {n}</source>
        <translation>Level {n}</translation>
    </message>
    <message>
        <source>Overskredet: {deadline}</source>
        <translation>Overdue: {deadline}</translation>
    </message>
    <message>
        <source>Vis hele nummeret med »Vis cpr-nr.«</source>
        <translation>Show the whole number with “Show CPR no.”</translation>
    </message>
    <message>
        <source>Fristen er overskredet.</source>
        <translation>The deadline has passed.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Navn eller begyndelsen af et cpr-nr.</source>
        <translation>Name or the start of a CPR number</translation>
    </message>
    <message>
        <source>&amp;Søg:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Ny sag…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Å&amp;bn sagen</source>
        <translation>O&amp;pen case</translation>
    </message>
    <message>
        <source>Vis &amp;cpr-nr.</source>
        <translation>Sho&amp;w CPR no.</translation>
    </message>
    <message>
        <source>&amp;Kopiér cpr-nr.</source>
        <translation>&amp;Copy CPR no.</translation>
    </message>
    <message>
        <source>Udklipsholderen tømmes igen efter 30 sekunder.</source>
        <translation>The clipboard is emptied again after 30 seconds.</translation>
    </message>
    <message numerus="yes">
        <source>%n sag(er)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder.</source>
        <translation>The CPR number has been copied. The clipboard will be emptied in 30 seconds.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Der findes ingen sag med nummer {case_id}.</source>
        <translation>There is no case with number {case_id}.</translation>
    </message>
    <message>
        <source>{what} findes ikke i sagen.</source>
        <translation>{what} does not exist in the case.</translation>
    </message>
    <message>
        <source>Sagen er lukket og arkiveret. Den kan læses, men ikke ændres.</source>
        <translation>The case is closed and archived. It can be read but not changed.</translation>
    </message>
    <message>
        <source>Der er allerede skrevet en nyere udgave af denne post. Ret den nyeste udgave.</source>
        <translation>A newer version of this entry has already been written. Correct the newest version.</translation>
    </message>
    <message>
        <source>Kun den nyeste udgave kan fortrydes. Der er skrevet en nyere udgave oven på denne.</source>
        <translation>Only the newest version can be undone. A newer version has been written on top of this one.</translation>
    </message>
    <message>
        <source>Sagen skal altid have et niveau. Det første niveau kan ikke fjernes.</source>
        <translation>The case must always have a level. The first level cannot be removed.</translation>
    </message>
    <message>
        <source>Mødet findes i flere sager. Angiv hvilken sag mødet hører til.</source>
        <translation>The meeting exists in several cases. State which case the meeting belongs to.</translation>
    </message>
    <message>
        <source>Stafetten er givet videre til {name}. Sagen kan læses, arkiveres eller slettes her, men ikke ændres.</source>
        <translation>The baton has been passed on to {name}. The case can be read, archived or deleted here, but not changed.</translation>
    </message>
    <message>
        <source>Sagen er en kopi til orientering. Den kan læses, men ikke ændres. Kun stafetholderen ændrer i stafetloggen.</source>
        <translation>The case is a copy for information. It can be read but not changed. Only the baton holder changes the log.</translation>
    </message>
    <message>
        <source>Konflikten er allerede løst, eller den valgte udgave hører ikke til den.</source>
        <translation>The conflict has already been resolved, or the chosen version does not belong to it.</translation>
    </message>
    <message>
        <source>Sagen kan ikke flettes med den udgave, du allerede har: stafetten er givet videre på to forskellige måder i de to udgaver. Intet er ændret.</source>
        <translation>The case cannot be merged with the version you already have: the baton was passed on in two different ways in the two versions. Nothing was changed.</translation>
    </message>
    <message>
        <source>Sagen kan ikke flettes med den udgave, du allerede har: tilsammen har de to udgaver flere møder uden samtykke (§ 49 a), end loven tillader. Intet er ændret.</source>
        <translation>The case cannot be merged with the version you already have: together the two versions have more meetings without consent (section 49 a) than the law allows. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Vælg en sag i listen over sager.</source>
        <translation>Choose a case in the list of cases.</translation>
    </message>
</context>
<context>
    <name>ChildVoice</name>
    <message>
        <source>Hørt af {name}</source>
        <translation>Heard by {name}</translation>
    </message>
    <message>
        <source>Barnet har ikke sagt ja til at dele dette.</source>
        <translation>The child has not agreed to share this.</translation>
    </message>
    <message>
        <source>(rettet udgave)</source>
        <translation>(corrected version)</translation>
    </message>
    <message>
        <source>Skriv præcis det, barnet sagde, med barnets egne ord.</source>
        <translation>Write exactly what the child said, in the child&apos;s own words.</translation>
    </message>
    <message>
        <source>Barnets &amp;ord (ordret):</source>
        <translation>The child&apos;s &amp;words (verbatim):</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hørt af:</source>
        <translation>Heard by:</translation>
    </message>
    <message>
        <source>Hvordan:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Hvilket hus:</source>
        <translation>Which house:</translation>
    </message>
    <message>
        <source>Fx i bilen på vej hjem, eller mens vi tegnede</source>
        <translation>E.g. in the car on the way home, or while we were drawing</translation>
    </message>
    <message>
        <source>Hvor og hvornår:</source>
        <translation>Where and when:</translation>
    </message>
    <message>
        <source>Barnet har sagt ja til, at ordene må deles</source>
        <translation>The child has agreed that the words may be shared</translation>
    </message>
    <message>
        <source>Vis tidligere udgaver</source>
        <translation>Show earlier versions</translation>
    </message>
    <message>
        <source>Ret de valgte ord</source>
        <translation>Correct the selected words</translation>
    </message>
    <message>
        <source>Skriv barnets ord</source>
        <translation>Write the child&apos;s words</translation>
    </message>
    <message>
        <source>Fortryd rettelsen</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Gem barnets ord</source>
        <translation>Save the child&apos;s words</translation>
    </message>
    <message>
        <source>(erstattet af en nyere udgave)</source>
        <translation>(replaced by a newer version)</translation>
    </message>
    <message>
        <source>Udsagn, som barnet ikke har sagt ja til at dele: {count}. De vises kun her og kommer ikke med i familievisningen eller i dokumenter.</source>
        <translation>Statements the child has not agreed to share: {count}. They are shown only here and are left out of the family view and of documents.</translation>
    </message>
    <message>
        <source>Ret barnets ord (den gamle udgave gemmes)</source>
        <translation>Correct the child&apos;s words (the old version is kept)</translation>
    </message>
    <message>
        <source>Gem rettelsen</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Barnets egne ord</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>Her står barnets egne ord, ordret. De voksnes vurdering af dem skrives i loggens andre punkter.</source>
        <translation>These are the child&apos;s own words, verbatim. The adults&apos; assessment of them is written in the log&apos;s other sections.</translation>
    </message>
    <message>
        <source>Hvad har barnet selv sagt? Læs barnets egne ord op, eller skriv dem ordret, hvis barnet siger noget nu.</source>
        <translation>What has the child said? Read the child&apos;s own words aloud, or write them verbatim if the child says something now.</translation>
    </message>
    <message>
        <source>Der er ikke skrevet noget, barnet selv har sagt, endnu.</source>
        <translation>Nothing the child has said has been written down yet.</translation>
    </message>
    <message>
        <source>I en samtale</source>
        <translation>In a conversation</translation>
    </message>
    <message>
        <source>Mens barnet tegnede, eller om en tegning</source>
        <translation>While the child was drawing, or about a drawing</translation>
    </message>
    <message>
        <source>De tre huse</source>
        <translation>The three houses</translation>
    </message>
    <message>
        <source>I leg eller en aktivitet</source>
        <translation>In play or an activity</translation>
    </message>
    <message>
        <source>På et koordinationsmøde</source>
        <translation>At a coordination meeting</translation>
    </message>
    <message>
        <source>På en anden måde</source>
        <translation>In another way</translation>
    </message>
    <message>
        <source>Det gode hus: det, der går godt</source>
        <translation>The house of good things: what is going well</translation>
    </message>
    <message>
        <source>Bekymringernes hus: det, jeg er bekymret for</source>
        <translation>The house of worries: what I worry about</translation>
    </message>
    <message>
        <source>Drømmenes hus: det, jeg ønsker mig</source>
        <translation>The house of dreams: what I wish for</translation>
    </message>
    <message>
        <source>Vælg, hvilket af de tre huse barnets ord hører til.</source>
        <translation>Choose which of the three houses the child&apos;s words belong in.</translation>
    </message>
    <message>
        <source>Et hus hører kun til, når ordene er sagt med de tre huse. Vælg de tre huse, eller fjern huset.</source>
        <translation>A house only applies when the words were said with the three houses. Choose the three houses, or remove the house.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Barnet trives igen</source>
        <translation>The child thrives again</translation>
    </message>
    <message>
        <source>Risikoen for tilbagefald er lille</source>
        <translation>The risk of relapse is small</translation>
    </message>
    <message>
        <source>Stafetholderen og samarbejdspartnerne har besluttet det sammen</source>
        <translation>The baton holder and the partners decided it together</translation>
    </message>
    <message>
        <source>Familien er flyttet</source>
        <translation>The family has moved</translation>
    </message>
    <message>
        <source>Anden grund</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Arkivér stafetloggen</source>
        <translation>Archive the stafetlog</translation>
    </message>
    <message>
        <source>Slet stafetloggen</source>
        <translation>Delete the stafetlog</translation>
    </message>
    <message>
        <source>Vælg mindst én grund til at afslutte stafetloggen, for eksempel at barnet trives igen.</source>
        <translation>Choose at least one reason for closing the stafetlog, for example that the child thrives again.</translation>
    </message>
    <message>
        <source>Grunden til afslutningen er ukendt.</source>
        <translation>The reason for closing is unknown.</translation>
    </message>
    <message>
        <source>At familien flytter, afslutter ikke stafetloggen. Find en ny stafetholder, hvor familien bor nu, og giv stafetten videre.</source>
        <translation>A family moving does not close the stafetlog. Find a new baton holder where the family lives now, and hand over the baton.</translation>
    </message>
    <message>
        <source>Stafetloggen afsluttes først, når barnet trives igen, risikoen for tilbagefald er lille, og stafetholderen har besluttet det sammen med samarbejdspartnerne. Sæt flueben ved alle tre.</source>
        <translation>The stafetlog is closed only when the child thrives again, the risk of relapse is small, and the baton holder decided it together with the partners. Tick all three.</translation>
    </message>
    <message>
        <source>Skriv kort, hvorfor stafetloggen afsluttes, så forældrene kan læse det.</source>
        <translation>Write briefly why the stafetlog is closed, so that the parents can read it.</translation>
    </message>
    <message>
        <source>Skriv hvem der afslutter stafetloggen.</source>
        <translation>Enter who closes the stafetlog.</translation>
    </message>
    <message>
        <source>Vælg om stafetloggen skal arkiveres eller slettes.</source>
        <translation>Choose whether the stafetlog is archived or deleted.</translation>
    </message>
    <message>
        <source>Stafetloggen kan ikke afsluttes, før den er oprettet. Ret datoen.</source>
        <translation>The stafetlog cannot be closed before it was created. Correct the date.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Kommunal sagsbehandler, voksen</source>
        <translation>Municipal caseworker, adults</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <source>Kommunal sagsbehandler, børn og unge</source>
        <translation>Municipal caseworker, children and young people</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Praktiserende læge</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Socialpsykiatrisk tilbud</source>
        <translation>Social psychiatry service</translation>
    </message>
    <message>
        <source>Misbrugsbehandlingstilbud</source>
        <translation>Addiction treatment service</translation>
    </message>
    <message>
        <source>Skole eller daginstitution</source>
        <translation>School or day care</translation>
    </message>
    <message>
        <source>Sundhedsplejen</source>
        <translation>Health visitors</translation>
    </message>
    <message>
        <source>Pædagogisk Psykologisk Rådgivning</source>
        <translation>Educational psychological counselling (PPR)</translation>
    </message>
    <message>
        <source>Pårørende</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <source>Familieretshuset</source>
        <translation>Familieretshuset (the Agency of Family Law)</translation>
    </message>
    <message>
        <source>Andre</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Gælder endnu ikke</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Udløber snart</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Udløbet</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Trukket tilbage</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Skriv formålet: hvad forældrene giver samtykke til.</source>
        <translation>Write the purpose: what the parents give consent to.</translation>
    </message>
    <message>
        <source>Skriv hvem der giver samtykket.</source>
        <translation>Enter who gives the consent.</translation>
    </message>
    <message>
        <source>Vælg mindst én part, som samtykket gælder for.</source>
        <translation>Choose at least one party the consent covers.</translation>
    </message>
    <message>
        <source>Samtykket kan ikke udløbe, før det er givet. Ret datoerne.</source>
        <translation>The consent cannot expire before it was given. Correct the dates.</translation>
    </message>
    <message>
        <source>Et samtykke gælder højst et år ({source}). Vælg en slutdato senest {latest}.</source>
        <translation>A consent is valid for at most one year ({source}). Choose an end date no later than {latest}.</translation>
    </message>
    <message>
        <source>Samtykket kan ikke trækkes tilbage, før det er givet. Ret datoen.</source>
        <translation>The consent cannot be revoked before it was given. Correct the date.</translation>
    </message>
    <message>
        <source>Den, der giver samtykke uden underskrift, skal skrive sit navn.</source>
        <translation>The person giving consent without a signature must type their name.</translation>
    </message>
    <message>
        <source>Det skrevne navn svarer ikke til navnet på den, der giver samtykke. Skriv navnet, som det står i sagen.</source>
        <translation>The typed name does not match the name of the person giving consent. Type the name as it stands in the case.</translation>
    </message>
    <message>
        <source>Den, der giver samtykke uden underskrift, skal sætte kryds ved »Jeg giver samtykke«.</source>
        <translation>The person giving consent without a signature must tick “I give my consent”.</translation>
    </message>
    <message>
        <source>Et samtykke uden underskrift skal bevidnes: udfyld din profil med dit navn.</source>
        <translation>A consent without a signature must be witnessed: fill in your profile with your name.</translation>
    </message>
    <message>
        <source>barnet (15 år eller ældre)</source>
        <translation>the child (15 or older)</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>spærret</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>kontrolleret</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>bekræftet af kommunen</source>
        <translation>confirmed by the municipality</translation>
    </message>
    <message>
        <source>ikke kontrolleret</source>
        <translation>not verified</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Dine kontakter er dem, du kan overdrage stafetten til og dele med. Få deres kontaktkort, og ring til dem: læs fingeraftrykket højt sammen, før du markerer kortet som kontrolleret.</source>
        <translation>Your contacts are the people you can hand the baton to and share with. Get their contact card and call them: read the fingerprint aloud together before you mark the card as verified.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbejdsplads</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingeraftryk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>&amp;Importér kontaktkort…</source>
        <translation>&amp;Import contact card…</translation>
    </message>
    <message>
        <source>Markér som &amp;kontrolleret</source>
        <translation>Mark as &amp;verified</translation>
    </message>
    <message>
        <source>Markér kontakten som kontrolleret: I har læst fingeraftrykket højt sammen.</source>
        <translation>Mark the contact as verified: you have read the fingerprint aloud together.</translation>
    </message>
    <message>
        <source>&amp;Spær…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>&amp;Mit kontaktkort…</source>
        <translation>&amp;My contact card…</translation>
    </message>
    <message>
        <source>Nyt kontaktkort</source>
        <translation>New contact card</translation>
    </message>
    <message>
        <source>Ring til personen, og læs fingeraftrykket højt sammen:</source>
        <translation>Call the person and read the fingerprint aloud together:</translation>
    </message>
    <message>
        <source>Det &amp;passer – tilføj som kontrolleret</source>
        <translation>It &amp;matches – add as verified</translation>
    </message>
    <message>
        <source>&amp;Tilføj uden kontrol</source>
        <translation>&amp;Add without verifying</translation>
    </message>
    <message>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Importér kontaktkort</source>
        <translation>Import contact card</translation>
    </message>
    <message>
        <source>{name} er tilføjet ({status}).</source>
        <translation>{name} has been added ({status}).</translation>
    </message>
    <message>
        <source>Spær kontakt</source>
        <translation>Revoke contact</translation>
    </message>
    <message>
        <source>Spær {name}? Kortet bruges ikke mere: overdragelser fra og til det afvises. Få et nyt kontaktkort, hvis personen skal bruges igen.</source>
        <translation>Revoke {name}? The card will no longer be used: handovers from and to it are refused. Get a new contact card if the person is to be used again.</translation>
    </message>
    <message>
        <source>Gem mit kontaktkort</source>
        <translation>Save my contact card</translation>
    </message>
    <message>
        <source>Dit kontaktkort er gemt. Giv det til den anden, og læs dit fingeraftryk højt, når I ringer: {fingerprint}</source>
        <translation>Your contact card has been saved. Give it to the other person, and read your fingerprint aloud when you call: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>skjult</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Stafet ramte en uventet fejl. Det, du har skrevet, er gemt i boksen, så intet er gået tabt. Du kan arbejde videre, eller lukke Stafet og åbne det igen.</source>
        <translation>Stafet ran into an unexpected error. What you have written is saved in the vault, so nothing is lost. You can carry on working, or close Stafet and open it again.</translation>
    </message>
    <message>
        <source>Hvis fejlen kommer igen, så giv IT-supporten loggen. Den indeholder ingen navne, CPR-numre eller noter:
{path}</source>
        <translation>If the error happens again, give the log to IT support. It holds no names, CPR numbers or notes:
{path}</translation>
    </message>
    <message>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>CreateCaseDialog</name>
    <message>
        <source>Ny stafetlog</source>
        <translation>New stafetlog</translation>
    </message>
    <message>
        <source>En stafetlog følger ét barn gennem ét forløb. Du bliver selv stafetholder, indtil en anden tager imod stafetten.</source>
        <translation>A stafetlog follows one child through one course. You become the baton holder until someone else accepts the baton.</translation>
    </message>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Barnets &amp;navn:</source>
        <translation>Child&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>ddmmåå-xxxx</source>
        <translation>ddmmyy-xxxx</translation>
    </message>
    <message>
        <source>&amp;Cpr-nr.:</source>
        <translation>&amp;CPR no.:</translation>
    </message>
    <message>
        <source>Kan udfyldes senere.</source>
        <translation>Can be filled in later.</translation>
    </message>
    <message>
        <source>Barnet er &amp;ufødt</source>
        <translation>The child is &amp;unborn</translation>
    </message>
    <message>
        <source>forventet fødselsdato</source>
        <translation>expected date of birth</translation>
    </message>
    <message>
        <source>&amp;Forventet fødselsdato:</source>
        <translation>&amp;Expected date of birth:</translation>
    </message>
    <message>
        <source>Forælder / myndighedsindehaver</source>
        <translation>Parent / custodian</translation>
    </message>
    <message>
        <source>Anden forælder / myndighedsindehaver</source>
        <translation>Other parent / custodian</translation>
    </message>
    <message>
        <source>Oprettet af</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>&amp;Dit navn:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Arbejdssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>For eksempel pædagog, sundhedsplejerske, lærer.</source>
        <translation>For example educator, health visitor, teacher.</translation>
    </message>
    <message>
        <source>dato for oprettelse</source>
        <translation>date of creation</translation>
    </message>
    <message>
        <source>Dato for &amp;oprettelse:</source>
        <translation>Date of &amp;creation:</translation>
    </message>
    <message>
        <source>&amp;Opret stafetlog</source>
        <translation>&amp;Create stafetlog</translation>
    </message>
    <message>
        <source>Skriv den forventede fødselsdato for det ufødte barn.</source>
        <translation>Enter the expected date of birth of the unborn child.</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <source>Opret din boks</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <source>Dit &amp;navn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Står i loggen ved det, du skriver.</source>
        <translation>Shown in the log next to what you write.</translation>
    </message>
    <message>
        <source>&amp;Adgangsfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Gentag adgangsfrasen:</source>
        <translation>&amp;Repeat the passphrase:</translation>
    </message>
    <message>
        <source>&amp;Opret boksen</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <source>De to felter er ikke ens endnu.</source>
        <translation>The two fields do not match yet.</translation>
    </message>
    <message>
        <source>Skriv dit navn. Det står ved det, du skriver i loggen.</source>
        <translation>Enter your name. It is shown next to what you write in the log.</translation>
    </message>
    <message>
        <source>Adgangsfrasen skal være mindst {n} tegn.</source>
        <translation>The passphrase must be at least {n} characters.</translation>
    </message>
    <message>
        <source>De to adgangsfraser er ikke ens. Skriv dem igen.</source>
        <translation>The two passphrases do not match. Type them again.</translation>
    </message>
    <message>
        <source>Boksen kunne ikke oprettes. Intet er gemt.</source>
        <translation>The vault could not be created. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Stafet gemmer alle sager krypteret i en boks på denne computer. Vælg en adgangsfrase, som kun du kender: fire tilfældige ord, der ikke hænger sammen, fx «kaktus lampe vandre november». Undgå navne, datoer og kendte ord.</source>
        <translation>Stafet keeps every case encrypted in a vault on this computer. Choose a passphrase only you know: four random words that do not belong together, e.g. “cactus lamp wander November”. Avoid names, dates and well-known words.</translation>
    </message>
</context>
<context>
    <name>CustodianFields</name>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Relation til barnet:</source>
        <translation>Relation to the child:</translation>
    </message>
    <message>
        <source>Har forældremyndighed</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <source>Kontakt (telefon, e-mail):</source>
        <translation>Contact (phone, e-mail):</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Kommende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Samtykket udløber – forny det i tide</source>
        <translation>The consent expires – renew it in time</translation>
    </message>
    <message>
        <source>Opfølgning på en aktørs indsats</source>
        <translation>Follow-up on an actor&apos;s effort</translation>
    </message>
    <message>
        <source>Tag situationen op igen</source>
        <translation>Take up the situation again</translation>
    </message>
    <message>
        <source>Næste koordinationsmøde</source>
        <translation>Next coordination meeting</translation>
    </message>
    <message>
        <source>Aftale fra koordinationsmødet</source>
        <translation>Agreement from the coordination meeting</translation>
    </message>
    <message>
        <source>Kommunen skal kvittere for underretningen</source>
        <translation>The municipality must acknowledge the notification</translation>
    </message>
    <message>
        <source>Den børnefaglige undersøgelse skal være færdig</source>
        <translation>The child welfare investigation must be finished</translation>
    </message>
    <message>
        <source>Opfølgning på barnets plan</source>
        <translation>Follow-up on the child&apos;s plan</translation>
    </message>
    <message>
        <source>Inddrag børnehuset nu</source>
        <translation>Involve the children&apos;s house now</translation>
    </message>
    <message>
        <source>Lav eller registrér underretningen efter placeringen på bekymringsskalaen</source>
        <translation>Make or record the notification after the placement on the worry scale</translation>
    </message>
    <message>
        <source>Fortæl forældrene om underretningen</source>
        <translation>Tell the parents about the notification</translation>
    </message>
    <message>
        <source>Niveau 2 kræver forældrenes samtykke</source>
        <translation>Level 2 needs the parents&apos; consent</translation>
    </message>
    <message>
        <source>Arkiveret stafetlog: forny samtykket til opbevaringen, eller slet loggen</source>
        <translation>Archived stafetlog: renew the consent to keep it, or delete the log</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Tryk Enter eller dobbeltklik for at åbne sagen det rigtige sted.</source>
        <translation>Press Enter or double-click to open the case at the right place.</translation>
    </message>
    <message>
        <source>Ingen frister de næste 30 dage.</source>
        <translation>No deadlines in the next 30 days.</translation>
    </message>
    <message>
        <source>Overskredet: {overdue}   ·   I dag: {due}   ·   Kommende: {upcoming}</source>
        <translation>Overdue: {overdue}   ·   Today: {due}   ·   Upcoming: {upcoming}</translation>
    </message>
</context>
<context>
    <name>FamilyCourt</name>
    <message>
        <source>Familieretshuset</source>
        <translation>Familieretshuset (the Agency of Family Law)</translation>
    </message>
    <message>
        <source>Grønt spor: en enkel sag (familieretshusloven § 5)</source>
        <translation>Green track: a simple case (familieretshusloven § 5)</translation>
    </message>
    <message>
        <source>Gult spor: en sag, der kræver mere (familieretshusloven § 6)</source>
        <translation>Yellow track: a case that needs more (familieretshusloven § 6)</translation>
    </message>
    <message>
        <source>Rødt spor: en kompleks sag med bekymring for barnet (familieretshusloven § 7)</source>
        <translation>Red track: a complex case with concern for the child (familieretshusloven § 7)</translation>
    </message>
    <message>
        <source>Familieretshuset sorterer familiens sag i et spor. Farverne er uformelle betegnelser for de tre slags sager i familieretshusloven §§ 5-7. Skriv det spor, I har fået oplyst. Stafet beslutter intet på Familieretshusets område.</source>
        <translation>Familieretshuset (the Agency of Family Law) sorts the family&apos;s case into a track. The colours are informal names for the three kinds of case in the Act on the Agency of Family Law, §§ 5-7. Write the track you were told. Stafet decides nothing in Familieretshuset&apos;s area.</translation>
    </message>
    <message>
        <source>Hvad ved kommunen om familien, som har betydning for sagen i Familieretshuset? (I en rød sag kontakter Familieretshuset kommunen straks.)</source>
        <translation>What does the municipality know about the family that matters for the case at Familieretshuset? (In a red case Familieretshuset contacts the municipality at once.)</translation>
    </message>
    <message>
        <source>Hvem er kontaktperson i kommunen, og hvem i Familieretshuset?</source>
        <translation>Who is the contact person at the municipality, and who at Familieretshuset?</translation>
    </message>
    <message>
        <source>Hvor får familien bedst rådgivning: i kommunen eller i Familieretshusets børneenhed?</source>
        <translation>Where does the family best get advice: at the municipality or at Familieretshuset&apos;s children&apos;s unit?</translation>
    </message>
    <message>
        <source>Kan kommunen støtte en afgørelse om samvær, for eksempel med alkoholbehandling eller overvåget samvær?</source>
        <translation>Can the municipality support a decision on contact, for example with alcohol treatment or supervised contact?</translation>
    </message>
    <message>
        <source>Hvem følger barnets trivsel, når sagen i Familieretshuset er slut?</source>
        <translation>Who follows the child&apos;s wellbeing when the case at Familieretshuset has ended?</translation>
    </message>
    <message>
        <source>Husk: hverken Familieretshuset eller kommunen beslutter noget på den andens område.</source>
        <translation>Remember: neither Familieretshuset nor the municipality decides anything in the other&apos;s area.</translation>
    </message>
    <message>
        <source>Familien har en sag i Familieretshuset</source>
        <translation>The family has a case at Familieretshuset</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Kendt siden:</source>
        <translation>Known since:</translation>
    </message>
    <message>
        <source>Sporet er ikke oplyst</source>
        <translation>The track is not known</translation>
    </message>
    <message>
        <source>Spor:</source>
        <translation>Track:</translation>
    </message>
    <message>
        <source>Kontakt og note:</source>
        <translation>Contact and note:</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Navn, arbejdsplads, underskrift og dato</source>
        <translation>Name, workplace, signature and date</translation>
    </message>
    <message>
        <source>Observationsskema til 0-18-årige børn og unge</source>
        <translation>Observation form for children and young people aged 0–18</translation>
    </message>
    <message>
        <source>Anledning til bekymring</source>
        <translation>Reason for concern</translation>
    </message>
    <message>
        <source>Beskriv, hvad der har givet anledning til, at I er bekymrede for barnet.</source>
        <translation>Describe what has made you concerned about the child.</translation>
    </message>
    <message>
        <source>Underretning om barn 0-6 år (barnets lov § 133)</source>
        <translation>Notification about a child aged 0-6 (barnets lov § 133)</translation>
    </message>
    <message>
        <source>Underretning om barn og ung 6-18 år (barnets lov § 133)</source>
        <translation>Notification about a child or young person aged 6-18 (barnets lov § 133)</translation>
    </message>
    <message>
        <source>Hvad ønsker I med denne henvendelse?</source>
        <translation>What do you want with this notification?</translation>
    </message>
    <message>
        <source>Hvad har I forsøgt at gøre? Hvor er I nået til?</source>
        <translation>What have you tried to do? How far have you got?</translation>
    </message>
    <message>
        <source>Har der været sat særlige indsatser i værk?</source>
        <translation>Have special efforts been started?</translation>
    </message>
    <message>
        <source>Hvordan fungerer samarbejdet med forældrene?</source>
        <translation>How does the cooperation with the parents work?</translation>
    </message>
    <message>
        <source>Beskriv kontakten mellem forældre og personale.</source>
        <translation>Describe the contact between parents and staff.</translation>
    </message>
    <message>
        <source>Hvordan er barnets fremmøde?</source>
        <translation>How is the child&apos;s attendance?</translation>
    </message>
    <message>
        <source>Hvor længe er barnet i institutionen?</source>
        <translation>How long does the child stay in the institution?</translation>
    </message>
    <message>
        <source>Hvem bringer og henter?</source>
        <translation>Who brings and collects the child?</translation>
    </message>
    <message>
        <source>Hvordan er barnets sociale udvikling?</source>
        <translation>How is the child&apos;s social development?</translation>
    </message>
    <message>
        <source>Beskriv barnets forhold til forældre, søskende, legekammerater, andre børn og voksne i institutionen.</source>
        <translation>Describe the child&apos;s relationship with parents, siblings, playmates, other children and adults in the institution.</translation>
    </message>
    <message>
        <source>Hvordan er barnets følelsesmæssige udvikling?</source>
        <translation>How is the child&apos;s emotional development?</translation>
    </message>
    <message>
        <source>Hvordan opfatter barnet sig selv?</source>
        <translation>How does the child see itself?</translation>
    </message>
    <message>
        <source>Søger barnet øjenkontakt og berøring?</source>
        <translation>Does the child seek eye contact and touch?</translation>
    </message>
    <message>
        <source>Søger barnet i øvrigt kontakt, for eksempel med sproget?</source>
        <translation>Does the child otherwise seek contact, for example with language?</translation>
    </message>
    <message>
        <source>Hvordan er barnets humør i det hele taget?</source>
        <translation>How is the child&apos;s mood in general?</translation>
    </message>
    <message>
        <source>Kan barnet vise og sige, hvad det føler?</source>
        <translation>Can the child show and say what it feels?</translation>
    </message>
    <message>
        <source>Hvordan er barnets sproglige udvikling?</source>
        <translation>How is the child&apos;s language development?</translation>
    </message>
    <message>
        <source>Hvornår og hvordan bruger barnet sit sprog?</source>
        <translation>When and how does the child use its language?</translation>
    </message>
    <message>
        <source>Taler barnet i lange sætninger?</source>
        <translation>Does the child speak in long sentences?</translation>
    </message>
    <message>
        <source>Hvilke spørgeord bruger barnet?</source>
        <translation>Which question words does the child use?</translation>
    </message>
    <message>
        <source>Forstår barnet en besked til hele gruppen og til barnet alene, som andre børn på samme alder?</source>
        <translation>Does the child understand a message to the whole group and to the child alone, like other children of the same age?</translation>
    </message>
    <message>
        <source>Hvordan er barnets intellektuelle udvikling?</source>
        <translation>How is the child&apos;s intellectual development?</translation>
    </message>
    <message>
        <source>Hvordan er barnets viden og orientering?</source>
        <translation>How is the child&apos;s knowledge and orientation?</translation>
    </message>
    <message>
        <source>Hvordan er barnets forståelse af begreber?</source>
        <translation>How is the child&apos;s understanding of concepts?</translation>
    </message>
    <message>
        <source>Hvordan er koncentrationsevnen?</source>
        <translation>How is the ability to concentrate?</translation>
    </message>
    <message>
        <source>Hvordan er barnets motoriske udvikling?</source>
        <translation>How is the child&apos;s motor development?</translation>
    </message>
    <message>
        <source>Hvordan er barnets fin- og grovmotorik?</source>
        <translation>How are the child&apos;s fine and gross motor skills?</translation>
    </message>
    <message>
        <source>Hvordan klarer barnet af- og påklædning, hygiejne og toiletbesøg?</source>
        <translation>How does the child manage dressing, hygiene and going to the toilet?</translation>
    </message>
    <message>
        <source>Samlet faglig vurdering af barnet</source>
        <translation>Overall professional assessment of the child</translation>
    </message>
    <message>
        <source>Er forældrene orienteret om underretningen?</source>
        <translation>Have the parents been told about the notification?</translation>
    </message>
    <message>
        <source>Hvornår er forældrene orienteret?</source>
        <translation>When were the parents told?</translation>
    </message>
    <message>
        <source>Forældrenes bemærkninger</source>
        <translation>The parents&apos; remarks</translation>
    </message>
    <message>
        <source>Tidligere skole, institution og pasning før skolestart</source>
        <translation>Previous school, institution and childcare before school</translation>
    </message>
    <message>
        <source>Nuværende skole og klasselærer</source>
        <translation>Current school and class teacher</translation>
    </message>
    <message>
        <source>Mødefrekvens</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Skriv barnets fravær, hvis det er relevant.</source>
        <translation>Note the child&apos;s absence, if relevant.</translation>
    </message>
    <message>
        <source>Hvordan fungerer barnet fagligt?</source>
        <translation>How does the child do academically?</translation>
    </message>
    <message>
        <source>Hvordan fungerer barnet socialt?</source>
        <translation>How does the child do socially?</translation>
    </message>
    <message>
        <source>For eksempel i undervisningen, i frikvartererne, i leg med andre børn og i venskaber.</source>
        <translation>For example in lessons, during breaks, in play with other children and in friendships.</translation>
    </message>
    <message>
        <source>Har der været sat særlige indsatser i gang?</source>
        <translation>Have special efforts been started?</translation>
    </message>
    <message>
        <source>Hvad er der gjort for at støtte barnet?</source>
        <translation>What has been done to support the child?</translation>
    </message>
    <message>
        <source>Bemærkninger fra skolelæge, sundhedsplejerske, psykolog eller andre relevante parter</source>
        <translation>Remarks from the school doctor, health visitor, psychologist or other relevant parties</translation>
    </message>
    <message>
        <source>Andre bemærkninger</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <source>For eksempel om søskende.</source>
        <translation>For example about siblings.</translation>
    </message>
    <message>
        <source>Har I talt med forældrene om bekymringen?</source>
        <translation>Have you talked with the parents about the concern?</translation>
    </message>
    <message>
        <source>Er forældrene orienteret om underretningen? Hvornår?</source>
        <translation>Have the parents been told about the notification? When?</translation>
    </message>
    <message>
        <source>Beskriv med dine egne ord, hvorfor du er bekymret. Hvilke vanskeligheder har barnet, og hvordan viser de sig?</source>
        <translation>Describe in your own words why you are concerned. What difficulties does the child have, and how do they show?</translation>
    </message>
    <message>
        <source>Hvilke ressourcer har barnet, og hvordan viser de sig?</source>
        <translation>What resources does the child have, and how do they show?</translation>
    </message>
    <message>
        <source>Beskriv barnets følelsesmæssige udvikling</source>
        <translation>Describe the child&apos;s emotional development</translation>
    </message>
    <message>
        <source>Tænk på humør, selvtillid og hvordan barnet reagerer, når det bliver frustreret.</source>
        <translation>Think of mood, self-confidence and how the child reacts when frustrated.</translation>
    </message>
    <message>
        <source>Beskriv barnets evne til at indgå i sociale relationer</source>
        <translation>Describe the child&apos;s ability to form social relationships</translation>
    </message>
    <message>
        <source>Tænk på tilknytningen til forældrene og forholdet til andre voksne og til andre børn og unge.</source>
        <translation>Think of the attachment to the parents and the relationship with other adults and with other children and young people.</translation>
    </message>
    <message>
        <source>Fungerer barnet som andre børn på samme alder?</source>
        <translation>Does the child function like other children of the same age?</translation>
    </message>
    <message>
        <source>Tænk på barnets viden om omgivelserne, interesser, koncentration og evne til at planlægge.</source>
        <translation>Think of the child&apos;s knowledge of its surroundings, interests, concentration and ability to plan.</translation>
    </message>
    <message>
        <source>Hvordan er barnets fysiske tilstand?</source>
        <translation>How is the child&apos;s physical condition?</translation>
    </message>
    <message>
        <source>Har barnet nogle særlige træk?</source>
        <translation>Does the child have any particular traits?</translation>
    </message>
    <message>
        <source>Hvilke kompetencer har forælderen i forhold til barnets behov?</source>
        <translation>What skills does the parent have in relation to the child&apos;s needs?</translation>
    </message>
    <message>
        <source>Er der ressourcer i familiens netværk?</source>
        <translation>Are there resources in the family&apos;s network?</translation>
    </message>
    <message>
        <source>Egne noter og bemærkninger</source>
        <translation>Own notes and remarks</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Filen er ikke en overdragelse fra Stafet, eller den er blevet ændret undervejs. Bed afsenderen om at sende den igen. Intet er ændret.</source>
        <translation>The file is not a Stafet handover, or it was changed on the way. Ask the sender to send it again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er sendt til en anden person. Kun modtageren kan åbne den. Intet er ændret.</source>
        <translation>The file was sent to someone else. Only the recipient can open it. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er lavet med en nyere udgave af Stafet. Opdatér Stafet, og prøv igen. Intet er ændret.</source>
        <translation>The file was made by a newer version of Stafet. Update Stafet and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Afsenderen er ikke i din kontaktbog. Importér afsenderens kontaktkort, og tjek fingeraftrykket med afsenderen, før du modtager filen. Intet er ændret.</source>
        <translation>The sender is not in your address book. Import the sender&apos;s contact card and check the fingerprint with the sender before you receive the file. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Afsenderen {name} er spærret i din kontaktbog. Filen modtages ikke. Intet er ændret.</source>
        <translation>The sender {name} is blocked in your address book. The file is not received. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Denne fil er allerede modtaget. Intet er ændret.</source>
        <translation>This file has already been received. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Du har allerede modtaget en nyere overdragelse af denne sag fra {name}. Den ældre fil modtages ikke. Intet er ændret.</source>
        <translation>You have already received a newer handover of this case from {name}. The older file is not received. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Forældrenes samtykke nævner ikke {name}. Stafetten må kun gives videre til en part, som samtykket nævner med navn. Ret samtykket sammen med forældrene, eller vælg en anden modtager. Intet er sendt.</source>
        <translation>The parents&apos; consent does not name {name}. The baton may only be passed to a party the consent names. Correct the consent together with the parents, or choose another recipient. Nothing was sent.</translation>
    </message>
    <message>
        <source>Der er intet samtykke fra forældrene i sagen. Stafetten må kun gives videre med forældrenes samtykke. Intet er sendt.</source>
        <translation>There is no consent from the parents in the case. The baton may only be passed on with the parents&apos; consent. Nothing was sent.</translation>
    </message>
    <message>
        <source>Forældrene trak samtykket til {name} tilbage {on}. Stafetten kan ikke gives videre til {name} uden et nyt samtykke. Intet er sendt.</source>
        <translation>The parents withdrew the consent for {name} on {on}. The baton cannot be passed to {name} without a new consent. Nothing was sent.</translation>
    </message>
    <message>
        <source>Samtykket til {name} udløb {on}. Forny samtykket sammen med forældrene, før stafetten gives videre. Intet er sendt.</source>
        <translation>The consent for {name} expired on {on}. Renew the consent with the parents before the baton is passed on. Nothing was sent.</translation>
    </message>
    <message>
        <source>Samtykket til {name} gælder først fra {on}. Intet er sendt.</source>
        <translation>The consent for {name} only applies from {on}. Nothing was sent.</translation>
    </message>
    <message>
        <source>Kun stafetholderen kan overdrage stafetten, og stafetholderen er {holder}. Intet er sendt.</source>
        <translation>Only the baton holder can hand over the baton, and the holder is {holder}. Nothing was sent.</translation>
    </message>
    <message>
        <source>Der er ingen modtaget overdragelse af denne sag, som venter på dit svar.</source>
        <translation>No received handover of this case is waiting for your answer.</translation>
    </message>
    <message>
        <source>Kvitteringen svarer ikke til en overdragelse, du har sendt til {name}. Intet er ændret.</source>
        <translation>The receipt does not match a handover you sent to {name}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Sagen, som kvitteringen gælder, findes ikke længere i din boks. Intet er ændret.</source>
        <translation>The case the receipt is about is no longer in your vault. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen kan ikke læses. Tjek navnet og mappen.</source>
        <translation>The file cannot be read. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Det er en opdatering af en kopi, som du ikke har endnu. Modtag først kopien fra {name}; så modtages opdateringen ved næste synkronisering. Intet er ændret.</source>
        <translation>This is an update of a copy you do not have yet. First receive the copy from {name}; the update is then received at the next synchronisation. Nothing was changed.</translation>
    </message>
    <message>
        <source>Stafet-overdragelse (*.stafet)</source>
        <translation>Stafet handover (*.stafet)</translation>
    </message>
    <message>
        <source>Gem overdragelsesfilen</source>
        <translation>Save the handover file</translation>
    </message>
    <message>
        <source>Overdrag stafetten</source>
        <translation>Hand over the baton</translation>
    </message>
    <message>
        <source>Stafetten sendes krypteret til modtageren som en .stafet-fil. Modtageren får den, når hun eller han har sagt ja. Forældrenes samtykke skal nævne modtageren.</source>
        <translation>The baton is sent encrypted to the recipient as a .stafet file. The recipient holds it once they have said yes. The parents&apos; consent must name the recipient.</translation>
    </message>
    <message>
        <source>Modtager:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Fingeraftryk:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Kun en kopi til orientering (stafetten bliver hos dig)</source>
        <translation>Only a copy for information (you keep the baton)</translation>
    </message>
    <message>
        <source>Vælg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Åbn samtykket</source>
        <translation>Open the consent</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Overdrag</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Send kopien</source>
        <translation>Send the copy</translation>
    </message>
    <message>
        <source>Din kontaktbog er tom. Importér modtagerens kontaktkort, og tjek fingeraftrykket, før du overdrager stafetten.</source>
        <translation>Your address book is empty. Import the recipient&apos;s contact card and check the fingerprint before you hand over the baton.</translation>
    </message>
    <message>
        <source>bekræftet</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>bekræftet af kommunen</source>
        <translation>confirmed by the municipality</translation>
    </message>
    <message>
        <source>IKKE bekræftet – ring og tjek det</source>
        <translation>NOT verified – call and check it</translation>
    </message>
    <message>
        <source>Stafetten sendes krypteret til modtageren via kommunens server, så snart du er på nettet. Modtageren får den, når hun eller han har sagt ja. Forældrenes samtykke skal nævne modtageren.</source>
        <translation>The baton is sent encrypted to the recipient through the municipality&apos;s server as soon as you are online. The recipient gets it once they have said yes. The parents&apos; consent must name the recipient.</translation>
    </message>
    <message>
        <source>Vælg en modtager og en fil.</source>
        <translation>Choose a recipient and a file.</translation>
    </message>
    <message>
        <source>Modtag overdragelse</source>
        <translation>Receive handover</translation>
    </message>
    <message>
        <source>{name} overdrager stafetten for {child} til dig ({entries} poster).</source>
        <translation>{name} hands the baton for {child} over to you ({entries} entries).</translation>
    </message>
    <message>
        <source>{name} sender en kopi til orientering af stafetloggen for {child} ({entries} poster). Stafetten bliver hos afsenderen.</source>
        <translation>{name} sends a copy of the log for {child} for information ({entries} entries). The sender keeps the baton.</translation>
    </message>
    <message>
        <source>Kvittering: {name} har taget imod stafetten.</source>
        <translation>Receipt: {name} has accepted the baton.</translation>
    </message>
    <message>
        <source>Kvittering: {name} har sagt nej tak til stafetten. Begrundelse: {reason}</source>
        <translation>Receipt: {name} has declined the baton. Reason: {reason}</translation>
    </message>
    <message>
        <source>Afsender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Sendt:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Afsenderens fingeraftryk er ikke bekræftet i din kontaktbog. Ring til afsenderen, og tjek det, før du modtager filen.</source>
        <translation>The sender&apos;s fingerprint is not verified in your address book. Call the sender and check it before you receive the file.</translation>
    </message>
    <message>
        <source>Modtag</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>&amp;Modtag overdragelse…</source>
        <translation>&amp;Receive handover…</translation>
    </message>
    <message>
        <source>Overdragelsen er modtaget. Tag imod stafetten, eller sig nej tak.</source>
        <translation>The handover has been received. Accept the baton, or decline it.</translation>
    </message>
    <message>
        <source>Kopien til orientering er modtaget.</source>
        <translation>The copy for information has been received.</translation>
    </message>
    <message>
        <source>Kvitteringen er modtaget: stafetten er givet videre til {name}.</source>
        <translation>The receipt has been received: the baton has been passed on to {name}.</translation>
    </message>
    <message>
        <source>Kvitteringen er modtaget: {name} sagde nej tak til stafetten.</source>
        <translation>The receipt has been received: {name} declined the baton.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>JSON-filen kan ikke indlæses. Fejl ved {path}: {problem}</source>
        <translation>The JSON file cannot be loaded. Error at {path}: {problem}</translation>
    </message>
    <message>
        <source>her skal stå et objekt { … }.</source>
        <translation>an object { … } must be here.</translation>
    </message>
    <message>
        <source>filen er ikke en Stafet-sag (format &quot;{f}&quot;).</source>
        <translation>the file is not a Stafet case (format &quot;{f}&quot;).</translation>
    </message>
    <message>
        <source>denne udgave af Stafet læser version {v}; filen har en anden version.</source>
        <translation>this edition of Stafet reads version {v}; the file has another version.</translation>
    </message>
    <message>
        <source>listen må ikke være tom: en sag har altid et niveau og en stafetholder.</source>
        <translation>the list must not be empty: a case always has a level and a holder of the baton.</translation>
    </message>
    <message>
        <source>filen har et tal, som er for langt, eller som ikke er et tal.</source>
        <translation>the file has a number that is too long, or that is not a number.</translation>
    </message>
    <message>
        <source>filen har for mange lag inden i hinanden.</source>
        <translation>the file has too many levels nested inside each other.</translation>
    </message>
    <message>
        <source>de første seks cifre i cpr-nummeret er ikke en rigtig dato.</source>
        <translation>the first six digits of the CPR number are not a real date.</translation>
    </message>
    <message>
        <source>teksten er for lang eller indeholder et usynligt styretegn.</source>
        <translation>the text is too long or contains an invisible control character.</translation>
    </message>
    <message>
        <source>det samme id står to gange i listen.</source>
        <translation>the same id appears twice in the list.</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>et helt tal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true eller false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>et objekt { … }</source>
        <translation>an object { … }</translation>
    </message>
    <message>
        <source>en liste [ … ]</source>
        <translation>a list [ … ]</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>værdien skal være {expected}.</source>
        <translation>the value must be {expected}.</translation>
    </message>
    <message>
        <source>værdien skal være en af: {choices}.</source>
        <translation>the value must be one of: {choices}.</translation>
    </message>
    <message>
        <source>her skal stå {wanted}.</source>
        <translation>{wanted} must be here.</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <source>tallet må ikke være mindre end {n}.</source>
        <translation>the number must not be less than {n}.</translation>
    </message>
    <message>
        <source>tallet må ikke være større end {n}.</source>
        <translation>the number must not be greater than {n}.</translation>
    </message>
    <message>
        <source>feltet mangler.</source>
        <translation>the field is missing.</translation>
    </message>
    <message>
        <source>feltet kendes ikke i version 1 af formatet.</source>
        <translation>the field is unknown in version 1 of the format.</translation>
    </message>
    <message>
        <source>her skal stå en rigtig dato på formen ÅÅÅÅ-MM-DD.</source>
        <translation>a real date in the form YYYY-MM-DD must be here.</translation>
    </message>
    <message>
        <source>her skal stå et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss med tidszone, for eksempel 2024-03-01T09:30:00+00:00.</source>
        <translation>a time in the form YYYY-MM-DDThh:mm:ss with time zone must be here, for example 2024-03-01T09:30:00+00:00.</translation>
    </message>
    <message>
        <source>her skal stå et billede kodet i base64.</source>
        <translation>a picture coded in base64 must be here.</translation>
    </message>
    <message>
        <source>her skal stå et id på 32 tegn (0-9 og a-f).</source>
        <translation>an id of 32 characters (0-9 and a-f) must be here.</translation>
    </message>
    <message>
        <source>cpr-nummeret skal have formen DDMMÅÅ-XXXX.</source>
        <translation>the CPR number must have the form DDMMYY-XXXX.</translation>
    </message>
    <message>
        <source>teksten har ikke den rigtige form.</source>
        <translation>the text does not have the right form.</translation>
    </message>
</context>
<context>
    <name>LeaveFamilySafeDialog</name>
    <message>
        <source>Slå familievisning fra</source>
        <translation>Turn family-safe view off</translation>
    </message>
    <message>
        <source>Familievisningen viser kun den åbne sag. Skriv din adgangsfrase eller din kode for at se alle sager igen.</source>
        <translation>The family-safe view shows only the open case. Type your passphrase or your PIN to see all cases again.</translation>
    </message>
    <message>
        <source>Adgangsfrase eller kode</source>
        <translation>Passphrase or PIN</translation>
    </message>
    <message>
        <source>Slå &amp;fra</source>
        <translation>Turn &amp;off</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>Barnets lov § 133: fagpersoner har pligt til at underrette kommunen</source>
        <translation>Barnets lov § 133: professionals must notify the municipality</translation>
    </message>
    <message>
        <source>Barnets lov § 136: kommunen vurderer underretningen inden 24 timer</source>
        <translation>Barnets lov § 136: the municipality assesses the notification within 24 hours</translation>
    </message>
    <message>
        <source>Barnets lov § 137: kommunen kvitterer for underretningen inden seks hverdage</source>
        <translation>Barnets lov § 137: the municipality acknowledges the notification within six working days</translation>
    </message>
    <message>
        <source>Barnets lov § 20, stk. 3: den børnefaglige undersøgelse afsluttes senest fire måneder efter, at kommunen blev opmærksom</source>
        <translation>Barnets lov § 20, stk. 3: the child welfare investigation ends at most four months after the municipality became aware</translation>
    </message>
    <message>
        <source>Barnets lov § 91: barnets plan</source>
        <translation>Barnets lov § 91: the child&apos;s plan</translation>
    </message>
    <message>
        <source>Barnets lov § 95: første opfølgning, når afdækningen eller undersøgelsen er afsluttet, eller tre måneder efter, at indsatsen begyndte (det, der kommer først); derefter når kommunen har besluttet</source>
        <translation>Barnets lov § 95: first follow-up when the assessment or investigation is finished, or three months after the help started (whichever comes first); then when the municipality has decided</translation>
    </message>
    <message>
        <source>Barnets lov § 5, stk. 3: barnets synspunkter inddrages løbende</source>
        <translation>Barnets lov § 5, stk. 3: the child&apos;s views are sought continuously</translation>
    </message>
    <message>
        <source>Barnets lov § 6: barnet har ret til en bisidder</source>
        <translation>Barnets lov § 6: the child has the right to a support person</translation>
    </message>
    <message>
        <source>Barnets lov §§ 124-126: børnehuset inddrages ved overgreb eller mistanke om overgreb mod et barn under 18 år</source>
        <translation>Barnets lov §§ 124-126: the children&apos;s house is involved when a child under 18 has been abused or abuse is suspected</translation>
    </message>
    <message>
        <source>Forvaltningsloven § 28, stk. 3-4: samtykket er frivilligt, specifikt og informeret og kan altid trækkes tilbage</source>
        <translation>Forvaltningsloven § 28, stk. 3-4: consent is voluntary, specific and informed and can always be withdrawn</translation>
    </message>
    <message>
        <source>Databeskyttelsesloven § 11: behandling af cpr-numre</source>
        <translation>Databeskyttelsesloven § 11: processing of CPR numbers</translation>
    </message>
    <message>
        <source>GDPR art. 32: sikkerhed ved behandling af personoplysninger</source>
        <translation>GDPR art. 32: security of processing personal data</translation>
    </message>
    <message>
        <source>Udveksling af oplysninger uden samtykke i SSD-samarbejdet: ét møde pr. barn og højst ét opfølgende møde (tidl. serviceloven § 49 a)</source>
        <translation>Exchange of information without consent in the SSD cooperation: one meeting per child and at most one follow-up meeting (formerly serviceloven § 49 a)</translation>
    </message>
    <message>
        <source>BTI-materialet, samtykkeerklæringen: samtykket gælder højst et år og skal derefter gives igen</source>
        <translation>The BTI material, consent form: a consent is valid for at most one year and must then be given again</translation>
    </message>
    <message>
        <source>Stafetloggen: aktørernes opfølgning</source>
        <translation>Stafetlog: the actors&apos; follow-up</translation>
    </message>
    <message>
        <source>Stafetloggen: hvornår tages situationen op igen</source>
        <translation>Stafetlog: when the situation is taken up again</translation>
    </message>
    <message>
        <source>Koordinationsmødet: næste møde</source>
        <translation>Coordination meeting: next meeting</translation>
    </message>
    <message>
        <source>Koordinationsmødet: GØR-aftaler</source>
        <translation>Coordination meeting: DO agreements</translation>
    </message>
    <message>
        <source>BTI-materialet: forældrene skal vide, at der er sendt en underretning</source>
        <translation>The BTI material: the parents must know that a notification was sent</translation>
    </message>
    <message>
        <source>BTI-materialet: samarbejde på niveau 2 kræver forældrenes samtykke</source>
        <translation>The BTI material: collaboration at level 2 needs the parents&apos; consent</translation>
    </message>
    <message>
        <source>BTI-materialet: en underretning flytter sagen til niveau 3</source>
        <translation>The BTI material: a notification moves the case to level 3</translation>
    </message>
    <message>
        <source>BTI-materialet: en arkiveret stafetlog opbevares kun med et formål og et samtykke, der fornyes mindst hvert år</source>
        <translation>The BTI material: an archived stafetlog is kept only with a purpose and a consent renewed at least every year</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Der er sendt en underretning til kommunen.</source>
        <translation>A notification has been sent to the municipality.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stafet</source>
        <translation>Stafet</translation>
    </message>
    <message>
        <source>Familievisning er slået til: kun denne sag vises, og CPR-numre, bekymringsskalaer og interne noter er skjult. Tryk F12 og skriv din adgangsfrase eller kode for at slå den fra.</source>
        <translation>The family-safe view is on: only this case is shown, and CPR numbers, worry scales and internal notes are hidden. Press F12 and type your passphrase or PIN to turn it off.</translation>
    </message>
    <message>
        <source>&amp;Ny sag…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Søg efter sag</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Familievisning</source>
        <translation>&amp;Family-safe view</translation>
    </message>
    <message>
        <source>Skjul CPR-numre, bekymringsskalaer og interne noter (F12)</source>
        <translation>Hide CPR numbers, worry scales and internal notes (F12)</translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Kontakter…</source>
        <translation>C&amp;ontacts…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Sager</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Frister</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Om Stafet</source>
        <translation>&amp;About Stafet</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Uden en profil står der „ukendt bruger“ i revisionssporet. Skriv, hvem du er, i Indstillinger.</source>
        <translation>Without a profile the audit trail says “unknown user”. Enter who you are in Preferences.</translation>
    </message>
    <message>
        <source>Din profil er gemt.</source>
        <translation>Your profile has been saved.</translation>
    </message>
    <message>
        <source>Om Stafet</source>
        <translation>About Stafet</translation>
    </message>
    <message>
        <source>Stafet hjælper med at koordinere indsatsen for et barn efter modellen Bedre Tværfaglig Indsats: stafetlog, netværkskort, bekymringsskalaer og koordinationsmøder. Alt gemmes krypteret på denne computer.</source>
        <translation>Stafet helps coordinate the help for a child following the Bedre Tværfaglig Indsats model: stafetlog, network map, worry scales and coordination meetings. Everything is stored encrypted on this computer.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Afslut Stafet</source>
        <translation>Quit Stafet</translation>
    </message>
    <message>
        <source>Et koordinationsmøde er i gang. Det, der er skrevet, er gemt, men mødet er ikke afsluttet. Vil du afslutte Stafet alligevel?</source>
        <translation>A coordination meeting is in progress. What has been written is saved, but the meeting is not finished. Quit Stafet anyway?</translation>
    </message>
    <message>
        <source>&amp;Afslut Stafet</source>
        <translation>&amp;Quit Stafet</translation>
    </message>
    <message>
        <source>&amp;Bliv i mødet</source>
        <translation>&amp;Stay in the meeting</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Filen er ikke et Stafet-kontaktkort, eller den er beskadiget. Bed om kortet igen („Mit kontaktkort…“). Intet er gemt.</source>
        <translation>The file is not a Stafet contact card, or it is damaged. Ask for the card again (“My contact card…”). Nothing has been saved.</translation>
    </message>
    <message>
        <source>Filen er for stor til at være et kontaktkort. Intet er gemt.</source>
        <translation>The file is too large to be a contact card. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Kontaktkortet er lavet af en nyere udgave af Stafet (version {version}). Opdatér Stafet, og prøv igen. Intet er gemt.</source>
        <translation>The contact card was made by a newer version of Stafet (version {version}). Update Stafet and try again. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Filen indeholder en privat nøgle. Et kontaktkort må aldrig indeholde hemmeligheder: bed afsenderen lave et nyt kort med „Mit kontaktkort…“. Intet er gemt.</source>
        <translation>The file contains a private key. A contact card must never contain secrets: ask the sender to make a new card with “My contact card…”. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Kontaktkortet er ændret, efter det blev lavet (underskriften passer ikke). Bed om et nyt kort. Intet er gemt.</source>
        <translation>The contact card has been changed after it was made (the signature does not match). Ask for a new card. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Et certifikat i kontaktkortet er udløbet. Bed om et nyt kort. Intet er gemt.</source>
        <translation>A certificate in the contact card has expired. Ask for a new card. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Et certifikat i kontaktkortet kan ikke bruges: underskriftscertifikatet skal være et personligt EC- eller RSA-certifikat, krypteringscertifikatet et personligt RSA-certifikat (mindst 2048 bit) til nøgleomslag. Intet er gemt.</source>
        <translation>A certificate in the contact card cannot be used: the signing certificate must be a personal EC or RSA certificate, the encryption certificate a personal RSA certificate (at least 2048 bits) for key transport. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Der er ingen kontakt med det navn i adressebogen. Importér personens kontaktkort først („stafet contact import KORT“ eller Kontakter…).</source>
        <translation>There is no contact with that name in the address book. Import the person&apos;s contact card first (“stafet contact import CARD” or Contacts…).</translation>
    </message>
    <message>
        <source>{count} kontakter har det navn. Spær dem, der ikke bruges mere, så der kun er én.</source>
        <translation>{count} contacts have that name. Revoke the ones no longer in use, so there is only one.</translation>
    </message>
    <message>
        <source>Kontakten er spærret og kan ikke bruges. Importér et nyt kontaktkort fra personen.</source>
        <translation>The contact is revoked and cannot be used. Import a new contact card from the person.</translation>
    </message>
    <message>
        <source>Ukendt kilde til et kontaktkort.</source>
        <translation>Unknown source of a contact card.</translation>
    </message>
    <message>
        <source>Krypteringsnøglen skal være en RSA-nøgle på mindst {bits} bit (det kræver CMS-kryptering). Intet er ændret.</source>
        <translation>The encryption key must be an RSA key of at least {bits} bits (CMS encryption requires it). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Certifikatet i filen er udløbet. Intet er ændret.</source>
        <translation>The certificate in the file has expired. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Certifikatet i filen må ikke bruges til kryptering (nøglebrugen mangler keyEncipherment). Intet er ændret.</source>
        <translation>The certificate in the file may not be used for encryption (its key usage lacks keyEncipherment). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Der er ingen profil i boksen endnu. Skriv, hvem du er, med „stafet profile set --name NAVN --role STILLING --organisation ARBEJDSPLADS“ (eller i Indstillinger).</source>
        <translation>There is no profile in the vault yet. Say who you are with “stafet profile set --name NAME --role ROLE --organisation ORGANISATION” (or in Preferences).</translation>
    </message>
    <message>
        <source>Skriv dit navn. Det står ved alt, du skriver.</source>
        <translation>Enter your name. It appears with everything you write.</translation>
    </message>
    <message>
        <source>Skriv din stilling, fx sagsbehandler eller lærer.</source>
        <translation>Enter your role, e.g. caseworker or teacher.</translation>
    </message>
    <message>
        <source>Skriv din arbejdsplads, fx Solsikken Børnehus eller Aarhus Kommune.</source>
        <translation>Enter your organisation, e.g. Solsikken Children&apos;s House or Aarhus Municipality.</translation>
    </message>
    <message>
        <source>Skriv telefon eller e-mail.</source>
        <translation>Enter a phone number or e-mail address.</translation>
    </message>
    <message>
        <source>Navn, stilling, arbejdsplads og kontakt må højst være {n} tegn hver.</source>
        <translation>Name, role, organisation and contact may be at most {n} characters each.</translation>
    </message>
    <message>
        <source>Navn, stilling, arbejdsplads og kontakt skal stå på én linje uden styretegn.</source>
        <translation>Name, role, organisation and contact must be on one line without control characters.</translation>
    </message>
</context>
<context>
    <name>PlainLanguage</name>
    <message>
        <source>Skriv hvem</source>
        <translation>Say who</translation>
    </message>
    <message>
        <source>Upræcis tid</source>
        <translation>Vague time</translation>
    </message>
    <message>
        <source>Kancellisprog</source>
        <translation>Officialese</translation>
    </message>
    <message>
        <source>Passiv form</source>
        <translation>Passive voice</translation>
    </message>
    <message>
        <source>Forkortelse</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Lang sætning</source>
        <translation>Long sentence</translation>
    </message>
    <message>
        <source>Skriv en dato, for eksempel »senest fredag 12.03.«</source>
        <translation>Write a date, for example “by Friday 12.03.”</translation>
    </message>
    <message>
        <source>Skriv en dato eller en uge, for eksempel »i uge 12«</source>
        <translation>Write a date or a week, for example “in week 12”</translation>
    </message>
    <message>
        <source>Skriv hvornår, for eksempel »i marts«</source>
        <translation>Write when, for example “in March”</translation>
    </message>
    <message>
        <source>Skriv præcist hvor tit, for eksempel »hver anden uge«</source>
        <translation>Write exactly how often, for example “every other week”</translation>
    </message>
    <message>
        <source>Skriv præcist hvor meget eller hvor tit</source>
        <translation>Write exactly how much or how often</translation>
    </message>
    <message>
        <source>Skriv præcist hvor tit, for eksempel »hver mandag«</source>
        <translation>Write exactly how often, for example “every Monday”</translation>
    </message>
    <message>
        <source>Skriv hvem der afgør det, og hvad der så sker</source>
        <translation>Write who decides it, and what happens then</translation>
    </message>
    <message>
        <source>Skriv hvor tit, og hvem der afgør det, for eksempel »hver fredag«</source>
        <translation>Write how often, and who decides it, for example &quot;every Friday&quot;</translation>
    </message>
    <message>
        <source>Upræcis tid: hvornår præcist?</source>
        <translation>Vague time: when exactly?</translation>
    </message>
    <message>
        <source>Kancellisprog: brug et almindeligt ord.</source>
        <translation>Officialese: use an everyday word.</translation>
    </message>
    <message>
        <source>Forkortelse: skriv hele ordet.</source>
        <translation>Abbreviation: write the whole word.</translation>
    </message>
    <message>
        <source>Skriv hvad forkortelsen står for, i hvert fald første gang.</source>
        <translation>Write what the abbreviation stands for, at least the first time.</translation>
    </message>
    <message>
        <source>Lang sætning: over 25 ord.</source>
        <translation>Long sentence: more than 25 words.</translation>
    </message>
    <message>
        <source>Del sætningen op i to eller flere korte sætninger.</source>
        <translation>Split the sentence into two or more short sentences.</translation>
    </message>
    <message>
        <source>»man« siger ikke, hvem der gør det.</source>
        <translation>“man” (one) does not say who does it.</translation>
    </message>
    <message>
        <source>Skriv hvem: et navn, en stilling eller en relation, for eksempel »mor«, »pædagogen« eller »Olga«.</source>
        <translation>Write who: a name, a job title or a relation, for example “mother”, “the educator” or “Olga”.</translation>
    </message>
    <message>
        <source>Forkortelse: ikke alle ved, hvad den betyder.</source>
        <translation>Abbreviation: not everybody knows what it means.</translation>
    </message>
    <message>
        <source>Passiv form: skriv hvem der gør det.</source>
        <translation>Passive voice: write who does it.</translation>
    </message>
</context>
<context>
    <name>PlainMarks</name>
    <message>
        <source>{message} Forslag: {suggestion}</source>
        <translation>{message} Suggestion: {suggestion}</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>IT-politikken i {path} kan ikke læses ({problem}). Stafet starter ikke uden den. Kontakt din IT-afdeling.</source>
        <translation>The IT policy in {path} cannot be read ({problem}). Stafet does not start without it. Contact your IT department.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Din profil</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lås efter inaktivitet:</source>
        <translation>&amp;Lock after inactivity:</translation>
    </message>
    <message>
        <source>Stafet låser sig selv, når tastatur og mus ikke har været brugt så længe.</source>
        <translation>Stafet locks itself when keyboard and mouse have not been used for this long.</translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>&amp;Sprog:</source>
        <translation>Lang&amp;uage:</translation>
    </message>
    <message>
        <source>&amp;Høj kontrast (hvid tekst på sort)</source>
        <translation>High &amp;contrast (white text on black)</translation>
    </message>
    <message>
        <source>Te&amp;kststørrelse:</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <source>100 % er normal størrelse; op til 200 %.</source>
        <translation>100 % is the normal size; up to 200 %.</translation>
    </message>
    <message>
        <source>K&amp;ode til familievisning:</source>
        <translation>&amp;PIN for the family-safe view:</translation>
    </message>
    <message>
        <source>Valgfri: en kode på mindst 4 cifre, som slår familievisning (F12) fra. Uden kode bruges adgangsfrasen. Lad feltet stå tomt for at beholde den nuværende.</source>
        <translation>Optional: a PIN of at least 4 digits that turns the family-safe view (F12) off. Without a PIN the passphrase is used. Leave the field empty to keep the current one.</translation>
    </message>
    <message>
        <source>Et nyt sprog bruges, næste gang Stafet starter.</source>
        <translation>A new language is used the next time Stafet starts.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Dit &amp;navn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Står ved alt, du skriver, og i loggen.</source>
        <translation>Appears with everything you write, and in the log.</translation>
    </message>
    <message>
        <source>Din st&amp;illing:</source>
        <translation>Your r&amp;ole:</translation>
    </message>
    <message>
        <source>For eksempel sagsbehandler, pædagog, lærer, sundhedsplejerske.</source>
        <translation>For example caseworker, pedagogue, teacher, health visitor.</translation>
    </message>
    <message>
        <source>Din a&amp;rbejdsplads:</source>
        <translation>Your or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Telefon eller e-mail:</source>
        <translation>P&amp;hone or e-mail:</translation>
    </message>
    <message>
        <source>Står på dit kontaktkort, så andre kan ringe og kontrollere det.</source>
        <translation>Appears on your contact card, so others can call and verify it.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Hvem er du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Skriv dit navn, din stilling og din arbejdsplads. Navnet står ved alt, du skriver, i revisionssporet og på dine PDF&apos;er; det hele står på dit kontaktkort.</source>
        <translation>Enter your name, your role and your organisation. The name appears with everything you write, in the audit trail and on your PDFs; all of it appears on your contact card.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyForm</name>
    <message>
        <source>Din gendannelsesnøgle</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Hvis du glemmer adgangsfrasen, eller computeren skiftes ud, kan boksen kun åbnes med denne nøgle. Den vises kun denne ene gang. Skriv den ned, udskriv den eller gem den på et USB-stik, og opbevar den låst inde.</source>
        <translation>If you forget the passphrase, or the computer is replaced, the vault can only be opened with this key. It is shown only this once. Write it down, print it or save it on a USB stick, and keep it locked away.</translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Udskriv…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Gem som fil…</source>
        <translation>&amp;Save as file…</translation>
    </message>
    <message>
        <source>Jeg har &amp;gemt gendannelsesnøglen et sikkert sted</source>
        <translation>I have &amp;stored the recovery key in a safe place</translation>
    </message>
    <message>
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Stafet – gendannelsesnøgle

{key}

Opbevar dette papir låst inde. Med nøglen kan boksen åbnes uden adgangsfrasen.</source>
        <translation>Stafet – recovery key

{key}

Keep this paper locked away. With the key the vault can be opened without the passphrase.</translation>
    </message>
    <message>
        <source>Gem gendannelsesnøglen</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>stafet-gendannelsesnoegle.txt</source>
        <translation>stafet-recovery-key.txt</translation>
    </message>
    <message>
        <source>Tekstfiler (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Filen kunne ikke gemmes. Vælg et andet sted.</source>
        <translation>The file could not be saved. Choose another place.</translation>
    </message>
    <message>
        <source>Gemt. Flyt filen til et USB-stik, og slet den fra computeren.</source>
        <translation>Saved. Move the file to a USB stick and delete it from the computer.</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>mor</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>far</source>
        <translation>father</translation>
    </message>
    <message>
        <source>plejemor</source>
        <translation>foster mother</translation>
    </message>
    <message>
        <source>plejefar</source>
        <translation>foster father</translation>
    </message>
    <message>
        <source>værge</source>
        <translation>guardian</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Stafetlog</source>
        <translation>Stafetlog</translation>
    </message>
    <message>
        <source>Netværkskort</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>Bekymringsskalaer</source>
        <translation>Worry scales</translation>
    </message>
    <message>
        <source>Invitation til møde</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <source>Referat af møde</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation>The family&apos;s plan</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Underretning</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Observationsskema</source>
        <translation>Observation form</translation>
    </message>
    <message>
        <source>Forældrenes indsigt i stafetloggen</source>
        <translation>The parents&apos; insight into the stafetlog</translation>
    </message>
    <message>
        <source>De tre huse</source>
        <translation>The three houses</translation>
    </message>
    <message>
        <source>Dokumenttypen „{form}“ findes ikke. Vælg en af: {choices}.</source>
        <translation>The document type “{form}” does not exist. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Sagen har ingen {what} endnu. Udfyld skemaet i sagen først.</source>
        <translation>The case has no {what} yet. Fill in the form in the case first.</translation>
    </message>
    <message>
        <source>Skemaet findes ikke i sagen. Vælg et af sagens skemaer ({what}).</source>
        <translation>The form does not exist in the case. Choose one of the case&apos;s forms ({what}).</translation>
    </message>
    <message>
        <source>Mødet findes ikke i sagen. Vælg et af sagens møder.</source>
        <translation>The meeting does not exist in the case. Choose one of the case&apos;s meetings.</translation>
    </message>
    <message>
        <source>Sagen har endnu ingen møder. Planlæg et koordinationsmøde først.</source>
        <translation>The case has no meetings yet. Plan a coordination meeting first.</translation>
    </message>
    <message>
        <source>Sagen har endnu intet netværkskort. Udfyld netværkskortet først.</source>
        <translation>The case has no network map yet. Fill in the network map first.</translation>
    </message>
    <message>
        <source>Netværkskortet findes ikke i sagen. Vælg et af sagens netværkskort.</source>
        <translation>The network map does not exist in the case. Choose one of the case&apos;s network maps.</translation>
    </message>
    <message>
        <source>Bekymringsskalaerne er et internt redskab og udskrives ikke til familien. Vælg stafetloggen til forældrene i stedet.</source>
        <translation>The worry scales are an internal tool and are not printed for the family. Choose the stafetlog for the parents instead.</translation>
    </message>
    <message>
        <source>„{choice}“ passer ikke til nogen {what} i sagen. Brug et nummer fra 1 til {count} (ældste først) eller begyndelsen af id&apos;et.</source>
        <translation>“{choice}” does not match any {what} in the case. Use a number from 1 to {count} (oldest first) or the start of the id.</translation>
    </message>
    <message>
        <source>„{choice}“ passer til flere {what}. Skriv flere tegn af id&apos;et.</source>
        <translation>“{choice}” matches several {what}. Type more characters of the id.</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>Problemerne klares i det daglige rum (niveau 1)</source>
        <translation>The problems are handled in the daily setting (level 1)</translation>
    </message>
    <message>
        <source>Problemerne kræver bistand fra andre (niveau 2)</source>
        <translation>The problems need help from others (level 2)</translation>
    </message>
    <message>
        <source>Problemerne løses særlige steder (niveau 3)</source>
        <translation>The problems are solved in special places (level 3)</translation>
    </message>
    <message>
        <source>Skalaen har kun kategorierne 1 til {highest}.</source>
        <translation>The scale only has the categories 1 to {highest}.</translation>
    </message>
    <message>
        <source>Bekymringsskala vedrørende børn</source>
        <translation>Worry scale concerning children</translation>
    </message>
    <message>
        <source>Børn i trivsel</source>
        <translation>Children who thrive</translation>
    </message>
    <message>
        <source>Barnet udvikler sig som andre børn, med de op- og nedture der hører til. Forældrene giver god omsorg og søger selv råd, når der er brug for det.</source>
        <translation>The child develops like other children, with the ups and downs that belong to it. The parents give good care and seek advice themselves when needed.</translation>
    </message>
    <message>
        <source>Barnet udvikler sig „almindeligt“ både socialt, emotionelt, fysisk og intellektuelt – med de almindelige udsving i trivslen, der naturligt følger med.</source>
        <translation>The child develops &apos;normally&apos; socially, emotionally, physically and intellectually – with the ordinary ups and downs in wellbeing that naturally come with it.</translation>
    </message>
    <message>
        <source>Forældreomsorgen er god.</source>
        <translation>The parents&apos; care is good.</translation>
    </message>
    <message>
        <source>Forældrene søger rådgivning, hvis barnet i en periode ikke trives.</source>
        <translation>The parents seek advice if the child does not thrive for a while.</translation>
    </message>
    <message>
        <source>Forældrene søger måske bistand hos læge, sundhedsplejerske, i daginstitutionen, skolen m.v.</source>
        <translation>The parents may seek help from the doctor, the health visitor, the day-care institution, the school etc.</translation>
    </message>
    <message>
        <source>Børn i faldende trivsel</source>
        <translation>Children whose well-being is declining</translation>
    </message>
    <message>
        <source>Barnet er presset af lette, men vedvarende belastninger eller af en større, forbigående hændelse, og viser tegn på, at noget er galt. Forældrene tager imod råd fra fagfolk omkring barnet.</source>
        <translation>The child is under light but lasting strain or a larger passing event, and shows signs that something is wrong. The parents accept advice from professionals around the child.</translation>
    </message>
    <message>
        <source>Barnet er udsat for lette, men konstante belastninger og viser tegn på, at noget er galt, eller barnet er udsat for en større, men forbigående belastning og viser tegn på, at noget er galt (barnet kan f.eks. være påvirket psykisk og socialt af en bestemt hændelse).</source>
        <translation>The child is under light but constant strain and shows signs that something is wrong, or the child is under a greater but passing strain and shows signs that something is wrong (the child may, for example, be affected mentally and socially by a particular event).</translation>
    </message>
    <message>
        <source>Forældrene gør på opfordring brug af råd og vejledning fra lærer, pædagog, sundhedsplejerske, psykolog m.fl.</source>
        <translation>When encouraged, the parents use advice and guidance from the teacher, the educator, the health visitor, the psychologist and others.</translation>
    </message>
    <message>
        <source>Børn med særlige behov (behovsbørn)</source>
        <translation>Children with special needs</translation>
    </message>
    <message>
        <source>Barnet viser tydelige tegn på, at noget er galt, for eksempel psykiske reaktioner eller ændret adfærd. Forældrenes omsorg er nedsat for en tid eller hele tiden, for eksempel på grund af sygdom, misbrug eller en krise.</source>
        <translation>The child shows clear signs that something is wrong, for example psychological reactions or changed behaviour. The parents&apos; care is reduced for a time or all the time, for example because of illness, addiction or a crisis.</translation>
    </message>
    <message>
        <source>Barnet viser tydelige tegn på, at noget er galt f.eks. ved handicap, spiseforstyrrelser m.m.</source>
        <translation>The child shows clear signs that something is wrong, e.g. with a disability, eating disorders etc.</translation>
    </message>
    <message>
        <source>Barnet udviser signaler i form af psykiske reaktioner, adfærdsreaktioner m.m.</source>
        <translation>The child shows signals in the form of mental reactions, behavioural reactions etc.</translation>
    </message>
    <message>
        <source>Forældrenes omsorg er god (i relation til handicappede børn).</source>
        <translation>The parents&apos; care is good (in relation to disabled children).</translation>
    </message>
    <message>
        <source>eller</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Forældrenes omsorg er konstant eller midlertidigt reduceret pga. sygdom, misbrug, aktuel krise ved sygdom, dødsfald eller arbejdsløshed.</source>
        <translation>The parents&apos; care is reduced, constantly or for a time, because of illness, substance abuse, or a current crisis of illness, death or unemployment.</translation>
    </message>
    <message>
        <source>Truede børn (væsentligt behov for særlig støtte)</source>
        <translation>Children at risk (substantial need for special support)</translation>
    </message>
    <message>
        <source>Barnet har længe været under hårdt pres og viser meget tydelige tegn på, at noget er galt, for eksempel forsinket udvikling. Familien magter ikke belastningerne.</source>
        <translation>The child has long been under heavy pressure and shows very clear signs that something is wrong, for example delayed development. The family cannot cope with the strain.</translation>
    </message>
    <message>
        <source>Barnet er udsat for langvarig tung belastning og viser meget tydelige tegn på, at noget er galt.</source>
        <translation>The child is under long and heavy strain and shows very clear signs that something is wrong.</translation>
    </message>
    <message>
        <source>Barnet har vanskeligt ved at knytte sig til eller skabe relationer til andre børn eller voksne.</source>
        <translation>The child finds it hard to attach to or form relationships with other children or adults.</translation>
    </message>
    <message>
        <source>Personlighedsmæssig begyndende fejludvikling.</source>
        <translation>The personality is beginning to develop wrongly.</translation>
    </message>
    <message>
        <source>Barnet sender dagligt signaler om forsinket udvikling som følge af omsorgssvigt.</source>
        <translation>The child shows daily signals of delayed development as a result of neglect.</translation>
    </message>
    <message>
        <source>Forældrenes omsorg er reduceret i så høj grad, at belastninger i familien ikke magtes.</source>
        <translation>The parents&apos; care is reduced so much that the family cannot cope with its strains.</translation>
    </message>
    <message>
        <source>Barnets tegn på, at noget er galt, tager derfor til i styrke og omfang.</source>
        <translation>The child&apos;s signs that something is wrong therefore grow in strength and extent.</translation>
    </message>
    <message>
        <source>Problembørn (risiko for varig skade)</source>
        <translation>Children with serious problems (risk of lasting harm)</translation>
    </message>
    <message>
        <source>Barnet har det meget dårligt og udvikler sig i en dårlig retning. Omsorgen fra forældrene mangler, og de lokale tilbud har ikke hjulpet.</source>
        <translation>The child is doing very badly and develops in a bad direction. Care from the parents is missing, and the local services have not helped.</translation>
    </message>
    <message>
        <source>Barnet fungerer meget dårligt og udvikler sig permanent i en dårlig retning.</source>
        <translation>The child functions very poorly and develops permanently in a bad direction.</translation>
    </message>
    <message>
        <source>Barnet mistrives alvorligt,
– har sindslidelser
– har kontaktsvaghed
– har eventuelt et misbrug og/eller
– laver kriminalitet.</source>
        <translation>The child is seriously unwell,
– has mental illness
– has weak contact with others
– may have a substance abuse and/or
– commits crime.</translation>
    </message>
    <message>
        <source>Barnet har varige skader på personligheden.</source>
        <translation>The child has lasting damage to the personality.</translation>
    </message>
    <message>
        <source>Forældrenes omsorg mangler helt og er stærkt belastet i form af personlige, psykiske, sociale, økonomiske og/eller netværksmæssige faktorer.</source>
        <translation>The parents&apos; care is missing entirely and heavily burdened by personal, mental, social, financial and/or network factors.</translation>
    </message>
    <message>
        <source>Alle lokale tilbud er afprøvet uden held.</source>
        <translation>All local services have been tried without success.</translation>
    </message>
    <message>
        <source>Børn med behov for særlig støtte – underretningspligt</source>
        <translation>Children who need special support – duty to notify</translation>
    </message>
    <message>
        <source>Husk altid at inddrage forældrene.</source>
        <translation>Always remember to involve the parents.</translation>
    </message>
    <message>
        <source>En placering er et øjebliksbillede. Et barn i en svær periode, for eksempel ved en skilsmisse eller et dødsfald, kan senere have det godt igen.</source>
        <translation>A placement is a snapshot. A child going through a hard time, for example a divorce or a death, may later be well again.</translation>
    </message>
    <message>
        <source>Kilde: Tilpasset efter Roskildemodellen</source>
        <translation>Source: adapted from the Roskilde model</translation>
    </message>
    <message>
        <source>Bekymringsskala vedrørende forældre</source>
        <translation>Worry scale concerning parents</translation>
    </message>
    <message>
        <source>Familier i trivsel</source>
        <translation>Families who thrive</translation>
    </message>
    <message>
        <source>Forældrene giver god omsorg og søger selv råd og hjælp, når barnet har det svært.</source>
        <translation>The parents give good care and seek advice and help themselves when the child has a hard time.</translation>
    </message>
    <message>
        <source>Forældrene søger rådgivning, hvis deres barn i en periode ikke trives.</source>
        <translation>The parents seek advice if their child does not thrive for a while.</translation>
    </message>
    <message>
        <source>Forældrene søger måske bistand hos læge, sundhedsplejerske, i daginstitutionen, i skolen eller lignende.</source>
        <translation>The parents may seek help from the doctor, the health visitor, the day-care institution, the school or the like.</translation>
    </message>
    <message>
        <source>Familier i faldende trivsel</source>
        <translation>Families whose well-being is declining</translation>
    </message>
    <message>
        <source>Forældrene begynder at komme uregelmæssigt, lader andre hente og bringe, eller holder ikke aftaler. Hold øje med barnet.</source>
        <translation>The parents start coming irregularly, let others bring and collect the child, or do not keep appointments. Keep an eye on the child.</translation>
    </message>
    <message>
        <source>Forældrene begynder at møde ustabilt.</source>
        <translation>The parents begin to turn up irregularly.</translation>
    </message>
    <message>
        <source>Forældrene begynder at lade andre hente og bringe børnene eller undlader at deltage i møder og arrangementer.</source>
        <translation>The parents begin to let others collect and bring the children, or stay away from meetings and events.</translation>
    </message>
    <message>
        <source>Forældrene stopper med at overholde aftaler, de ringer afbud i sidste øjeblik eller kommer med usandsynlige eller fantasifulde forklaringer på, hvorfor de ikke kan deltage i møder eller andet, skolen, tilbuddet eller institutionen arrangerer.</source>
        <translation>The parents stop keeping appointments, cancel at the last minute, or give unlikely or imaginative reasons why they cannot take part in meetings or other things the school, the service or the institution arranges.</translation>
    </message>
    <message>
        <source>Vær opmærksom på barnet, hvis du får en mistanke om problemer eller begyndende problemer i en familie.</source>
        <translation>Keep an eye on the child if you suspect problems, or beginning problems, in a family.</translation>
    </message>
    <message>
        <source>Signaler hos forældre med misbrugsproblemer eller sindslidelser</source>
        <translation>Signals in parents with addiction problems or mental illness</translation>
    </message>
    <message>
        <source>En forælder viser tegn på misbrug eller psykisk sygdom i udseende, humør eller sociale forhold, for eksempel lugt af alkohol, uro eller isolation.</source>
        <translation>A parent shows signs of addiction or mental illness in appearance, mood or social circumstances, for example a smell of alcohol, restlessness or isolation.</translation>
    </message>
    <message>
        <source>Signaler hos forældre, hvor myndighederne skal underrettes</source>
        <translation>Signals in parents where the authorities must be notified</translation>
    </message>
    <message>
        <source>Omsorgen mangler helt, en forælder kommer beruset for at hente barnet, eller der er mistanke om vold eller seksuelle overgreb.</source>
        <translation>Care is missing entirely, a parent comes drunk to collect the child, or violence or sexual abuse is suspected.</translation>
    </message>
    <message>
        <source>Forældreomsorgen mangler helt og er stærkt belastet i form af personlige, psykiske, sociale, økonomiske og/eller netværksmæssige faktorer.</source>
        <translation>The parents&apos; care is missing entirely and heavily burdened by personal, mental, social, financial and/or network factors.</translation>
    </message>
    <message>
        <source>Forælder møder beruset op for at hente barnet (lugt af alkohol, aggression, snøvlende tale, svømmende øjne osv.)</source>
        <translation>A parent turns up drunk to collect the child (smell of alcohol, aggression, slurred speech, glazed eyes etc.)</translation>
    </message>
    <message>
        <source>Mistanke om vold enten mod en forælder eller mod barnet.</source>
        <translation>Suspicion of violence against a parent or against the child.</translation>
    </message>
    <message>
        <source>Mistanke om seksuelt misbrug.</source>
        <translation>Suspicion of sexual abuse.</translation>
    </message>
    <message>
        <source>VÆR OPMÆRKSOM</source>
        <translation>BE ATTENTIVE</translation>
    </message>
    <message>
        <source>GRUND TIL BEKYMRING</source>
        <translation>CAUSE FOR CONCERN</translation>
    </message>
    <message>
        <source>Husk altid at inddrage forældrene selv.</source>
        <translation>Always remember to involve the parents themselves.</translation>
    </message>
    <message>
        <source>En placering er et øjebliksbillede. En familie i en svær periode, for eksempel ved en skilsmisse eller et dødsfald, kan senere have det godt igen.</source>
        <translation>A placement is a snapshot. A family going through a hard time, for example a divorce or a death, may later be well again.</translation>
    </message>
    <message>
        <source>Udviklet med inspiration fra Roskildemodellens bekymringsskala for børn og Lænkeambulatoriernes observationsskema</source>
        <translation>Developed with inspiration from the Roskilde model&apos;s worry scale for children and the observation form of the Lænke clinics</translation>
    </message>
</context>
<context>
    <name>Section49a</name>
    <message>
        <source>Der har allerede været et møde uden samtykke i SSD-samarbejdet og et opfølgende møde ({source}). Loven tillader ikke flere. Bed forældrene om samtykke.</source>
        <translation>There has already been a meeting without consent in the SSD cooperation and a follow-up meeting ({source}). The law allows no more. Ask the parents for consent.</translation>
    </message>
    <message>
        <source>Der har allerede været et møde uden samtykke om barnet. Et nyt møde uden samtykke er kun tilladt som opfølgning på det første, i særlige tilfælde. Marker mødet som opfølgning, eller bed forældrene om samtykke.</source>
        <translation>There has already been a meeting without consent about the child. A new meeting without consent is only allowed as a follow-up to the first, in special cases. Mark the meeting as a follow-up, or ask the parents for consent.</translation>
    </message>
    <message>
        <source>Et opfølgende møde uden samtykke skal følge op på det første møde uden samtykke om barnet.</source>
        <translation>A follow-up meeting without consent must follow up the first meeting without consent about the child.</translation>
    </message>
    <message>
        <source>Der er intet tidligere møde uden samtykke at følge op på. Det første møde kan ikke være en opfølgning.</source>
        <translation>There is no earlier meeting without consent to follow up. The first meeting cannot be a follow-up.</translation>
    </message>
    <message>
        <source>Ved et møde uden samtykke må kun skole, sundhedspleje, dagtilbud og socialforvaltning deltage ({source}). Deltager nr. {numbers} hører ikke til dem: skriv arbejdsstedet, eller bed forældrene om samtykke.</source>
        <translation>At a meeting without consent only school, health visitor, day care and social services may take part ({source}). Participant no. {numbers} is not one of them: write the workplace, or ask the parents for consent.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Modtageren „{party}“ kendes ikke. Brug en af: {choices}, med modtagerens navn efter et kolon, fx skole:Solsikken.</source>
        <translation>The recipient &quot;{party}&quot; is not known. Use one of: {choices}, with the recipient&apos;s name after a colon, e.g. skole:Solsikken.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: skriv også modtagerens navn, som det står i samtykket, fx --for &quot;{kind}:Navn&quot;. Et samtykke gælder de parter, forældrene har nævnt ved navn, ikke en hel gruppe.</source>
        <translation>The document is not shared with {party}: also give the recipient&apos;s name as it stands in the consent, e.g. --for &quot;{kind}:Name&quot;. A consent covers the parties the parents named, not a whole group.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: sagen har intet samtykke fra forældrene. Få forældrenes skriftlige samtykke og registrér det i sagen, før du deler.</source>
        <translation>The document is not shared with {party}: the case has no consent from the parents. Get the parents&apos; written consent and record it in the case before you share.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: forældrene trak samtykket tilbage {revoked}. Tal med forældrene, hvis der er brug for et nyt samtykke.</source>
        <translation>The document is not shared with {party}: the parents revoked the consent {revoked}. Talk with the parents if a new consent is needed.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: samtykket udløb {lapsed}. Et samtykke gælder højst et år. Få et nyt samtykke fra forældrene, før du deler.</source>
        <translation>The document is not shared with {party}: the consent lapsed {lapsed}. A consent is valid for at most one year. Get a new consent from the parents before you share.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: samtykket gælder først fra {signed}.</source>
        <translation>The document is not shared with {party}: the consent is only valid from {signed}.</translation>
    </message>
    <message>
        <source>Dokumentet deles ikke med {party}: det gældende samtykke (underskrevet {signed}) omfatter ikke denne modtager ved navn. Bed forældrene om at udvide samtykket, eller lad være med at dele dokumentet.</source>
        <translation>The document is not shared with {party}: the consent in force (signed {signed}) does not name this recipient. Ask the parents to extend the consent, or do not share the document.</translation>
    </message>
    <message>
        <source>Mappen {folder} findes ikke. Vælg en mappe, der findes.</source>
        <translation>The folder {folder} does not exist. Choose a folder that exists.</translation>
    </message>
    <message>
        <source>Filen kunne ikke gemmes i {folder}: {reason}. Intet er ændret.</source>
        <translation>The file could not be saved in {folder}: {reason}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen {name} er åben i et andet program (fx en PDF-læser), så den kan ikke erstattes. Luk den, og prøv igen. Intet er ændret.</source>
        <translation>The file {name} is open in another program (e.g. a PDF reader), so it cannot be replaced. Close it and try again. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>Signaler hos småbørn</source>
        <translation>Signals in small children</translation>
    </message>
    <message>
        <source>Signaler hos børn og unge</source>
        <translation>Signals in children and young people</translation>
    </message>
    <message>
        <source>Den fysiske fremtoning er præget af:</source>
        <translation>The physical appearance is marked by:</translation>
    </message>
    <message>
        <source>Den psykiske fremtoning er præget af:</source>
        <translation>The mental appearance is marked by:</translation>
    </message>
    <message>
        <source>Socialt kan den voksne være præget af:</source>
        <translation>Socially the adult may be marked by:</translation>
    </message>
    <message>
        <source>Er anspændt eller passiv, stille og tilbagetrukket</source>
        <translation>Is tense or passive, quiet and withdrawn</translation>
    </message>
    <message>
        <source>Har svært ved at regulere søvn, mad, opmærksomhed og stimulation</source>
        <translation>Has difficulty regulating sleep, food, attention and stimulation</translation>
    </message>
    <message>
        <source>Udforsker omverdenen uden at søge støtte og anerkendelse hos voksne</source>
        <translation>Explores the surroundings without seeking support and recognition from adults</translation>
    </message>
    <message>
        <source>Klynker meget og virker utryg</source>
        <translation>Whimpers a lot and seems insecure</translation>
    </message>
    <message>
        <source>Virker angst eller skræmt</source>
        <translation>Seems anxious or frightened</translation>
    </message>
    <message>
        <source>Har svært ved at koncentrere sig</source>
        <translation>Has difficulty concentrating</translation>
    </message>
    <message>
        <source>Har svært ved at tage imod indlæring</source>
        <translation>Has difficulty taking in learning</translation>
    </message>
    <message>
        <source>Bliver meget påvirket af uro omkring sig</source>
        <translation>Is strongly affected by unrest around them</translation>
    </message>
    <message>
        <source>Ændrer adfærd</source>
        <translation>Changes behaviour</translation>
    </message>
    <message>
        <source>Mangler nysgerrighed og interesse for omgivelserne</source>
        <translation>Lacks curiosity and interest in the surroundings</translation>
    </message>
    <message>
        <source>Holder sig meget for sig selv eller bliver holdt udenfor af andre</source>
        <translation>Keeps very much to themselves or is left out by others</translation>
    </message>
    <message>
        <source>Kan ikke etablere sociale kontakter med jævnaldrende</source>
        <translation>Cannot make social contact with peers</translation>
    </message>
    <message>
        <source>Er ekstremt registrerende over for voksne</source>
        <translation>Is extremely watchful of adults</translation>
    </message>
    <message>
        <source>Er aggressiv i konflikter med andre</source>
        <translation>Is aggressive in conflicts with others</translation>
    </message>
    <message>
        <source>Klæber til eller tager afstand fra voksne</source>
        <translation>Clings to or keeps away from adults</translation>
    </message>
    <message>
        <source>Har fysiske tegn på omsorgssvigt (forsømt med mad, bad, søvn eller tøj)</source>
        <translation>Has physical signs of neglect (neglected in food, bathing, sleep or clothes)</translation>
    </message>
    <message>
        <source>Viser tegn på fysisk vold</source>
        <translation>Shows signs of physical violence</translation>
    </message>
    <message>
        <source>Har mange fysiske klager</source>
        <translation>Has many physical complaints</translation>
    </message>
    <message>
        <source>Har spiseforstyrrelser</source>
        <translation>Has eating disorders</translation>
    </message>
    <message>
        <source>Forsømmer ofte skolen eller daginstitutionen</source>
        <translation>Often misses school or day care</translation>
    </message>
    <message>
        <source>Har misbrugs- og alkoholvaner, der slår igennem i hverdagen</source>
        <translation>Has drug and alcohol habits that show in everyday life</translation>
    </message>
    <message>
        <source>Virker deprimeret, ulykkelig eller socialt isoleret</source>
        <translation>Seems depressed, unhappy or socially isolated</translation>
    </message>
    <message>
        <source>Fortæller om berusede eller syge voksne</source>
        <translation>Tells about drunk or ill adults</translation>
    </message>
    <message>
        <source>Er overdrevent ansvarlig og tilpasningsvillig</source>
        <translation>Is excessively responsible and willing to adapt</translation>
    </message>
    <message>
        <source>blussende kulør eller røde øjne om morgenen</source>
        <translation>a flushed colour or red eyes in the morning</translation>
    </message>
    <message>
        <source>at vedkommende tager på eller taber sig hastigt</source>
        <translation>gaining or losing weight quickly</translation>
    </message>
    <message>
        <source>alkoholrelaterede sygdomme</source>
        <translation>alcohol-related illnesses</translation>
    </message>
    <message>
        <source>sjusket påklædning eller overdreven make-up</source>
        <translation>sloppy clothes or excessive make-up</translation>
    </message>
    <message>
        <source>virker abstinenspræget</source>
        <translation>seems to be in withdrawal</translation>
    </message>
    <message>
        <source>hyppig sygdom</source>
        <translation>frequent illness</translation>
    </message>
    <message>
        <source>lugt af alkohol</source>
        <translation>smell of alcohol</translation>
    </message>
    <message>
        <source>manglende situationsfornemmelse</source>
        <translation>lack of sense of the situation</translation>
    </message>
    <message>
        <source>irritation</source>
        <translation>irritation</translation>
    </message>
    <message>
        <source>isolation</source>
        <translation>isolation</translation>
    </message>
    <message>
        <source>skiftende stemningsleje</source>
        <translation>changing moods</translation>
    </message>
    <message>
        <source>usikkerhed</source>
        <translation>insecurity</translation>
    </message>
    <message>
        <source>sårbarhed</source>
        <translation>vulnerability</translation>
    </message>
    <message>
        <source>nervøsitet eller ængstelighed</source>
        <translation>nervousness or anxiety</translation>
    </message>
    <message>
        <source>dårlig økonomi og usikker jobsituation</source>
        <translation>poor finances and an insecure job situation</translation>
    </message>
    <message>
        <source>familieproblemer</source>
        <translation>family problems</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Der er ingen signatur i boksen endnu. Opret en med „stafet signing-identity create“ eller importér din medarbejdersignatur med „stafet signing-identity import“.</source>
        <translation>There is no signature in the vault yet. Create one with “stafet signing-identity create” or import your employee signature with “stafet signing-identity import”.</translation>
    </message>
    <message>
        <source>PKCS#12-filen kan ikke åbnes: adgangskoden er forkert, eller filen er ikke en PKCS#12-fil (.p12/.pfx). Intet er ændret.</source>
        <translation>The PKCS#12 file cannot be opened: the password is wrong, or the file is not a PKCS#12 file (.p12/.pfx). Nothing has been changed.</translation>
    </message>
    <message>
        <source>PKCS#12-filen indeholder ikke både en privat nøgle og et certifikat. Intet er ændret.</source>
        <translation>The PKCS#12 file does not contain both a private key and a certificate. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Certifikatet i filen må ikke bruges til digitale underskrifter ({why}). Intet er ændret.</source>
        <translation>The certificate in the file may not be used for digital signatures ({why}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen er ikke et CA-certifikat (PEM eller DER), som kan bruges som rod for tillid.</source>
        <translation>The file is not a CA certificate (PEM or DER) that can be used as a root of trust.</translation>
    </message>
    <message>
        <source>Skriv dit navn: det står i underskriften.</source>
        <translation>Enter your name: it appears in the signature.</translation>
    </message>
    <message>
        <source>Dokumentet har ingen plads til underskriften. Byg det igen med underskrift valgt.</source>
        <translation>The document has no room for the signature. Build it again with signing chosen.</translation>
    </message>
    <message>
        <source>Tidsstemplingsserveren svarede ikke, så dokumentet er ikke underskrevet. Prøv igen, eller slå tidsstempling fra i indstillingerne.</source>
        <translation>The time-stamping server did not answer, so the document has not been signed. Try again, or turn time-stamping off in the settings.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke et certifikat (PEM eller DER).</source>
        <translation>The file {path} is not a certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Filen {path} kan ikke læses.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
</context>
<context>
    <name>Stafetlog</name>
    <message>
        <source>Aktørernes indsats</source>
        <translation>The actors&apos; efforts</translation>
    </message>
    <message>
        <source>Dobbeltklik på en celle for at rette. En rettelse gemmes som en ny, dateret række; den gamle bevares.</source>
        <translation>Double-click a cell to correct it. A correction is saved as a new, dated row; the old one is kept.</translation>
    </message>
    <message>
        <source>Vis tidligere versioner</source>
        <translation>Show earlier versions</translation>
    </message>
    <message>
        <source>Ny række</source>
        <translation>New row</translation>
    </message>
    <message>
        <source>Aktør:</source>
        <translation>Actor:</translation>
    </message>
    <message>
        <source>Hvilken indsats er iværksat:</source>
        <translation>Effort started:</translation>
    </message>
    <message>
        <source>hvornår følges der op</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>Hvornår følges der op:</source>
        <translation>Follow-up date:</translation>
    </message>
    <message>
        <source>Hvem følger op:</source>
        <translation>Followed up by:</translation>
    </message>
    <message>
        <source>Intern (skjules i familievisningen)</source>
        <translation>Internal (hidden in the family-safe view)</translation>
    </message>
    <message>
        <source>Tilføj række</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>aktør</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>indsats</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>Stafetholder fra start: {person}</source>
        <translation>Baton holder from the start: {person}</translation>
    </message>
    <message>
        <source>Stafetten tilbudt til {person}</source>
        <translation>Baton offered to {person}</translation>
    </message>
    <message>
        <source>{person} tog imod stafetten</source>
        <translation>{person} accepted the baton</translation>
    </message>
    <message>
        <source>{person} sagde nej tak til stafetten</source>
        <translation>{person} declined the baton</translation>
    </message>
    <message>
        <source>Tilbuddet blev trukket tilbage</source>
        <translation>The offer was withdrawn</translation>
    </message>
    <message>
        <source>Stafetloggen blev afsluttet</source>
        <translation>The stafetlog was closed</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Arbejdssted:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Stafetten og øje-på-barnet</source>
        <translation>The baton and eye-on-the-child</translation>
    </message>
    <message>
        <source>Der er altid præcis én stafetholder. Den, der har stafetten, beholder den, indtil den nye stafetholder har sagt ja. Først da skifter stafetten hænder.</source>
        <translation>There is always exactly one baton holder. Whoever holds the baton keeps it until the new holder has said yes. Only then does the baton change hands.</translation>
    </message>
    <message>
        <source>Tag imod stafetten</source>
        <translation>Accept the baton</translation>
    </message>
    <message>
        <source>Sig nej tak</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Træk tilbuddet tilbage</source>
        <translation>Withdraw the offer</translation>
    </message>
    <message>
        <source>dato for svaret</source>
        <translation>date of the answer</translation>
    </message>
    <message>
        <source>Dato for svaret:</source>
        <translation>Date of the answer:</translation>
    </message>
    <message>
        <source>Begrundelse, hvis du siger nej tak:</source>
        <translation>Reason, if you decline:</translation>
    </message>
    <message>
        <source>Tag imod og skriv kvittering…</source>
        <translation>Accept and write the receipt…</translation>
    </message>
    <message>
        <source>Sig nej tak og skriv kvittering…</source>
        <translation>Decline and write the receipt…</translation>
    </message>
    <message>
        <source>Overdrag stafetten…</source>
        <translation>Hand over the baton…</translation>
    </message>
    <message>
        <source>Send stafetten krypteret til en kontakt på en anden computer (.stafet-fil)</source>
        <translation>Send the baton encrypted to a contact on another computer (.stafet file)</translation>
    </message>
    <message>
        <source>Tilbyd stafetten til en anden…</source>
        <translation>Offer the baton to someone else…</translation>
    </message>
    <message>
        <source>Vælg øje-på-barnet…</source>
        <translation>Choose eye-on-the-child…</translation>
    </message>
    <message>
        <source>Tilbyd stafetten til en anden</source>
        <translation>Offer the baton to someone else</translation>
    </message>
    <message>
        <source>dato for tilbuddet</source>
        <translation>date of the offer</translation>
    </message>
    <message>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Bemærkning:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Tilbyd stafetten</source>
        <translation>Offer the baton</translation>
    </message>
    <message>
        <source>Øje-på-barnet</source>
        <translation>Eye-on-the-child</translation>
    </message>
    <message>
        <source>Den person, der holder øje med barnet mellem møderne. Det behøver ikke være stafetholderen.</source>
        <translation>The person who keeps an eye on the child between meetings. It need not be the baton holder.</translation>
    </message>
    <message>
        <source>fra dato</source>
        <translation>from date</translation>
    </message>
    <message>
        <source>Fra dato:</source>
        <translation>From date:</translation>
    </message>
    <message>
        <source>Gem øje-på-barnet</source>
        <translation>Save eye-on-the-child</translation>
    </message>
    <message>
        <source>Overdragelsesfilen er sendt til {name}. Svaret kommer som en kvittering, som du modtager under Filer → Modtag overdragelse…</source>
        <translation>The handover file has been sent to {name}. The answer comes as a receipt, which you receive under File → Receive handover…</translation>
    </message>
    <message>
        <source>{name} har overdraget stafetten til dig. Tag imod den, eller sig nej tak med en begrundelse. Dit svar sendes til {name} som en kvittering.</source>
        <translation>{name} has handed the baton over to you. Accept it, or decline with a reason. Your answer goes back to {name} as a receipt.</translation>
    </message>
    <message>
        <source>Stafetholder: {person}, siden {date}.</source>
        <translation>Baton holder: {person}, since {date}.</translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet. Ingen har stafetten.</source>
        <translation>The stafetlog is closed. Nobody holds the baton.</translation>
    </message>
    <message>
        <source>Stafetten er tilbudt til {person} den {date}. Indtil {name} siger ja, har {holder} stadig stafetten.</source>
        <translation>The baton has been offered to {person} on {date}. Until {name} says yes, {holder} still holds the baton.</translation>
    </message>
    <message>
        <source>Øje-på-barnet: {person}</source>
        <translation>Eye-on-the-child: {person}</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Slet stafetloggen for altid?</source>
        <translation>Delete the stafetlog for ever?</translation>
    </message>
    <message>
        <source>Stafetloggen og alt, der hører til den (netværkskort, møder, samtykker, underretninger), bliver slettet fra boksen og kan ikke hentes tilbage. Vil du slette den?</source>
        <translation>The stafetlog and everything that belongs to it (network maps, meetings, consents, notifications) will be deleted from the vault and cannot be brought back. Do you want to delete it?</translation>
    </message>
    <message>
        <source>Afslut stafetloggen</source>
        <translation>Close the stafetlog</translation>
    </message>
    <message>
        <source>Loggen afsluttes, når stafetholderen og samarbejdspartnerne vurderer, at barnet trives igen, og at risikoen for tilbagefald er lille.</source>
        <translation>The log is closed when the baton holder and the partners judge that the child thrives again and that the risk of relapse is small.</translation>
    </message>
    <message>
        <source>Er familien flyttet? Så afsluttes loggen ikke: find en ny stafetholder, hvor familien bor nu, og giv stafetten videre.</source>
        <translation>Has the family moved? Then the log is not closed: find a new baton holder where the family lives now, and hand over the baton.</translation>
    </message>
    <message>
        <source>Alle tre skal være opfyldt</source>
        <translation>All three must hold</translation>
    </message>
    <message>
        <source>Forklaring:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>dato for afslutning</source>
        <translation>date of closing</translation>
    </message>
    <message>
        <source>Hvad skal der ske med loggen?</source>
        <translation>What should happen to the log?</translation>
    </message>
    <message>
        <source>Afslut stafetloggen…</source>
        <translation>Close the stafetlog…</translation>
    </message>
    <message>
        <source>Afsluttet {date} af {person}. Grund: {reasons}. {explanation}</source>
        <translation>Closed {date} by {person}. Reason: {reasons}. {explanation}</translation>
    </message>
    <message>
        <source>forklaring</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>Niveau 1 – én arbejdsplads handler selv på bekymringen</source>
        <translation>Level 1 – one workplace handles the concern itself</translation>
    </message>
    <message>
        <source>Niveau 2 – flere aktører koordinerer med fælles mål (kræver samtykke)</source>
        <translation>Level 2 – several actors coordinate with shared goals (needs consent)</translation>
    </message>
    <message>
        <source>Niveau 3 – kommunens børne- og familieafdeling er inddraget</source>
        <translation>Level 3 – the municipality&apos;s children and family section is involved</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nyt niveau:</source>
        <translation>New level:</translation>
    </message>
    <message>
        <source>dato for niveauskift</source>
        <translation>date of the level change</translation>
    </message>
    <message>
        <source>Begrundelse:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Skift niveau</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>begrundelse</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Dato og personer ved fastlæggelse af indsatsen</source>
        <translation>Date and persons when the effort was set</translation>
    </message>
    <message>
        <source>dato for fastlæggelsen</source>
        <translation>date the effort was set</translation>
    </message>
    <message>
        <source>Én person pr. linje, for eksempel »Børnesagsbehandler (Arne Andersen)«</source>
        <translation>One person per line, for example “Children&apos;s caseworker (Arne Andersen)”</translation>
    </message>
    <message>
        <source>Personer:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <source>Tilføj fastlæggelse</source>
        <translation>Add setting of the effort</translation>
    </message>
    <message>
        <source>Ingen endnu.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>Barnets navn:</source>
        <translation>Child&apos;s name:</translation>
    </message>
    <message>
        <source>Cpr-nr.:</source>
        <translation>CPR no.:</translation>
    </message>
    <message>
        <source>Forældres navne:</source>
        <translation>Parents&apos; names:</translation>
    </message>
    <message>
        <source>Oprettet af:</source>
        <translation>Created by:</translation>
    </message>
    <message>
        <source>Dato for oprettelse:</source>
        <translation>Date of creation:</translation>
    </message>
    <message>
        <source>Nuværende stafetholder:</source>
        <translation>Current baton holder:</translation>
    </message>
    <message>
        <source>Øje-på-barnet:</source>
        <translation>Eye-on-the-child:</translation>
    </message>
    <message>
        <source>Niveau:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Dato for sidste opdatering:</source>
        <translation>Date of last update:</translation>
    </message>
    <message>
        <source>Stafetlog</source>
        <translation>Stafetlog</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Vis hele cpr-nummeret</source>
        <translation>Show the whole CPR number</translation>
    </message>
    <message>
        <source>Kopiér</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopiér cpr-nummeret</source>
        <translation>Copy the CPR number</translation>
    </message>
    <message>
        <source>Udklipsholderen tømmes igen efter 30 sekunder.</source>
        <translation>The clipboard is emptied again after 30 seconds.</translation>
    </message>
    <message>
        <source>ufødt – forventet {date}</source>
        <translation>unborn – expected {date}</translation>
    </message>
    <message>
        <source>ikke udfyldt</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>ingen (loggen er afsluttet)</source>
        <translation>nobody (the log is closed)</translation>
    </message>
    <message>
        <source>ikke valgt endnu</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Niveau {n}</source>
        <translation>Level {n}</translation>
    </message>
    <message>
        <source>ikke kendt</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Skjul</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Cpr-nummeret er kopieret. Udklipsholderen tømmes om 30 sekunder.</source>
        <translation>The CPR number has been copied. The clipboard will be emptied in 30 seconds.</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Familiens plan som PDF…</source>
        <translation>Family plan as PDF…</translation>
    </message>
    <message>
        <source>Familieretshuset</source>
        <translation>Familieretshuset (the Agency of Family Law)</translation>
    </message>
    <message>
        <source>Niveau 1 – bekymringen og den lokale indsats</source>
        <translation>Level 1 – the concern and the local effort</translation>
    </message>
    <message>
        <source>Barnets egne ord</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>Niveau 2–3 – den fælles indsats</source>
        <translation>Levels 2–3 – the joint effort</translation>
    </message>
    <message>
        <source>Fastlæggelse af indsatsen</source>
        <translation>Setting the effort</translation>
    </message>
    <message>
        <source>Stafetten er givet videre til {name}. Stafetloggen kan læses her, og den kan arkiveres eller slettes, men ikke ændres.</source>
        <translation>The baton has been passed on to {name}. The log can be read here, and archived or deleted, but not changed.</translation>
    </message>
    <message>
        <source>Kopi til orientering. Stafetloggen kan læses, men ikke ændres; det gør stafetholderen.</source>
        <translation>A copy for information. The log can be read but not changed; the baton holder does that.</translation>
    </message>
    <message>
        <source>Overdragelsen til {name} sendes via kommunens server.</source>
        <translation>The handover to {name} is sent through the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>Filen til {name} er skrevet. Giv {name} filen, fx på et USB-stik.</source>
        <translation>The file for {name} has been written. Give {name} the file, e.g. on a USB stick.</translation>
    </message>
    <message>
        <source>Kvitteringen til {name} sendes via kommunens server.</source>
        <translation>The receipt to {name} is sent through the municipality&apos;s server.</translation>
    </message>
    <message>
        <source>Kvitteringen til {name} er skrevet. Giv {name} filen.</source>
        <translation>The receipt for {name} has been written. Give {name} the file.</translation>
    </message>
    <message>
        <source>Tilføj post: {title}</source>
        <translation>Add entry: {title}</translation>
    </message>
    <message>
        <source>Ret post: {title}</source>
        <translation>Correct entry: {title}</translation>
    </message>
    <message>
        <source>Tilføj række i aktørtabellen</source>
        <translation>Add row to the actors&apos; table</translation>
    </message>
    <message>
        <source>Sagen i Familieretshuset er gemt.</source>
        <translation>The case at Familieretshuset is saved.</translation>
    </message>
    <message>
        <source>Sagen i Familieretshuset er fjernet.</source>
        <translation>The case at Familieretshuset is removed.</translation>
    </message>
    <message>
        <source>Tilføj barnets egne ord</source>
        <translation>Add the child&apos;s own words</translation>
    </message>
    <message>
        <source>Ret barnets egne ord</source>
        <translation>Correct the child&apos;s own words</translation>
    </message>
    <message>
        <source>Ret række i aktørtabellen</source>
        <translation>Correct row in the actors&apos; table</translation>
    </message>
    <message>
        <source>Løs konflikt</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Tilføj fastlæggelse af indsatsen</source>
        <translation>Add setting of the effort</translation>
    </message>
    <message>
        <source>Nyt øje-på-barnet</source>
        <translation>New eye-on-the-child</translation>
    </message>
    <message>
        <source>Sig nej til stafetten</source>
        <translation>Decline the baton</translation>
    </message>
    <message>
        <source>Stafetloggen er slettet.</source>
        <translation>The stafetlog has been deleted.</translation>
    </message>
    <message>
        <source>Stafetloggen er afsluttet og arkiveret.</source>
        <translation>The stafetlog has been closed and archived.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tages op igen {date}.</source>
        <translation>Taken up again {date}.</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>rettet senere</source>
        <translation>corrected later</translation>
    </message>
    <message>
        <source>Poster: {title}</source>
        <translation>Entries: {title}</translation>
    </message>
    <message>
        <source>Ingen poster endnu.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Svar:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>tages op igen</source>
        <translation>taken up again</translation>
    </message>
    <message>
        <source>Tages op igen den:</source>
        <translation>Taken up again on:</translation>
    </message>
    <message>
        <source>Familiemedlem:</source>
        <translation>Family member:</translation>
    </message>
    <message>
        <source>Knyt til:</source>
        <translation>Link to:</translation>
    </message>
    <message>
        <source>Ny post:</source>
        <translation>New entry:</translation>
    </message>
    <message>
        <source>Uddybning:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Intern note (skjules i familievisningen)</source>
        <translation>Internal note (hidden in the family-safe view)</translation>
    </message>
    <message>
        <source>Annullér rettelsen</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tilføj posten (Ctrl+Enter)</source>
        <translation>Add the entry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Vis de ældre versioner ({n})</source>
        <translation>Show the older versions ({n})</translation>
    </message>
    <message>
        <source>Knyttet til: {what}</source>
        <translation>Linked to: {what}</translation>
    </message>
    <message>
        <source>(intet)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>søskende</source>
        <translation>sibling</translation>
    </message>
    <message>
        <source>Ret posten fra {date} i »{title}«: {start}</source>
        <translation>Edit the entry of {date} in “{title}”: {start}</translation>
    </message>
    <message>
        <source>Du retter posten fra {date}. Den gamle version bliver stående i loggen, overstreget.</source>
        <translation>You are correcting the entry from {date}. The old version stays in the log, struck through.</translation>
    </message>
    <message>
        <source>Gem rettelsen</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>ny post</source>
        <translation>new entry</translation>
    </message>
    <message>
        <source>Hvornår opstod bekymringen?</source>
        <translation>When did the concern arise?</translation>
    </message>
    <message>
        <source>Hvorfor opstod bekymringen?</source>
        <translation>Why did the concern arise?</translation>
    </message>
    <message>
        <source>Hvem har drøftet bekymringen?</source>
        <translation>Who has discussed the concern?</translation>
    </message>
    <message>
        <source>Vurdering af barnets situation</source>
        <translation>Assessment of the child&apos;s situation</translation>
    </message>
    <message>
        <source>Hvornår er forældrene orienteret om bekymringen?</source>
        <translation>When were the parents told about the concern?</translation>
    </message>
    <message>
        <source>Hvad har I besluttet at gøre for barnet og familien?</source>
        <translation>What have you decided to do for the child and the family?</translation>
    </message>
    <message>
        <source>Hvad er målet med indsatsen?</source>
        <translation>What is the goal of the effort?</translation>
    </message>
    <message>
        <source>Hvornår tages situationen op igen?</source>
        <translation>When is the situation taken up again?</translation>
    </message>
    <message>
        <source>Hvornår blev flere aktører inddraget?</source>
        <translation>When were more actors involved?</translation>
    </message>
    <message>
        <source>Er der indhentet samtykke fra forældrene?</source>
        <translation>Has consent been obtained from the parents?</translation>
    </message>
    <message>
        <source>Er der foretaget underretning?</source>
        <translation>Has a notification been made?</translation>
    </message>
    <message>
        <source>Er der udfyldt netværkskort?</source>
        <translation>Has a network map been filled in?</translation>
    </message>
    <message>
        <source>Fælles målsætning for barnet</source>
        <translation>Shared goal for the child</translation>
    </message>
    <message>
        <source>Fælles målsætning for relevante familiemedlemmer</source>
        <translation>Shared goal for relevant family members</translation>
    </message>
    <message>
        <source>Andre noter i loggen</source>
        <translation>Other notes in the log</translation>
    </message>
    <message>
        <source>Skriv, hvad I har set og hørt. Knyt gerne et observationsskema til.</source>
        <translation>Write what you have seen and heard. You may link an observation form.</translation>
    </message>
    <message>
        <source>Hver vurdering dateres. Knyt gerne en placering på bekymringsskalaen til.</source>
        <translation>Each assessment is dated. You may link a placement on the worry scale.</translation>
    </message>
    <message>
        <source>Skriv hvem der gør hvad, og hvornår. Ændringer gemmes som nye, daterede poster.</source>
        <translation>Write who does what, and when. Changes are saved as new, dated entries.</translation>
    </message>
    <message>
        <source>Skriv målet, så forældrene kan forstå det.</source>
        <translation>Write the goal so that the parents can understand it.</translation>
    </message>
    <message>
        <source>Vælg datoen, hvor situationen tages op igen. Den kommer på fristoversigten.</source>
        <translation>Choose the date when the situation is taken up again. It appears on the deadlines overview.</translation>
    </message>
    <message>
        <source>Observationsskema</source>
        <translation>Observation form</translation>
    </message>
    <message>
        <source>Bekymringsskala</source>
        <translation>Worry scale</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Underretning</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Netværkskort</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>Koordinationsmøde</source>
        <translation>Coordination meeting</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Skrevet af {author}, {when}</source>
        <translation>Written by {author}, {when}</translation>
    </message>
    <message>
        <source>{actor}, ændret {date}</source>
        <translation>{actor}, changed {date}</translation>
    </message>
    <message>
        <source>Posten i »{where}« er rettet på to computere. Vælg den udgave, der skal gælde, eller skriv en samlet tekst. Begge udgaver bliver i historikken.</source>
        <translation>The entry in “{where}” was corrected on two computers. Choose the version that applies, or write a combined text. Both versions stay in the history.</translation>
    </message>
    <message>
        <source>Rækken for »{actor}« i aktørtabellen er rettet på to computere. Vælg den udgave, der skal gælde, eller skriv en samlet tekst. Begge udgaver bliver i historikken.</source>
        <translation>The row for “{actor}” in the actors&apos; table was changed on two computers. Choose the version that applies, or write a combined text. Both versions stay in the history.</translation>
    </message>
    <message>
        <source>Udgave {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>Behold denne udgave</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>Eller skriv en samlet tekst ud fra begge udgaver …</source>
        <translation>Or write a combined text from both versions …</translation>
    </message>
    <message>
        <source>Samlet tekst</source>
        <translation>Combined text</translation>
    </message>
    <message>
        <source>Gem den samlede tekst</source>
        <translation>Save the combined text</translation>
    </message>
    <message>
        <source>Rettet på to computere</source>
        <translation>Changed on two computers</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ynkronisér nu</source>
        <translation>S&amp;ynchronise now</translation>
    </message>
    <message>
        <source>Send det, der venter, via kommunens server, og hent det, der er til dig</source>
        <translation>Send what is waiting through the municipality&apos;s server, and fetch what is there for you</translation>
    </message>
    <message>
        <source>Synkroniserer …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <source>Synkronisering mislykkedes kl. {time}: {reason}</source>
        <translation>Synchronisation failed at {time}: {reason}</translation>
    </message>
    <message>
        <source>Der er ingen server at synkronisere med. Forbind én gang til kommunens server med „stafet sync --server URL --ca FIL“ (spørg IT).</source>
        <translation>There is no server to synchronise with. Connect once to the municipality&apos;s server with “stafet sync --server URL --ca FILE” (ask IT).</translation>
    </message>
    <message>
        <source>Synkroniseret kl. {time}. Kopien til {name} holdes ikke længere opdateret: {reason}</source>
        <translation>Synchronised at {time}. The copy for {name} is no longer kept up to date: {reason}</translation>
    </message>
    <message>
        <source>Synkroniseret kl. {time}, men: {reason}</source>
        <translation>Synchronised at {time}, but: {reason}</translation>
    </message>
    <message>
        <source>Synkroniseret kl. {time} · venter: {count}</source>
        <translation>Synchronised at {time} · waiting: {count}</translation>
    </message>
    <message>
        <source>Synkroniseret kl. {time}</source>
        <translation>Synchronised at {time}</translation>
    </message>
    <message>
        <source>Der er ingen server at sende til. Skriv en fil med -o FIL.stafet, eller forbind til kommunens server først med „stafet sync --server URL --ca FIL“. Intet er sendt.</source>
        <translation>There is no server to send to. Write a file with -o FILE.stafet, or connect to the municipality&apos;s server first with “stafet sync --server URL --ca FILE”. Nothing was sent.</translation>
    </message>
    <message>
        <source>Angiv serverens certifikat med --ca FIL (filen server.crt, som IT har givet dig), første gang du forbinder til en server.</source>
        <translation>Give the server&apos;s certificate with --ca FILE (the file server.crt that IT gave you) the first time you connect to a server.</translation>
    </message>
    <message>
        <source>Serverens certifikat kan ikke læses. Brug filen server.crt, som IT har givet dig.</source>
        <translation>The server&apos;s certificate cannot be read. Use the file server.crt that IT gave you.</translation>
    </message>
    <message>
        <source>Serverens adresse skal se sådan ud: https://server.kommune.dk:8443. Intet er ændret.</source>
        <translation>The server&apos;s address must look like this: https://server.kommune.dk:8443. Nothing was changed.</translation>
    </message>
    <message>
        <source>Serveren svarer ikke. Tjek netværket, og prøv igen senere. Det, der venter, bliver liggende i din boks og sendes ved næste synkronisering.</source>
        <translation>The server does not answer. Check the network and try again later. What is waiting stays in your vault and is sent at the next synchronisation.</translation>
    </message>
    <message>
        <source>Serveren har ikke det certifikat, du har fået af IT. Der er måske en anden server på adressen. Intet er sendt eller hentet. Kontakt IT.</source>
        <translation>The server does not have the certificate IT gave you. There may be another server at the address. Nothing was sent or fetched. Contact IT.</translation>
    </message>
    <message>
        <source>Serveren kender ikke dit certifikat: du er ikke tilmeldt, eller du er spærret. Intet er sendt eller hentet. Kontakt IT.</source>
        <translation>The server does not know your certificate: you are not enrolled, or you are blocked. Nothing was sent or fetched. Contact IT.</translation>
    </message>
    <message>
        <source>Du er ikke tilmeldt kommunens server. Giv IT dit kontaktkort, så de kan tilmelde dig. Intet er sendt eller hentet.</source>
        <translation>You are not enrolled on the municipality&apos;s server. Give IT your contact card so they can enrol you. Nothing was sent or fetched.</translation>
    </message>
    <message>
        <source>Du er spærret på kommunens server. Intet er sendt eller hentet. Kontakt IT.</source>
        <translation>You are blocked on the municipality&apos;s server. Nothing was sent or fetched. Contact IT.</translation>
    </message>
    <message>
        <source>Serveren afviste en overdragelse, fordi den er underskrevet af en anden end dig. Den bliver ikke sendt. Kontakt IT.</source>
        <translation>The server refused a handover because it is signed by someone other than you. It will not be sent. Contact IT.</translation>
    </message>
    <message>
        <source>{count} overdragelse(r) venter, fordi modtageren ikke er tilmeldt kommunens server. De sendes, når modtageren er tilmeldt, eller send dem som fil med -o.</source>
        <translation>{count} handover(s) are waiting because the recipient is not enrolled on the municipality&apos;s server. They are sent once the recipient is enrolled; or send them as a file with -o.</translation>
    </message>
    <message>
        <source>En overdragelse er større, end serveren tager imod. Send den som fil med -o.</source>
        <translation>A handover is larger than the server accepts. Send it as a file with -o.</translation>
    </message>
    <message>
        <source>Serveren har travlt lige nu. Prøv igen om lidt; det, der venter, bliver liggende.</source>
        <translation>The server is busy right now. Try again in a moment; what is waiting stays.</translation>
    </message>
    <message>
        <source>Serveren svarede med en fejl. Prøv igen senere; det, der venter, bliver liggende. Sker det igen, så kontakt IT.</source>
        <translation>The server answered with an error. Try again later; what is waiting stays. If it happens again, contact IT.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Noget gik galt, og handlingen blev ikke gennemført. Intet er gået tabt. Prøv igen, og kontakt IT-supporten, hvis det sker igen.</source>
        <translation>Something went wrong and the action was not completed. Nothing has been lost. Try again, and contact IT support if it happens again.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Lås Stafet op</source>
        <translation>Unlock Stafet</translation>
    </message>
    <message>
        <source>Skriv din adgangsfrase for at åbne boksen med dine sager.</source>
        <translation>Enter your passphrase to open the vault with your cases.</translation>
    </message>
    <message>
        <source>&amp;Adgangsfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Brug &amp;gendannelsesnøglen i stedet</source>
        <translation>Use the &amp;recovery key instead</translation>
    </message>
    <message>
        <source>&amp;Lås op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Gendannelsesnøgle</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Adgangsfrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Gendannelsesnøgle:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Der er tastet forkert for mange gange. Vent lidt, og prøv igen.</source>
        <translation>Too many wrong attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Boksen kunne ikke åbnes. Intet er ændret.</source>
        <translation>The vault could not be opened. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Vent {n} s</source>
        <translation>Wait {n} s</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Feltet {field} skal være tekst.</source>
        <translation>The field {field} must be text.</translation>
    </message>
    <message>
        <source>Feltet {field} skal have formen DDMMÅÅ-XXXX: ti cifre, gerne med bindestreg efter de første seks.</source>
        <translation>The field {field} must have the form DDMMYY-XXXX: ten digits, preferably with a hyphen after the first six.</translation>
    </message>
    <message>
        <source>Feltet {field} indeholder ikke en rigtig dato i de første seks cifre.</source>
        <translation>The field {field} does not contain a real date in the first six digits.</translation>
    </message>
    <message>
        <source>Et barn med cpr-nummer har ingen forventet fødselsdato. Fjern datoen.</source>
        <translation>A child with a CPR number has no expected date of birth. Remove the date.</translation>
    </message>
    <message>
        <source>Fødselsdatoen i barnets cpr-nummer ligger i fremtiden.</source>
        <translation>The date of birth in the child&apos;s CPR number lies in the future.</translation>
    </message>
    <message>
        <source>En stafetlog kan kun oprettes for børn og unge til og med {oldest} år. Cpr-nummeret viser en ældre person.</source>
        <translation>A stafetlog can only be created for children and young people up to and including {oldest} years. The CPR number shows an older person.</translation>
    </message>
    <message>
        <source>Den forventede fødselsdato skal ligge inden for de næste {ahead} dage. Er barnet født, så skriv cpr-nummeret i stedet.</source>
        <translation>The expected date of birth must be within the next {ahead} days. If the child is born, enter the CPR number instead.</translation>
    </message>
    <message>
        <source>Datoen i feltet {field} må ikke ligge før {earliest}.</source>
        <translation>The date in the field {field} must not be before {earliest}.</translation>
    </message>
    <message>
        <source>Datoen i feltet {field} må ikke ligge efter {latest}.</source>
        <translation>The date in the field {field} must not be after {latest}.</translation>
    </message>
    <message>
        <source>Feltet {field} skal udfyldes.</source>
        <translation>The field {field} must be filled in.</translation>
    </message>
    <message>
        <source>Teksten i feltet {field} er for lang ({length} tegn). Der er plads til {limit} tegn.</source>
        <translation>The text in the field {field} is too long ({length} characters). There is room for {limit} characters.</translation>
    </message>
    <message>
        <source>Feltet {field} indeholder et usynligt styretegn (tegn nummer {position}). Skriv teksten igen eller indsæt den som ren tekst.</source>
        <translation>The field {field} contains an invisible control character (character number {position}). Type the text again or paste it as plain text.</translation>
    </message>
    <message>
        <source>Skriv datoen i feltet {field} som dd.mm.åååå, for eksempel 06.09.2007.</source>
        <translation>Write the date in the field {field} as dd.mm.yyyy, for example 06.09.2007.</translation>
    </message>
    <message>
        <source>Datoen i feltet {field} findes ikke i kalenderen.</source>
        <translation>The date in the field {field} does not exist in the calendar.</translation>
    </message>
    <message>
        <source>Feltet {field} skal være et billede i PNG-format på højst {limit} MB.</source>
        <translation>The field {field} must be a PNG image of at most {limit} MB.</translation>
    </message>
    <message>
        <source>Listen {field} har for mange punkter (højst {limit}).</source>
        <translation>The list {field} has too many items (at most {limit}).</translation>
    </message>
    <message>
        <source>Feltet {field} skal være et id på 32 tegn (0-9 og a-f).</source>
        <translation>The field {field} must be an id of 32 characters (0-9 and a-f).</translation>
    </message>
    <message>
        <source>Feltet {field} skal have formen DDMMÅÅ-XXXX og intet andet.</source>
        <translation>The field {field} must have the form DDMMYY-XXXX and nothing else.</translation>
    </message>
    <message>
        <source>Udgaverne i {field} afløser sig selv eller hinanden i ring, så ingen af dem er den nyeste.</source>
        <translation>The versions in {field} replace themselves or each other in a circle, so none of them is the newest.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Post nr. {seq} i revisionssporet er ændret.</source>
        <translation>Entry no. {seq} in the audit trail has been changed.</translation>
    </message>
    <message>
        <source>Post nr. {seq} i revisionssporet mangler eller er flyttet.</source>
        <translation>Entry no. {seq} in the audit trail is missing or has been moved.</translation>
    </message>
    <message>
        <source>Revisionssporet slutter før post nr. {seq}; de nyeste poster er fjernet.</source>
        <translation>The audit trail ends before entry no. {seq}; the newest entries have been removed.</translation>
    </message>
    <message>
        <source>Boksen er beskyttet af din adgangsfrase og af en nøgle i computerens sikre nøglering. Den kan kun åbnes på denne computer, eller med gendannelsesnøglen.</source>
        <translation>The vault is protected by your passphrase and by a key in the computer&apos;s secure keyring. It can only be opened on this computer, or with the recovery key.</translation>
    </message>
    <message>
        <source>Denne computer har ingen sikker nøglering, som Stafet kan bruge. Boksen er derfor kun beskyttet af din adgangsfrase. Vælg en lang adgangsfrase, og pas godt på den.</source>
        <translation>This computer has no secure keyring that Stafet can use. The vault is therefore protected by your passphrase alone. Choose a long passphrase and take good care of it.</translation>
    </message>
    <message>
        <source>Der opstod et problem med boksen.</source>
        <translation>A problem occurred with the vault.</translation>
    </message>
    <message>
        <source>Forkert adgangsfrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>Gendannelsesnøglen passer ikke til denne boks. Tjek, at den er skrevet rigtigt.</source>
        <translation>The recovery key does not fit this vault. Check that it is typed correctly.</translation>
    </message>
    <message>
        <source>Der er tastet forkert adgangsfrase for mange gange. Vent {seconds} sekunder, og prøv så igen.</source>
        <translation>The wrong passphrase has been entered too many times. Wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <source>Boksen er låst med både adgangsfrase og en nøgle, der ligger på den computer, hvor boksen blev oprettet. Den nøgle findes ikke her. Åbn boksen med gendannelsesnøglen.</source>
        <translation>The vault is locked with both a passphrase and a key that lies on the computer where the vault was created. That key is not here. Open the vault with the recovery key.</translation>
    </message>
    <message>
        <source>Boksen er beskadiget og kan ikke åbnes. Filen er ikke ændret. Gendan den fra en sikkerhedskopi.</source>
        <translation>The vault is damaged and cannot be opened. The file has not been changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Der er ingen boks i mappen {directory}. Opret en ny, eller vælg en anden mappe.</source>
        <translation>There is no vault in the folder {directory}. Create a new one, or choose another folder.</translation>
    </message>
    <message>
        <source>Der findes allerede en boks i mappen {directory}. Den er ikke ændret.</source>
        <translation>There is already a vault in the folder {directory}. It has not been changed.</translation>
    </message>
    <message>
        <source>Boksen er gemt af en nyere udgave af Stafet (skemaversion {revision}). Opdater Stafet for at åbne den. Boksen er ikke ændret.</source>
        <translation>The vault was saved by a newer edition of Stafet (schema version {revision}). Update Stafet to open it. The vault has not been changed.</translation>
    </message>
    <message>
        <source>Boksen er låst. Lås den op med din adgangsfrase.</source>
        <translation>The vault is locked. Unlock it with your passphrase.</translation>
    </message>
    <message>
        <source>Boksen er i brug af et andet Stafet-vindue. Prøv igen om lidt.</source>
        <translation>The vault is in use by another Stafet window. Try again in a moment.</translation>
    </message>
    <message>
        <source>Disken er fuld, så ændringen blev ikke gemt. Det, der var gemt før, er uændret. Frigør plads, og prøv igen.</source>
        <translation>The disk is full, so the change was not saved. What was saved before is unchanged. Free some space and try again.</translation>
    </message>
    <message>
        <source>Filen er åben i et andet program, så Stafet kan ikke erstatte den. Luk den, og prøv igen. Intet er ændret.</source>
        <translation>The file is open in another program, so Stafet cannot replace it. Close it and try again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Mappen med boksen er skrivebeskyttet, så Stafet kan ikke gemme i den. Intet er ændret. Vælg en mappe, du kan skrive i.</source>
        <translation>The folder with the vault is read-only, so Stafet cannot save in it. Nothing has been changed. Choose a folder you can write in.</translation>
    </message>
    <message>
        <source>Filen er ikke en brugbar sikkerhedskopi af en Stafet-boks (den er beskadiget eller af en anden type). Intet er ændret.</source>
        <translation>The file is not a usable backup of a Stafet vault (it is damaged or of another type). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Stafet er installeret med en forkert udgave af krypteringsbiblioteket SQLCipher ({found}); der kræves 4.x. Boksen er ikke ændret. Kontakt IT.</source>
        <translation>Stafet is installed with a wrong version of the encryption library SQLCipher ({found}); 4.x is required. The vault has not been changed. Contact IT.</translation>
    </message>
    <message>
        <source>Koden skal være mindst {minimum} cifre.</source>
        <translation>The PIN must be at least {minimum} digits.</translation>
    </message>
    <message>
        <source>Forkert adgangsfrase eller kode.</source>
        <translation>Wrong passphrase or PIN.</translation>
    </message>
    <message>
        <source>Adgangsfrasen er for let at gætte. Brug mindst {minimum} tegn, og helst fire tilfældige ord, som ikke hænger sammen, fx «kaktus lampe vandre november». Undgå navne, datoer, kendte ord og tal som 12345678.</source>
        <translation>The passphrase is too easy to guess. Use at least {minimum} characters, preferably four random words that do not belong together, e.g. “cactus lamp wander November”. Avoid names, dates, well-known words and numbers like 12345678.</translation>
    </message>
    <message>
        <source>Boksen er ældre eller anderledes end sidst, den blev brugt: revisionssporet når ikke post nr. {seq}, som Stafet gemte uden for boksen. Ændringer kan være gået tabt (fx efter et nedbrud), eller boksen er skiftet ud med en ældre kopi. Boksen er ikke ændret. Gendan boksen fra den nyeste sikkerhedskopi: i en terminal «stafet vault restore SIKKERHEDSKOPI». Spørg IT, hvis du ikke har en sikkerhedskopi.</source>
        <translation>The vault is older than, or different from, when it was last used: the audit trail does not reach entry no. {seq}, which Stafet kept outside the vault. Changes may have been lost (e.g. after a crash), or the vault was replaced by an older copy. The vault has not been changed. Restore it from the newest backup: in a terminal, “stafet vault restore BACKUP”. Ask IT if you have no backup.</translation>
    </message>
    <message>
        <source>Boksen er åben i Stafet et andet sted på computeren. Luk Stafet dér (eller lås boksen), og prøv så igen. Intet er ændret.</source>
        <translation>The vault is open in Stafet elsewhere on this computer. Close Stafet there (or lock the vault), then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kopien til gendannelsesnøglen i nøglefilen er beskadiget. Lav en ny gendannelsesnøgle med «stafet vault recovery-key --new», og gem den et sikkert sted.</source>
        <translation>The recovery key&apos;s copy in the key file is damaged. Make a new recovery key with “stafet vault recovery-key --new” and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Filen {path} er ikke et gyldigt kontrolpunkt for denne boks: den er beskadiget, ændret eller lavet af en anden boks. Intet er ændret.</source>
        <translation>The file {path} is not a valid checkpoint for this vault: it is damaged, changed or made by another vault. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Filen kan ikke læses som PDF. Den er beskadiget eller ikke en PDF.</source>
        <translation>The file cannot be read as a PDF. It is damaged or not a PDF.</translation>
    </message>
    <message>
        <source>Filen har ingen digital underskrift.</source>
        <translation>The file has no digital signature.</translation>
    </message>
    <message>
        <source>Indholdet er ændret, efter at det blev underskrevet.</source>
        <translation>The content has been changed after it was signed.</translation>
    </message>
    <message>
        <source>Selve underskriften er ugyldig.</source>
        <translation>The signature itself is invalid.</translation>
    </message>
    <message>
        <source>Underskriften dækker ikke hele filen: der er tilføjet noget efter underskriften.</source>
        <translation>The signature does not cover the whole file: something has been added after the signature.</translation>
    </message>
    <message>
        <source>Dokumentet er ændret efter underskriften.</source>
        <translation>The document has been changed after the signature.</translation>
    </message>
    <message>
        <source>Underskriften kan ikke kontrolleres.</source>
        <translation>The signature cannot be checked.</translation>
    </message>
    <message>
        <source>Underskriveren er ikke betroet: certifikatet kæder ikke til en rod, du eller IT stoler på, og det tilhører ingen kontakt med kontrolleret fingeraftryk. Navnet i certifikatet kan være skrevet af hvem som helst.</source>
        <translation>The signer is not trusted: the certificate does not chain to a root you or IT trust, and it belongs to no contact with a checked fingerprint. Anyone can have written the name in the certificate.</translation>
    </message>
    <message>
        <source>Certifikatet tilhører kontakten {name}, men fingeraftrykket er ikke kontrolleret. Kontrollér det med {name} (fx i telefonen), og markér kontakten som kontrolleret.</source>
        <translation>The certificate belongs to the contact {name}, but the fingerprint has not been checked. Check it with {name} (e.g. by phone), and mark the contact as checked.</translation>
    </message>
    <message>
        <source>Certifikatet var udløbet, da der blev underskrevet (udløb {date}).</source>
        <translation>The certificate had expired when it was signed (expired {date}).</translation>
    </message>
    <message>
        <source>Certifikatet var endnu ikke gyldigt, da der blev underskrevet (gyldigt fra {date}).</source>
        <translation>The certificate was not yet valid when it was signed (valid from {date}).</translation>
    </message>
    <message>
        <source>Underskriften har intet tidspunkt, så certifikatets gyldighed kan ikke afgøres.</source>
        <translation>The signature has no time, so the certificate&apos;s validity cannot be decided.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sager</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Åben sag</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Stafetloggen er oprettet. Du er stafetholder.</source>
        <translation>The stafetlog has been created. You are the baton holder.</translation>
    </message>
</context>
</TS>
