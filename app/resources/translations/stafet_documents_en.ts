<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Gem eller udskriv dokument…</source>
        <translation>&amp;Save or print document…</translation>
    </message>
    <message>
        <source>Lav en PDF af et dokument fra den åbne sag (Ctrl+P)</source>
        <translation>Make a PDF of a document from the open case (Ctrl+P)</translation>
    </message>
    <message>
        <source>Udskriv familiens &amp;plan…</source>
        <translation>Print the family &amp;plan…</translation>
    </message>
    <message>
        <source>Vis og udskriv familiens plan for den åbne sag (Ctrl+Shift+P)</source>
        <translation>Preview and print the family plan of the open case (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Digital signatur…</source>
        <translation>&amp;Digital signature…</translation>
    </message>
    <message>
        <source>&amp;Kontrollér en underskrevet PDF…</source>
        <translation>&amp;Check a signed PDF…</translation>
    </message>
    <message>
        <source>&amp;Dokumenter</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Åbn en sag først: familiens plan udskrives fra den åbne sag.</source>
        <translation>Open a case first: the family plan is printed from the open case.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Familiens plan (til køleskabet)</source>
        <translation>The family plan (for the fridge)</translation>
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
        <source>Hele stafetloggen</source>
        <translation>The full stafetlog</translation>
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
        <source>De tre huse (barnets egne ord)</source>
        <translation>The three houses (the child&apos;s own words)</translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Stafetlog</source>
        <translation>Stafetlog</translation>
    </message>
    <message>
        <source>Indsigt i stafetloggen</source>
        <translation>Insight into the stafetlog</translation>
    </message>
    <message>
        <source>De tre huse</source>
        <translation>The three houses</translation>
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
        <source>Netværkskort {date}</source>
        <translation>Network map {date}</translation>
    </message>
    <message>
        <source>Underskrevet {date}, gælder til {until}</source>
        <translation>Signed {date}, valid until {until}</translation>
    </message>
    <message>
        <source> – trukket tilbage {date}</source>
        <translation> – withdrawn {date}</translation>
    </message>
    <message>
        <source>Underretning {date}</source>
        <translation>Notification {date}</translation>
    </message>
    <message>
        <source>Observation {date}</source>
        <translation>Observation {date}</translation>
    </message>
    <message>
        <source>Forældrene (familien)</source>
        <translation>The parents (the family)</translation>
    </message>
    <message>
        <source>Til eget brug (deles ikke)</source>
        <translation>For my own use (not shared)</translation>
    </message>
    <message>
        <source>Samtykket nævner ikke nogen ved navn under: {kinds}. Der deles kun med parter, forældrene har nævnt ved navn; skriv navnet i samtykket sammen med forældrene.</source>
        <translation>The consent names no one under: {kinds}. Documents are only shared with parties the parents named; write the name in the consent together with the parents.</translation>
    </message>
    <message>
        <source>Til eget brug: dokumentet deles ikke, så der kræves intet samtykke.</source>
        <translation>For your own use: the document is not shared, so no consent is needed.</translation>
    </message>
    <message>
        <source>Bekymringsskalaerne er til de professionelle og gives ikke til familien. Vælg familiens plan eller forældrenes indsigt i stafetloggen i stedet.</source>
        <translation>The worry scales are for the professionals and are not given to the family. Choose the family plan or the parents&apos; insight into the stafetlog instead.</translation>
    </message>
    <message>
        <source>Forældrene har ret til fuld indsigt: dokumentet indeholder alt i loggen, også interne noter, bekymringsskalaer, referater og skemaer. Kun cpr-numre på andre end barnet er udeladt.</source>
        <translation>The parents have the right to full insight: the document holds everything in the log, including internal notes, worry scales, minutes and forms. Only CPR numbers of people other than the child are left out.</translation>
    </message>
    <message>
        <source>Forældrene må altid få dokumenter om deres barn. Dokumentet laves uden CPR-nummer, bekymringsskalaer og interne noter.</source>
        <translation>Parents may always receive documents about their child. The document is made without CPR number, worry scales and internal notes.</translation>
    </message>
    <message>
        <source>Åbn sagen først.</source>
        <translation>Open the case first.</translation>
    </message>
    <message>
        <source>Samtykket underskrevet {signed} nævner denne modtager (gælder til {until}). Delingen skrives i revisionssporet.</source>
        <translation>The consent signed {signed} names this recipient (valid until {until}). The sharing is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Hvilket møde</source>
        <translation>Which meeting</translation>
    </message>
    <message>
        <source>Hvilket netværkskort</source>
        <translation>Which network map</translation>
    </message>
    <message>
        <source>Hvilket samtykke</source>
        <translation>Which consent</translation>
    </message>
    <message>
        <source>Hvilken underretning</source>
        <translation>Which notification</translation>
    </message>
    <message>
        <source>Hvilket observationsskema</source>
        <translation>Which observation form</translation>
    </message>
    <message>
        <source>Hvilken</source>
        <translation>Which one</translation>
    </message>
    <message>
        <source>Gem eller udskriv et dokument</source>
        <translation>Save or print a document</translation>
    </message>
    <message>
        <source>Dokumentet laves som PDF. Gem det, eller udskriv det med det samme (du ser det først).</source>
        <translation>The document is made as a PDF. Save it, or print it right away (you see it first).</translation>
    </message>
    <message>
        <source>&amp;Underskriv digitalt</source>
        <translation>&amp;Sign digitally</translation>
    </message>
    <message>
        <source>Underskriv digitalt</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <source>Opret eller importér en &amp;signatur…</source>
        <translation>Create or import a &amp;signature…</translation>
    </message>
    <message>
        <source>Sæt barnets &amp;navn i filnavnet og PDF&apos;ens titel</source>
        <translation>Put the child&apos;s &amp;name in the file name and the PDF&apos;s title</translation>
    </message>
    <message>
        <source>Sæt barnets navn i filnavnet og PDF&apos;ens titel</source>
        <translation>Put the child&apos;s name in the file name and the PDF&apos;s title</translation>
    </message>
    <message>
        <source>Filnavne og titler ses i fillister, søgning og „seneste filer“, også efter at sagen er lukket. Sæt kun navnet på, når du har brug for det.</source>
        <translation>File names and titles are seen in file lists, search and &quot;recent files&quot;, even after the case is closed. Only add the name when you need it.</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Hvilken:</source>
        <translation>&amp;Which one:</translation>
    </message>
    <message>
        <source>&amp;Til hvem:</source>
        <translation>&amp;For whom:</translation>
    </message>
    <message>
        <source>&amp;Filnavn:</source>
        <translation>&amp;File name:</translation>
    </message>
    <message>
        <source>Forslaget indeholder aldrig et CPR-nummer.</source>
        <translation>The suggestion never contains a CPR number.</translation>
    </message>
    <message>
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Uds&amp;kriv…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Vis dokumentet, og udskriv det på en printer (samme regler som at gemme)</source>
        <translation>Preview the document and print it (the same rules as saving)</translation>
    </message>
    <message>
        <source>Å&amp;bn</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <source>Åbn PDF&apos;en i din PDF-fremviser, fx for at udskrive den</source>
        <translation>Open the PDF in your PDF viewer, e.g. to print it</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Familievisning er slået til, så kun dokumenter til familien kan vælges. {chosen} er valgt i stedet.</source>
        <translation>The family-safe view is on, so only documents for the family can be chosen. {chosen} is chosen instead.</translation>
    </message>
    <message>
        <source>møder</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>sådanne skemaer</source>
        <translation>such forms</translation>
    </message>
    <message>
        <source>Sagen har ingen {what} endnu.</source>
        <translation>The case has no {what} yet.</translation>
    </message>
    <message>
        <source>Du har ingen digital signatur i boksen endnu. Opret en lokal signatur eller importér din medarbejdersignatur for at underskrive dokumenter, du deler.</source>
        <translation>You have no digital signature in the vault yet. Create a local signature or import your employee signature to sign the documents you share.</translation>
    </message>
    <message>
        <source>Gem dokumentet som PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Åbn en sag først.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <source>Laver dokumentet …</source>
        <translation>Making the document …</translation>
    </message>
    <message>
        <source>Dokumentet er gemt og underskrevet: {name}</source>
        <translation>The document is saved and signed: {name}</translation>
    </message>
    <message>
        <source>Dokumentet er gemt: {name}</source>
        <translation>The document is saved: {name}</translation>
    </message>
    <message>
        <source>Tryk Åbn for at se eller udskrive det.</source>
        <translation>Press Open to view or print it.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Din digitale signatur</source>
        <translation>Your digital signature</translation>
    </message>
    <message>
        <source>Signaturen i boksen</source>
        <translation>The signature in the vault</translation>
    </message>
    <message>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Opret en lokal signatur</source>
        <translation>Create a local signature</translation>
    </message>
    <message>
        <source>&amp;Opret signatur</source>
        <translation>&amp;Create signature</translation>
    </message>
    <message>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Som det skal stå i underskriften</source>
        <translation>As it should appear in the signature</translation>
    </message>
    <message>
        <source>&amp;Stilling:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Arbejdsplads:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Stafet laver et lille lokalt nøglecenter og et personligt certifikat, der gælder i 3 år. Nøglerne gemmes kun krypteret i boksen.</source>
        <translation>Stafet makes a small local certificate authority and a personal certificate valid for 3 years. The keys are kept only encrypted in the vault.</translation>
    </message>
    <message>
        <source>Importér din medarbejdersignatur (PKCS#12)</source>
        <translation>Import your employee signature (PKCS#12)</translation>
    </message>
    <message>
        <source>&amp;Vælg fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Fil (.p12/.pfx):</source>
        <translation>&amp;File (.p12/.pfx):</translation>
    </message>
    <message>
        <source>&amp;Adgangskode til filen:</source>
        <translation>The file&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>Betroede rodcertifikater</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <source>&amp;Tilføj et betroet rodcertifikat…</source>
        <translation>&amp;Add a trusted root certificate…</translation>
    </message>
    <message>
        <source>Underskrifter, der kæder til et betroet rodcertifikat (fx kommunens), vises som betroede, når du kontrollerer en PDF.</source>
        <translation>Signatures that chain to a trusted root certificate (e.g. the municipality&apos;s) are shown as trusted when you check a PDF.</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Der er ingen signatur i boksen endnu.</source>
        <translation>There is no signature in the vault yet.</translation>
    </message>
    <message>
        <source>lokal signatur</source>
        <translation>local signature</translation>
    </message>
    <message>
        <source>importeret</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Navn: {name}
Stilling: {role}
Arbejdsplads: {organisation}
Gyldig til: {until}
Udstedt af: {issuer} ({kind})</source>
        <translation>Name: {name}
Role: {role}
Organisation: {organisation}
Valid until: {until}
Issued by: {issuer} ({kind})</translation>
    </message>
    <message>
        <source>Betroede rødder: {roots}</source>
        <translation>Trusted roots: {roots}</translation>
    </message>
    <message>
        <source>Opretter signaturen …</source>
        <translation>Creating the signature …</translation>
    </message>
    <message>
        <source>Signaturen for {name} er oprettet.</source>
        <translation>The signature for {name} has been created.</translation>
    </message>
    <message>
        <source>Vælg din PKCS#12-fil</source>
        <translation>Choose your PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Vælg først PKCS#12-filen.</source>
        <translation>Choose the PKCS#12 file first.</translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Signaturen for {name} er importeret. Filen bruges ikke længere.</source>
        <translation>The signature for {name} has been imported. The file is no longer used.</translation>
    </message>
    <message>
        <source>Vælg et rodcertifikat</source>
        <translation>Choose a root certificate</translation>
    </message>
    <message>
        <source>Certifikater (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Stafet stoler nu på underskrifter udstedt af {issuer}.</source>
        <translation>Stafet now trusts signatures issued by {issuer}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Udskriv: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>Åbn en sag først: dokumenter udskrives fra den åbne sag.</source>
        <translation>Open a case first: documents are printed from the open case.</translation>
    </message>
    <message>
        <source>Familiens plan</source>
        <translation>Family plan</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Filen kan ikke læses. Vælg en anden fil.</source>
        <translation>The file cannot be read. Choose another file.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Filen kan ikke læses. Vælg en anden fil.</source>
        <translation>The file cannot be read. Choose another file.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Kontrollér en underskrevet PDF</source>
        <translation>Check a signed PDF</translation>
    </message>
    <message>
        <source>&amp;Vælg PDF…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Kontrollér</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Vælg den PDF, der skal kontrolleres</source>
        <translation>Choose the PDF to check</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Vælg først en PDF-fil.</source>
        <translation>Choose a PDF file first.</translation>
    </message>
    <message>
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <source>Filen kunne ikke kontrolleres.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <source>Underskriften er i orden: dokumentet er uændret, siden det blev underskrevet, underskriveren er betroet, og certifikatet var gyldigt.</source>
        <translation>The signature is in order: the document is unchanged since it was signed, the signer is trusted, and the certificate was valid.</translation>
    </message>
    <message>
        <source>Underskriften er IKKE i orden: dokumentet er uændret, men det er ikke bekræftet, hvem der har underskrevet. Navnet kan være forfalsket.</source>
        <translation>The signature is NOT in order: the document is unchanged, but who signed it is not confirmed. The name may be forged.</translation>
    </message>
    <message>
        <source>Underskriften er IKKE i orden: dokumentet er uændret, men certifikatet var ikke gyldigt, da der blev underskrevet.</source>
        <translation>The signature is NOT in order: the document is unchanged, but the certificate was not valid when it was signed.</translation>
    </message>
    <message>
        <source>Certifikatet gælder fra {start} til {end}</source>
        <translation>The certificate is valid from {start} to {end}</translation>
    </message>
    <message>
        <source>Underskriveren er betroet: {why}</source>
        <translation>The signer is trusted: {why}</translation>
    </message>
    <message>
        <source>Underskriveren er ikke betroet. Tilføj udstederens rodcertifikat under Dokumenter → Digital signatur, eller kontrollér kontaktens fingeraftryk, hvis du stoler på den.</source>
        <translation>The signer is not trusted. Add the issuer&apos;s root certificate under Documents → Digital signature, or check the contact&apos;s fingerprint, if you trust it.</translation>
    </message>
    <message>
        <source>Revisionsspor ved underskrift: nr. {seq}</source>
        <translation>Audit trail at signing: no. {seq}</translation>
    </message>
    <message>
        <source>Revisionssporets nummer er kun en påstand, så længe underskriveren ikke er betroet.</source>
        <translation>The audit trail number is only a claim as long as the signer is not trusted.</translation>
    </message>
    <message>
        <source>Dokumentet er ændret, efter at det blev underskrevet. Stol ikke på indholdet.</source>
        <translation>The document was changed after it was signed. Do not trust its content.</translation>
    </message>
    <message>
        <source>Underskriften er ugyldig, eller filen er ikke underskrevet.</source>
        <translation>The signature is invalid, or the file is not signed.</translation>
    </message>
    <message>
        <source>Underskrevet af: {who}</source>
        <translation>Signed by: {who}</translation>
    </message>
    <message>
        <source>ifølge tidsstemplet</source>
        <translation>according to the timestamp</translation>
    </message>
    <message>
        <source>ifølge underskriverens ur</source>
        <translation>according to the signer&apos;s clock</translation>
    </message>
    <message>
        <source>Tidspunkt: {date} kl. {time} ({source})</source>
        <translation>Time: {date} at {time} ({source})</translation>
    </message>
</context>
</TS>
