<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/documents/actions.py" line="23" />
        <source>&amp;Gem eller udskriv dokument…</source>
        <translation>&amp;Save or print document…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="27" />
        <source>Lav en PDF af et dokument fra den åbne sag (Ctrl+P)</source>
        <translation>Make a PDF of a document from the open case (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="29" />
        <source>&amp;Digital signatur…</source>
        <translation>&amp;Digital signature…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="32" />
        <source>&amp;Kontrollér en underskrevet PDF…</source>
        <translation>&amp;Check a signed PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/actions.py" line="35" />
        <source>&amp;Dokumenter</source>
        <translation>&amp;Documents</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/choices.py" line="28" />
        <source>Familiens plan (til køleskabet)</source>
        <translation>The family plan (for the fridge)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="29" />
        <source>Invitation til møde</source>
        <translation>Meeting invitation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="30" />
        <source>Referat af møde</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="31" />
        <source>Hele stafetloggen</source>
        <translation>The full stafetlog</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="32" />
        <location filename="../../ui/documents/choices.py" line="45" />
        <source>Netværkskort</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="33" />
        <location filename="../../ui/documents/choices.py" line="46" />
        <source>Bekymringsskalaer</source>
        <translation>Worry scales</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="34" />
        <location filename="../../ui/documents/choices.py" line="47" />
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="35" />
        <location filename="../../ui/documents/choices.py" line="48" />
        <source>Underretning</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="36" />
        <location filename="../../ui/documents/choices.py" line="49" />
        <source>Observationsskema</source>
        <translation>Observation form</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="37" />
        <source>Forældrenes indsigt i stafetloggen</source>
        <translation>The parents' insight into the stafetlog</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="41" />
        <source>Familiens plan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="42" />
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="43" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="44" />
        <source>Stafetlog</source>
        <translation>Stafetlog</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="50" />
        <source>Indsigt i stafetloggen</source>
        <translation>Insight into the stafetlog</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="94" />
        <source>holdt</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="96" />
        <source>planlagt</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="98" />
        <source>{date} kl. {time} – {state}</source>
        <translation>{date} at {time} – {state}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="108" />
        <source>Netværkskort {date}</source>
        <translation>Network map {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="118" />
        <source>Underskrevet {date}, gælder til {until}</source>
        <translation>Signed {date}, valid until {until}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="122" />
        <source> – trukket tilbage {date}</source>
        <translation> – withdrawn {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="132" />
        <source>Underretning {date}</source>
        <translation>Notification {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="143" />
        <source>Observation {date}</source>
        <translation>Observation {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="177" />
        <source>Forældrene (familien)</source>
        <translation>The parents (the family)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="183" />
        <source>Til eget brug (deles ikke)</source>
        <translation>For my own use (not shared)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="216" />
        <source>Til eget brug: dokumentet deles ikke, så der kræves intet samtykke.</source>
        <translation>For your own use: the document is not shared, so no consent is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="224" />
        <source>Bekymringsskalaerne er til de professionelle og gives ikke til familien. Vælg familiens plan eller forældrenes indsigt i stafetloggen i stedet.</source>
        <translation>The worry scales are for the professionals and are not given to the family. Choose the family plan or the parents' insight into the stafetlog instead.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="232" />
        <source>Forældrene må altid få dokumenter om deres barn. Dokumentet laves uden CPR-nummer, bekymringsskalaer og interne noter.</source>
        <translation>Parents may always receive documents about their child. The document is made without CPR number, worry scales and internal notes.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="240" />
        <source>Åbn sagen først.</source>
        <translation>Open the case first.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/choices.py" line="250" />
        <source>Samtykket dækker denne modtager (gælder til {until}). Delingen skrives i revisionssporet.</source>
        <translation>The consent covers this recipient (valid until {until}). The sharing is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="32" />
        <location filename="../../ui/documents/export_dialog.py" line="33" />
        <source>Hvilket møde</source>
        <translation>Which meeting</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="34" />
        <source>Hvilket netværkskort</source>
        <translation>Which network map</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="35" />
        <source>Hvilket samtykke</source>
        <translation>Which consent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="36" />
        <source>Hvilken underretning</source>
        <translation>Which notification</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="37" />
        <source>Hvilket observationsskema</source>
        <translation>Which observation form</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="39" />
        <source>Hvilken</source>
        <translation>Which one</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="62" />
        <source>Gem eller udskriv et dokument</source>
        <translation>Save or print a document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="71" />
        <source>Dokumentet laves som PDF. Åbn den bagefter for at udskrive den.</source>
        <translation>The document is made as a PDF. Open it afterwards to print it.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="91" />
        <source>&amp;Underskriv digitalt</source>
        <translation>&amp;Sign digitally</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="93" />
        <source>Underskriv digitalt</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="95" />
        <source>Opret eller importér en &amp;signatur…</source>
        <translation>Create or import a &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="109" />
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="110" />
        <source>&amp;Hvilken:</source>
        <translation>&amp;Which one:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="112" />
        <source>&amp;Til hvem:</source>
        <translation>&amp;For whom:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="117" />
        <source>&amp;Filnavn:</source>
        <translation>&amp;File name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="119" />
        <source>Forslaget indeholder aldrig et CPR-nummer.</source>
        <translation>The suggestion never contains a CPR number.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="126" />
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="130" />
        <source>Å&amp;bn</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="133" />
        <source>Åbn PDF'en i din PDF-fremviser, fx for at udskrive den</source>
        <translation>Open the PDF in your PDF viewer, e.g. to print it</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="137" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="220" />
        <source>møder</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="220" />
        <source>sådanne skemaer</source>
        <translation>such forms</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="221" />
        <source>Sagen har ingen {what} endnu.</source>
        <translation>The case has no {what} yet.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="266" />
        <source>Du har ingen digital signatur i boksen endnu. Opret en lokal signatur eller importér din medarbejdersignatur for at underskrive dokumenter, du deler.</source>
        <translation>You have no digital signature in the vault yet. Create a local signature or import your employee signature to sign the documents you share.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="293" />
        <source>Gem dokumentet som PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="295" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="306" />
        <source>Åbn en sag først.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="312" />
        <source>Laver dokumentet …</source>
        <translation>Making the document …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="335" />
        <source>Dokumentet er gemt og underskrevet: {name}</source>
        <translation>The document is saved and signed: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="337" />
        <source>Dokumentet er gemt: {name}</source>
        <translation>The document is saved: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/export_dialog.py" line="339" />
        <source>Tryk Åbn for at se eller udskrive det.</source>
        <translation>Press Open to view or print it.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="102" />
        <source>Din digitale signatur</source>
        <translation>Your digital signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="105" />
        <source>Signaturen i boksen</source>
        <translation>The signature in the vault</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="106" />
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="112" />
        <source>Opret en lokal signatur</source>
        <translation>Create a local signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="119" />
        <source>&amp;Opret signatur</source>
        <translation>&amp;Create signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="124" />
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="124" />
        <source>Som det skal stå i underskriften</source>
        <translation>As it should appear in the signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="126" />
        <source>&amp;Stilling:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="127" />
        <source>&amp;Arbejdsplads:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="131" />
        <source>Stafet laver et lille lokalt nøglecenter og et personligt certifikat, der gælder i 3 år. Nøglerne gemmes kun krypteret i boksen.</source>
        <translation>Stafet makes a small local certificate authority and a personal certificate valid for 3 years. The keys are kept only encrypted in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="139" />
        <source>Importér din medarbejdersignatur (PKCS#12)</source>
        <translation>Import your employee signature (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="142" />
        <source>&amp;Vælg fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="151" />
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="155" />
        <source>&amp;Fil (.p12/.pfx):</source>
        <translation>&amp;File (.p12/.pfx):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="156" />
        <source>&amp;Adgangskode til filen:</source>
        <translation>The file's &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="159" />
        <source>Betroede rodcertifikater</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="160" />
        <source>&amp;Tilføj et betroet rodcertifikat…</source>
        <translation>&amp;Add a trusted root certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="166" />
        <source>Underskrifter, der kæder til et betroet rodcertifikat (fx kommunens), vises som betroede, når du kontrollerer en PDF.</source>
        <translation>Signatures that chain to a trusted root certificate (e.g. the municipality's) are shown as trusted when you check a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="177" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="206" />
        <source>Der er ingen signatur i boksen endnu.</source>
        <translation>There is no signature in the vault yet.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="209" />
        <source>lokal signatur</source>
        <translation>local signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="209" />
        <source>importeret</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="211" />
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
        <location filename="../../ui/documents/identity_dialog.py" line="223" />
        <source>Betroede rødder: {roots}</source>
        <translation>Trusted roots: {roots}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="241" />
        <source>Opretter signaturen …</source>
        <translation>Creating the signature …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="249" />
        <source>Signaturen for {name} er oprettet.</source>
        <translation>The signature for {name} has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="256" />
        <source>Vælg din PKCS#12-fil</source>
        <translation>Choose your PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="256" />
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="267" />
        <source>Vælg først PKCS#12-filen.</source>
        <translation>Choose the PKCS#12 file first.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="271" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="278" />
        <source>Signaturen for {name} er importeret. Filen bruges ikke længere.</source>
        <translation>The signature for {name} has been imported. The file is no longer used.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="288" />
        <source>Vælg et rodcertifikat</source>
        <translation>Choose a root certificate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="290" />
        <source>Certifikater (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="304" />
        <source>Stafet stoler nu på underskrifter udstedt af {issuer}.</source>
        <translation>Stafet now trusts signatures issued by {issuer}.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../ui/documents/identity_dialog.py" line="77" />
        <location filename="../../ui/documents/identity_dialog.py" line="90" />
        <source>Filen kan ikke læses. Vælg en anden fil.</source>
        <translation>The file cannot be read. Choose another file.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="28" />
        <source>Filen kan ikke læses. Vælg en anden fil.</source>
        <translation>The file cannot be read. Choose another file.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="71" />
        <source>Kontrollér en underskrevet PDF</source>
        <translation>Check a signed PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="76" />
        <source>&amp;Vælg PDF…</source>
        <translation>&amp;Choose PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="83" />
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="84" />
        <source>&amp;Kontrollér</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="100" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="119" />
        <source>Vælg den PDF, der skal kontrolleres</source>
        <translation>Choose the PDF to check</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="119" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="128" />
        <source>Vælg først en PDF-fil.</source>
        <translation>Choose a PDF file first.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="131" />
        <source>Kontrollerer …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="141" />
        <source>Filen kunne ikke kontrolleres.</source>
        <translation>The file could not be checked.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="149" />
        <source>Underskriften er i orden: dokumentet er uændret, siden det blev underskrevet.</source>
        <translation>The signature is in order: the document is unchanged since it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="154" />
        <source>Dokumentet er ændret, efter at det blev underskrevet. Stol ikke på indholdet.</source>
        <translation>The document was changed after it was signed. Do not trust its content.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="158" />
        <source>Underskriften er ugyldig, eller filen er ikke underskrevet.</source>
        <translation>The signature is invalid, or the file is not signed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="170" />
        <source>Underskrevet af: {who}</source>
        <translation>Signed by: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="174" />
        <source>ifølge tidsstemplet</source>
        <translation>according to the timestamp</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="176" />
        <source>ifølge underskriverens ur</source>
        <translation>according to the signer's clock</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="179" />
        <source>Tidspunkt: {date} kl. {time} ({source})</source>
        <translation>Time: {date} at {time} ({source})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="184" />
        <source>Udsteder: ikke kontrolleret (boksen er låst)</source>
        <translation>Issuer: not checked (the vault is locked)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="186" />
        <source>Udsteder: kæder til et betroet rodcertifikat</source>
        <translation>Issuer: chains to a trusted root certificate</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="190" />
        <source>Udsteder: kæder ikke til et betroet rodcertifikat. Tilføj udstederens rodcertifikat under Dokumenter → Digital signatur, hvis du stoler på det.</source>
        <translation>Issuer: does not chain to a trusted root certificate. Add the issuer's root certificate under Documents → Digital signature if you trust it.</translation>
    </message>
</context>
</TS>