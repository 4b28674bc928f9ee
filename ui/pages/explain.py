"""The "how is this computed?" texts: each formula with the shop's own numbers filled in."""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.metrics.summary import Summary
from core.predict.shop import MODEL
from ui import format as fmt
from ui.i18n import problem_text


class Explainer(QObject):
    """Builds the explanation of one dashboard card (a QObject so ``self.tr`` gives the texts a context)."""

    def explanation(self, key: str, s: Summary) -> str:
        """The formula, the shop's numbers in it, and what to do, for the card ``key``."""
        method = getattr(self, f"_{key}", None)
        return method(s) if method else ""

    def _period(self, s: Summary) -> str:
        return self.tr("Period: {first} to {last}.").format(
            first=fmt.day(s.period.first), last=fmt.day(s.period.last))

    def _window(self, s: Summary) -> str:
        return self.tr("A customer counts as lost after {days} days without a purchase (or on the date they "
                       "left, where your list has one).").format(days=s.inactive_after)

    def _crr(self, s: Summary) -> str:
        c = s.crr
        if c.percent is None:
            body = self.tr("CRR = ((E − N) / S) × 100 cannot be computed: {why}").format(
                why=problem_text(c.problem) if c.problem else "")
        elif s.typed_crr_label:
            body = self.tr(
                "CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}, from the counts you typed in for "
                "{label}: S = customers at the start, E = at the end, N = new during the period.").format(
                e=c.end, n=c.new, s=c.start, pct=fmt.percent(c.percent), label=s.typed_crr_label)
        else:
            # A sentence per count, each in the words for its own number ("1 klant", "12 klanten").
            body = "\n\n".join((
                self.tr("CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.").format(
                    e=c.end, n=c.new, s=c.start, pct=fmt.percent(c.percent)),
                " ".join((
                    self.tr("S = {s} customers on the day before the period.", "", c.start).format(s=c.start),
                    self.tr("E = {e} customers on its last day.", "", c.end).format(e=c.end),
                    self.tr("N = {n} customers who joined during it ({brand} for the first time, {back} won back: "
                            "lost before and back again).", "", c.new).format(
                        n=c.new, brand=c.brand_new, back=c.won_back))),
                self.tr("{kept} of the {s} customers at the start stayed all period without a break.", "",
                        c.retained).format(kept=c.retained, s=c.start)))
            if c.new_lost:
                body += " " + self.tr(
                    "E − N = {diff} is lower than {kept} because {left} of the customers who joined left again "
                    "within the period: they count in N but not in E.", "", c.new_lost).format(
                    diff=c.end - c.new, kept=c.retained, left=c.new_lost)
        advice = self.tr("To raise it: thank new customers, ask for feedback, and contact customers before "
                         "they drift off.")
        return "\n\n".join([body, self._period(s), self._window(s), advice])

    def _churn(self, s: Summary) -> str:
        six = s.churn_six
        if not six or six.percent is None:
            body = self.tr("The 6-month average cannot be computed: {why}").format(
                why=problem_text(s.churn_reason) if s.churn_reason else "")
        else:
            body = self.tr(
                "6-month average = customers lost over 6 months / customers at the start / 6 = {lost} / "
                "{start} / 6 = {pct} a month ({first} to {last}).\n\nSmall shops see the monthly figure jump "
                "around; the average over six months is steadier. A good target is 2 % a month.").format(
                lost=six.lost, start=six.start, pct=fmt.percent(six.percent, 2), first=fmt.month(six.first),
                last=fmt.month(six.last))
        return "\n\n".join([body, self._window(s)])

    def _lifetime(self, s: Summary) -> str:
        o = s.churn_outlook
        if not o or o.lifetime_months is None:
            return self.tr("The expected lifetime follows from the 6-month churn average, which is not known "
                           "yet (or no customer was lost).")
        text = self.tr(
            "Expected lifetime = 1 / monthly churn = 1 / {c} = {months} months ({years} years).\n\n"
            "Losing {c} of the remaining customers every month loses 1 − (1 − {c})⁶ = {six} of them in six "
            "months.").format(
            c=fmt.percent(o.monthly_percent, 2), months=fmt.number(o.lifetime_months, 0),
            years=fmt.number(o.lifetime_years, 1), six=fmt.percent(o.lost_in_six_months_percent))
        six = s.churn_six
        if six and six.lost_share_percent is not None:
            text += " " + self.tr("Your own counts for {first} to {last}: {lost} of {start} lost ({share}); the "
                                  "average spreads that evenly over the six months.").format(
                first=fmt.month(six.first), last=fmt.month(six.last), lost=six.lost, start=six.start,
                share=fmt.percent(six.lost_share_percent))
        return text

    def _nps(self, s: Summary) -> str:
        n = s.nps
        if not n.responses:
            return self.tr("NPS needs answers to the question “How likely is it that you would recommend us, "
                           "from 0 to 10?”. There are none in this period.")
        text = self.tr(
            "NPS = % promoters (9–10) − % detractors (0–6) = {p} − {d} = {score}.\n\n{n} answers: {pc} "
            "promoters, {pa} passives, {dc} detractors. With this many answers the true score lies between "
            "{low} and {high} (95 % interval, adjusted Wald); more answers make it firmer.").format(
            p=fmt.percent(n.share(n.promoters)), d=fmt.percent(n.share(n.detractors)),
            score=fmt.number(n.score, 0), n=n.responses, pc=n.promoters, pa=n.passives, dc=n.detractors,
            low=fmt.number(n.low, 0), high=fmt.number(n.high, 0))
        if n.few_answers:
            text += " " + self.tr("Under 30 answers, every new answer can move the score a lot.")
        return text

    def _repeat(self, s: Summary) -> str:
        r = s.repeat
        if r.percent is None:
            body = self.tr("The repeat purchase rate cannot be computed: {why}").format(
                why=problem_text(r.problem) if r.problem else "")
        else:
            body = self.tr("Repeat purchase rate = customers who bought again during the period / customers on "
                           "the day before it = {again} / {base} = {pct}. The base is fixed at the start: "
                           "customers who drift off later still count in it.").format(
                again=r.bought_again, base=r.earlier_buyers, pct=fmt.percent(r.percent))
        return "\n\n".join([body, self._period(s)])

    def _referral(self, s: Summary) -> str:
        r = s.referral
        body = self.tr(
            "Referral rate = new customers who came on a recommendation / new customers whose source is "
            "known = {ref} / {known} = {pct}. {unknown} new customers without a known source are not "
            "counted.").format(ref=r.referred, known=r.known_source, pct=fmt.percent(r.percent),
                               unknown=r.new_customers - r.known_source)
        advice = self.tr("Ask every new customer “How did you hear about us?” to make this figure firmer.")
        return "\n\n".join([body, advice])

    def _pareto(self, s: Summary) -> str:
        p = s.pareto
        return self.tr(
            "The best {k} of your {n} paying customers (20 %) brought {share} of the revenue in this period: "
            "{top} of {total}. Look after them: they are the ones to keep.").format(
            k=p.top_count, n=p.customers, share=fmt.percent(p.top20_share_percent), top=fmt.money(p.top_revenue),
            total=fmt.money(p.total_revenue))

    def _risk(self, s: Summary) -> str:
        p = s.predictions
        if p is None:
            return self.tr("Predictions are being calculated…")
        if p.method != MODEL:
            return self.tr(
                "{n} customers have stayed away longer than 1.5 × their usual time between purchases, but do not "
                "count as lost yet. For customers with one purchase the shop's usual interval is used. This plain "
                "rule stands in because: {why}", "", len(s.at_risk)).format(
                n=len(s.at_risk), why=problem_text(p.reason))
        h = p.hist
        repeat = h.has & (h.days >= 2)
        return self.tr(
            "{n} customers are at risk: customers worth keeping (they bought on two days or more, and at least as "
            "much as the median repeat buyer) who still count as customers, whose chance to buy in the next {days} "
            "days was at least 50 % right after their last purchase and is now below 50 %. The chance comes from "
            "each customer's own buying pace and silence (see Predictions). Of your {repeat} repeat buyers, {n} "
            "are slipping away in this sense. A personal message or a small offer now is cheaper than finding a new "
            "customer.", "", len(s.at_risk)).format(n=len(s.at_risk), days=p.horizon_days, repeat=int(repeat.sum()))
