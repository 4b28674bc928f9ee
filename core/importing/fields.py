"""The fields an import can fill, and the Dutch and English column names that mean them."""

from __future__ import annotations

from dataclasses import dataclass

from core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Field:
    """A field of the data model that a column can be mapped to."""

    key: str
    label: str  # marked for translation
    kind: str  # "id", "text", "date", "number", "count", "score", "bool"
    exact: tuple[str, ...]  # normalised column names that mean this field
    contains: tuple[str, ...] = ()  # word parts that, inside a longer question, mean this field


F = Field
FIELDS: tuple[Field, ...] = (
    F("customer_id", QT_TRANSLATE_NOOP("core", "Customer number"), "id",
      ("klantnummer", "klantnr", "klant nr", "klant id", "klantid", "klantcode", "relatienummer", "relatienr",
       "debiteurnummer", "debiteur", "lidnummer", "customer id", "customerid", "customer number", "customer no",
       "cust id", "client id", "internal id", "user id", "account id", "customer code", "klant code",
       "square customer id", "kaartnummer", "klantkaart", "klantkaartnummer", "pasnummer", "lidmaatschapsnummer",
       "loyalty card", "loyalty number", "gebruikersnaam", "username", "login")),
    F("name", QT_TRANSLATE_NOOP("core", "Name"), "text",
      ("naam", "klantnaam", "volledige naam", "name", "customer name", "full name", "klant", "contact",
       "billing name", "customer", "naam klant", "klant naam", "naam relatie", "relatie", "contactpersoon",
       "consumer name", "naam betaler", "payer name")),
    F("first_name", QT_TRANSLATE_NOOP("core", "First name"), "text",
      ("voornaam", "roepnaam", "first name", "firstname", "given name")),
    F("name_prefix", QT_TRANSLATE_NOOP("core", "Name prefix"), "text",
      ("tussenvoegsel", "tussenvoegsels", "lastnamepreposition", "lastname preposition", "prefix")),
    F("last_name", QT_TRANSLATE_NOOP("core", "Last name"), "text",
      ("achternaam", "familienaam", "last name", "lastname", "surname", "family name")),
    F("email", QT_TRANSLATE_NOOP("core", "E-mail"), "text",
      ("email", "emailadres", "email adres", "mail", "mailadres", "email address", "e mail", "customer email",
       "emailadres klant", "email klant", "klant email", "consumer email", "payer email")),
    F("phone", QT_TRANSLATE_NOOP("core", "Phone"), "text",
      ("telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobiel nummer", "gsm", "phone", "phone number",
       "mobile", "default address phone")),
    F("since", QT_TRANSLATE_NOOP("core", "Customer since"), "date",
      ("klant sinds", "lid sinds", "klant vanaf", "aangemeld op", "aanmelddatum", "inschrijfdatum", "ingeschreven op",
       "registratiedatum", "geregistreerd", "registered", "sign up", "signup", "signed up", "created", "created utc",
       "created date utc", "created date",
       "created at", "customer since", "member since", "date joined", "joined", "aanmaakdatum", "optin time",
       "startdatum", "start datum", "aangemaakt op", "aanmelden", "aangemeld", "registratie", "inschrijving",
       "date created", "registration date", "sign up date")),
    F("left_on", QT_TRANSLATE_NOOP("core", "Left on"), "date",
      ("opgezegd op", "opgezegd", "opzegdatum", "uitgeschreven op", "afgemeld op", "vertrokken op", "einddatum",
       "lid tot", "klant tot", "left on", "left", "cancelled on", "canceled on", "churned on", "churn date",
       "unsubscribed on", "unsub time", "ended")),
    F("first_purchase", QT_TRANSLATE_NOOP("core", "First purchase"), "date",
      ("eerste aankoop", "eerste bestelling", "datum eerste aankoop", "eerste order", "eerste aankoopdatum",
       "eerste bezoek", "first visit",
       "first purchase", "first order", "first order date", "first purchase date")),
    F("last_purchase", QT_TRANSLATE_NOOP("core", "Last purchase"), "date",
      ("laatste aankoop", "laatste bestelling", "datum laatste aankoop", "laatst gekocht", "laatste order",
       "laatste aankoopdatum", "laatste bezoek", "laatst geweest", "laatste keer", "last purchase", "last order",
       "last order date", "last purchase date", "last visit")),
    F("orders_count", QT_TRANSLATE_NOOP("core", "Number of orders"), "count",
      ("aantal bestellingen", "aantal aankopen", "aantal orders", "bestellingen", "aankopen", "orders",
       "total orders", "number of orders", "order count", "orders count", "payment count", "aantal keer",
       "aantal bezoeken", "bezoeken", "aantal transacties", "transaction count", "visits", "number of visits",
       "visit count")),
    F("total_spent", QT_TRANSLATE_NOOP("core", "Total spent"), "number",
      ("omzet", "totaal besteed", "besteed", "totale omzet", "totaal bedrag besteed", "klantwaarde", "total spent",
       "total spend", "lifetime value", "amount spent", "totaal uitgegeven", "uitgegeven", "lifetime spend",
       "totale besteding", "besteding", "clv")),
    F("source", QT_TRANSLATE_NOOP("core", "How they found us"), "text",
      ("bron", "herkomst", "kanaal", "via", "hoe gevonden", "source", "referral source", "channel",
       "how did you hear about us", "hoe heeft u ons gevonden", "hoe heb je ons gevonden", "hoe kent u ons",
       "hoe ken je ons", "acquisition source"),
      ("gevonden", "hear about", "heard about", "hoe kent", "hoe ken je", "find us", "found us", "kennen",
       "bij ons gekomen", "bij ons terecht")),
    F("nps_score", QT_TRANSLATE_NOOP("core", "Score (0-10)"), "score",
      ("score", "cijfer", "nps", "nps score", "aanbevelingsscore", "beoordeling", "rating", "likelihood to recommend"),
      ("aanbevel", "aanraden", "aan te raden", "recommend", "waarschijnlijk", "likely")),
    F("consent", QT_TRANSLATE_NOOP("core", "Marketing consent"), "bool",
      ("nieuwsbrief", "toestemming", "marketing toestemming", "toestemming marketing", "opt in", "optin",
       "accepts email marketing", "accepts marketing", "newsletter", "marketing consent", "email marketing consent",
       "mailing", "mag mailen", "subscribed", "email subscription status", "toestemming mailing",
       "akkoord mailing", "nieuwsbrief ontvangen", "wil nieuwsbrief", "marketing"),
      ("nieuwsbrief", "newsletter", "toestemming", "opt in")),
    F("order_id", QT_TRANSLATE_NOOP("core", "Order number"), "text",
      ("ordernummer", "ordernr", "order nr", "bestelnummer", "bestelnr", "factuurnummer", "factuurnr", "factuur",
       "bonnummer", "bonnr", "bon", "kassabon", "bonnetje", "ticketnummer", "transactienummer", "transactie id",
       "transactie", "bestelling", "bestelling #", "bestelling nr", "order", "order #", "order id", "order number",
       "order no", "ordernumber", "invoice", "invoiceno", "invoice no", "invoice number", "transaction id",
       "transaction", "receipt", "receipt number")),
    F("order_date", QT_TRANSLATE_NOOP("core", "Order date"), "date",
      ("orderdatum", "besteldatum", "aankoopdatum", "factuurdatum", "datum", "date", "order date", "invoicedate",
       "invoice date", "paid at", "purchase date", "transaction date", "datum bestelling", "datum tijd",
       "datum en tijd", "besteld op", "gekocht op", "verkoopdatum", "transactiedatum", "date time", "datetime",
       "order date time", "sale date")),
    F("amount", QT_TRANSLATE_NOOP("core", "Amount"), "number",
      ("bedrag", "totaalbedrag", "orderbedrag", "totaal", "bedrag incl btw", "totaal incl btw", "amount", "total",
       "order total", "n revenue", "n revenue formatted", "net sales", "revenue", "net revenue", "gross sales",
       "sales", "subtotal", "n omzet", "n omzet opgemaakt", "netto omzet", "verkoopbedrag", "te betalen",
       "betaald", "bedrag betaald", "totaalprijs", "total price", "amount paid", "grand total")),
    F("quantity", QT_TRANSLATE_NOOP("core", "Quantity"), "number",
      ("aantal", "stuks", "quantity", "qty", "lineitem quantity")),
    F("unit_price", QT_TRANSLATE_NOOP("core", "Unit price"), "number",
      ("stukprijs", "prijs per stuk", "prijs", "unit price", "unitprice", "price", "lineitem price")),
    F("refunded", QT_TRANSLATE_NOOP("core", "Refunded amount"), "number",
      ("refunded amount", "refunded", "refund amount", "amount refunded", "terugbetaald bedrag", "bedrag terugbetaald",
       "terugbetaling")),
    F("status", QT_TRANSLATE_NOOP("core", "Order status"), "text",
      ("status", "orderstatus", "order status", "bestelstatus", "betaalstatus", "financial status",
       "payment status", "betaalstatus order")),
    F("cancelled_at", QT_TRANSLATE_NOOP("core", "Cancelled on"), "text",
      ("cancelled at", "canceled at", "geannuleerd op", "annuleringsdatum", "geannuleerd")),
    F("answered_on", QT_TRANSLATE_NOOP("core", "Answered on"), "date",
      ("tijdstempel", "timestamp", "submit date utc", "submitted at", "ingevuld op", "datum ingevuld",
       "end date", "response date", "antwoorddatum")),
    # Counts an owner keeps per period or per month instead of a customer list.
    F("period_label", QT_TRANSLATE_NOOP("core", "Period"), "text",
      ("periode", "period", "tijdvak", "jaar", "kwartaal", "year", "quarter")),
    F("month", QT_TRANSLATE_NOOP("core", "Month"), "text", ("maand", "month")),
    F("count_start", QT_TRANSLATE_NOOP("core", "Customers at the start (S)"), "count",
      ("s", "begin", "start", "aan het begin", "klanten aan het begin", "klanten begin", "klanten bij begin",
       "beginstand", "customers at start", "customers at the start", "start customers", "klanten aan begin")),
    F("count_end", QT_TRANSLATE_NOOP("core", "Customers at the end (E)"), "count",
      ("e", "eind", "einde", "aan het eind", "klanten aan het eind", "klanten eind", "klanten bij eind", "eindstand",
       "end", "customers at end", "customers at the end", "end customers", "klanten aan eind")),
    F("count_new", QT_TRANSLATE_NOOP("core", "New customers (N)"), "count",
      ("n", "nieuw", "nieuwe klanten", "nieuwe", "new", "new customers", "aantal nieuwe klanten")),
    F("count_lost", QT_TRANSLATE_NOOP("core", "Customers lost"), "count",
      ("verloren", "verloren klanten", "kwijt", "vertrokken", "klanten verloren", "aantal verloren", "lost",
       "customers lost", "lost customers", "churned", "opgezegd aantal")),
)

FIELD_BY_KEY = {f.key: f for f in FIELDS}
DATE_FIELDS = {f.key for f in FIELDS if f.kind == "date"}
