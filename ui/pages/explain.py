"""The "how is this computed?" texts: each formula with the shop's own numbers filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.metrics.summary import Summary
from ui import format as fmt
from ui.i18n import core_text


translate = QCoreApplication.translate  # lupdate reads translate("Explain", "...") calls

def explanation(key: str, s: Summary) -> str:
    """The formula, the shop's numbers in it, and what to do, for the card ``key``."""
    period = translate("Explain", "Period: {first} to {last}.").format(first=fmt.day(s.period.first), last=fmt.day(s.period.last))
    window = translate("Explain", "A customer counts as lost after {days} days without a purchase (or on the date they left, where "
                "your list has one).").format(days=s.inactive_after)
    if key == "crr":
        c = s.crr
        if c.percent is None:
            body = translate("Explain", "CRR = ((E − N) / S) × 100 cannot be computed: {why}").format(
                why=c.problem.render(core_text) if c.problem else "")
        else:
            body = translate("Explain", "CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.\n\n"
                      "S = {s} customers at the start, E = {e} customers at the end, N = {n} new customers during "
                      "the period. Of the {s} customers at the start, {kept} are still customers.").format(
                e=c.end, n=c.new, s=c.start, pct=fmt.percent(c.percent), kept=c.retained)
        advice = translate("Explain", "To raise it: thank new customers, ask for feedback, and contact customers before they drift off.")
        return "\n\n".join([body, period, window, advice])
    if key == "churn":
        six = s.churn_six
        if not six or six.percent is None:
            body = translate("Explain", "The 6-month average needs six full months of data with customers at the start.")
        else:
            body = translate("Explain", "6-month average = customers lost over 6 months / customers at the start / 6 = {lost} / {start} "
                      "/ 6 = {pct} a month ({first} to {last}).\n\nSmall shops see the monthly figure jump around; "
                      "the average over six months is steadier. A good target is 2 % a month.").format(
                lost=six.lost, start=six.start, pct=fmt.percent(six.percent, 2), first=fmt.month(six.first),
                last=fmt.month(six.last))
        return "\n\n".join([body, window])
    if key == "lifetime":
        o = s.churn_outlook
        if not o or o.lifetime_months is None:
            body = translate("Explain", "The expected lifetime follows from the churn rate; there is no churn rate yet.")
        else:
            body = translate("Explain", "Expected lifetime = 1 / monthly churn = 1 / {c} = {months} months ({years} years).\n\n"
                      "At this churn rate you lose {six} of your customers in six months: 1 − (1 − {c})⁶.").format(
                c=fmt.percent(o.monthly_percent, 2), months=fmt.number(o.lifetime_months, 0),
                years=fmt.number(o.lifetime_years, 1), six=fmt.percent(o.lost_in_six_months_percent))
        return body
    if key == "nps":
        n = s.nps
        if not n.responses:
            return translate("Explain", "NPS needs answers to the question “How likely is it that you would recommend us, from 0 to "
                      "10?”. There are none in this period.")
        return translate("Explain", "NPS = % promoters (9–10) − % detractors (0–6) = {p} − {d} = {score}.\n\n{n} answers: {pc} "
                  "promoters, {pa} passives, {dc} detractors. With this many answers the score can be {moe} points "
                  "higher or lower (95 % margin of error); more answers make it firmer.").format(
            p=fmt.percent(n.share(n.promoters)), d=fmt.percent(n.share(n.detractors)), score=fmt.number(n.score, 0),
            n=n.responses, pc=n.promoters, pa=n.passives, dc=n.detractors, moe=fmt.number(n.margin_of_error, 0))
    if key == "repeat":
        r = s.repeat
        return "\n\n".join([translate("Explain", "Repeat purchase rate = customers who bought again / customers who had bought before "
                               "= {again} / {base} = {pct}.").format(again=r.bought_again, base=r.earlier_buyers,
                                                                     pct=fmt.percent(r.percent)), period])
    if key == "referral":
        r = s.referral
        unknown = r.new_customers - r.known_source
        return "\n\n".join([translate("Explain", "Referral rate = new customers who came on a recommendation / new customers whose "
                               "source is known = {ref} / {known} = {pct}. {unknown} new customers without a known "
                               "source are not counted.").format(ref=r.referred, known=r.known_source,
                                                                 pct=fmt.percent(r.percent), unknown=unknown),
                            translate("Explain", "Ask every new customer “How did you hear about us?” to make this figure firmer.")])
    if key == "pareto":
        p = s.pareto
        return translate("Explain", "The best {k} of your {n} paying customers (20 %) brought {share} of the revenue in this period: "
                  "{top} of {total}. Look after them: they are the ones to keep.").format(
            k=p.top_count, n=p.customers, share=fmt.percent(p.top20_share_percent), top=fmt.money(p.top_revenue),
            total=fmt.money(p.total_revenue))
    if key == "risk":
        return translate("Explain", "{n} customers have stayed away longer than 1.5 × their usual time between purchases, but do not "
                  "count as lost yet. For customers with one purchase the shop's usual interval is used. A personal "
                  "message or a small offer now is cheaper than finding a new customer.").format(n=len(s.at_risk))
    return ""
