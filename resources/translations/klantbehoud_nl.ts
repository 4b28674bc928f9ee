<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working out the plan…</source>
        <translation>Het plan wordt gemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions</source>
        <translation>
            <numerusform>{count} actie</numerusform>
            <numerusform>{count} acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} actions overdue (red), {open} still to do in the coming weeks. Plan until {end}.</source>
        <translation>
            <numerusform>{overdue} actie achterstallig (rood), {open} nog te doen in de komende weken. Planning tot en met {end}.</numerusform>
            <numerusform>{overdue} acties achterstallig (rood), {open} nog te doen in de komende weken. Planning tot en met {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} older actions expired (grey): too late to be worth doing now.</source>
        <translation>
            <numerusform>{n} oudere actie is verlopen (grijs): te laat om nog zinvol te zijn.</numerusform>
            <numerusform>{n} oudere acties zijn verlopen (grijs): te laat om nog zinvol te zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>Agenda for {day}</source>
        <translation>Agenda voor {day}</translation>
    </message>
    <message>
        <source>{n} left out (no consent)</source>
        <translation>{n} overgeslagen (geen toestemming)</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>verplaatst van {day}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Save the list for a mail merge</source>
        <translation>Lijst opslaan voor samenvoegen (mail merge)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the plan for your agenda</source>
        <translation>Planning opslaan voor je agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Actions on the chosen day</source>
        <translation>Acties op de gekozen dag</translation>
    </message>
    <message>
        <source>Customers of the chosen action</source>
        <translation>Klanten van de gekozen actie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>Een week later</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Weer openen</translation>
    </message>
    <message>
        <source>Customer done</source>
        <translation>Klant gedaan</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Lijst exporteren…</translation>
    </message>
    <message>
        <source>Put the plan in my agenda (.ics)…</source>
        <translation>Planning in mijn agenda zetten (.ics)…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regels…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Copy the chart</source>
        <translation>Grafiek kopiëren</translation>
    </message>
    <message>
        <source>Save the chart as PNG…</source>
        <translation>Grafiek opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save the chart as SVG…</source>
        <translation>Grafiek opslaan als SVG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>{chart}: the numbers</source>
        <translation>{chart}: de cijfers</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Toon als grafiek</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Toon als tabel</translation>
    </message>
</context>
<context>
    <name>ChurnPage</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Klanten aan het begin</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Klantverloop per maand</translation>
    </message>
    <message>
        <source>A customer counts as lost after this many days without a purchase:</source>
        <translation>Een klant telt als verloren na zoveel dagen zonder aankoop:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>From your data</source>
        <translation>Uit je gegevens</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Zelf ingevuld</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Type whole numbers only.</source>
        <translation>Typ alleen hele getallen.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Customers at the start (S)</source>
        <translation>Klanten aan het begin (S)</translation>
    </message>
    <message>
        <source>Customers at the end (E)</source>
        <translation>Klanten aan het eind (E)</translation>
    </message>
    <message>
        <source>New customers (N)</source>
        <translation>Nieuwe klanten (N)</translation>
    </message>
    <message>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Retention rate per period</source>
        <translation>Klantbehoud per periode</translation>
    </message>
    <message>
        <source>Period counts</source>
        <translation>Aantallen per periode</translation>
    </message>
    <message>
        <source>Counts per period</source>
        <translation>Aantallen per periode</translation>
    </message>
    <message>
        <source>No customer list? Count per period how many customers you had at the start (S), at the end (E), and how many were new (N). CRR = ((E − N) / S) × 100 appears as you type. Example: 10 customers at the start of the year, 2 lost and none new: ((8 − 0) / 10) × 100 = 80 %.</source>
        <translation>Geen klantenlijst? Tel per periode hoeveel klanten je aan het begin had (S), aan het eind (E) en hoeveel er nieuw waren (N). CRR = ((E − N) / S) × 100 verschijnt terwijl je typt. Voorbeeld: 10 klanten aan het begin van het jaar, 2 weg en geen nieuwe: ((8 − 0) / 10) × 100 = 80 %.</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Periode toevoegen</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Periode verwijderen</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>lost on {date}</source>
        <translation>verloren op {date}</translation>
    </message>
    <message>
        <source>contact (never bought)</source>
        <translation>contact (nooit gekocht)</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>in de gevarenzone</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Chance to buy in {days} days</source>
        <translation>Kans op aankoop binnen {days} dagen</translation>
    </message>
    <message>
        <source>Expected revenue, {days} days</source>
        <translation>Verwachte omzet, {days} dagen</translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation>Waarde, 12 maanden</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Hoe zeker</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Kans nog klant</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>Hoe ze ons vonden</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filiaal</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Voorspellingen worden berekend…</translation>
    </message>
    <message>
        <source>Predictions could not be made for this data; the other figures are not affected.</source>
        <translation>Voor deze gegevens lukten de voorspellingen niet; de andere cijfers kloppen gewoon.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} customers</source>
        <translation>
            <numerusform>{shown} van {total} klant</numerusform>
            <numerusform>{shown} van de {total} klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({id}) · {status} · {orders} orders · {revenue}</source>
        <translation>{name} ({id}) · {status} · {orders} bestellingen · {revenue}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Group: {group} · chance to buy in the next {days} days: {chance} · expected revenue then: {revenue} · value over 12 months: {value} ({sure})</source>
        <translation>Groep: {group} · kans op een aankoop in de komende {days} dagen: {chance} · verwachte omzet in die tijd: {revenue} · waarde over 12 maanden: {value} ({sure})</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enquêteantwoorden</translation>
    </message>
    <message>
        <source>Save this list</source>
        <translation>Deze lijst opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Toestemming voor mailings</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Save everything about this customer</source>
        <translation>Alles over deze klant opslaan</translation>
    </message>
    <message>
        <source>Delete this customer?</source>
        <translation>Deze klant verwijderen?</translation>
    </message>
    <message>
        <source>{name} ({id}) and all their orders, survey answers and calendar marks will be removed from this shop for good. Backups made earlier still hold them.</source>
        <translation>{name} ({id}) en al diens bestellingen, enquêteantwoorden en kalendermarkeringen worden definitief uit deze winkel verwijderd. Eerder gemaakte reservekopieën bevatten ze nog wel.</translation>
    </message>
    <message>
        <source>The customer was not deleted</source>
        <translation>De klant is niet verwijderd</translation>
    </message>
    <message>
        <source>Also from the backups?</source>
        <translation>Ook uit de reservekopieën?</translation>
    </message>
    <message>
        <source>{n} backup copies of this shop may still hold {name}. Remove them from those copies too? If not, they stay there until the copies are replaced: Klantbehoud keeps the newest {keep} daily copies.</source>
        <translation>In {n} reservekopieën van deze winkel kan {name} nog staan. Ook daaruit verwijderen? Zo niet, dan blijven de gegevens daar staan tot de kopieën vervangen worden: Klantbehoud bewaart de nieuwste {keep} dagelijkse kopieën.</translation>
    </message>
    <message>
        <source>Removed from {held} of the {n} backup copies (the others did not hold them).</source>
        <translation>Verwijderd uit {held} van de {n} reservekopieën (in de andere stond deze klant niet).</translation>
    </message>
    <message numerus="yes">
        <source>{count} copies could not be changed: {files}</source>
        <translation>
            <numerusform>{count} kopie kon niet worden aangepast: {files}</numerusform>
            <numerusform>{count} kopieën konden niet worden aangepast: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Search by name, e-mail, number…</source>
        <translation>Zoek op naam, e-mail, nummer…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Klanten zoeken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In de gevarenzone</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Top 20 % by revenue</source>
        <translation>Beste 20 % naar omzet</translation>
    </message>
    <message>
        <source>New in this period</source>
        <translation>Nieuw in deze periode</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotors (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Criticasters (0–6)</translation>
    </message>
    <message>
        <source>Likely to buy soon (50 % or more)</source>
        <translation>Koopt waarschijnlijk binnenkort (50 % of meer)</translation>
    </message>
    <message>
        <source>Unlikely to buy soon (under 20 %)</source>
        <translation>Koopt waarschijnlijk niet binnenkort (onder 20 %)</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Groep: {name}</translation>
    </message>
    <message>
        <source>Orders and answers…</source>
        <translation>Bestellingen en antwoorden…</translation>
    </message>
    <message>
        <source>Export everything about this customer…</source>
        <translation>Alles over deze klant exporteren…</translation>
    </message>
    <message>
        <source>Delete this customer…</source>
        <translation>Deze klant verwijderen…</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Deze lijst exporteren…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>How is this computed?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>Retention rate (CRR)</source>
        <translation>Klantbehoud (CRR)</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Klantverloop per maand</translation>
    </message>
    <message>
        <source>Expected customer lifetime</source>
        <translation>Verwachte klantduur</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Herhaalaankopen</translation>
    </message>
    <message>
        <source>Came on a recommendation</source>
        <translation>Via een aanbeveling</translation>
    </message>
    <message>
        <source>Revenue from your top 20 %</source>
        <translation>Omzet van je beste 20 %</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Klanten in de gevarenzone</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Churn per month, with the 6-month average and the 2 % target</source>
        <translation>Klantverloop per maand, met het 6-maandsgemiddelde en het doel van 2 %</translation>
    </message>
    <message>
        <source>How likely customers are to recommend you (0–10)</source>
        <translation>Hoe graag klanten je aanbevelen (0–10)</translation>
    </message>
    <message>
        <source>Per quarter, the last six quarters up to {last}</source>
        <translation>Per kwartaal, de laatste zes kwartalen tot en met {last}</translation>
    </message>
    <message>
        <source> (demo shop)</source>
        <translation> (demowinkel)</translation>
    </message>
    <message>
        <source>{shop}{demo} · {first} to {last} · a customer counts as lost after {days} days without a purchase</source>
        <translation>{shop}{demo} · {first} t/m {last} · een klant telt als verloren na {days} dagen zonder aankoop</translation>
    </message>
    <message>
        <source>At this rate {six} of customers are lost in 6 months</source>
        <translation>Zo verlies je {six} van je klanten in 6 maanden</translation>
    </message>
    <message>
        <source>No customers lost in these six months</source>
        <translation>Geen klanten kwijtgeraakt in deze zes maanden</translation>
    </message>
    <message>
        <source>Follows from the churn rate, which is not known yet</source>
        <translation>Volgt uit het klantverloop, dat nog niet bekend is</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers, between {low} and {high} (95 %)</source>
        <translation>
            <numerusform>{n} antwoord, tussen {low} en {high} (95 %)</numerusform>
            <numerusform>{n} antwoorden, tussen {low} en {high} (95 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>few answers: a rough figure</source>
        <translation>weinig antwoorden: een ruwe schatting</translation>
    </message>
    <message>
        <source>Predictions could not be made; see the log file</source>
        <translation>Voorspellingen lukten niet; zie het logbestand</translation>
    </message>
    <message>
        <source>being calculated…</source>
        <translation>wordt berekend…</translation>
    </message>
    <message>
        <source>regular customers whose chance to buy in the next {days} days dropped below half</source>
        <translation>vaste klanten van wie de kans op een aankoop in de komende {days} dagen onder de helft is gezakt</translation>
    </message>
    <message>
        <source>past their usual time between purchases (too little history for predictions)</source>
        <translation>langer weg dan hun gewone tijd tussen aankopen (te weinig geschiedenis voor voorspellingen)</translation>
    </message>
    <message>
        <source>No answers in this period; import a survey or type scores on the NPS page</source>
        <translation>Geen antwoorden in deze periode; importeer een enquête of typ scores in op de pagina NPS</translation>
    </message>
    <message>
        <source>Not known: no new customer has a “how did you hear about us?” answer in your data</source>
        <translation>Niet bekend: geen enkele nieuwe klant heeft een antwoord op “hoe ken je ons?” in je gegevens</translation>
    </message>
    <message>
        <source>Not known: no amounts in this period (import orders, or a list with total spent)</source>
        <translation>Niet bekend: geen bedragen in deze periode (importeer bestellingen, of een lijst met totaal besteed)</translation>
    </message>
    <message>
        <source>Not known: needs purchase dates (orders, or a last purchase date per customer)</source>
        <translation>Niet bekend: hiervoor zijn aankoopdatums nodig (bestellingen, of per klant een laatste aankoop)</translation>
    </message>
    <message numerus="yes">
        <source>None of your {n} answers is in this period: they run from {first} to {last}</source>
        <translation>
            <numerusform>Je {n} antwoord valt niet in deze periode: het is van {first}</numerusform>
            <numerusform>Geen van je {n} antwoorden valt in deze periode: ze lopen van {first} tot en met {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Typed in for {label}: S {s}, E {e}, N {n}</source>
        <translation>Ingetypt voor {label}: S {s}, E {e}, N {n}</translation>
    </message>
    <message>
        <source>6-month average; last month {pct} (target 2 %)</source>
        <translation>gemiddelde over 6 maanden; vorige maand {pct} (doel 2 %)</translation>
    </message>
    <message>
        <source>Use {days} days instead</source>
        <translation>Gebruik {days} dagen</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} jaar</translation>
    </message>
    <message numerus="yes">
        <source>{k} customers bring this share of the revenue</source>
        <translation>
            <numerusform>{k} klant brengt dit deel van de omzet</numerusform>
            <numerusform>{k} klanten brengen dit deel van de omzet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Period: {first} to {last}.</source>
        <translation>Periode: {first} t/m {last}.</translation>
    </message>
    <message>
        <source>A customer counts as lost after {days} days without a purchase (or on the date they left, where your list has one).</source>
        <translation>Een klant telt als verloren na {days} dagen zonder aankoop (of op de datum van opzeggen, als je lijst die heeft).</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 cannot be computed: {why}</source>
        <translation>CRR = ((E − N) / S) × 100 is niet te berekenen: {why}</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.</source>
        <translation>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.</translation>
    </message>
    <message numerus="yes">
        <source>S = {s} customers on the day before the period.</source>
        <translation>
            <numerusform>S = {s} klant op de dag voor de periode.</numerusform>
            <numerusform>S = {s} klanten op de dag voor de periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E = {e} customers on its last day.</source>
        <translation>
            <numerusform>E = {e} klant op de laatste dag.</numerusform>
            <numerusform>E = {e} klanten op de laatste dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>N = {n} customers who joined during it ({brand} for the first time, {back} won back: lost before and back again).</source>
        <translation>
            <numerusform>N = {n} klant die er in de periode bij kwam ({brand} voor het eerst, {back} teruggewonnen: eerder kwijt en weer terug).</numerusform>
            <numerusform>N = {n} klanten die er in de periode bij kwamen ({brand} voor het eerst, {back} teruggewonnen: eerder kwijt en weer terug).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kept} of the {s} customers at the start stayed all period without a break.</source>
        <translation>
            <numerusform>{kept} van de {s} klanten aan het begin bleef de hele periode zonder onderbreking.</numerusform>
            <numerusform>{kept} van de {s} klanten aan het begin bleven de hele periode zonder onderbreking.</numerusform>
        </translation>
    </message>
    <message>
        <source>To raise it: thank new customers, ask for feedback, and contact customers before they drift off.</source>
        <translation>Zo krijg je hem omhoog: bedank nieuwe klanten, vraag om feedback en neem contact op voordat klanten wegblijven.</translation>
    </message>
    <message>
        <source>6-month average = customers lost over 6 months / customers at the start / 6 = {lost} / {start} / 6 = {pct} a month ({first} to {last}).

Small shops see the monthly figure jump around; the average over six months is steadier. A good target is 2 % a month.</source>
        <translation>6-maandsgemiddelde = klanten verloren in 6 maanden / klanten aan het begin / 6 = {lost} / {start} / 6 = {pct} per maand ({first} t/m {last}).

Bij een kleine winkel springt het cijfer per maand op en neer; het gemiddelde over zes maanden is rustiger. Een goed doel is 2 % per maand.</translation>
    </message>
    <message>
        <source>NPS needs answers to the question “How likely is it that you would recommend us, from 0 to 10?”. There are none in this period.</source>
        <translation>Voor de NPS zijn antwoorden nodig op de vraag “Hoe waarschijnlijk is het dat je ons aanbeveelt, van 0 tot 10?”. In deze periode zijn die er niet.</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}, from the counts you typed in for {label}: S = customers at the start, E = at the end, N = new during the period.</source>
        <translation>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}, uit de aantallen die je voor {label} hebt ingetypt: S = klanten aan het begin, E = aan het eind, N = nieuw in de periode.</translation>
    </message>
    <message numerus="yes">
        <source>E − N = {diff} is lower than {kept} because {left} of the customers who joined left again within the period: they count in N but not in E.</source>
        <translation>
            <numerusform>E − N = {diff} is lager dan {kept} omdat {left} van de klanten die erbij kwamen in dezelfde periode weer wegging: die telt mee in N, maar niet in E.</numerusform>
            <numerusform>E − N = {diff} is lager dan {kept} omdat {left} van de klanten die erbij kwamen in dezelfde periode weer weggingen: ze tellen mee in N, maar niet in E.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 6-month average cannot be computed: {why}</source>
        <translation>Het gemiddelde over 6 maanden is niet te berekenen: {why}</translation>
    </message>
    <message>
        <source>The expected lifetime follows from the 6-month churn average, which is not known yet (or no customer was lost).</source>
        <translation>De verwachte klantduur volgt uit het gemiddelde klantverloop over 6 maanden, dat nog niet bekend is (of er ging geen klant weg).</translation>
    </message>
    <message>
        <source>Expected lifetime = 1 / monthly churn = 1 / {c} = {months} months ({years} years).

Losing {c} of the remaining customers every month loses 1 − (1 − {c})⁶ = {six} of them in six months.</source>
        <translation>Verwachte klantduur = 1 / klantverloop per maand = 1 / {c} = {months} maanden ({years} jaar).

Wie elke maand {c} van de overgebleven klanten verliest, is er na zes maanden 1 − (1 − {c})⁶ = {six} kwijt.</translation>
    </message>
    <message>
        <source>Your own counts for {first} to {last}: {lost} of {start} lost ({share}); the average spreads that evenly over the six months.</source>
        <translation>Je eigen aantallen voor {first} tot en met {last}: {lost} van {start} kwijt ({share}); het gemiddelde verdeelt dat gelijk over de zes maanden.</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) = {p} − {d} = {score}.

{n} answers: {pc} promoters, {pa} passives, {dc} detractors. With this many answers the true score lies between {low} and {high} (95 % interval, adjusted Wald); more answers make it firmer.</source>
        <translation>NPS = % promotors (9–10) − % criticasters (0–6) = {p} − {d} = {score}.

{n} antwoorden: {pc} promotors, {pa} passieven, {dc} criticasters. Met zoveel antwoorden ligt de echte score tussen {low} en {high} (95 %-interval, aangepaste Wald); meer antwoorden maken hem zekerder.</translation>
    </message>
    <message>
        <source>Under 30 answers, every new answer can move the score a lot.</source>
        <translation>Onder de 30 antwoorden kan elk nieuw antwoord de score flink verschuiven.</translation>
    </message>
    <message>
        <source>The repeat purchase rate cannot be computed: {why}</source>
        <translation>Het herhaalaankooppercentage is niet te berekenen: {why}</translation>
    </message>
    <message>
        <source>Repeat purchase rate = customers who bought again during the period / customers on the day before it = {again} / {base} = {pct}. The base is fixed at the start: customers who drift off later still count in it.</source>
        <translation>Herhaalaankopen = klanten die in de periode opnieuw kochten / klanten op de dag ervoor = {again} / {base} = {pct}. De basis ligt vast bij het begin: klanten die later afhaken, tellen gewoon mee.</translation>
    </message>
    <message>
        <source>Referral rate = new customers who came on a recommendation / new customers whose source is known = {ref} / {known} = {pct}. {unknown} new customers without a known source are not counted.</source>
        <translation>Aanbevelingspercentage = nieuwe klanten die via een aanbeveling kwamen / nieuwe klanten met bekende herkomst = {ref} / {known} = {pct}. {unknown} nieuwe klanten zonder bekende herkomst tellen niet mee.</translation>
    </message>
    <message>
        <source>Ask every new customer “How did you hear about us?” to make this figure firmer.</source>
        <translation>Vraag elke nieuwe klant “Hoe heb je ons gevonden?”, dan wordt dit cijfer betrouwbaarder.</translation>
    </message>
    <message>
        <source>The best {k} of your {n} paying customers (20 %) brought {share} of the revenue in this period: {top} of {total}. Look after them: they are the ones to keep.</source>
        <translation>Je beste {k} van de {n} betalende klanten (20 %) brachten in deze periode {share} van de omzet: {top} van {total}. Zorg goed voor ze: dit zijn de klanten die je wilt houden.</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Voorspellingen worden berekend…</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have stayed away longer than 1.5 × their usual time between purchases, but do not count as lost yet. For customers with one purchase the shop&apos;s usual interval is used. This plain rule stands in because: {why}</source>
        <translation>
            <numerusform>{n} klant is langer weggebleven dan 1,5 × de gewone tijd tussen aankopen, maar telt nog niet als verloren. Voor klanten met één aankoop geldt de gewone tijd van de winkel. Deze eenvoudige regel geldt omdat: {why}</numerusform>
            <numerusform>{n} klanten zijn langer weggebleven dan 1,5 × hun gewone tijd tussen aankopen, maar tellen nog niet als verloren. Voor klanten met één aankoop geldt de gewone tijd van de winkel. Deze eenvoudige regel geldt omdat: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} customers are at risk: customers worth keeping (they bought on two days or more, and at least as much as the median repeat buyer) who still count as customers, whose chance to buy in the next {days} days was at least 50 % right after their last purchase and is now below 50 %. The chance comes from each customer&apos;s own buying pace and silence (see Predictions). Of your {repeat} repeat buyers, {n} are slipping away in this sense. A personal message or a small offer now is cheaper than finding a new customer.</source>
        <translation>
            <numerusform>{n} klant loopt risico: klanten die je wilt houden (ze kochten op twee of meer dagen, en minstens zoveel als de middelste terugkerende klant), die nog als klant tellen, en van wie de kans op een aankoop in de komende {days} dagen vlak na hun laatste aankoop minstens 50 % was en nu onder 50 % ligt. Die kans volgt uit het eigen koopritme en de stilte van elke klant (zie Voorspellingen). Van je {repeat} terugkerende klanten glipt er zo {n} weg. Een persoonlijk bericht of een kleine aanbieding nu is goedkoper dan een nieuwe klant vinden.</numerusform>
            <numerusform>{n} klanten lopen risico: klanten die je wilt houden (ze kochten op twee of meer dagen, en minstens zoveel als de middelste terugkerende klant), die nog als klant tellen, en van wie de kans op een aankoop in de komende {days} dagen vlak na hun laatste aankoop minstens 50 % was en nu onder 50 % ligt. Die kans volgt uit het eigen koopritme en de stilte van elke klant (zie Voorspellingen). Van je {repeat} terugkerende klanten glippen er zo {n} weg. Een persoonlijk bericht of een kleine aanbieding nu is goedkoper dan een nieuwe klant vinden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Nieuwe winkel…</translation>
    </message>
    <message>
        <source>&amp;Open a shop file…</source>
        <translation>&amp;Winkelbestand openen…</translation>
    </message>
    <message>
        <source>Open a shop on a &amp;server…</source>
        <translation>Winkel op een &amp;server openen…</translation>
    </message>
    <message>
        <source>&amp;Copy this shop to a server…</source>
        <translation>Deze winkel naar een server &amp;kopiëren…</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Spreadsheet &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>Laatste import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>&amp;Demowinkel openen</translation>
    </message>
    <message>
        <source>Read the shop &amp;again</source>
        <translation>Winkel opnieuw &amp;inlezen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>{database} on {server}</source>
        <translation>{database} op {server}</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Laatste import ongedaan maken</translation>
    </message>
    <message>
        <source>There is nothing to undo: no import yet, or something was changed after it.</source>
        <translation>Er is niets ongedaan te maken: nog geen import, of er is daarna iets anders veranderd.</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({when})? It removes the {orders} orders and {answers} survey answers it added, and puts the {customers} customers it added or changed back as they were.</source>
        <translation>De import van {file} ({when}) ongedaan maken? Dan verdwijnen de {orders} bestellingen en {answers} enquêteantwoorden die erbij kwamen, en staan de {customers} klanten die erbij kwamen of veranderden weer zoals ze waren.</translation>
    </message>
    <message>
        <source>The import was not undone</source>
        <translation>De import is niet ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Klantbehoud workspaces (*{suffix})</source>
        <translation>Klantbehoud-bestanden (*{suffix})</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Wil je het alleen-lezen openen?</translation>
    </message>
    <message>
        <source>This workspace cannot be opened</source>
        <translation>Dit bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Open a shop on a server</source>
        <translation>Winkel op een server openen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Wachtwoord niet bewaard</translation>
    </message>
    <message>
        <source>This PC has no keyring to keep the password in; you will be asked for it next time.</source>
        <translation>Deze pc heeft geen sleutelbos om het wachtwoord in te bewaren; de volgende keer vragen we het opnieuw.</translation>
    </message>
    <message>
        <source>Copy this shop to a server</source>
        <translation>Deze winkel naar een server kopiëren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>The shop was not copied</source>
        <translation>De winkel is niet gekopieerd</translation>
    </message>
    <message>
        <source>Shop copied</source>
        <translation>Winkel gekopieerd</translation>
    </message>
    <message>
        <source>The shop is now also on {server}. Open it there on every PC that uses it (File &gt; Open a shop on a server); this file stays as it was.</source>
        <translation>De winkel staat nu ook op {server}. Open hem daar op elke pc die hem gebruikt (Bestand &gt; Winkel op een server openen); dit bestand blijft zoals het was.</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Winkel openen</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nieuwe winkel</translation>
    </message>
    <message>
        <source>Name of your shop:</source>
        <translation>Naam van je winkel:</translation>
    </message>
    <message>
        <source>Where to keep the shop&apos;s file</source>
        <translation>Waar wil je het bestand van de winkel bewaren?</translation>
    </message>
    <message>
        <source>The shop cannot be created</source>
        <translation>De winkel kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>Save the shop as</source>
        <translation>Winkel opslaan als</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>De kopie kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>Geen reservekopieën</translation>
    </message>
    <message>
        <source>There are no backups of this shop yet in {folder}.</source>
        <translation>Er staan nog geen reservekopieën van deze winkel in {folder}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Which day do you want back?</source>
        <translation>Welke dag wil je terug?</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>De reservekopie kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <source>The shop is back as it was on that day. The version you had is kept as {file}.</source>
        <translation>De winkel staat weer zoals op die dag. De versie die je had, is bewaard als {file}.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Choose your customer list, your orders or your survey answers (Excel, LibreOffice or CSV, also exports from Shopify, WooCommerce, Lightspeed, Square, Stripe, Mollie, Mailchimp, Google Forms, Typeform and SurveyMonkey). Check which column is which, look at the problems, then import. Nothing is stored before you click Import.</source>
        <translation>Kies je klantenlijst, je bestellingen of je enquêteantwoorden (Excel, LibreOffice of CSV, ook exports van Shopify, WooCommerce, Lightspeed, Square, Stripe, Mollie, Mailchimp, Google Formulieren, Typeform en SurveyMonkey). Controleer welke kolom wat is, bekijk de problemen en importeer dan. Er wordt niets opgeslagen voordat je op Importeren klikt.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Kies een bestand…</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>In dit bestand staan:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Welke kolom is wat</translation>
    </message>
    <message>
        <source>Show only the columns in use</source>
        <translation>Alleen de gebruikte kolommen tonen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>A customer list</source>
        <translation>Een klantenlijst</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Enquêteantwoorden</translation>
    </message>
    <message>
        <source>Counts per period (S, E, N)</source>
        <translation>Aantallen per periode (S, E, N)</translation>
    </message>
    <message>
        <source>Lost customers per month</source>
        <translation>Verloren klanten per maand</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puntkomma (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Verticale streep (|)</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (verborgen)</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— niet gebruiken —</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
    <message>
        <source>Star ratings or recommendation scores?</source>
        <translation>Sterren of aanbevelingsscores?</translation>
    </message>
    <message>
        <source>Were these answers to the 0 to 10 question?</source>
        <translation>Waren dit antwoorden op de vraag van 0 tot 10?</translation>
    </message>
    <message>
        <source>Storing the import…</source>
        <translation>De import wordt opgeslagen…</translation>
    </message>
    <message>
        <source>The import was not stored</source>
        <translation>De import is niet opgeslagen</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Import geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The columns were not remembered</source>
        <translation>De kolommen zijn niet onthouden</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Period counts</source>
        <translation>Aantallen per periode</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>This workspace is open read-only; nothing can be imported.</source>
        <translation>Dit bestand is alleen-lezen geopend; er kan niets worden geïmporteerd.</translation>
    </message>
    <message>
        <source>How each figure is made, with your own numbers. The same text opens from “How is this computed?” under each card.</source>
        <translation>Zo komt elk cijfer tot stand, met je eigen getallen. Dezelfde tekst opent onder elke kaart via “Hoe is dit berekend?”.</translation>
    </message>
    <message>
        <source>Help: how each figure is made</source>
        <translation>Help: zo komt elk cijfer tot stand</translation>
    </message>
    <message>
        <source>About Klantbehoud</source>
        <translation>Over Klantbehoud</translation>
    </message>
    <message>
        <source>Klantbehoud {version}

See how well your shop keeps its customers: retention rate, churn, NPS, repeat purchases, referrals and the 80/20 split.

Your data stays on this computer.</source>
        <translation>Klantbehoud {version}

Zie hoe goed je winkel klanten vasthoudt: klantbehoud, klantverloop, NPS, herhaalaankopen, aanbevelingen en de 80/20-verdeling.

Je gegevens blijven op deze computer.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Voorspellingen</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>How each figure is made (F1)</source>
        <translation>Zo komt elk cijfer tot stand (F1)</translation>
    </message>
    <message>
        <source>&amp;About Klantbehoud</source>
        <translation>&amp;Over Klantbehoud</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>{shop} on {server}</source>
        <translation>{shop} op {server}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>Klantbehoud – {shop}</source>
        <translation>Klantbehoud – {shop}</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers</source>
        <translation>
            <numerusform>{n} klant</numerusform>
            <numerusform>{n} klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} orders</source>
        <translation>
            <numerusform>{n} bestelling</numerusform>
            <numerusform>{n} bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} survey answers</source>
        <translation>
            <numerusform>{n} enquêteantwoord</numerusform>
            <numerusform>{n} enquêteantwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>data up to {as_of}</source>
        <translation>gegevens t/m {as_of}</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <source>No answers yet.</source>
        <translation>Nog geen antwoorden.</translation>
    </message>
    <message>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <source>{n} answers: {p} promoters ({pp}), {pa} passives, {d} detractors ({dp}). The score can be {moe} points higher or lower (with 95 % certainty).</source>
        <translation>{n} antwoorden: {p} promotors ({pp}), {pa} passieven, {d} criticasters ({dp}). De score ligt met 95 % zekerheid hooguit {moe} punten hoger of lager.</translation>
    </message>
    <message>
        <source>Line {line}: {why}</source>
        <translation>Regel {line}: {why}</translation>
    </message>
    <message>
        <source>Answers per score</source>
        <translation>Antwoorden per score</translation>
    </message>
    <message>
        <source>NPS over time</source>
        <translation>NPS door de tijd</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers saved.</source>
        <translation>
            <numerusform>{n} antwoord opgeslagen.</numerusform>
            <numerusform>{n} antwoorden opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Imported survey answers (this period)</source>
        <translation>Geïmporteerde enquêteantwoorden (deze periode)</translation>
    </message>
    <message>
        <source>Type or paste scores, one per line</source>
        <translation>Typ of plak scores, één per regel</translation>
    </message>
    <message>
        <source>Scores, one per line</source>
        <translation>Scores, één per regel</translation>
    </message>
    <message>
        <source>Answers with score {score}</source>
        <translation>Antwoorden met score {score}</translation>
    </message>
    <message>
        <source>Number of answers per score</source>
        <translation>Aantal antwoorden per score</translation>
    </message>
    <message>
        <source>For example:
9
10
7
6</source>
        <translation>Bijvoorbeeld:
9
10
7
6</translation>
    </message>
    <message>
        <source>Save as today&apos;s answers</source>
        <translation>Opslaan als antwoorden van vandaag</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>All branches</source>
        <translation>Alle filialen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>De cijfers worden uitgerekend…</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Filiaal:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filiaal</translation>
    </message>
    <message>
        <source>Last 12 full months</source>
        <translation>Laatste 12 volle maanden</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Vorige volle maand</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Vorig vol kwartaal</translation>
    </message>
    <message>
        <source>Last full year</source>
        <translation>Vorig vol jaar</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Kies datums…</translation>
    </message>
</context>
<context>
    <name>PredictionsPage</name>
    <message>
        <source>Predictions could not be made for this data; the other figures are not affected. The details are in the log file.</source>
        <translation>Voor deze gegevens lukten de voorspellingen niet; de andere cijfers kloppen gewoon. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Voorspellingen worden berekend…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Omzet tot nu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Expected revenue, next {days} days</source>
        <translation>Verwachte omzet, komende {days} dagen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message numerus="yes">
        <source>Learned from the purchases of your {n} customers up to {day}, {repeat} of whom came back at least once. Several orders on one day count as one purchase. New customers are not in the forecast.</source>
        <translation>
            <numerusform>Geleerd van de aankopen van je {n} klanten tot en met {day}; {repeat} van hen kwam minstens één keer terug. Meerdere bestellingen op één dag tellen als één aankoop. Nieuwe klanten zitten niet in de verwachting.</numerusform>
            <numerusform>Geleerd van de aankopen van je {n} klanten tot en met {day}; {repeat} van hen kwamen minstens één keer terug. Meerdere bestellingen op één dag tellen als één aankoop. Nieuwe klanten zitten niet in de verwachting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the prediction model (see above)</source>
        <translation>Vraagt om het voorspelmodel (zie boven)</translation>
    </message>
    <message numerus="yes">
        <source>{n} purchases</source>
        <translation>
            <numerusform>{n} aankoop</numerusform>
            <numerusform>{n} aankopen</numerusform>
        </translation>
    </message>
    <message>
        <source>worth about {revenue} from the customers you have</source>
        <translation>ongeveer {revenue} van je huidige klanten</translation>
    </message>
    <message>
        <source>revenue not known: too few repeat purchases with amounts</source>
        <translation>omzet onbekend: te weinig herhaalaankopen met bedragen</translation>
    </message>
    <message numerus="yes">
        <source>average difference between forecast and outcome over the last {n} months</source>
        <translation>
            <numerusform>gemiddeld verschil tussen verwachting en uitkomst in de laatste maand</numerusform>
            <numerusform>gemiddeld verschil tussen verwachting en uitkomst in de laatste {n} maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: no past month had enough history before it</source>
        <translation>Nog niet bekend: geen eerdere maand had genoeg geschiedenis ervoor</translation>
    </message>
    <message>
        <source>Needs your orders: a customer list&apos;s totals cannot show how a forecast made earlier turned out</source>
        <translation>Vraagt om je bestellingen: de totalen van een klantenlijst laten niet zien hoe een eerdere verwachting uitkwam</translation>
    </message>
    <message>
        <source>Each customer buys at their own pace while they are still a customer, and after each purchase there is a chance they stop for good (the MBG/NBD model of Batislam et al., 2007, after Fader, Hardie &amp; Lee, 2005). Fitted on your shop: r = {r}, α = {alpha}, a = {a}, b = {b} (weeks). From that, per customer: the chance they are still a customer, the chance they buy in the next {days} days, and the purchases to expect.</source>
        <translation>Elke klant koopt in een eigen tempo zolang die klant is, en na elke aankoop is er een kans dat die voorgoed stopt (het MBG/NBD-model van Batislam e.a., 2007, naar Fader, Hardie &amp; Lee, 2005). Geschat op jouw winkel: r = {r}, α = {alpha}, a = {a}, b = {b} (in weken). Daaruit volgt per klant: de kans dat die nog klant is, de kans op een aankoop in de komende {days} dagen, en het aantal aankopen dat je mag verwachten.</translation>
    </message>
    <message>
        <source>The amount per purchase mixes the customer&apos;s own average with the shop&apos;s (the Gamma-Gamma model of Fader, Hardie &amp; Lee, 2005): p = {p}, q = {q}, γ = {g}. The 12-month value is the purchases expected in 365 days times that amount, without discount.</source>
        <translation>Het bedrag per aankoop mengt het eigen gemiddelde van de klant met dat van de winkel (het Gamma-Gamma-model van Fader, Hardie &amp; Lee, 2005): p = {p}, q = {q}, γ = {g}. De waarde over 12 maanden is het verwachte aantal aankopen in 365 dagen maal dat bedrag, zonder korting.</translation>
    </message>
    <message>
        <source>{month}: expected {expected}, happened {actual}</source>
        <translation>{month}: verwacht {expected}, gebeurd {actual}</translation>
    </message>
    <message>
        <source>Each past month, fitted on the data up to the day before:</source>
        <translation>Elke eerdere maand, geschat op de gegevens tot de dag ervoor:</translation>
    </message>
    <message>
        <source>How the predictions are made</source>
        <translation>Zo komen de voorspellingen tot stand</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Voorspellingen</translation>
    </message>
    <message>
        <source>Groups of customers and what to do</source>
        <translation>Klantgroepen en wat je kunt doen</translation>
    </message>
    <message>
        <source>What your customers will probably buy, who is slipping away, and which group needs what. Estimates from your own history, recalculated after every import.</source>
        <translation>Wat je klanten waarschijnlijk kopen, wie wegglipt en welke groep wat nodig heeft. Schattingen uit je eigen geschiedenis, opnieuw berekend na elke import.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Komende 3 maanden</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Afwijking verwachting</translation>
    </message>
    <message>
        <source>Forecast against what happened</source>
        <translation>Verwachting naast wat er gebeurde</translation>
    </message>
    <message>
        <source>Your customers by group</source>
        <translation>Je klanten per groep</translation>
    </message>
    <message>
        <source>Groups and what to do</source>
        <translation>Groepen en wat je kunt doen</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>{n} pages</source>
        <translation>
            <numerusform>{n} pagina</numerusform>
            <numerusform>{n} pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Rapport opslaan als pdf</translation>
    </message>
    <message numerus="yes">
        <source>{n} pages saved to {file}.</source>
        <translation>
            <numerusform>{n} pagina opgeslagen in {file}.</numerusform>
            <numerusform>{n} pagina&apos;s opgeslagen in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the numbers in Excel</source>
        <translation>Cijfers opslaan in Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. Nothing was written; choose another place or name and try again.</source>
        <translation>{file} kon niet worden opgeslagen: {reason}. Er is niets geschreven; kies een andere map of naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>De pagina&apos;s worden getekend…</translation>
    </message>
    <message>
        <source>it is open in another program, or this folder may not be written to</source>
        <translation>het is open in een ander programma, of je mag niet in deze map schrijven</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>de map bestaat niet (meer)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The key figures with their explanation, the charts and the customers to look after, for the period chosen above. Print it, save it as PDF for your accountant, or hand the numbers over in Excel. Leave the names out when you share it.</source>
        <translation>De kerncijfers met uitleg, de grafieken en de klanten om op te letten, voor de periode die je bovenaan kiest. Druk het af, bewaar het als pdf voor je boekhouder, of geef de cijfers door in Excel. Laat de namen weg als je het deelt.</translation>
    </message>
    <message>
        <source>Put customer names in</source>
        <translation>Klantnamen opnemen</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save the numbers in Excel…</source>
        <translation>Cijfers opslaan in Excel…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Calendar rules</source>
        <translation>Regels voor de kalender</translation>
    </message>
    <message>
        <source>at order no. </source>
        <translation>bij bestelling nr. </translation>
    </message>
    <message>
        <source>on Tuesday no. </source>
        <translation>op dinsdag nr. </translation>
    </message>
    <message>
        <source>on weekday no. </source>
        <translation>op weekdag nr. </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>For example: Sale, opening of the new shop</source>
        <translation>Bijvoorbeeld: uitverkoop, opening van de nieuwe winkel</translation>
    </message>
    <message>
        <source>Add a one-off action:</source>
        <translation>Eenmalige actie toevoegen:</translation>
    </message>
    <message>
        <source>Thank-you mails and feedback requests also go to customers without marketing consent; the other rules leave them out.</source>
        <translation>Bedankmails en vragen om feedback gaan ook naar klanten zonder toestemming voor mailings; de andere regels slaan hen over.</translation>
    </message>
    <message>
        <source>Who this rule is for (groups and chances come from the Predictions page)</source>
        <translation>Voor wie deze regel is (groepen en kansen komen van de pagina Voorspellingen)</translation>
    </message>
    <message>
        <source>for every customer</source>
        <translation>voor elke klant</translation>
    </message>
    <message>
        <source>for customers unlikely to buy soon (under 20 %)</source>
        <translation>voor klanten die waarschijnlijk niet snel kopen (onder 20 %)</translation>
    </message>
    <message>
        <source>for customers with under 50 % chance to buy soon</source>
        <translation>voor klanten met minder dan 50 % kans op een aankoop</translation>
    </message>
    <message>
        <source>for customers likely to buy soon (50 % or more)</source>
        <translation>voor klanten die waarschijnlijk snel kopen (50 % of meer)</translation>
    </message>
    <message>
        <source>for the group: {name}</source>
        <translation>voor de groep: {name}</translation>
    </message>
    <message>
        <source>as set in the shop file</source>
        <translation>zoals in het winkelbestand staat</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>A shop on a PostgreSQL server can be used by several PCs at once, for example the counter and the back office, or every branch of a chain.</source>
        <translation>Een winkel op een PostgreSQL-server kun je op meerdere pc&apos;s tegelijk gebruiken, bijvoorbeeld aan de kassa en op kantoor, of in elk filiaal van een keten.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Remember the password in this PC&apos;s keyring</source>
        <translation>Wachtwoord onthouden in de sleutelbos van deze pc</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Write the address as postgresql://user@server/database, for example postgresql://eigenaar@192.168.1.20/winkel.</source>
        <translation>Schrijf het adres als postgresql://gebruiker@server/database, bijvoorbeeld postgresql://eigenaar@192.168.1.20/winkel.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TypedMonths</name>
    <message>
        <source>Write the month like 2026-01 or jan 2026.</source>
        <translation>Schrijf de maand als 2026-01 of jan 2026.</translation>
    </message>
    <message>
        <source>Type whole numbers only.</source>
        <translation>Typ alleen hele getallen.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Klanten aan het begin</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Klantverloop</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Type in at least six months to see the 6-month average.</source>
        <translation>Vul minstens zes maanden in om het gemiddelde over 6 maanden te zien.</translation>
    </message>
    <message>
        <source>; the average customer stays {years} years</source>
        <translation>; de gemiddelde klant blijft {years} jaar</translation>
    </message>
    <message>
        <source>6-month average: {lost} lost / {start} at the start / 6 = {pct} a month ({first} to {last}). That is {six} of your customers in six months{lifetime}.</source>
        <translation>Gemiddelde over 6 maanden: {lost} verloren / {start} aan het begin / 6 = {pct} per maand ({first} t/m {last}). Dat is {six} van je klanten in zes maanden{lifetime}.</translation>
    </message>
    <message>
        <source>Add a month</source>
        <translation>Maand toevoegen</translation>
    </message>
    <message>
        <source>Lost customers per month, typed in</source>
        <translation>Verloren klanten per maand, zelf ingevuld</translation>
    </message>
    <message>
        <source>Remove the month</source>
        <translation>Maand verwijderen</translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Klantbehoud ran into an unexpected error. Your data is safe; you can carry on.</source>
        <translation>Klantbehoud liep tegen een onverwachte fout aan. Je gegevens zijn veilig; je kunt gewoon verder.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>De details staan in het logbestand:
{path}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No full months with customers yet</source>
        <translation>Nog geen volle maanden met klanten</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Klantverloop per maand</translation>
    </message>
    <message>
        <source>Target 2 % a month</source>
        <translation>Doel: 2 % per maand</translation>
    </message>
    <message>
        <source>6-month average</source>
        <translation>Gemiddelde over 6 maanden</translation>
    </message>
    <message>
        <source>% of customers lost</source>
        <translation>% klanten verloren</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>No survey answers in this period</source>
        <translation>Geen enquêteantwoorden in deze periode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Criticasters (0-6)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passieven (7-8)</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promotors (9-10)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>95 % between</source>
        <translation>95 % tussen</translation>
    </message>
    <message>
        <source>No revenue in this period</source>
        <translation>Geen omzet in deze periode</translation>
    </message>
    <message>
        <source>% of customers (best first)</source>
        <translation>% van de klanten (beste eerst)</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% van de omzet</translation>
    </message>
    <message>
        <source>No cohorts to show</source>
        <translation>Geen cohorten om te tonen</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Maanden na de eerste aankoop</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Type in counts to see the retention rate</source>
        <translation>Vul aantallen in om het klantbehoud te zien</translation>
    </message>
    <message>
        <source>Retention rate (CRR) %</source>
        <translation>Klantbehoud (CRR) %</translation>
    </message>
    <message>
        <source>No customers with a purchase yet</source>
        <translation>Nog geen klanten met een aankoop</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Omzet tot nu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Not enough history for a forecast yet</source>
        <translation>Nog te weinig geschiedenis voor een verwachting</translation>
    </message>
    <message>
        <source>Purchases that happened</source>
        <translation>Aankopen die er waren</translation>
    </message>
    <message>
        <source>Forecast made the day before</source>
        <translation>Verwachting van de dag ervoor</translation>
    </message>
    <message>
        <source>Forecast, next 30 days</source>
        <translation>Verwachting, komende 30 dagen</translation>
    </message>
    <message>
        <source>next</source>
        <translation>straks</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Aankoopdagen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--inactive-after must be at least 1 day.</source>
        <translation>--inactive-after moet minstens 1 dag zijn.</translation>
    </message>
    <message>
        <source>Period {first} to {last} (data up to {as_of}); lost after {days} days without a purchase.</source>
        <translation>Periode {first} t/m {last} (gegevens t/m {as_of}); verloren na {days} dagen zonder aankoop.</translation>
    </message>
    <message>
        <source>Customers: {n}</source>
        <translation>Klanten: {n}</translation>
    </message>
    <message>
        <source>Retention rate (CRR): not available: {why}</source>
        <translation>Klantbehoud (CRR): niet te berekenen: {why}</translation>
    </message>
    <message>
        <source>Churn, 6-month average: {pct} a month ({lost} lost of {start} from {first:%m-%Y} to {last:%m-%Y}; target 2 %)</source>
        <translation>Klantverloop, gemiddelde over 6 maanden: {pct} per maand ({lost} van de {start} verloren van {first:%m-%Y} t/m {last:%m-%Y}; doel 2 %)</translation>
    </message>
    <message>
        <source>Repeat purchase rate: {pct} ({counts})</source>
        <translation>Herhaalaankopen: {pct} ({counts})</translation>
    </message>
    <message>
        <source>Referral rate: {pct} ({counts})</source>
        <translation>Via aanbeveling: {pct} ({counts})</translation>
    </message>
    <message>
        <source>Customer lifetime value: {v}</source>
        <translation>Klantwaarde over de hele klantduur: {v}</translation>
    </message>
    <message>
        <source>  churn {month:%m-%Y}: {pct} ({lost} of {start})</source>
        <translation>  verloop {month:%m-%Y}: {pct} ({lost} van {start})</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>Kan {file} niet schrijven: de map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source> Try --inactive-after {days}.</source>
        <translation> Probeer --inactive-after {days}.</translation>
    </message>
    <message>
        <source>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100, typed in for {label}</source>
        <translation>Klantbehoud (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100, ingetypt voor {label}</translation>
    </message>
    <message>
        <source>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100; {counts}</source>
        <translation>Klantbehoud (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100; {counts}</translation>
    </message>
    <message>
        <source>Churn, 6-month average: not available: {why}</source>
        <translation>Klantverloop, gemiddelde over 6 maanden: niet beschikbaar: {why}</translation>
    </message>
    <message>
        <source>Expected customer lifetime: {months} months ({years} years); at this rate {six} of customers lost in 6 months</source>
        <translation>Verwachte klantduur: {months} maanden ({years} jaar); zo verlies je {six} van je klanten in 6 maanden</translation>
    </message>
    <message>
        <source>Repeat purchase rate: not available: {why}</source>
        <translation>Herhaalaankopen: niet beschikbaar: {why}</translation>
    </message>
    <message>
        <source>NPS: {score}, 95 % between {low} and {high} ({n} answers: {p} promoters, {pa} passives, {d} detractors)</source>
        <translation>NPS: {score}, 95 % tussen {low} en {high} ({n} antwoorden: {p} promotors, {pa} passieven, {d} criticasters)</translation>
    </message>
    <message>
        <source>NPS: no answers in this period</source>
        <translation>NPS: geen antwoorden in deze periode</translation>
    </message>
    <message>
        <source>Top 20 % of customers bring {pct} of the revenue ({k} of {n} paying customers)</source>
        <translation>De beste 20 % van de klanten brengt {pct} van de omzet ({k} van {n} betalende klanten)</translation>
    </message>
    <message>
        <source>Customers at risk: {n}</source>
        <translation>Klanten in de gevarenzone: {n}</translation>
    </message>
    <message>
        <source>--horizon-days must be at least 1 day.</source>
        <translation>--horizon-days moet minstens 1 dag zijn.</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers written; {risk} at risk.</source>
        <translation>
            <numerusform>{n} klant weggeschreven; {risk} lopen risico.</numerusform>
            <numerusform>{n} klanten weggeschreven; {risk} lopen risico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {file}: {why}</source>
        <translation>Kan {file} niet schrijven: {why}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A total row, not a customer or order.</source>
        <translation>Een totaalregel, geen klant of bestelling.</translation>
    </message>
    <message>
        <source>A note under the table, not data.</source>
        <translation>Een opmerking onder de tabel, geen gegevens.</translation>
    </message>
    <message>
        <source>No customer number, e-mail or name, so it cannot be linked to a customer.</source>
        <translation>Geen klantnummer, e-mail of naam, dus niet aan een klant te koppelen.</translation>
    </message>
    <message>
        <source>Left on {left} is before customer since {since}; the leaving date was left empty.</source>
        <translation>Opgezegd op {left} ligt vóór klant sinds {since}; de opzegdatum is leeg gelaten.</translation>
    </message>
    <message>
        <source>Customer {id} also appears on row {first} with other values ({fields}); this row was not imported.</source>
        <translation>Klant {id} staat ook op rij {first}, met andere gegevens ({fields}); deze rij is niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Customer {id} already appears on row {first}; merged.</source>
        <translation>Klant {id} staat al op rij {first}; samengevoegd.</translation>
    </message>
    <message numerus="yes">
        <source>{contacts} of the {total} people on this list never bought (0 orders): they are kept as contacts for your mailings, not counted as customers.</source>
        <translation>
            <numerusform>{contacts} van de {total} mensen op deze lijst kocht nooit iets (0 bestellingen): die blijft bewaard als contact voor je mailings, maar telt niet als klant.</numerusform>
            <numerusform>{contacts} van de {total} mensen op deze lijst kochten nooit iets (0 bestellingen): ze blijven bewaard als contact voor je mailings, maar tellen niet als klant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} answers to another kind of question were left out: {kinds}. NPS counts only the 0-10 question “How likely are you to recommend us?”.</source>
        <translation>
            <numerusform>{n} antwoord op een ander soort vraag is weggelaten: {kinds}. De NPS telt alleen de vraag “Hoe waarschijnlijk is het dat je ons aanraadt?” van 0 tot 10.</numerusform>
            <numerusform>{n} antwoorden op een ander soort vraag zijn weggelaten: {kinds}. De NPS telt alleen de vraag “Hoe waarschijnlijk is het dat je ons aanraadt?” van 0 tot 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This survey has no dates: its {n} answers count in every period.</source>
        <translation>
            <numerusform>Deze enquête heeft geen datums: het ene antwoord telt in elke periode mee.</numerusform>
            <numerusform>Deze enquête heeft geen datums: de {n} antwoorden tellen in elke periode mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>All {n} scores lie between 1 and 5. That looks like a rating of 1 to 5 stars, not the question “How likely are you to recommend us, from 0 to 10?”, so they were not counted as NPS. Import them only if the question really was 0 to 10.</source>
        <translation>Alle {n} scores liggen tussen 1 en 5. Dat lijkt op een beoordeling met 1 tot 5 sterren, niet op de vraag “Hoe waarschijnlijk is het dat je ons aanbeveelt, van 0 tot 10?”, dus ze tellen niet mee voor de NPS. Importeer ze alleen als de vraag echt van 0 tot 10 ging.</translation>
    </message>
    <message>
        <source>No period named on this row.</source>
        <translation>Geen periode op deze rij.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month (write it as 2026-01 or jan 2026).</source>
        <translation>&apos;{value}&apos; is geen maand (schrijf 2026-01 of jan 2026).</translation>
    </message>
    <message>
        <source>Order {order}: the refunded {refunded} is taken off its amount of {amount}.</source>
        <translation>Bestelling {order}: de terugbetaalde {refunded} gaat van het bedrag van {amount} af.</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>Geen orderdatum.</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>Geen bedrag.</translation>
    </message>
    <message>
        <source>A further line of order {order}, which is not counted.</source>
        <translation>Nog een regel van bestelling {order}, die niet meetelt.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled ({date}): not a purchase, so it is not counted.</source>
        <translation>Bestelling {order} is geannuleerd ({date}): geen aankoop, dus die telt niet mee.</translation>
    </message>
    <message>
        <source>Order {order} has the status &apos;{status}&apos;: not a purchase, so it is not counted.</source>
        <translation>Bestelling {order} heeft de status &apos;{status}&apos;: geen aankoop, dus die telt niet mee.</translation>
    </message>
    <message>
        <source>Order {order} has no amount; counted as 0.</source>
        <translation>Bestelling {order} heeft geen bedrag; geteld als 0.</translation>
    </message>
    <message numerus="yes">
        <source>{n} payments in another currency than {currency} were left out ({others}): amounts in different currencies cannot be added up. Export the converted amounts to count them.</source>
        <translation>
            <numerusform>{n} betaling in een andere valuta dan {currency} is weggelaten ({others}): bedragen in verschillende valuta kun je niet optellen. Exporteer de omgerekende bedragen om ze mee te tellen.</numerusform>
            <numerusform>{n} betalingen in een andere valuta dan {currency} zijn weggelaten ({others}): bedragen in verschillende valuta kun je niet optellen. Exporteer de omgerekende bedragen om ze mee te tellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows without a customer (anonymous sales) were skipped.</source>
        <translation>
            <numerusform>{count} rij zonder klant (anonieme verkoop) is overgeslagen.</numerusform>
            <numerusform>{count} rijen zonder klant (anonieme verkopen) zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No score.</source>
        <translation>Geen score.</translation>
    </message>
    <message>
        <source>No date for this answer.</source>
        <translation>Geen datum bij dit antwoord.</translation>
    </message>
    <message>
        <source>Column {column} has formulas without a saved result in rows {rows}: open the file in Excel, let it calculate, save it and import again. These cells were not read as 0.</source>
        <translation>Kolom {column} heeft formules zonder opgeslagen uitkomst in rij {rows}: open het bestand in Excel, laat het rekenen, sla het op en importeer opnieuw. Deze cellen zijn niet als 0 gelezen.</translation>
    </message>
    <message>
        <source>Column {column} has error values (such as #N/A) in rows {rows}; they were read as empty.</source>
        <translation>Kolom {column} heeft foutwaarden (zoals #N/B) in rij {rows}; die zijn als leeg gelezen.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character (byte {at}): it may be cut off. What could not be read shows as “�”.</source>
        <translation>Het bestand houdt op midden in een teken (byte {at}): misschien is het afgekapt. Wat niet te lezen was, staat er als “�”.</translation>
    </message>
    <message numerus="yes">
        <source>{count} lines are in another encoding than the rest (Windows-1252 instead of UTF-8): lines {lines}. They were read in their own encoding; check the names on those lines.</source>
        <translation>
            <numerusform>{count} regel heeft een andere codering dan de rest (Windows-1252 in plaats van UTF-8): regel {lines}. Die is in zijn eigen codering gelezen; controleer de namen op die regel.</numerusform>
            <numerusform>{count} regels hebben een andere codering dan de rest (Windows-1252 in plaats van UTF-8): regels {lines}. Ze zijn in hun eigen codering gelezen; controleer de namen op die regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: around line {line} a value runs on for more than {limit} characters. Is a quote (&quot;) opened there and never closed? Fix that line and import again.</source>
        <translation>{file}: rond regel {line} loopt een waarde door over meer dan {limit} tekens. Staat daar een aanhalingsteken (&quot;) dat nooit wordt gesloten? Herstel die regel en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Line {line} has {found} fields where the file has {usual}; check for a stray &apos;{sep}&apos;.</source>
        <translation>Regel {line} heeft {found} velden waar het bestand er {usual} heeft; kijk of er een losse &apos;{sep}&apos; in staat.</translation>
    </message>
    <message numerus="yes">
        <source>{rule}: {count} customers</source>
        <translation>
            <numerusform>{rule}: {count} klant</numerusform>
            <numerusform>{rule}: {count} klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: {rule}. Customers: {count}.</source>
        <translation>Regel: {rule}. Klanten: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers left out: no consent for marketing.</source>
        <translation>
            <numerusform>{count} klant overgeslagen: geen toestemming voor mailings.</numerusform>
            <numerusform>{count} klanten overgeslagen: geen toestemming voor mailings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names are in Klantbehoud (Calendar page); they are not put in your agenda.</source>
        <translation>De namen staan in Klantbehoud (pagina Kalender); ze komen niet in je agenda.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Kortingscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Opgezegd op</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Aantal bestellingen</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Totaal besteed</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>Hoe ze ons vonden</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filiaal</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Score (0-10)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Toestemming voor mailings</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Terugbetaald bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestelstatus</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Geannuleerd op</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ingevuld op</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <source>Other rating (CSAT, CES)</source>
        <translation>Andere beoordeling (CSAT, CES)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Customers at the start (S)</source>
        <translation>Klanten aan het begin (S)</translation>
    </message>
    <message>
        <source>Customers at the end (E)</source>
        <translation>Klanten aan het eind (E)</translation>
    </message>
    <message>
        <source>New customers (N)</source>
        <translation>Nieuwe klanten (N)</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Verloren klanten</translation>
    </message>
    <message>
        <source>{file} holds no data.</source>
        <translation>{file} bevat geen gegevens.</translation>
    </message>
    <message>
        <source>{file} has column names on row {row} but no rows under them.</source>
        <translation>{file} heeft kolomnamen op rij {row}, maar geen rijen eronder.</translation>
    </message>
    <message>
        <source>Everyone in this export subscribed to your mailings: marked as consenting.</source>
        <translation>Iedereen in deze export heeft zich aangemeld voor je mailings: gemarkeerd als &apos;mag mailen&apos;.</translation>
    </message>
    <message>
        <source>Everyone in this export unsubscribed or was removed from your mailings: marked as not consenting, so the calendar leaves them out of marketing.</source>
        <translation>Iedereen in deze export heeft zich afgemeld of is van je mailinglijst gehaald: gemarkeerd als &apos;niet mailen&apos;, dus de kalender laat ze buiten marketing.</translation>
    </message>
    <message>
        <source>Several columns could be the 0-10 question “How likely are you to recommend us?”: {columns}. {used} is used; choose another in the import wizard if that is not the one.</source>
        <translation>Meerdere kolommen kunnen de vraag “Hoe waarschijnlijk is het dat je ons aanraadt?” (0-10) zijn: {columns}. {used} wordt gebruikt; kies een andere in de importhulp als dat niet de goede is.</translation>
    </message>
    <message>
        <source>{file} holds survey answers, but no column has 0-10 answers to “How likely are you to recommend us?”{words}. NPS needs those scores; choose the column in the import wizard if it is there.</source>
        <translation>{file} bevat enquêteantwoorden, maar geen kolom heeft antwoorden van 0 tot 10 op “Hoe waarschijnlijk is het dat je ons aanraadt?”{words}. De NPS heeft die scores nodig; kies de kolom in de importhulp als hij er wel is.</translation>
    </message>
    <message>
        <source> (there is a column of categories such as “Promoter”, but categories alone do not give the score)</source>
        <translation> (er is een kolom met categorieën zoals “Promoter”, maar categorieën alleen geven de score niet)</translation>
    </message>
    <message>
        <source>Sheet &apos;{first}&apos; holds no table Klantbehoud recognises, so sheet &apos;{sheet}&apos; was read. Choose another sheet if that is not the right one.</source>
        <translation>Blad &apos;{first}&apos; heeft geen tabel die Klantbehoud herkent, dus is blad &apos;{sheet}&apos; gelezen. Kies een ander blad als dat niet het goede is.</translation>
    </message>
    <message>
        <source>{file}: no column was recognised as &apos;{field}&apos;. The header is on row {row}: {headers}. Choose the column in the import wizard, or rename it.</source>
        <translation>{file}: geen kolom herkend als &apos;{field}&apos;. De kopregel staat op rij {row}: {headers}. Kies de kolom in de importhulp, of geef hem een andere naam.</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <source>imported, cell left empty</source>
        <translation>geïmporteerd, cel leeg gelaten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>let op</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>klantenlijst</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>enquêteantwoorden</translation>
    </message>
    <message>
        <source>counts per period</source>
        <translation>aantallen per periode</translation>
    </message>
    <message>
        <source>customers lost per month</source>
        <translation>verloren klanten per maand</translation>
    </message>
    <message>
        <source>{system} export, read as {kind}</source>
        <translation>Export van {system}, gelezen als {kind}</translation>
    </message>
    <message>
        <source>Read as {kind}</source>
        <translation>Gelezen als {kind}</translation>
    </message>
    <message numerus="yes">
        <source>{read} rows read: {accepted} imported, {rejected} not imported, {skipped} skipped.</source>
        <translation>
            <numerusform>{read} rij gelezen: {accepted} geïmporteerd, {rejected} niet geïmporteerd, {skipped} overgeslagen.</numerusform>
            <numerusform>{read} rijen gelezen: {accepted} geïmporteerd, {rejected} niet geïmporteerd, {skipped} overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts are in {currency}.</source>
        <translation>Bedragen zijn in {currency}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} refunds or cancellations ({total}) kept as negative amounts.</source>
        <translation>
            <numerusform>{count} terugbetaling of annulering ({total}) bewaard als negatief bedrag.</numerusform>
            <numerusform>{count} terugbetalingen of annuleringen ({total}) bewaard als negatieve bedragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>kolom {column}</translation>
    </message>
    <message>
        <source>The file {file} does not exist (any more).</source>
        <translation>Het bestand {file} bestaat niet (meer).</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>Het bestand {file} kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Het bestand {file} is leeg.</translation>
    </message>
    <message>
        <source>{file} is a web page (an HTML table) with a spreadsheet name, not a real spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>{file} is een webpagina (een HTML-tabel) met de naam van een spreadsheet, geen echte spreadsheet. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text file that Klantbehoud can read.</source>
        <translation>{file} is geen spreadsheet of tekstbestand dat Klantbehoud kan lezen.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as .xlsx without a password.</source>
        <translation>{file} is beveiligd met een wachtwoord. Open het in Excel, haal het wachtwoord weg (Bestand &gt; Info &gt; Werkmap beveiligen) en sla het op als .xlsx zonder wachtwoord.</translation>
    </message>
    <message>
        <source>{file} is an old Office document, not a spreadsheet. Save it as .xlsx or CSV.</source>
        <translation>{file} is een oud Office-document, geen spreadsheet. Sla het op als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>{file} is a binary Excel workbook (.xlsb). Save it as .xlsx.</source>
        <translation>{file} is een binaire Excel-werkmap (.xlsb). Sla het op als .xlsx.</translation>
    </message>
    <message>
        <source>{file} is a Word document, not a spreadsheet.</source>
        <translation>{file} is een Word-document, geen spreadsheet.</translation>
    </message>
    <message>
        <source>{file} looks like an Excel file but is damaged or incomplete. Save it again from Excel.</source>
        <translation>{file} lijkt een Excel-bestand, maar is beschadigd of onvolledig. Sla het opnieuw op vanuit Excel.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a spreadsheet.</source>
        <translation>{file} is een zip-archief, geen spreadsheet.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>&apos;{value}&apos; is geen datum.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an existing date.</source>
        <translation>&apos;{value}&apos; is een datum die niet bestaat.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; lies outside the years a shop&apos;s dates can have; a placeholder for &quot;no date&quot;?</source>
        <translation>&apos;{value}&apos; valt buiten de jaren die een winkeldatum kan hebben; staat het voor &quot;geen datum&quot;?</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; is geen getal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of zero or more.</source>
        <translation>&apos;{value}&apos; is geen heel getal van nul of meer.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is an id that Excel turned into a rounded number; its last digits are lost. Format the column as text in the original file and export again.</source>
        <translation>&apos;{value}&apos; is een nummer dat Excel heeft afgerond; de laatste cijfers zijn weg. Zet de kolom in het oorspronkelijke bestand op tekst en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; is geen ja of nee.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel file.</source>
        <translation>{file} is beschadigd: het is geen volledig Excel-bestand.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a spreadsheet holds; it was not opened for safety.</source>
        <translation>{file} zou uitpakken tot veel meer gegevens dan een spreadsheet bevat; voor de veiligheid is het niet geopend.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Save it as .xlsx without a password.</source>
        <translation>{file} is beveiligd met een wachtwoord. Sla het op als .xlsx zonder wachtwoord.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet: {reason}</source>
        <translation>{file} kan niet als spreadsheet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice, save it again and import that copy.</source>
        <translation>{file} is beschadigd en niet te lezen ({reason}). Open het in Excel of LibreOffice, sla het opnieuw op en importeer die kopie.</translation>
    </message>
    <message>
        <source>{file} holds no worksheets.</source>
        <translation>{file} bevat geen werkbladen.</translation>
    </message>
    <message>
        <source>{file} has no sheet called &apos;{sheet}&apos;.</source>
        <translation>{file} heeft geen werkblad met de naam &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {file} reaches to cell {cell}, far beyond the table. Clear the rows and columns after the table (or that cell), save and import again.</source>
        <translation>Blad &apos;{sheet}&apos; van {file} loopt door tot cel {cell}, ver voorbij de tabel. Maak de rijen en kolommen na de tabel (of die cel) leeg, sla op en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Fill in both counts.</source>
        <translation>Vul beide aantallen in.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Aantallen kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>No customers at the start of the month.</source>
        <translation>Geen klanten aan het begin van de maand.</translation>
    </message>
    <message>
        <source>More customers lost ({lost}) than there were at the start ({start}).</source>
        <translation>Meer klanten verloren ({lost}) dan er aan het begin waren ({start}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score from 0 to 10.</source>
        <translation>&apos;{value}&apos; is geen score van 0 tot en met 10.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; scores are whole numbers from 0 to 10.</source>
        <translation>&apos;{value}&apos; is geen heel getal; scores zijn hele getallen van 0 tot en met 10.</translation>
    </message>
    <message>
        <source>{value} is outside 0 to 10.</source>
        <translation>{value} ligt buiten 0 tot en met 10.</translation>
    </message>
    <message>
        <source>Give eleven counts, one for each score 0 to 10.</source>
        <translation>Geef elf aantallen, één voor elke score van 0 tot en met 10.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>Zoekmachine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reclame</translation>
    </message>
    <message>
        <source>Walked by the shop</source>
        <translation>Langs de winkel gelopen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Fill in all three counts: start, end and new.</source>
        <translation>Vul alle drie de aantallen in: begin, eind en nieuw.</translation>
    </message>
    <message>
        <source>There were no customers at the start (S = 0), so there is nothing to retain.</source>
        <translation>Er waren aan het begin geen klanten (S = 0), dus er valt niets te behouden.</translation>
    </message>
    <message>
        <source>More new customers ({new}) than customers at the end ({end}): N cannot exceed E.</source>
        <translation>Meer nieuwe klanten ({new}) dan klanten aan het eind ({end}): N kan niet groter zijn dan E.</translation>
    </message>
    <message>
        <source>E - N = {kept} is more than the {start} customers at the start: a customer can only be retained once. Check the counts.</source>
        <translation>E - N = {kept} is meer dan de {start} klanten aan het begin: een klant kun je maar één keer behouden. Controleer de aantallen.</translation>
    </message>
    <message>
        <source>Not known: there are no customers with a date yet. Import your customer list or orders, or type the counts in.</source>
        <translation>Niet bekend: er zijn nog geen klanten met een datum. Importeer je klantenlijst of bestellingen, of typ de aantallen in.</translation>
    </message>
    <message>
        <source>Not known: your list says when customers came, but not when they last bought or left. Add a column &apos;last purchase&apos; or &apos;left on&apos; (or import your orders) to see who stayed.</source>
        <translation>Niet bekend: je lijst zegt wanneer klanten kwamen, maar niet wanneer ze voor het laatst kochten of opzegden. Voeg een kolom &apos;laatste aankoop&apos; of &apos;opgezegd op&apos; toe (of importeer je bestellingen) om te zien wie bleef.</translation>
    </message>
    <message>
        <source>Not known yet: your data starts on {start}, and with a window of {days} days the customers at the start of a period are only all known from {known}. Choose a later period or a shorter window.</source>
        <translation>Nog niet bekend: je gegevens beginnen op {start}, en met een termijn van {days} dagen zijn de klanten aan het begin van een periode pas vanaf {known} allemaal bekend. Kies een latere periode of een kortere termijn.</translation>
    </message>
    <message>
        <source>Not known yet: the period ends on {end}, but your data reaches {as_of}.</source>
        <translation>Nog niet bekend: de periode eindigt op {end}, maar je gegevens lopen tot {as_of}.</translation>
    </message>
    <message>
        <source>Not known: there were no customers at the start of this period (S = 0), so there is nothing to retain. Choose a later or longer period.</source>
        <translation>Niet bekend: aan het begin van deze periode waren er geen klanten (S = 0), dus er valt niets te behouden. Kies een latere of langere periode.</translation>
    </message>
    <message>
        <source>Not known: there were no customers at the start of this period.</source>
        <translation>Niet bekend: aan het begin van deze periode waren er geen klanten.</translation>
    </message>
    <message>
        <source>Returning buyers must be between 0 and {total}.</source>
        <translation>Het aantal terugkerende kopers moet tussen 0 en {total} liggen.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Nothing was changed; make room and try again.</source>
        <translation>De schijf met {file} is vol. Er is niets veranderd; maak ruimte en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} cannot be written here (the folder or file is read-only). Nothing was changed; use File &gt; Save as to save a copy elsewhere.</source>
        <translation>{file} kan hier niet worden opgeslagen (de map of het bestand is alleen-lezen). Er is niets veranderd; sla met Bestand &gt; Opslaan als een kopie ergens anders op.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace, or it is damaged. Restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is geen Klantbehoud-bestand, of het is beschadigd. Zet een reservekopie terug met Bestand &gt; Reservekopie terugzetten.</translation>
    </message>
    <message>
        <source>{file} is busy in another program; try again in a moment.</source>
        <translation>{file} is bezet door een ander programma; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>{file} could not be read or written ({reason}). Is the USB stick or network drive still there? Nothing was changed.</source>
        <translation>{file} kon niet worden gelezen of opgeslagen ({reason}). Zit de USB-stick of netwerkschijf er nog? Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Customers: {added} new, {updated} updated, {same} unchanged.</source>
        <translation>Klanten: {added} nieuw, {updated} bijgewerkt, {same} ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers were recognised by e-mail or name as customers already in the workspace.</source>
        <translation>
            <numerusform>{count} klant is aan e-mail of naam herkend als klant die al in de winkel staat.</numerusform>
            <numerusform>{count} klanten zijn aan hun e-mail of naam herkend als klanten die al in de winkel staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: {added} new, {known} already in the workspace.</source>
        <translation>Bestellingen: {added} nieuw, {known} stonden er al in.</translation>
    </message>
    <message>
        <source>Survey answers: {added} new, {known} already in the workspace.</source>
        <translation>Enquêteantwoorden: {added} nieuw, {known} stonden er al in.</translation>
    </message>
    <message numerus="yes">
        <source>Counts per period: {n} periods stored (a period already there took the new counts).</source>
        <translation>
            <numerusform>Aantallen per periode: {n} periode opgeslagen (een periode die er al was, kreeg de nieuwe aantallen).</numerusform>
            <numerusform>Aantallen per periode: {n} perioden opgeslagen (een periode die er al was, kreeg de nieuwe aantallen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost customers per month: {n} months stored (a month already there took the new counts).</source>
        <translation>
            <numerusform>Verloren klanten per maand: {n} maand opgeslagen (een maand die er al was, kreeg de nieuwe aantallen).</numerusform>
            <numerusform>Verloren klanten per maand: {n} maanden opgeslagen (een maand die er al was, kreeg de nieuwe aantallen).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} already exists.</source>
        <translation>{file} bestaat al.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace (it may be another program&apos;s database); it was left as it is. To read a spreadsheet, use Import.</source>
        <translation>{file} is geen Klantbehoud-bestand (misschien de database van een ander programma); het is niet aangeraakt. Een spreadsheet lees je in met Importeren.</translation>
    </message>
    <message>
        <source>{file} is already open in another Klantbehoud (on {host}). You can open it read-only.</source>
        <translation>{file} is al geopend in een andere Klantbehoud (op {host}). Je kunt het alleen-lezen openen.</translation>
    </message>
    <message>
        <source>{address} is not a server address; write it as postgresql://user@server/database.</source>
        <translation>{address} is geen serveradres; schrijf het als postgresql://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>This Klantbehoud cannot open shops on a server: its PostgreSQL driver does not load ({reason}). Shop files still work; reinstalling Klantbehoud brings the driver back.</source>
        <translation>Deze Klantbehoud kan geen winkels op een server openen: het PostgreSQL-stuurprogramma laadt niet ({reason}). Winkelbestanden werken gewoon; installeer Klantbehoud opnieuw om het terug te krijgen.</translation>
    </message>
    <message>
        <source>The database {database} on {server} holds other tables than Klantbehoud&apos;s; it was left as it is. Use an empty database for the shop.</source>
        <translation>De database {database} op {server} bevat andere tabellen dan die van Klantbehoud; hij is niet aangeraakt. Gebruik een lege database voor de winkel.</translation>
    </message>
    <message>
        <source>The database {database} on {server} already holds a shop; open it instead, or use an empty database.</source>
        <translation>De database {database} op {server} bevat al een winkel; open die, of gebruik een lege database.</translation>
    </message>
    <message>
        <source>{file} is damaged (its version number is {found}). Nothing was changed; restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is beschadigd (het versienummer is {found}). Er is niets veranderd; zet een reservekopie terug met Bestand &gt; Reservekopie terugzetten.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Klantbehoud (workspace version {found}; this version reads up to {known}). Update Klantbehoud to open it; the file was not changed.</source>
        <translation>{file} is opgeslagen door een nieuwere versie van Klantbehoud (bestandsversie {found}; deze versie leest tot en met {known}). Werk Klantbehoud bij om het te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>{file} comes from an older version and must be upgraded, which needs write access.</source>
        <translation>{file} komt van een oudere versie en moet worden bijgewerkt; daarvoor is schrijfrecht nodig.</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing can be changed.</source>
        <translation>{file} is alleen-lezen geopend; er kan niets worden veranderd.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}). Nothing was changed; restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is beschadigd ({reason}). Er is niets veranderd; zet een reservekopie terug met Bestand &gt; Reservekopie terugzetten.</translation>
    </message>
    <message>
        <source>There is no import to undo: something else was changed after it, or it was undone already.</source>
        <translation>Er is geen import om ongedaan te maken: er is daarna iets anders veranderd, of hij is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace.</source>
        <translation>{file} is geen Klantbehoud-bestand.</translation>
    </message>
    <message>
        <source>{file} is open in another Klantbehoud; close it there first.</source>
        <translation>{file} is geopend in een andere Klantbehoud; sluit het daar eerst.</translation>
    </message>
    <message>
        <source>Say what to write: --ics FILE, or --list RULE with --xlsx or --csv.</source>
        <translation>Zeg wat er moet worden geschreven: --ics BESTAND, of --list REGEL met --xlsx of --csv.</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions from {first} to {last} written to {file}.</source>
        <translation>
            <numerusform>{count} actie van {first} t/m {last} geschreven naar {file}.</numerusform>
            <numerusform>{count} acties van {first} t/m {last} geschreven naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no rule &apos;{rule}&apos;. Rules: {rules}.</source>
        <translation>Er is geen regel &apos;{rule}&apos;. Regels: {rules}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers written to {file}.</source>
        <translation>
            <numerusform>{count} klant geschreven naar {file}.</numerusform>
            <numerusform>{count} klanten geschreven naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions of &apos;{rule}&apos; in this period.</source>
        <translation>Geen acties van &apos;{rule}&apos; in deze periode.</translation>
    </message>
    <message>
        <source>Thank-you e-mail</source>
        <translation>Bedankmail</translation>
    </message>
    <message>
        <source>Coupon for the next order</source>
        <translation>Kortingsbon voor de volgende bestelling</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <translation>Terugwinaanbieding</translation>
    </message>
    <message>
        <source>Ask for feedback (NPS)</source>
        <translation>Vraag om feedback (NPS)</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Loyalty reward</source>
        <translation>Beloning voor trouwe klanten</translation>
    </message>
    <message>
        <source>One-off action</source>
        <translation>Eenmalige actie</translation>
    </message>
    <message>
        <source>Shopify orders</source>
        <translation>Shopify-bestellingen</translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation>Shopify-klanten</translation>
    </message>
    <message>
        <source>Shopify customers (older export)</source>
        <translation>Shopify-klanten (oudere export)</translation>
    </message>
    <message>
        <source>WooCommerce customers</source>
        <translation>WooCommerce-klanten</translation>
    </message>
    <message>
        <source>WooCommerce customers (Dutch)</source>
        <translation>WooCommerce-klanten (Nederlands)</translation>
    </message>
    <message>
        <source>WooCommerce orders</source>
        <translation>WooCommerce-bestellingen</translation>
    </message>
    <message>
        <source>WooCommerce orders (Dutch)</source>
        <translation>WooCommerce-bestellingen (Nederlands)</translation>
    </message>
    <message>
        <source>Lightspeed eCom customers</source>
        <translation>Lightspeed eCom-klanten</translation>
    </message>
    <message>
        <source>Stripe customers</source>
        <translation>Stripe-klanten</translation>
    </message>
    <message>
        <source>Stripe payments</source>
        <translation>Stripe-betalingen</translation>
    </message>
    <message>
        <source>Stripe payments (older export)</source>
        <translation>Stripe-betalingen (oudere export)</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Mailchimp-doelgroep</translation>
    </message>
    <message>
        <source>Google Forms (Dutch)</source>
        <translation>Google Formulieren (Nederlands)</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Formulieren</translation>
    </message>
    <message>
        <source>SurveyMonkey (older export)</source>
        <translation>SurveyMonkey (oudere export)</translation>
    </message>
    <message>
        <source>Reading {file} stopped unexpectedly: it may be damaged or far too large. Open it in Excel, save it again and import that copy.</source>
        <translation>Het lezen van {file} stopte onverwacht: het bestand is misschien beschadigd of veel te groot. Open het in Excel, sla het opnieuw op en importeer die kopie.</translation>
    </message>
    <message numerus="yes">
        <source>{n} dates in your data lie after today (the latest: {latest}). They do not move the period; check them in the file you imported.</source>
        <translation>
            <numerusform>{n} datum in je gegevens ligt na vandaag ({latest}). Die verschuift de periode niet; controleer hem in het bestand dat je hebt geïmporteerd.</numerusform>
            <numerusform>{n} datums in je gegevens liggen na vandaag (de laatste: {latest}). Ze verschuiven de periode niet; controleer ze in het bestand dat je hebt geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data starts on {start}. With a window of {days} days, figures can be known from {known}, so this view shows the last {months} months.</source>
        <translation>Je gegevens beginnen op {start}. Met een termijn van {days} dagen zijn de cijfers bekend vanaf {known}, dus je ziet hier de laatste {months} maanden.</translation>
    </message>
    <message>
        <source>Your data starts on {start}. With a window of {days} days, nobody can count as lost before {known}, so retention and churn are not known yet.</source>
        <translation>Je gegevens beginnen op {start}. Met een termijn van {days} dagen telt niemand als kwijt vóór {known}, dus klantbehoud en klantverloop zijn nog niet bekend.</translation>
    </message>
    <message numerus="yes">
        <source>The 6-month average needs six typed-in months; there are {n}.</source>
        <translation>
            <numerusform>Voor het gemiddelde over 6 maanden zijn zes ingetypte maanden nodig; er is er {n}.</numerusform>
            <numerusform>Voor het gemiddelde over 6 maanden zijn zes ingetypte maanden nodig; er zijn er {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: with a window of {days} days, the first losses show on {known}.</source>
        <translation>Nog niet bekend: met een termijn van {days} dagen zie je de eerste vertrekkers op {known}.</translation>
    </message>
    <message>
        <source>Needs six full months whose losses are known; this period has {n}. Choose a longer period.</source>
        <translation>Hiervoor zijn zes volle maanden nodig waarvan bekend is wie vertrok; deze periode heeft er {n}. Kies een langere periode.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Kampioenen</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Trouw</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Veelbelovend</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>Glipt weg</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Niet kwijtraken</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Thank them personally and ask for a review or a referral.</source>
        <translation>Bedank ze persoonlijk en vraag om een review of een aanbeveling.</translation>
    </message>
    <message>
        <source>Offer your loyalty reward and tell them first about news.</source>
        <translation>Geef je spaarbeloning en vertel ze als eersten het nieuws.</translation>
    </message>
    <message>
        <source>Welcome them and suggest a second purchase that fits the first.</source>
        <translation>Heet ze welkom en stel een tweede aankoop voor die bij de eerste past.</translation>
    </message>
    <message>
        <source>Send a personal tip or an offer that ends soon.</source>
        <translation>Stuur een persoonlijke tip of een aanbieding die snel afloopt.</translation>
    </message>
    <message>
        <source>Send a personal message with an offer before they are gone.</source>
        <translation>Stuur een persoonlijk bericht met een aanbieding voordat ze weg zijn.</translation>
    </message>
    <message>
        <source>Call them: ask what changed and win them back.</source>
        <translation>Bel ze: vraag wat er veranderd is en win ze terug.</translation>
    </message>
    <message>
        <source>Put them in the newsletter; a discount only with a reason.</source>
        <translation>Houd ze in de nieuwsbrief; korting alleen met een reden.</translation>
    </message>
    <message>
        <source>Leave them be, or try once with your best offer.</source>
        <translation>Laat ze gaan, of probeer het één keer met je beste aanbod.</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>vrij zeker</translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <source>rough guess</source>
        <translation>ruwe schatting</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have bought so far; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>
            <numerusform>Er heeft nu {n} klant gekocht; een voorspelmodel heeft er minstens {min} nodig. Tot die tijd geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</numerusform>
            <numerusform>Er hebben nu {n} klanten gekocht; een voorspelmodel heeft er minstens {min} nodig. Tot die tijd geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have bought more than once; a prediction model needs at least {min} to learn how often people come back. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>
            <numerusform>{n} klant kocht meer dan eens; een voorspelmodel heeft er minstens {min} nodig om te leren hoe vaak mensen terugkomen. Tot die tijd geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</numerusform>
            <numerusform>{n} klanten kochten meer dan eens; een voorspelmodel heeft er minstens {min} nodig om te leren hoe vaak mensen terugkomen. Tot die tijd geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases cover {n} days; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>De aankopen beslaan {n} dagen; een voorspelmodel heeft er minstens {min} nodig. Tot die tijd geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</translation>
    </message>
    <message>
        <source>The prediction model found no stable fit on this history (it happens when purchases are very irregular). A plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>Het voorspelmodel vond geen stabiele schatting op deze geschiedenis (dat gebeurt bij heel onregelmatige aankopen). Er geldt een eenvoudige regel: klanten blijven in hun eigen tempo kopen zolang ze binnen de termijn vallen.</translation>
    </message>
    <message>
        <source>The server {server} did not accept user {user} with this password.</source>
        <translation>De server {server} accepteert gebruiker {user} niet met dit wachtwoord.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}; whoever runs the server makes it first (see the README).</source>
        <translation>Er is geen database {database} op {server}; wie de server beheert, maakt die eerst aan (zie de README).</translation>
    </message>
    <message>
        <source>User {user} may only read this shop on {server}; nothing was changed.</source>
        <translation>Gebruiker {user} mag deze winkel op {server} alleen lezen; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The server {server} has no room left; nothing was changed.</source>
        <translation>De server {server} heeft geen ruimte meer; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The server {server} cannot be reached right now; nothing was changed, and what you see stays until it answers again.</source>
        <translation>De server {server} is nu niet bereikbaar; er is niets veranderd, en wat je ziet blijft staan tot hij weer antwoordt.</translation>
    </message>
    <message>
        <source>The server {server} refused the change ({reason}); nothing was changed.</source>
        <translation>De server {server} weigerde de wijziging ({reason}); er is niets veranderd.</translation>
    </message>
    <message>
        <source>Drawing the report stopped unexpectedly. Try again; nothing was saved or changed.</source>
        <translation>Het tekenen van het rapport stopte onverwacht. Probeer het opnieuw; er is niets opgeslagen of veranderd.</translation>
    </message>
    <message numerus="yes">
        <source>{kept} of the {s} stayed all period</source>
        <translation>
            <numerusform>{kept} van de {s} bleef de hele periode</numerusform>
            <numerusform>{kept} van de {s} bleven de hele periode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} joined ({brand} new, {back} won back)</source>
        <translation>
            <numerusform>{n} kwam erbij ({brand} nieuw, {back} teruggewonnen)</numerusform>
            <numerusform>{n} kwamen erbij ({brand} nieuw, {back} teruggewonnen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of them left again</source>
        <translation>
            <numerusform>{left} daarvan ging weer weg</numerusform>
            <numerusform>{left} daarvan gingen weer weg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{again} of the {base} customers at the start bought again</source>
        <translation>
            <numerusform>{again} van de {base} klanten aan het begin kocht opnieuw</numerusform>
            <numerusform>{again} van de {base} klanten aan het begin kochten opnieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ref} of {known} new customers with a known source</source>
        <translation>
            <numerusform>{ref} van de {known} nieuwe klant met bekende herkomst</numerusform>
            <numerusform>{ref} van de {known} nieuwe klanten met bekende herkomst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{pages} pages written to {file}.</source>
        <translation>{pages} pagina&apos;s geschreven naar {file}.</translation>
    </message>
    <message>
        <source>The numbers are in {file}.</source>
        <translation>De cijfers staan in {file}.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Zo is het berekend</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filiaal</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Klantverloop per maand</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Alle filialen</translation>
    </message>
    <message>
        <source>Branches compared</source>
        <translation>Filialen vergeleken</translation>
    </message>
    <message>
        <source>A customer who buys at two branches counts at both; the row for all branches is the shop as a whole, not a sum of the rows above.</source>
        <translation>Een klant die bij twee filialen koopt, telt bij allebei; de rij voor alle filialen is de hele winkel, niet de som van de rijen erboven.</translation>
    </message>
    <message>
        <source>Retention rate (CRR) per branch</source>
        <translation>Klantbehoud (CRR) per filiaal</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Klanten aan het begin</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Churn %</source>
        <translation>Klantverloop %</translation>
    </message>
    <message>
        <source>CRR per period</source>
        <translation>CRR per periode</translation>
    </message>
    <message>
        <source>CRR %</source>
        <translation>CRR %</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passieven</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Margin ±</source>
        <translation>Marge ±</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In de gevarenzone</translation>
    </message>
    <message>
        <source>Top 20 %</source>
        <translation>Beste 20 %</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Laatste aankoop</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Voorspellingen</translation>
    </message>
    <message>
        <source>Retention rate (CRR)</source>
        <translation>Klantbehoud (CRR)</translation>
    </message>
    <message>
        <source>Churn per month (6-month average)</source>
        <translation>Klantverloop per maand (gemiddelde over 6 maanden)</translation>
    </message>
    <message>
        <source>{lost} lost / {start} at the start / 6; target {target} %</source>
        <translation>{lost} verloren / {start} aan het begin / 6; doel {target} %</translation>
    </message>
    <message>
        <source>Expected customer lifetime</source>
        <translation>Verwachte klantduur</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>1 / monthly churn</source>
        <translation>1 / klantverloop per maand</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Herhaalaankopen</translation>
    </message>
    <message>
        <source>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100, typed in for {label}</source>
        <translation>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100, ingetypt voor {label}</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers, 95 % between {low} and {high}</source>
        <translation>
            <numerusform>{n} antwoord, 95 % tussen {low} en {high}</numerusform>
            <numerusform>{n} antwoorden, 95 % tussen {low} en {high}</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers in this period</source>
        <translation>Geen antwoorden in deze periode</translation>
    </message>
    <message>
        <source>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100; {counts}</source>
        <translation>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100; {counts}</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Via aanbeveling</translation>
    </message>
    <message>
        <source>Revenue from the top 20 %</source>
        <translation>Omzet van de beste 20 %</translation>
    </message>
    <message numerus="yes">
        <source>{k} of {n} paying customers</source>
        <translation>
            <numerusform>{k} van {n} betalende klant</numerusform>
            <numerusform>{k} van de {n} betalende klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Klanten in de gevarenzone</translation>
    </message>
    <message>
        <source>Not known yet: the predictions are still being made. Make the report again in a moment.</source>
        <translation>Nog niet bekend: de voorspellingen worden nog gemaakt. Maak het rapport zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>regular customers whose chance to buy in the next {days} days dropped below half</source>
        <translation>vaste klanten van wie de kans op een aankoop in de komende {days} dagen onder de helft is gezakt</translation>
    </message>
    <message>
        <source>past their usual time between purchases (too little history for predictions)</source>
        <translation>langer weg dan hun gewone tijd tussen aankopen (te weinig geschiedenis voor voorspellingen)</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <source>Customer retention report</source>
        <translation>Rapport klantbehoud</translation>
    </message>
    <message>
        <source>Period {first} to {last} · data up to {as_of} · made on {made}</source>
        <translation>Periode {first} t/m {last} · gegevens t/m {as_of} · gemaakt op {made}</translation>
    </message>
    <message>
        <source>A customer counts as lost after {days} days without a purchase, or on the date they left.</source>
        <translation>Een klant telt als verloren na {days} dagen zonder aankoop, of op de datum van opzeggen.</translation>
    </message>
    <message>
        <source>Retention rate (CRR) per period</source>
        <translation>Klantbehoud (CRR) per periode</translation>
    </message>
    <message>
        <source>Churn per month, 6-month average and the 2 % target</source>
        <translation>Klantverloop per maand, gemiddelde over 6 maanden en het doel van 2 %</translation>
    </message>
    <message>
        <source>NPS: answers per score</source>
        <translation>NPS: antwoorden per score</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS per maand</translation>
    </message>
    <message>
        <source>Repeat purchase rate per quarter</source>
        <translation>Herhaalaankopen per kwartaal</translation>
    </message>
    <message>
        <source>% bought again</source>
        <translation>% kocht opnieuw</translation>
    </message>
    <message>
        <source>Referral rate per quarter</source>
        <translation>Via aanbeveling per kwartaal</translation>
    </message>
    <message>
        <source>% came on a recommendation</source>
        <translation>% kwam via een aanbeveling</translation>
    </message>
    <message>
        <source>The 80/20 rule: share of revenue by share of customers</source>
        <translation>De 80/20-regel: aandeel in de omzet per aandeel klanten</translation>
    </message>
    <message>
        <source>Cohorts: share still buying, by month of first purchase</source>
        <translation>Cohorten: aandeel dat nog koopt, per maand van de eerste aankoop</translation>
    </message>
    <message>
        <source>Your best customers (top 20 % by revenue)</source>
        <translation>Je beste klanten (beste 20 % naar omzet)</translation>
    </message>
    <message>
        <source>Customers at risk: contact them now</source>
        <translation>Klanten in de gevarenzone: neem nu contact op</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-mail of telefoon</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>Niemand in deze lijst.</translation>
    </message>
    <message>
        <source>… and {n} more: the whole list is in the Excel file of this report.</source>
        <translation>… en nog {n}: de hele lijst staat in het Excel-bestand van dit rapport.</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Komende 3 maanden</translation>
    </message>
    <message>
        <source>Forecast against what happened</source>
        <translation>Verwachting naast wat er gebeurde</translation>
    </message>
    <message>
        <source>Your customers by group</source>
        <translation>Je klanten per groep</translation>
    </message>
    <message>
        <source>Learned from the purchases of {n} customers up to {day} (MBG/NBD and Gamma-Gamma models); several orders on one day count as one purchase; new customers are not in the forecast.</source>
        <translation>Geleerd van de aankopen van {n} klanten tot en met {day} (MBG/NBD- en Gamma-Gamma-model); meerdere bestellingen op één dag tellen als één aankoop; nieuwe klanten zitten niet in de verwachting.</translation>
    </message>
    <message>
        <source>{n} purchases</source>
        <translation>{n} aankopen</translation>
    </message>
    <message>
        <source>revenue {amount}</source>
        <translation>omzet {amount}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Omzet tot nu</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Customers / purchases</source>
        <translation>Klanten / aankopen</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>Verwachte omzet</translation>
    </message>
</context>
</TS>
