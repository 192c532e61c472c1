<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Gør hvad</source>
        <translation>Does what</translation>
    </message>
    <message>
        <source>Senest</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Følger op</source>
        <translation>Follows up</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>Hvad skal gøres?</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <source>&amp;Tilføj aftale</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <source>H&amp;vem:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>&amp;Gør hvad:</source>
        <translation>&amp;Does what:</translation>
    </message>
    <message>
        <source>S&amp;enest:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <source>Følger &amp;op:</source>
        <translation>Follows &amp;up:</translation>
    </message>
    <message>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Fjern aftale</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Næste &amp;møde:</source>
        <translation>Ne&amp;xt meeting:</translation>
    </message>
    <message>
        <source>Dato for næste møde</source>
        <translation>Date of the next meeting</translation>
    </message>
    <message>
        <source>Skriv aftalerne i &amp;stafetloggen</source>
        <translation>Write the agreements into the &amp;stafetlog</translation>
    </message>
    <message>
        <source>Aftaler: hvem gør hvad, og hvornår?</source>
        <translation>Agreements: who does what, and when?</translation>
    </message>
    <message>
        <source>Skriv både hvem og hvad, før aftalen tilføjes.</source>
        <translation>Write both who and what before adding the agreement.</translation>
    </message>
</context>
<context>
    <name>CellActorsModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Hvad må oplysningerne bruges til? Skriv det, så forældrene forstår det.</source>
        <translation>What may the information be used for? Write it so the parents understand it.</translation>
    </message>
    <message>
        <source>Navn på person eller sted</source>
        <translation>Name or place</translation>
    </message>
    <message>
        <source>Navn for {party}</source>
        <translation>Name for {party}</translation>
    </message>
    <message>
        <source>Ingen i sagen har forældremyndighed. Skriv forældrene ind i sagen først, så de kan skrive under her.</source>
        <translation>Nobody in the case has custody. Add the parents to the case first, so they can sign here.</translation>
    </message>
    <message>
        <source>&amp;Gem samtykket</source>
        <translation>&amp;Save the consent</translation>
    </message>
    <message>
        <source>Giv&amp;et den:</source>
        <translation>Given o&amp;n:</translation>
    </message>
    <message>
        <source>Gæ&amp;lder til og med:</source>
        <translation>Va&amp;lid until:</translation>
    </message>
    <message>
        <source>Form&amp;ål:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Sa&amp;mtykket gælder for:</source>
        <translation>Consent &amp;applies to:</translation>
    </message>
    <message>
        <source>Højst et år fra den dag, samtykket gives.</source>
        <translation>At most one year from the day the consent is given.</translation>
    </message>
    <message>
        <source>Samtykket gælder for</source>
        <translation>The consent covers</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Et samtykke gælder højst et år ({source}). Datoen er sat til {limit}.</source>
        <translation>A consent is valid for at most one year ({source}). The date has been set to {limit}.</translation>
    </message>
    <message>
        <source>Samtykket kan ikke udløbe, før det er givet.</source>
        <translation>The consent cannot lapse before it is given.</translation>
    </message>
    <message>
        <source>Mangler underskrift fra: {names}.</source>
        <translation>Signature missing from: {names}.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>{name}: samtykke givet uden underskrift, bevidnet af {witness} den {date} kl. {time}.</source>
        <translation>{name}: consent given without a signature, witnessed by {witness} on {date} at {time}.</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>For eksempel: mor ringede og trak det tilbage</source>
        <translation>For example: mother phoned and withdrew it</translation>
    </message>
    <message>
        <source>&amp;Træk samtykket tilbage</source>
        <translation>&amp;Revoke the consent</translation>
    </message>
    <message>
        <source>Tilbagekald</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Dat&amp;o:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Bemærkning:</source>
        <translation>Remar&amp;k:</translation>
    </message>
    <message>
        <source>S&amp;amtykker</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <source>Nyt samtykke</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>{date}: {status} (til og med {until})</source>
        <translation>{date}: {status} (until {until})</translation>
    </message>
    <message>
        <source>Der er ikke givet samtykke endnu.</source>
        <translation>No consent has been given yet.</translation>
    </message>
    <message>
        <source>Formål: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <source>Gælder for: {parties}</source>
        <translation>Covers: {parties}</translation>
    </message>
    <message>
        <source>Givet af: {givers}</source>
        <translation>Given by: {givers}</translation>
    </message>
    <message>
        <source>Trukket tilbage den {date}. {note}</source>
        <translation>Revoked on {date}. {note}</translation>
    </message>
    <message>
        <source>Underskrift: {name}</source>
        <translation>Signature: {name}</translation>
    </message>
    <message>
        <source>Samtykket kan ikke trækkes tilbage, før det er givet.</source>
        <translation>The consent cannot be revoked before it was given.</translation>
    </message>
</context>
<context>
    <name>GiverSignature</name>
    <message>
        <source>Underskrift: {name} ({relation})</source>
        <translation>Signature: {name} ({relation})</translation>
    </message>
    <message>
        <source>Underskrift fra {name}</source>
        <translation>Signature from {name}</translation>
    </message>
    <message>
        <source>Tegn underskriften med pen, finger eller mus.</source>
        <translation>Draw the signature with a pen, a finger or the mouse.</translation>
    </message>
    <message>
        <source>Ryd</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Ryd underskriften fra {name}</source>
        <translation>Clear the signature of {name}</translation>
    </message>
    <message>
        <source>Skriv dit fulde navn</source>
        <translation>Type your full name</translation>
    </message>
    <message>
        <source>Jeg giver samtykke</source>
        <translation>I give my consent</translation>
    </message>
    <message>
        <source>Kan ikke tegne? Skriv navnet:</source>
        <translation>Cannot draw? Type the name:</translation>
    </message>
    <message>
        <source>Navn skrevet af {name} i stedet for underskrift</source>
        <translation>Name typed by {name} instead of a signature</translation>
    </message>
    <message>
        <source>Jeg giver samtykke – {name}</source>
        <translation>I give my consent – {name}</translation>
    </message>
    <message>
        <source>Uden at tegne: {name} skriver sit navn og sætter kryds. {witness} bevidner det, med dato og klokkeslæt, når samtykket gemmes.</source>
        <translation>Without drawing: {name} types their name and ticks the box. {witness} witnesses it, with date and time, when the consent is saved.</translation>
    </message>
    <message>
        <source>Uden at tegne: {name} skriver sit navn og sætter kryds. Udfyld din profil, så du kan bevidne det.</source>
        <translation>Without drawing: {name} types their name and ticks the box. Fill in your profile so you can witness it.</translation>
    </message>
    <message>
        <source>Samtykke uden underskrift fra {name} er klar til at blive gemt.</source>
        <translation>Consent without a signature from {name} is ready to be saved.</translation>
    </message>
</context>
<context>
    <name>LiveLabels</name>
    <message>
        <source>Barnet</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Mor</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Far</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Søskende</source>
        <translation>Siblings</translation>
    </message>
    <message>
        <source>Hele familien</source>
        <translation>The whole family</translation>
    </message>
    <message>
        <source>Egen kommune</source>
        <translation>Own municipality</translation>
    </message>
    <message>
        <source>Regionen</source>
        <translation>The region</translation>
    </message>
    <message>
        <source>Anden kommune</source>
        <translation>Other municipality</translation>
    </message>
    <message>
        <source>Private og selvejende tilbud</source>
        <translation>Private and self-governing services</translation>
    </message>
    <message>
        <source>Civilsamfund og eget netværk</source>
        <translation>Civil society and own network</translation>
    </message>
    <message>
        <source>Familieretshuset</source>
        <translation>Familieretshuset (the Agency of Family Law)</translation>
    </message>
    <message>
        <source>Egen
kommune</source>
        <translation>Own
municipality</translation>
    </message>
    <message>
        <source>Anden
kommune</source>
        <translation>Other
municipality</translation>
    </message>
    <message>
        <source>Private,
selvejende</source>
        <translation>Private,
self-governing</translation>
    </message>
    <message>
        <source>Eget
netværk</source>
        <translation>Own
network</translation>
    </message>
    <message>
        <source>Familie-
retshuset</source>
        <translation>Agency of
Family Law</translation>
    </message>
    <message>
        <source>Indsats for barnet</source>
        <translation>Effort for the child</translation>
    </message>
    <message>
        <source>Indsats for mor</source>
        <translation>Effort for the mother</translation>
    </message>
    <message>
        <source>Indsats for far</source>
        <translation>Effort for the father</translation>
    </message>
    <message>
        <source>Indsats for søskende</source>
        <translation>Effort for siblings</translation>
    </message>
    <message>
        <source>Indsats for hele familien</source>
        <translation>Effort for the whole family</translation>
    </message>
</context>
<context>
    <name>LivePages</name>
    <message>
        <source>Det kunne ikke gemmes. Intet er gået tabt – prøv igen om lidt.</source>
        <translation>It could not be saved. Nothing is lost – try again in a moment.</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>Fuld skærm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>&amp;Dagsorden</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Hvem er med</source>
        <translation>&amp;Who is here</translation>
    </message>
    <message>
        <source>Navn på en, der også kom</source>
        <translation>Name of someone else who came</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tilføj en deltager, der ikke var inviteret</source>
        <translation>Add a participant who was not invited</translation>
    </message>
    <message>
        <source>Skriv referatet her, mens I taler.</source>
        <translation>Write the minutes here while you talk.</translation>
    </message>
    <message>
        <source>&amp;Referat</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige punkt</source>
        <translation>◀ &amp;Previous point</translation>
    </message>
    <message>
        <source>&amp;Næste punkt ▶</source>
        <translation>&amp;Next point ▶</translation>
    </message>
    <message>
        <source>Tilbage til planen</source>
        <translation>Back to the plan</translation>
    </message>
    <message>
        <source>&amp;Afslut mødet</source>
        <translation>&amp;Finish the meeting</translation>
    </message>
    <message>
        <source>Vis intern note (kun til dig)</source>
        <translation>Show internal note (only for you)</translation>
    </message>
    <message>
        <source>Skriv barnets egne ord …</source>
        <translation>Write the child&apos;s own words …</translation>
    </message>
    <message>
        <source>Kun til dig: {count} udsagn vises ikke, fordi barnet ikke har sagt ja til at dele dem.</source>
        <translation>Only for you: {count} statements are not shown because the child has not agreed to share them.</translation>
    </message>
    <message>
        <source>Familieretshuset deltager. Aftal også:</source>
        <translation>Familieretshuset (the Agency of Family Law) takes part. Also agree on:</translation>
    </message>
    <message>
        <source>Barnets ord er gemt i stafetloggen.</source>
        <translation>The child&apos;s words are saved in the stafetlog.</translation>
    </message>
    <message>
        <source>Referat af punkt {point}</source>
        <translation>Minutes of point {point}</translation>
    </message>
    <message>
        <source>{phase}: {point}</source>
        <translation>{phase}: {point}</translation>
    </message>
    <message>
        <source>Nu: {phase}</source>
        <translation>Now: {phase}</translation>
    </message>
    <message>
        <source>Kun til dig: seneste vurdering {date}: {number}. {title}</source>
        <translation>Only for you: latest assessment {date}: {number}. {title}</translation>
    </message>
    <message>
        <source>Kun til dig: barnet er ikke vurderet på bekymringsskalaen endnu.</source>
        <translation>Only for you: the child has not been placed on the worry scale yet.</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Referatet er gemt.</source>
        <translation>The minutes are saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n ny aftale er skrevet i stafetloggens aktørtabel.</source>
        <translation>
            <numerusform>%n new agreement has been written into the stafetlog&apos;s actors table.</numerusform>
            <numerusform>%n new agreements have been written into the stafetlog&apos;s actors table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nye aftaler er skrevet i stafetloggens aktørtabel.</source>
        <translation>
            <numerusform>%n new agreement has been written into the stafetlog&apos;s actors table.</numerusform>
            <numerusform>%n new agreements have been written into the stafetlog&apos;s actors table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftalerne står allerede i stafetloggen.</source>
        <translation>The agreements are already in the stafetlog.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>&amp;Invitation som PDF…</source>
        <translation>&amp;Invitation as PDF…</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>&amp;Planlæg nyt møde</source>
        <translation>&amp;Plan a new meeting</translation>
    </message>
    <message>
        <source>Koordinationsmøder</source>
        <translation>Coordination meetings</translation>
    </message>
    <message>
        <source>Referat so&amp;m PDF…</source>
        <translation>&amp;Minutes as PDF…</translation>
    </message>
    <message>
        <source>Udskriv familiens plan…</source>
        <translation>Print the family plan…</translation>
    </message>
    <message>
        <source>Til familien: print den, før du går</source>
        <translation>For the family: print it before you leave</translation>
    </message>
    <message>
        <source>Vælg et møde i listen, eller planlæg et nyt.</source>
        <translation>Choose a meeting in the list, or plan a new one.</translation>
    </message>
    <message>
        <source>Udskriv familiens plan nu…</source>
        <translation>Print the family plan now…</translation>
    </message>
    <message>
        <source>holdt</source>
        <translation>held</translation>
    </message>
    <message>
        <source>planlagt</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>{date} kl. {time} – {state}</source>
        <translation>{date} at {time} – {state}</translation>
    </message>
    <message>
        <source>Der er allerede planlagt et møde i dag ({date}). Det er valgt her. Vælg en anden dato i planen, hvis det er et nyt møde.</source>
        <translation>A meeting is already planned for today ({date}). It is selected here. Choose another date in the plan if this is a new meeting.</translation>
    </message>
    <message>
        <source>Planen gemmes automatisk, mens du skriver.</source>
        <translation>The plan is saved automatically as you type.</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Planen er gemt.</source>
        <translation>The plan is saved.</translation>
    </message>
    <message>
        <source>Vælg mindst ét punkt på dagsordenen.</source>
        <translation>Choose at least one point on the agenda.</translation>
    </message>
    <message>
        <source>Hvilken dato holdes mødet?</source>
        <translation>Which date is the meeting held?</translation>
    </message>
    <message>
        <source>Mødet er planlagt til {planned}, men i dag er det {today}. Referatet, aftalerne og tidslinjen får mødets dato. Hvilken dato gælder?</source>
        <translation>The meeting is planned for {planned}, but today is {today}. The minutes, the agreements and the timeline take the meeting&apos;s date. Which date applies?</translation>
    </message>
    <message>
        <source>Mødet holdes i dag, {today}</source>
        <translation>The meeting is held today, {today}</translation>
    </message>
    <message>
        <source>Behold {planned}</source>
        <translation>Keep {planned}</translation>
    </message>
    <message>
        <source>Mødet er afsluttet, og aftalerne står i stafetloggen.</source>
        <translation>The meeting is finished, and the agreements are in the stafetlog.</translation>
    </message>
</context>
<context>
    <name>MeetingPlan</name>
    <message>
        <source>Stafetholder</source>
        <translation>Baton holder</translation>
    </message>
</context>
<context>
    <name>MeetingPlanForm</name>
    <message>
        <source>For eksempel: hjemme hos familien</source>
        <translation>For example: at the family&apos;s home</translation>
    </message>
    <message>
        <source>Hent fra &amp;netværkskortet</source>
        <translation>Take from the net&amp;work map</translation>
    </message>
    <message>
        <source>Ti&amp;lføj person</source>
        <translation>Add pers&amp;on</translation>
    </message>
    <message>
        <source>Fjern person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Alle punkter (første møde)</source>
        <translation>All points (first meeting)</translation>
    </message>
    <message>
        <source>Opfølgende møde</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <source>Udveksling uden samtykke i SSD-samarbejdet ({law})</source>
        <translation>Exchange without consent in the SSD cooperation ({law})</translation>
    </message>
    <message>
        <source>&amp;Start mødet</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Dat&amp;o:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>Invit&amp;erede:</source>
        <translation>I&amp;nvited:</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>S&amp;ted:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Da&amp;gsorden:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>§ &amp;49 a:</source>
        <translation>§ &amp;49 a:</translation>
    </message>
    <message>
        <source>KAN (punkt 4) er ikke på dagsordenen: et opfølgende møde ser på, hvad der er sket siden sidst. Sæt flueben ved punkt 4, hvis I vil drøfte nye muligheder.</source>
        <translation>CAN (point 4) is not on the agenda: a follow-up meeting looks at what has happened since last time. Tick point 4 if you want to discuss new options.</translation>
    </message>
    <message>
        <source>Mødet bliver opfølgningen på mødet uden samtykke den {date}. Det er kun tilladt i særlige tilfælde, og det er det sidste møde uden samtykke.</source>
        <translation>This meeting becomes the follow-up of the meeting without consent on {date}. That is only allowed in special cases, and it is the last meeting without consent.</translation>
    </message>
</context>
<context>
    <name>MunicipalStepsBox</name>
    <message>
        <source>Kommunens skridt</source>
        <translation>The municipality&apos;s steps</translation>
    </message>
    <message>
        <source>Kommunen blev opmærksom den</source>
        <translation>The municipality became aware on</translation>
    </message>
    <message>
        <source>Viden eller mistanke om vold eller seksuelle overgreb</source>
        <translation>Knowledge or suspicion of violence or sexual abuse</translation>
    </message>
    <message>
        <source>Børnefaglig undersøgelse besluttet den</source>
        <translation>Child investigation decided on</translation>
    </message>
    <message>
        <source>Revision af en eksisterende undersøgelse besluttet den</source>
        <translation>Revision of an existing investigation decided on</translation>
    </message>
    <message>
        <source>Politi eller sygehus er inddraget</source>
        <translation>The police or a hospital is involved</translation>
    </message>
    <message>
        <source>Undersøgelsen afsluttet den</source>
        <translation>Investigation finished on</translation>
    </message>
    <message>
        <source>Barnets plan lavet den</source>
        <translation>The child&apos;s plan made on</translation>
    </message>
    <message>
        <source>Indsatsen begyndte den</source>
        <translation>The help started on</translation>
    </message>
    <message>
        <source>ikke besluttet endnu</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Opfølgning derefter hver</source>
        <translation>Follow-up after that every</translation>
    </message>
    <message>
        <source>Opfølgning holdt den</source>
        <translation>Follow-up held on</translation>
    </message>
    <message>
        <source>Registrér opfølgning</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>Opfølgninger holdt: {dates}</source>
        <translation>Follow-ups held: {dates}</translation>
    </message>
    <message>
        <source>Ingen opfølgninger holdt endnu.</source>
        <translation>No follow-ups held yet.</translation>
    </message>
    <message>
        <source>Børnehuset skal bruges. Alle betingelser er opfyldt:
✔ viden eller mistanke om vold eller seksuelle overgreb
✔ der er truffet afgørelse om en børnefaglig undersøgelse eller en revision af en eksisterende
✔ politi eller sygehus er inddraget
✔ barnet er under 18 år
({law} og bekendtgørelse om børnehuse)</source>
        <translation>The children&apos;s house must be used. All conditions are met:
✔ knowledge or suspicion of violence or sexual abuse
✔ a child welfare investigation, or the revision of an existing one, has been decided
✔ the police or a hospital is involved
✔ the child is under 18
({law} and the executive order on children&apos;s houses)</translation>
    </message>
</context>
<context>
    <name>NetworkMapPage</name>
    <message>
        <source>Version af netværkskortet</source>
        <translation>Version of the network map</translation>
    </message>
    <message>
        <source>&amp;Gem som ny version</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Netværkskortets skema</source>
        <translation>The network map&apos;s grid</translation>
    </message>
    <message>
        <source>Vælg en celle for at se og rette aktørerne i den.</source>
        <translation>Choose a cell to see and edit its actors.</translation>
    </message>
    <message>
        <source>Aktører i den valgte celle</source>
        <translation>Actors in the chosen cell</translation>
    </message>
    <message>
        <source>&amp;Tilføj aktør</source>
        <translation>&amp;Add actor</translation>
    </message>
    <message>
        <source>Fjern a&amp;ktør</source>
        <translation>Remove a&amp;ctor</translation>
    </message>
    <message>
        <source>Netværkskortet som tegning</source>
        <translation>The network map as a picture</translation>
    </message>
    <message>
        <source>Ændringer siden sidste møde</source>
        <translation>Changes since the last meeting</translation>
    </message>
    <message>
        <source>Netværkskort</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>Ændringer er ikke gemt som ny version endnu.</source>
        <translation>Changes are not saved as a new version yet.</translation>
    </message>
    <message>
        <source>{row} – {column}</source>
        <translation>{row} – {column}</translation>
    </message>
    <message>
        <source>Gemt som version af {date}.</source>
        <translation>Saved as the version of {date}.</translation>
    </message>
    <message>
        <source>Den aktuelle (kan rettes)</source>
        <translation>The current one (editable)</translation>
    </message>
    <message>
        <source>Version af {date}</source>
        <translation>Version of {date}</translation>
    </message>
    <message>
        <source>Der er ikke holdt et møde endnu.</source>
        <translation>No meeting has been held yet.</translation>
    </message>
    <message>
        <source>Sammenlignet med kortet ved mødet {date}.</source>
        <translation>Compared with the map at the meeting on {date}.</translation>
    </message>
    <message>
        <source>Ny: {who}</source>
        <translation>New: {who}</translation>
    </message>
    <message>
        <source>Ikke længere med: {who}</source>
        <translation>No longer involved: {who}</translation>
    </message>
    <message>
        <source>Ændret: {who}</source>
        <translation>Changed: {who}</translation>
    </message>
    <message>
        <source>Ingen ændringer.</source>
        <translation>No changes.</translation>
    </message>
</context>
<context>
    <name>NetworkMapScene</name>
    <message>
        <source>{who} ({sector})</source>
        <translation>{who} ({sector})</translation>
    </message>
    <message>
        <source>{member}: {helpers}.</source>
        <translation>{member}: {helpers}.</translation>
    </message>
    <message>
        <source>ingen hjælpere endnu</source>
        <translation>no helpers yet</translation>
    </message>
    <message>
        <source>Familien</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>Hvor kommer hjælpen fra?</source>
        <translation>Where does the help come from?</translation>
    </message>
</context>
<context>
    <name>NotificationFormWidget</name>
    <message>
        <source>Kun det, du selv har set eller hørt: hvad, hvornår og hvor.</source>
        <translation>Only what you have seen or heard yourself: what, when and where.</translation>
    </message>
    <message>
        <source>Det, du tror, frygter eller har hørt fra andre. Skriv hvorfor.</source>
        <translation>What you believe, fear or have heard from others. Write why.</translation>
    </message>
    <message>
        <source>Ja, forældrene er orienteret</source>
        <translation>Yes, the parents have been informed</translation>
    </message>
    <message>
        <source>Kommunen har kvitteret den</source>
        <translation>The municipality acknowledged on</translation>
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
        <source>&amp;Skema:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Dat&amp;o:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Underretter:</source>
        <translation>&amp;Notifier:</translation>
    </message>
    <message>
        <source>&amp;Arbejdssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Det har jeg &amp;set eller hørt:</source>
        <translation>What I have &amp;seen or heard:</translation>
    </message>
    <message>
        <source>Det an&amp;tager eller frygter jeg:</source>
        <translation>What I a&amp;ssume or fear:</translation>
    </message>
    <message>
        <source>Signaler &amp;hos barnet:</source>
        <translation>Signs s&amp;hown by the child:</translation>
    </message>
    <message>
        <source>den</source>
        <translation>on</translation>
    </message>
    <message>
        <source>&amp;Forældrene orienteret:</source>
        <translation>&amp;Parents informed:</translation>
    </message>
    <message>
        <source>Dato forældrene blev orienteret</source>
        <translation>Date the parents were informed</translation>
    </message>
    <message>
        <source>Kvittering:</source>
        <translation>Acknowledgement:</translation>
    </message>
    <message>
        <source>Forældrenes bemærkninger</source>
        <translation>The parents&apos; remarks</translation>
    </message>
</context>
<context>
    <name>NotificationPage</name>
    <message>
        <source>Underretninger</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Ny underretning</source>
        <translation>&amp;New notification</translation>
    </message>
    <message>
        <source>&amp;Underretninger</source>
        <translation>No&amp;tifications</translation>
    </message>
    <message>
        <source>&amp;Gem underretningen</source>
        <translation>&amp;Save the notification</translation>
    </message>
    <message>
        <source>Vælg en underretning, eller lav en ny.</source>
        <translation>Choose a notification, or make a new one.</translation>
    </message>
    <message>
        <source>Underretning</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>forældre orienteret</source>
        <translation>parents informed</translation>
    </message>
    <message>
        <source>forældre ikke orienteret</source>
        <translation>parents not informed</translation>
    </message>
    <message>
        <source>Ny underretning – ikke gemt endnu.</source>
        <translation>New notification – not saved yet.</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Skriv først, hvad du har set eller hørt.</source>
        <translation>First write what you have seen or heard.</translation>
    </message>
    <message>
        <source>Underretningen er gemt.</source>
        <translation>The notification is saved.</translation>
    </message>
</context>
<context>
    <name>ObservationForm</name>
    <message>
        <source>Kun til internt brug (vises ikke for familien)</source>
        <translation>Internal use only (not shown to the family)</translation>
    </message>
    <message>
        <source>Dat&amp;o:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Observatør:</source>
        <translation>&amp;Observer:</translation>
    </message>
    <message>
        <source>&amp;Arbejdssted:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>&amp;Signaler:</source>
        <translation>&amp;Signs:</translation>
    </message>
    <message>
        <source>&amp;Internt:</source>
        <translation>&amp;Internal:</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Ny observation</source>
        <translation>&amp;New observation</translation>
    </message>
    <message>
        <source>O&amp;bservationer</source>
        <translation>O&amp;bservations</translation>
    </message>
    <message>
        <source>&amp;Gem observationen</source>
        <translation>&amp;Save the observation</translation>
    </message>
    <message>
        <source>Vælg en observation, eller lav en ny.</source>
        <translation>Choose an observation, or make a new one.</translation>
    </message>
    <message>
        <source>{date}: {observer}, {workplace}</source>
        <translation>{date}: {observer}, {workplace}</translation>
    </message>
    <message>
        <source>(internt)</source>
        <translation>(internal)</translation>
    </message>
    <message>
        <source>Ny observation – ikke gemt endnu.</source>
        <translation>New observation – not saved yet.</translation>
    </message>
    <message>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Skriv hvem der har observeret.</source>
        <translation>Write who made the observation.</translation>
    </message>
    <message>
        <source>Observationen er gemt.</source>
        <translation>The observation is saved.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbejdssted</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ansvarsområde</source>
        <translation>Area of responsibility</translation>
    </message>
    <message>
        <source>Kan beslutte</source>
        <translation>May decide</translation>
    </message>
    <message>
        <source>Inviteret</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ScalePicker</name>
    <message>
        <source>Her har du pligt til at underrette kommunen.</source>
        <translation>Here you have a duty to notify the municipality.</translation>
    </message>
</context>
<context>
    <name>ScalesEditor</name>
    <message>
        <source>Navne, adskilt med komma</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <source>Andre tegn, med dine egne ord</source>
        <translation>Other signs, in your own words</translation>
    </message>
    <message>
        <source>Hvad bygger vurderingen på?</source>
        <translation>What is the assessment based on?</translation>
    </message>
    <message>
        <source>&amp;Gem vurderingen</source>
        <translation>&amp;Save the assessment</translation>
    </message>
    <message>
        <source>Hv&amp;em vurderes:</source>
        <translation>&amp;Who is assessed:</translation>
    </message>
    <message>
        <source>Dat&amp;o:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>V&amp;urderet af:</source>
        <translation>Assessed &amp;by:</translation>
    </message>
    <message>
        <source>Skriv navnene, adskilt med komma.</source>
        <translation>Write the names, separated by commas.</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Tegn der støtter vurderingen:</source>
        <translation>Si&amp;gns supporting the assessment:</translation>
    </message>
    <message>
        <source>&amp;Andre tegn:</source>
        <translation>&amp;Other signs:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Udviklingen over tid</source>
        <translation>Development over time</translation>
    </message>
    <message>
        <source>Tidligere vurderinger</source>
        <translation>Earlier assessments</translation>
    </message>
    <message>
        <source>Barnet: {name}</source>
        <translation>The child: {name}</translation>
    </message>
    <message>
        <source>{relation}: {name}</source>
        <translation>{relation}: {name}</translation>
    </message>
    <message>
        <source>{date}: {number}. {title} ({who})</source>
        <translation>{date}: {number}. {title} ({who})</translation>
    </message>
    <message>
        <source>Kategori 1 er nederst. Det røde felt er kategorierne med pligt til at underrette. Stiplede linjer er møder.</source>
        <translation>Category 1 is at the bottom. The red band marks the categories with a duty to notify. Dashed lines are meetings.</translation>
    </message>
    <message>
        <source>Vælg en kategori på skalaen først.</source>
        <translation>Choose a category on the scale first.</translation>
    </message>
    <message>
        <source>Skriv hvem der har lavet vurderingen.</source>
        <translation>Write who made the assessment.</translation>
    </message>
</context>
<context>
    <name>ScalesPage</name>
    <message>
        <source>{band}: kategori {first}-{last}</source>
        <translation>{band}: category {first}-{last}</translation>
    </message>
    <message>
        <source>Pligt til at underrette</source>
        <translation>Duty to notify</translation>
    </message>
    <message>
        <source>Åbn underretningsskemaet</source>
        <translation>Open the notification form</translation>
    </message>
    <message>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Bekymringsskalaerne er skjult, mens familien ser med.
Slå familievisningen fra for at se dem.</source>
        <translation>The worry scales are hidden while the family is watching.
Turn off the family view to see them.</translation>
    </message>
    <message>
        <source>Bekymringsskalaer</source>
        <translation>Worry scales</translation>
    </message>
    <message>
        <source>Placering på bekymringsskalaen</source>
        <translation>Placement on the worry scale</translation>
    </message>
    <message>
        <source>Du har placeret barnet i kategori {number}. Her har du pligt til at underrette kommunen ({law}).

Vil du lave eller registrere underretningen nu?</source>
        <translation>You placed the child in category {number}. Here you have a duty to notify the municipality ({law}).

Do you want to make or record the notification now?</translation>
    </message>
    <message>
        <source>Du har placeret en forælder i kategori {number}. Her skal myndighederne underrettes ({law}).

Vil du lave eller registrere underretningen nu?</source>
        <translation>You placed a parent in category {number}. Here the authorities must be notified ({law}).

Do you want to make or record the notification now?</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Skriv under her med pen, finger eller mus</source>
        <translation>Sign here with a pen, a finger or the mouse</translation>
    </message>
    <message>
        <source>Tom: ingen underskrift endnu.</source>
        <translation>Empty: not signed yet.</translation>
    </message>
    <message>
        <source>Underskrevet.</source>
        <translation>Signed.</translation>
    </message>
    <message>
        <source>Skriv under her</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Ingen vurderinger endnu.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <source>{date}: kategori {category}</source>
        <translation>{date}: category {category}</translation>
    </message>
    <message>
        <source>Ingen vurderinger endnu</source>
        <translation>No assessments yet</translation>
    </message>
    <message>
        <source>Møde {date}</source>
        <translation>Meeting {date}</translation>
    </message>
</context>
</TS>
