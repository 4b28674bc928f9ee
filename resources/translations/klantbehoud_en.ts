<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working out the plan…</source>
        <translation>Working out the plan…</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions</source>
        <translation>
            <numerusform>{count} action</numerusform>
            <numerusform>{count} actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} actions overdue (red), {open} still to do in the coming weeks. Plan until {end}.</source>
        <translation>
            <numerusform>{overdue} action overdue (red), {open} still to do in the coming weeks. Plan until {end}.</numerusform>
            <numerusform>{overdue} actions overdue (red), {open} still to do in the coming weeks. Plan until {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} older actions expired (grey): too late to be worth doing now.</source>
        <translation>
            <numerusform>{n} older action expired (grey): too late to be worth doing now.</numerusform>
            <numerusform>{n} older actions expired (grey): too late to be worth doing now.</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>Agenda for {day}</source>
        <translation>Agenda for {day}</translation>
    </message>
    <message>
        <source>{n} left out (no consent)</source>
        <translation>{n} left out (no consent)</translation>
    </message>
    <message>
        <source>moved from {day}</source>
        <translation>moved from {day}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save the list for a mail merge</source>
        <translation>Save the list for a mail merge</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the plan for your agenda</source>
        <translation>Save the plan for your agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Actions on the chosen day</source>
        <translation>Actions on the chosen day</translation>
    </message>
    <message>
        <source>Customers of the chosen action</source>
        <translation>Customers of the chosen action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>A week later</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <source>Customer done</source>
        <translation>Customer done</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Export the list…</translation>
    </message>
    <message>
        <source>Put the plan in my agenda (.ics)…</source>
        <translation>Put the plan in my agenda (.ics)…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Copy the chart</source>
        <translation>Copy the chart</translation>
    </message>
    <message>
        <source>Save the chart as PNG…</source>
        <translation>Save the chart as PNG…</translation>
    </message>
    <message>
        <source>Save the chart as SVG…</source>
        <translation>Save the chart as SVG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>{chart}: the numbers</source>
        <translation>{chart}: the numbers</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Show as chart</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
</context>
<context>
    <name>ChurnPage</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Customers at the start</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Churn per month</translation>
    </message>
    <message>
        <source>A customer counts as lost after this many days without a purchase:</source>
        <translation>A customer counts as lost after this many days without a purchase:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>From your data</source>
        <translation>From your data</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
</context>
<context>
    <name>CountsPage</name>
    <message>
        <source>Type whole numbers only.</source>
        <translation>Type whole numbers only.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Customers at the start (S)</source>
        <translation>Customers at the start (S)</translation>
    </message>
    <message>
        <source>Customers at the end (E)</source>
        <translation>Customers at the end (E)</translation>
    </message>
    <message>
        <source>New customers (N)</source>
        <translation>New customers (N)</translation>
    </message>
    <message>
        <source>CRR</source>
        <translation>CRR</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Retention rate per period</source>
        <translation>Retention rate per period</translation>
    </message>
    <message>
        <source>Period counts</source>
        <translation>Period counts</translation>
    </message>
    <message>
        <source>Counts per period</source>
        <translation>Counts per period</translation>
    </message>
    <message>
        <source>No customer list? Count per period how many customers you had at the start (S), at the end (E), and how many were new (N). CRR = ((E − N) / S) × 100 appears as you type. Example: 10 customers at the start of the year, 2 lost and none new: ((8 − 0) / 10) × 100 = 80 %.</source>
        <translation>No customer list? Count per period how many customers you had at the start (S), at the end (E), and how many were new (N). CRR = ((E − N) / S) × 100 appears as you type. Example: 10 customers at the start of the year, 2 lost and none new: ((8 − 0) / 10) × 100 = 80 %.</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Add a period</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Remove the period</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>lost on {date}</source>
        <translation>lost on {date}</translation>
    </message>
    <message>
        <source>contact (never bought)</source>
        <translation>contact (never bought)</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Chance to buy in {days} days</source>
        <translation>Chance to buy in {days} days</translation>
    </message>
    <message>
        <source>Expected revenue, {days} days</source>
        <translation>Expected revenue, {days} days</translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation>Value, 12 months</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Chance still a customer</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Predictions are being calculated…</translation>
    </message>
    <message>
        <source>Predictions could not be made for this data; the other figures are not affected.</source>
        <translation>Predictions could not be made for this data; the other figures are not affected.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} customers</source>
        <translation>
            <numerusform>{shown} of {total} customer</numerusform>
            <numerusform>{shown} of {total} customers</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({id}) · {status} · {orders} orders · {revenue}</source>
        <translation>{name} ({id}) · {status} · {orders} orders · {revenue}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Group: {group} · chance to buy in the next {days} days: {chance} · expected revenue then: {revenue} · value over 12 months: {value} ({sure})</source>
        <translation>Group: {group} · chance to buy in the next {days} days: {chance} · expected revenue then: {revenue} · value over 12 months: {value} ({sure})</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Save this list</source>
        <translation>Save this list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Save everything about this customer</source>
        <translation>Save everything about this customer</translation>
    </message>
    <message>
        <source>Delete this customer?</source>
        <translation>Delete this customer?</translation>
    </message>
    <message>
        <source>{name} ({id}) and all their orders, survey answers and calendar marks will be removed from this shop for good. Backups made earlier still hold them.</source>
        <translation>{name} ({id}) and all their orders, survey answers and calendar marks will be removed from this shop for good. Backups made earlier still hold them.</translation>
    </message>
    <message>
        <source>The customer was not deleted</source>
        <translation>The customer was not deleted</translation>
    </message>
    <message>
        <source>Also from the backups?</source>
        <translation>Also from the backups?</translation>
    </message>
    <message>
        <source>{n} backup copies of this shop may still hold {name}. Remove them from those copies too? If not, they stay there until the copies are replaced: Klantbehoud keeps the newest {keep} daily copies.</source>
        <translation>{n} backup copies of this shop may still hold {name}. Remove them from those copies too? If not, they stay there until the copies are replaced: Klantbehoud keeps the newest {keep} daily copies.</translation>
    </message>
    <message>
        <source>Removed from {held} of the {n} backup copies (the others did not hold them).</source>
        <translation>Removed from {held} of the {n} backup copies (the others did not hold them).</translation>
    </message>
    <message numerus="yes">
        <source>{count} copies could not be changed: {files}</source>
        <translation>
            <numerusform>{count} copy could not be changed: {files}</numerusform>
            <numerusform>{count} copies could not be changed: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Search by name, e-mail, number…</source>
        <translation>Search by name, e-mail, number…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Top 20 % by revenue</source>
        <translation>Top 20 % by revenue</translation>
    </message>
    <message>
        <source>New in this period</source>
        <translation>New in this period</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>Likely to buy soon (50 % or more)</source>
        <translation>Likely to buy soon (50 % or more)</translation>
    </message>
    <message>
        <source>Unlikely to buy soon (under 20 %)</source>
        <translation>Unlikely to buy soon (under 20 %)</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Group: {name}</translation>
    </message>
    <message>
        <source>Orders and answers…</source>
        <translation>Orders and answers…</translation>
    </message>
    <message>
        <source>Export everything about this customer…</source>
        <translation>Export everything about this customer…</translation>
    </message>
    <message>
        <source>Delete this customer…</source>
        <translation>Delete this customer…</translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation>Export this list…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>How is this computed?</source>
        <translation>How is this computed?</translation>
    </message>
    <message>
        <source>Retention rate (CRR)</source>
        <translation>Retention rate (CRR)</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Churn per month</translation>
    </message>
    <message>
        <source>Expected customer lifetime</source>
        <translation>Expected customer lifetime</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message>
        <source>Came on a recommendation</source>
        <translation>Came on a recommendation</translation>
    </message>
    <message>
        <source>Revenue from your top 20 %</source>
        <translation>Revenue from your top 20 %</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Customers at risk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Churn per month, with the 6-month average and the 2 % target</source>
        <translation>Churn per month, with the 6-month average and the 2 % target</translation>
    </message>
    <message>
        <source>How likely customers are to recommend you (0–10)</source>
        <translation>How likely customers are to recommend you (0–10)</translation>
    </message>
    <message>
        <source>Per quarter, the last six quarters up to {last}</source>
        <translation>Per quarter, the last six quarters up to {last}</translation>
    </message>
    <message>
        <source> (demo shop)</source>
        <translation> (demo shop)</translation>
    </message>
    <message>
        <source>{shop}{demo} · {first} to {last} · a customer counts as lost after {days} days without a purchase</source>
        <translation>{shop}{demo} · {first} to {last} · a customer counts as lost after {days} days without a purchase</translation>
    </message>
    <message>
        <source>At this rate {six} of customers are lost in 6 months</source>
        <translation>At this rate {six} of customers are lost in 6 months</translation>
    </message>
    <message>
        <source>No customers lost in these six months</source>
        <translation>No customers lost in these six months</translation>
    </message>
    <message>
        <source>Follows from the churn rate, which is not known yet</source>
        <translation>Follows from the churn rate, which is not known yet</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers, between {low} and {high} (95 %)</source>
        <translation>
            <numerusform>{n} answer, between {low} and {high} (95 %)</numerusform>
            <numerusform>{n} answers, between {low} and {high} (95 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>few answers: a rough figure</source>
        <translation>few answers: a rough figure</translation>
    </message>
    <message>
        <source>Predictions could not be made; see the log file</source>
        <translation>Predictions could not be made; see the log file</translation>
    </message>
    <message>
        <source>being calculated…</source>
        <translation>being calculated…</translation>
    </message>
    <message>
        <source>regular customers whose chance to buy in the next {days} days dropped below half</source>
        <translation>regular customers whose chance to buy in the next {days} days dropped below half</translation>
    </message>
    <message>
        <source>past their usual time between purchases (too little history for predictions)</source>
        <translation>past their usual time between purchases (too little history for predictions)</translation>
    </message>
    <message>
        <source>No answers in this period; import a survey or type scores on the NPS page</source>
        <translation>No answers in this period; import a survey or type scores on the NPS page</translation>
    </message>
    <message>
        <source>Not known: no new customer has a “how did you hear about us?” answer in your data</source>
        <translation>Not known: no new customer has a “how did you hear about us?” answer in your data</translation>
    </message>
    <message>
        <source>Not known: no amounts in this period (import orders, or a list with total spent)</source>
        <translation>Not known: no amounts in this period (import orders, or a list with total spent)</translation>
    </message>
    <message>
        <source>Not known: needs purchase dates (orders, or a last purchase date per customer)</source>
        <translation>Not known: needs purchase dates (orders, or a last purchase date per customer)</translation>
    </message>
    <message numerus="yes">
        <source>None of your {n} answers is in this period: they run from {first} to {last}</source>
        <translation>
            <numerusform>Your {n} answer is not in this period: it is from {first}</numerusform>
            <numerusform>None of your {n} answers is in this period: they run from {first} to {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>Typed in for {label}: S {s}, E {e}, N {n}</source>
        <translation>Typed in for {label}: S {s}, E {e}, N {n}</translation>
    </message>
    <message>
        <source>6-month average; last month {pct} (target 2 %)</source>
        <translation>6-month average; last month {pct} (target 2 %)</translation>
    </message>
    <message>
        <source>Use {days} days instead</source>
        <translation>Use {days} days instead</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} years</translation>
    </message>
    <message numerus="yes">
        <source>{k} customers bring this share of the revenue</source>
        <translation>
            <numerusform>{k} customer brings this share of the revenue</numerusform>
            <numerusform>{k} customers bring this share of the revenue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Period: {first} to {last}.</source>
        <translation>Period: {first} to {last}.</translation>
    </message>
    <message>
        <source>A customer counts as lost after {days} days without a purchase (or on the date they left, where your list has one).</source>
        <translation>A customer counts as lost after {days} days without a purchase (or on the date they left, where your list has one).</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 cannot be computed: {why}</source>
        <translation>CRR = ((E − N) / S) × 100 cannot be computed: {why}</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.</source>
        <translation>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}.</translation>
    </message>
    <message numerus="yes">
        <source>S = {s} customers on the day before the period.</source>
        <translation>
            <numerusform>S = {s} customer on the day before the period.</numerusform>
            <numerusform>S = {s} customers on the day before the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E = {e} customers on its last day.</source>
        <translation>
            <numerusform>E = {e} customer on its last day.</numerusform>
            <numerusform>E = {e} customers on its last day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>N = {n} customers who joined during it ({brand} for the first time, {back} won back: lost before and back again).</source>
        <translation>
            <numerusform>N = {n} customer who joined during it ({brand} for the first time, {back} won back: lost before and back again).</numerusform>
            <numerusform>N = {n} customers who joined during it ({brand} for the first time, {back} won back: lost before and back again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kept} of the {s} customers at the start stayed all period without a break.</source>
        <translation>
            <numerusform>{kept} of the {s} customers at the start has stayed all period without a break.</numerusform>
            <numerusform>{kept} of the {s} customers at the start have stayed all period without a break.</numerusform>
        </translation>
    </message>
    <message>
        <source>To raise it: thank new customers, ask for feedback, and contact customers before they drift off.</source>
        <translation>To raise it: thank new customers, ask for feedback, and contact customers before they drift off.</translation>
    </message>
    <message>
        <source>6-month average = customers lost over 6 months / customers at the start / 6 = {lost} / {start} / 6 = {pct} a month ({first} to {last}).

Small shops see the monthly figure jump around; the average over six months is steadier. A good target is 2 % a month.</source>
        <translation>6-month average = customers lost over 6 months / customers at the start / 6 = {lost} / {start} / 6 = {pct} a month ({first} to {last}).

Small shops see the monthly figure jump around; the average over six months is steadier. A good target is 2 % a month.</translation>
    </message>
    <message>
        <source>NPS needs answers to the question “How likely is it that you would recommend us, from 0 to 10?”. There are none in this period.</source>
        <translation>NPS needs answers to the question “How likely is it that you would recommend us, from 0 to 10?”. There are none in this period.</translation>
    </message>
    <message>
        <source>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}, from the counts you typed in for {label}: S = customers at the start, E = at the end, N = new during the period.</source>
        <translation>CRR = ((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100 = {pct}, from the counts you typed in for {label}: S = customers at the start, E = at the end, N = new during the period.</translation>
    </message>
    <message numerus="yes">
        <source>E − N = {diff} is lower than {kept} because {left} of the customers who joined left again within the period: they count in N but not in E.</source>
        <translation>
            <numerusform>E − N = {diff} is lower than {kept} because {left} of the customers who joined left again within the period: it counts in N but not in E.</numerusform>
            <numerusform>E − N = {diff} is lower than {kept} because {left} of the customers who joined left again within the period: they count in N but not in E.</numerusform>
        </translation>
    </message>
    <message>
        <source>The 6-month average cannot be computed: {why}</source>
        <translation>The 6-month average cannot be computed: {why}</translation>
    </message>
    <message>
        <source>The expected lifetime follows from the 6-month churn average, which is not known yet (or no customer was lost).</source>
        <translation>The expected lifetime follows from the 6-month churn average, which is not known yet (or no customer was lost).</translation>
    </message>
    <message>
        <source>Expected lifetime = 1 / monthly churn = 1 / {c} = {months} months ({years} years).

Losing {c} of the remaining customers every month loses 1 − (1 − {c})⁶ = {six} of them in six months.</source>
        <translation>Expected lifetime = 1 / monthly churn = 1 / {c} = {months} months ({years} years).

Losing {c} of the remaining customers every month loses 1 − (1 − {c})⁶ = {six} of them in six months.</translation>
    </message>
    <message>
        <source>Your own counts for {first} to {last}: {lost} of {start} lost ({share}); the average spreads that evenly over the six months.</source>
        <translation>Your own counts for {first} to {last}: {lost} of {start} lost ({share}); the average spreads that evenly over the six months.</translation>
    </message>
    <message>
        <source>NPS = % promoters (9–10) − % detractors (0–6) = {p} − {d} = {score}.

{n} answers: {pc} promoters, {pa} passives, {dc} detractors. With this many answers the true score lies between {low} and {high} (95 % interval, adjusted Wald); more answers make it firmer.</source>
        <translation>NPS = % promoters (9–10) − % detractors (0–6) = {p} − {d} = {score}.

{n} answers: {pc} promoters, {pa} passives, {dc} detractors. With this many answers the true score lies between {low} and {high} (95 % interval, adjusted Wald); more answers make it firmer.</translation>
    </message>
    <message>
        <source>Under 30 answers, every new answer can move the score a lot.</source>
        <translation>Under 30 answers, every new answer can move the score a lot.</translation>
    </message>
    <message>
        <source>The repeat purchase rate cannot be computed: {why}</source>
        <translation>The repeat purchase rate cannot be computed: {why}</translation>
    </message>
    <message>
        <source>Repeat purchase rate = customers who bought again during the period / customers on the day before it = {again} / {base} = {pct}. The base is fixed at the start: customers who drift off later still count in it.</source>
        <translation>Repeat purchase rate = customers who bought again during the period / customers on the day before it = {again} / {base} = {pct}. The base is fixed at the start: customers who drift off later still count in it.</translation>
    </message>
    <message>
        <source>Referral rate = new customers who came on a recommendation / new customers whose source is known = {ref} / {known} = {pct}. {unknown} new customers without a known source are not counted.</source>
        <translation>Referral rate = new customers who came on a recommendation / new customers whose source is known = {ref} / {known} = {pct}. {unknown} new customers without a known source are not counted.</translation>
    </message>
    <message>
        <source>Ask every new customer “How did you hear about us?” to make this figure firmer.</source>
        <translation>Ask every new customer “How did you hear about us?” to make this figure firmer.</translation>
    </message>
    <message>
        <source>The best {k} of your {n} paying customers (20 %) brought {share} of the revenue in this period: {top} of {total}. Look after them: they are the ones to keep.</source>
        <translation>The best {k} of your {n} paying customers (20 %) brought {share} of the revenue in this period: {top} of {total}. Look after them: they are the ones to keep.</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Predictions are being calculated…</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have stayed away longer than 1.5 × their usual time between purchases, but do not count as lost yet. For customers with one purchase the shop&apos;s usual interval is used. This plain rule stands in because: {why}</source>
        <translation>
            <numerusform>{n} customer has stayed away longer than 1.5 × their usual time between purchases, but does not count as lost yet. For customers with one purchase the shop&apos;s usual interval is used. This plain rule stands in because: {why}</numerusform>
            <numerusform>{n} customers have stayed away longer than 1.5 × their usual time between purchases, but do not count as lost yet. For customers with one purchase the shop&apos;s usual interval is used. This plain rule stands in because: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} customers are at risk: customers worth keeping (they bought on two days or more, and at least as much as the median repeat buyer) who still count as customers, whose chance to buy in the next {days} days was at least 50 % right after their last purchase and is now below 50 %. The chance comes from each customer&apos;s own buying pace and silence (see Predictions). Of your {repeat} repeat buyers, {n} are slipping away in this sense. A personal message or a small offer now is cheaper than finding a new customer.</source>
        <translation>
            <numerusform>{n} customer is at risk: customers worth keeping (they bought on two days or more, and at least as much as the median repeat buyer) who still count as customers, whose chance to buy in the next {days} days was at least 50 % right after their last purchase and is now below 50 %. The chance comes from each customer&apos;s own buying pace and silence (see Predictions). Of your {repeat} repeat buyers, {n} is slipping away in this sense. A personal message or a small offer now is cheaper than finding a new customer.</numerusform>
            <numerusform>{n} customers are at risk: customers worth keeping (they bought on two days or more, and at least as much as the median repeat buyer) who still count as customers, whose chance to buy in the next {days} days was at least 50 % right after their last purchase and is now below 50 %. The chance comes from each customer&apos;s own buying pace and silence (see Predictions). Of your {repeat} repeat buyers, {n} are slipping away in this sense. A personal message or a small offer now is cheaper than finding a new customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;New shop…</translation>
    </message>
    <message>
        <source>&amp;Open a shop file…</source>
        <translation>&amp;Open a shop file…</translation>
    </message>
    <message>
        <source>Open a shop on a &amp;server…</source>
        <translation>Open a shop on a &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Copy this shop to a server…</source>
        <translation>&amp;Copy this shop to a server…</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Import a spreadsheet…</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Undo the last import…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Open the &amp;demo shop</translation>
    </message>
    <message>
        <source>Read the shop &amp;again</source>
        <translation>Read the shop &amp;again</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>{database} on {server}</source>
        <translation>{database} on {server}</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <source>There is nothing to undo: no import yet, or something was changed after it.</source>
        <translation>There is nothing to undo: no import yet, or something was changed after it.</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({when})? It removes the {orders} orders and {answers} survey answers it added, and puts the {customers} customers it added or changed back as they were.</source>
        <translation>Undo the import of {file} ({when})? It removes the {orders} orders and {answers} survey answers it added, and puts the {customers} customers it added or changed back as they were.</translation>
    </message>
    <message>
        <source>The import was not undone</source>
        <translation>The import was not undone</translation>
    </message>
    <message>
        <source>Klantbehoud workspaces (*{suffix})</source>
        <translation>Klantbehoud workspaces (*{suffix})</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Workspace in use</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>This workspace cannot be opened</source>
        <translation>This workspace cannot be opened</translation>
    </message>
    <message>
        <source>Open a shop on a server</source>
        <translation>Open a shop on a server</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <source>This PC has no keyring to keep the password in; you will be asked for it next time.</source>
        <translation>This PC has no keyring to keep the password in; you will be asked for it next time.</translation>
    </message>
    <message>
        <source>Copy this shop to a server</source>
        <translation>Copy this shop to a server</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>The shop was not copied</source>
        <translation>The shop was not copied</translation>
    </message>
    <message>
        <source>Shop copied</source>
        <translation>Shop copied</translation>
    </message>
    <message>
        <source>The shop is now also on {server}. Open it there on every PC that uses it (File &gt; Open a shop on a server); this file stays as it was.</source>
        <translation>The shop is now also on {server}. Open it there on every PC that uses it (File &gt; Open a shop on a server); this file stays as it was.</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Open a shop</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>Name of your shop:</source>
        <translation>Name of your shop:</translation>
    </message>
    <message>
        <source>Where to keep the shop&apos;s file</source>
        <translation>Where to keep the shop&apos;s file</translation>
    </message>
    <message>
        <source>The shop cannot be created</source>
        <translation>The shop cannot be created</translation>
    </message>
    <message>
        <source>Save the shop as</source>
        <translation>Save the shop as</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>The copy cannot be saved</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>No backups</translation>
    </message>
    <message>
        <source>There are no backups of this shop yet in {folder}.</source>
        <translation>There are no backups of this shop yet in {folder}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Which day do you want back?</source>
        <translation>Which day do you want back?</translation>
    </message>
    <message>
        <source>The backup cannot be restored</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The shop is back as it was on that day. The version you had is kept as {file}.</source>
        <translation>The shop is back as it was on that day. The version you had is kept as {file}.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose your customer list, your orders or your survey answers (Excel, LibreOffice or CSV, also exports from Shopify, WooCommerce, Lightspeed, Square, Stripe, Mollie, Mailchimp, Google Forms, Typeform and SurveyMonkey). Check which column is which, look at the problems, then import. Nothing is stored before you click Import.</source>
        <translation>Choose your customer list, your orders or your survey answers (Excel, LibreOffice or CSV, also exports from Shopify, WooCommerce, Lightspeed, Square, Stripe, Mollie, Mailchimp, Google Forms, Typeform and SurveyMonkey). Check which column is which, look at the problems, then import. Nothing is stored before you click Import.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>This file holds:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Which column is which</translation>
    </message>
    <message>
        <source>Show only the columns in use</source>
        <translation>Show only the columns in use</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>A customer list</source>
        <translation>A customer list</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Counts per period (S, E, N)</source>
        <translation>Counts per period (S, E, N)</translation>
    </message>
    <message>
        <source>Lost customers per month</source>
        <translation>Lost customers per month</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Vertical bar (|)</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (hidden)</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Star ratings or recommendation scores?</source>
        <translation>Star ratings or recommendation scores?</translation>
    </message>
    <message>
        <source>Were these answers to the 0 to 10 question?</source>
        <translation>Were these answers to the 0 to 10 question?</translation>
    </message>
    <message>
        <source>Storing the import…</source>
        <translation>Storing the import…</translation>
    </message>
    <message>
        <source>The import was not stored</source>
        <translation>The import was not stored</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Import cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>The columns were not remembered</source>
        <translation>The columns were not remembered</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Period counts</source>
        <translation>Period counts</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This workspace is open read-only; nothing can be imported.</source>
        <translation>This workspace is open read-only; nothing can be imported.</translation>
    </message>
    <message>
        <source>How each figure is made, with your own numbers. The same text opens from “How is this computed?” under each card.</source>
        <translation>How each figure is made, with your own numbers. The same text opens from “How is this computed?” under each card.</translation>
    </message>
    <message>
        <source>Help: how each figure is made</source>
        <translation>Help: how each figure is made</translation>
    </message>
    <message>
        <source>About Klantbehoud</source>
        <translation>About Klantbehoud</translation>
    </message>
    <message>
        <source>Klantbehoud {version}

See how well your shop keeps its customers: retention rate, churn, NPS, repeat purchases, referrals and the 80/20 split.

Your data stays on this computer.</source>
        <translation>Klantbehoud {version}

See how well your shop keeps its customers: retention rate, churn, NPS, repeat purchases, referrals and the 80/20 split.

Your data stays on this computer.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>How each figure is made (F1)</source>
        <translation>How each figure is made (F1)</translation>
    </message>
    <message>
        <source>&amp;About Klantbehoud</source>
        <translation>&amp;About Klantbehoud</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>{shop} on {server}</source>
        <translation>{shop} on {server}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Klantbehoud – {shop}</source>
        <translation>Klantbehoud – {shop}</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers</source>
        <translation>
            <numerusform>{n} customer</numerusform>
            <numerusform>{n} customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} orders</source>
        <translation>
            <numerusform>{n} order</numerusform>
            <numerusform>{n} orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} survey answers</source>
        <translation>
            <numerusform>{n} survey answer</numerusform>
            <numerusform>{n} survey answers</numerusform>
        </translation>
    </message>
    <message>
        <source>data up to {as_of}</source>
        <translation>data up to {as_of}</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <source>No answers yet.</source>
        <translation>No answers yet.</translation>
    </message>
    <message>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <source>{n} answers: {p} promoters ({pp}), {pa} passives, {d} detractors ({dp}). The score can be {moe} points higher or lower (with 95 % certainty).</source>
        <translation>{n} answers: {p} promoters ({pp}), {pa} passives, {d} detractors ({dp}). The score can be {moe} points higher or lower (with 95 % certainty).</translation>
    </message>
    <message>
        <source>Line {line}: {why}</source>
        <translation>Line {line}: {why}</translation>
    </message>
    <message>
        <source>Answers per score</source>
        <translation>Answers per score</translation>
    </message>
    <message>
        <source>NPS over time</source>
        <translation>NPS over time</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers saved.</source>
        <translation>
            <numerusform>{n} answer saved.</numerusform>
            <numerusform>{n} answers saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Imported survey answers (this period)</source>
        <translation>Imported survey answers (this period)</translation>
    </message>
    <message>
        <source>Type or paste scores, one per line</source>
        <translation>Type or paste scores, one per line</translation>
    </message>
    <message>
        <source>Scores, one per line</source>
        <translation>Scores, one per line</translation>
    </message>
    <message>
        <source>Answers with score {score}</source>
        <translation>Answers with score {score}</translation>
    </message>
    <message>
        <source>Number of answers per score</source>
        <translation>Number of answers per score</translation>
    </message>
    <message>
        <source>For example:
9
10
7
6</source>
        <translation>For example:
9
10
7
6</translation>
    </message>
    <message>
        <source>Save as today&apos;s answers</source>
        <translation>Save as today&apos;s answers</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Last 12 full months</source>
        <translation>Last 12 full months</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Last full month</translation>
    </message>
    <message>
        <source>Last full quarter</source>
        <translation>Last full quarter</translation>
    </message>
    <message>
        <source>Last full year</source>
        <translation>Last full year</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Choose dates…</translation>
    </message>
</context>
<context>
    <name>PredictionsPage</name>
    <message>
        <source>Predictions could not be made for this data; the other figures are not affected. The details are in the log file.</source>
        <translation>Predictions could not be made for this data; the other figures are not affected. The details are in the log file.</translation>
    </message>
    <message>
        <source>Predictions are being calculated…</source>
        <translation>Predictions are being calculated…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Revenue so far</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Expected revenue, next {days} days</source>
        <translation>Expected revenue, next {days} days</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message numerus="yes">
        <source>Learned from the purchases of your {n} customers up to {day}, {repeat} of whom came back at least once. Several orders on one day count as one purchase. New customers are not in the forecast.</source>
        <translation>
            <numerusform>Learned from the purchases of your {n} customers up to {day}, {repeat} of whom has come back at least once. Several orders on one day count as one purchase. New customers are not in the forecast.</numerusform>
            <numerusform>Learned from the purchases of your {n} customers up to {day}, {repeat} of whom have come back at least once. Several orders on one day count as one purchase. New customers are not in the forecast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the prediction model (see above)</source>
        <translation>Needs the prediction model (see above)</translation>
    </message>
    <message numerus="yes">
        <source>{n} purchases</source>
        <translation>
            <numerusform>{n} purchase</numerusform>
            <numerusform>{n} purchases</numerusform>
        </translation>
    </message>
    <message>
        <source>worth about {revenue} from the customers you have</source>
        <translation>worth about {revenue} from the customers you have</translation>
    </message>
    <message>
        <source>revenue not known: too few repeat purchases with amounts</source>
        <translation>revenue not known: too few repeat purchases with amounts</translation>
    </message>
    <message numerus="yes">
        <source>average difference between forecast and outcome over the last {n} months</source>
        <translation>
            <numerusform>average difference between forecast and outcome over the last month</numerusform>
            <numerusform>average difference between forecast and outcome over the last {n} months</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: no past month had enough history before it</source>
        <translation>Not known yet: no past month had enough history before it</translation>
    </message>
    <message>
        <source>Needs your orders: a customer list&apos;s totals cannot show how a forecast made earlier turned out</source>
        <translation>Needs your orders: a customer list&apos;s totals cannot show how a forecast made earlier turned out</translation>
    </message>
    <message>
        <source>Each customer buys at their own pace while they are still a customer, and after each purchase there is a chance they stop for good (the MBG/NBD model of Batislam et al., 2007, after Fader, Hardie &amp; Lee, 2005). Fitted on your shop: r = {r}, α = {alpha}, a = {a}, b = {b} (weeks). From that, per customer: the chance they are still a customer, the chance they buy in the next {days} days, and the purchases to expect.</source>
        <translation>Each customer buys at their own pace while they are still a customer, and after each purchase there is a chance they stop for good (the MBG/NBD model of Batislam et al., 2007, after Fader, Hardie &amp; Lee, 2005). Fitted on your shop: r = {r}, α = {alpha}, a = {a}, b = {b} (weeks). From that, per customer: the chance they are still a customer, the chance they buy in the next {days} days, and the purchases to expect.</translation>
    </message>
    <message>
        <source>The amount per purchase mixes the customer&apos;s own average with the shop&apos;s (the Gamma-Gamma model of Fader, Hardie &amp; Lee, 2005): p = {p}, q = {q}, γ = {g}. The 12-month value is the purchases expected in 365 days times that amount, without discount.</source>
        <translation>The amount per purchase mixes the customer&apos;s own average with the shop&apos;s (the Gamma-Gamma model of Fader, Hardie &amp; Lee, 2005): p = {p}, q = {q}, γ = {g}. The 12-month value is the purchases expected in 365 days times that amount, without discount.</translation>
    </message>
    <message>
        <source>{month}: expected {expected}, happened {actual}</source>
        <translation>{month}: expected {expected}, happened {actual}</translation>
    </message>
    <message>
        <source>Each past month, fitted on the data up to the day before:</source>
        <translation>Each past month, fitted on the data up to the day before:</translation>
    </message>
    <message>
        <source>How the predictions are made</source>
        <translation>How the predictions are made</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>Groups of customers and what to do</source>
        <translation>Groups of customers and what to do</translation>
    </message>
    <message>
        <source>What your customers will probably buy, who is slipping away, and which group needs what. Estimates from your own history, recalculated after every import.</source>
        <translation>What your customers will probably buy, who is slipping away, and which group needs what. Estimates from your own history, recalculated after every import.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation>How is this computed?</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Next 3 months</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Forecast error</translation>
    </message>
    <message>
        <source>Forecast against what happened</source>
        <translation>Forecast against what happened</translation>
    </message>
    <message>
        <source>Your customers by group</source>
        <translation>Your customers by group</translation>
    </message>
    <message>
        <source>Groups and what to do</source>
        <translation>Groups and what to do</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>{n} pages</source>
        <translation>
            <numerusform>{n} page</numerusform>
            <numerusform>{n} pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message numerus="yes">
        <source>{n} pages saved to {file}.</source>
        <translation>
            <numerusform>{n} page saved to {file}.</numerusform>
            <numerusform>{n} pages saved to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the numbers in Excel</source>
        <translation>Save the numbers in Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Saved to {file}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. Nothing was written; choose another place or name and try again.</source>
        <translation>{file} could not be saved: {reason}. Nothing was written; choose another place or name and try again.</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
    <message>
        <source>it is open in another program, or this folder may not be written to</source>
        <translation>it is open in another program, or this folder may not be written to</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>the folder does not exist (any more)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The key figures with their explanation, the charts and the customers to look after, for the period chosen above. Print it, save it as PDF for your accountant, or hand the numbers over in Excel. Leave the names out when you share it.</source>
        <translation>The key figures with their explanation, the charts and the customers to look after, for the period chosen above. Print it, save it as PDF for your accountant, or hand the numbers over in Excel. Leave the names out when you share it.</translation>
    </message>
    <message>
        <source>Put customer names in</source>
        <translation>Put customer names in</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the numbers in Excel…</source>
        <translation>Save the numbers in Excel…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Calendar rules</source>
        <translation>Calendar rules</translation>
    </message>
    <message>
        <source>at order no. </source>
        <translation>at order no. </translation>
    </message>
    <message>
        <source>on Tuesday no. </source>
        <translation>on Tuesday no. </translation>
    </message>
    <message>
        <source>on weekday no. </source>
        <translation>on weekday no. </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>For example: Sale, opening of the new shop</source>
        <translation>For example: Sale, opening of the new shop</translation>
    </message>
    <message>
        <source>Add a one-off action:</source>
        <translation>Add a one-off action:</translation>
    </message>
    <message>
        <source>Thank-you mails and feedback requests also go to customers without marketing consent; the other rules leave them out.</source>
        <translation>Thank-you mails and feedback requests also go to customers without marketing consent; the other rules leave them out.</translation>
    </message>
    <message>
        <source>Who this rule is for (groups and chances come from the Predictions page)</source>
        <translation>Who this rule is for (groups and chances come from the Predictions page)</translation>
    </message>
    <message>
        <source>for every customer</source>
        <translation>for every customer</translation>
    </message>
    <message>
        <source>for customers unlikely to buy soon (under 20 %)</source>
        <translation>for customers unlikely to buy soon (under 20 %)</translation>
    </message>
    <message>
        <source>for customers with under 50 % chance to buy soon</source>
        <translation>for customers with under 50 % chance to buy soon</translation>
    </message>
    <message>
        <source>for customers likely to buy soon (50 % or more)</source>
        <translation>for customers likely to buy soon (50 % or more)</translation>
    </message>
    <message>
        <source>for the group: {name}</source>
        <translation>for the group: {name}</translation>
    </message>
    <message>
        <source>as set in the shop file</source>
        <translation>as set in the shop file</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>A shop on a PostgreSQL server can be used by several PCs at once, for example the counter and the back office, or every branch of a chain.</source>
        <translation>A shop on a PostgreSQL server can be used by several PCs at once, for example the counter and the back office, or every branch of a chain.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password in this PC&apos;s keyring</source>
        <translation>Remember the password in this PC&apos;s keyring</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Write the address as postgresql://user@server/database, for example postgresql://eigenaar@192.168.1.20/winkel.</source>
        <translation>Write the address as postgresql://user@server/database, for example postgresql://eigenaar@192.168.1.20/winkel.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TypedMonths</name>
    <message>
        <source>Write the month like 2026-01 or jan 2026.</source>
        <translation>Write the month like 2026-01 or jan 2026.</translation>
    </message>
    <message>
        <source>Type whole numbers only.</source>
        <translation>Type whole numbers only.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Customers at the start</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Type in at least six months to see the 6-month average.</source>
        <translation>Type in at least six months to see the 6-month average.</translation>
    </message>
    <message>
        <source>; the average customer stays {years} years</source>
        <translation>; the average customer stays {years} years</translation>
    </message>
    <message>
        <source>6-month average: {lost} lost / {start} at the start / 6 = {pct} a month ({first} to {last}). That is {six} of your customers in six months{lifetime}.</source>
        <translation>6-month average: {lost} lost / {start} at the start / 6 = {pct} a month ({first} to {last}). That is {six} of your customers in six months{lifetime}.</translation>
    </message>
    <message>
        <source>Add a month</source>
        <translation>Add a month</translation>
    </message>
    <message>
        <source>Lost customers per month, typed in</source>
        <translation>Lost customers per month, typed in</translation>
    </message>
    <message>
        <source>Remove the month</source>
        <translation>Remove the month</translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Klantbehoud ran into an unexpected error. Your data is safe; you can carry on.</source>
        <translation>Klantbehoud ran into an unexpected error. Your data is safe; you can carry on.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>The details are in the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No full months with customers yet</source>
        <translation>No full months with customers yet</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Churn per month</translation>
    </message>
    <message>
        <source>Target 2 % a month</source>
        <translation>Target 2 % a month</translation>
    </message>
    <message>
        <source>6-month average</source>
        <translation>6-month average</translation>
    </message>
    <message>
        <source>% of customers lost</source>
        <translation>% of customers lost</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>No survey answers in this period</source>
        <translation>No survey answers in this period</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Detractors (0-6)</source>
        <translation>Detractors (0-6)</translation>
    </message>
    <message>
        <source>Passives (7-8)</source>
        <translation>Passives (7-8)</translation>
    </message>
    <message>
        <source>Promoters (9-10)</source>
        <translation>Promoters (9-10)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>95 % between</source>
        <translation>95 % between</translation>
    </message>
    <message>
        <source>No revenue in this period</source>
        <translation>No revenue in this period</translation>
    </message>
    <message>
        <source>% of customers (best first)</source>
        <translation>% of customers (best first)</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% of revenue</translation>
    </message>
    <message>
        <source>No cohorts to show</source>
        <translation>No cohorts to show</translation>
    </message>
    <message>
        <source>Months after the first purchase</source>
        <translation>Months after the first purchase</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Type in counts to see the retention rate</source>
        <translation>Type in counts to see the retention rate</translation>
    </message>
    <message>
        <source>Retention rate (CRR) %</source>
        <translation>Retention rate (CRR) %</translation>
    </message>
    <message>
        <source>No customers with a purchase yet</source>
        <translation>No customers with a purchase yet</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Revenue so far</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Not enough history for a forecast yet</source>
        <translation>Not enough history for a forecast yet</translation>
    </message>
    <message>
        <source>Purchases that happened</source>
        <translation>Purchases that happened</translation>
    </message>
    <message>
        <source>Forecast made the day before</source>
        <translation>Forecast made the day before</translation>
    </message>
    <message>
        <source>Forecast, next 30 days</source>
        <translation>Forecast, next 30 days</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Purchase days</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--inactive-after must be at least 1 day.</source>
        <translation>--inactive-after must be at least 1 day.</translation>
    </message>
    <message>
        <source>Period {first} to {last} (data up to {as_of}); lost after {days} days without a purchase.</source>
        <translation>Period {first} to {last} (data up to {as_of}); lost after {days} days without a purchase.</translation>
    </message>
    <message>
        <source>Customers: {n}</source>
        <translation>Customers: {n}</translation>
    </message>
    <message>
        <source>Retention rate (CRR): not available: {why}</source>
        <translation>Retention rate (CRR): not available: {why}</translation>
    </message>
    <message>
        <source>Churn, 6-month average: {pct} a month ({lost} lost of {start} from {first:%m-%Y} to {last:%m-%Y}; target 2 %)</source>
        <translation>Churn, 6-month average: {pct} a month ({lost} lost of {start} from {first:%m-%Y} to {last:%m-%Y}; target 2 %)</translation>
    </message>
    <message>
        <source>Repeat purchase rate: {pct} ({counts})</source>
        <translation>Repeat purchase rate: {pct} ({counts})</translation>
    </message>
    <message>
        <source>Referral rate: {pct} ({counts})</source>
        <translation>Referral rate: {pct} ({counts})</translation>
    </message>
    <message>
        <source>Customer lifetime value: {v}</source>
        <translation>Customer lifetime value: {v}</translation>
    </message>
    <message>
        <source>  churn {month:%m-%Y}: {pct} ({lost} of {start})</source>
        <translation>  churn {month:%m-%Y}: {pct} ({lost} of {start})</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>Cannot write {file}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source> Try --inactive-after {days}.</source>
        <translation> Try --inactive-after {days}.</translation>
    </message>
    <message>
        <source>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100, typed in for {label}</source>
        <translation>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100, typed in for {label}</translation>
    </message>
    <message>
        <source>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100; {counts}</source>
        <translation>Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100; {counts}</translation>
    </message>
    <message>
        <source>Churn, 6-month average: not available: {why}</source>
        <translation>Churn, 6-month average: not available: {why}</translation>
    </message>
    <message>
        <source>Expected customer lifetime: {months} months ({years} years); at this rate {six} of customers lost in 6 months</source>
        <translation>Expected customer lifetime: {months} months ({years} years); at this rate {six} of customers lost in 6 months</translation>
    </message>
    <message>
        <source>Repeat purchase rate: not available: {why}</source>
        <translation>Repeat purchase rate: not available: {why}</translation>
    </message>
    <message>
        <source>NPS: {score}, 95 % between {low} and {high} ({n} answers: {p} promoters, {pa} passives, {d} detractors)</source>
        <translation>NPS: {score}, 95 % between {low} and {high} ({n} answers: {p} promoters, {pa} passives, {d} detractors)</translation>
    </message>
    <message>
        <source>NPS: no answers in this period</source>
        <translation>NPS: no answers in this period</translation>
    </message>
    <message>
        <source>Top 20 % of customers bring {pct} of the revenue ({k} of {n} paying customers)</source>
        <translation>Top 20 % of customers bring {pct} of the revenue ({k} of {n} paying customers)</translation>
    </message>
    <message>
        <source>Customers at risk: {n}</source>
        <translation>Customers at risk: {n}</translation>
    </message>
    <message>
        <source>--horizon-days must be at least 1 day.</source>
        <translation>--horizon-days must be at least 1 day.</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers written; {risk} at risk.</source>
        <translation>
            <numerusform>{n} customer written; {risk} at risk.</numerusform>
            <numerusform>{n} customers written; {risk} at risk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {file}: {why}</source>
        <translation>Cannot write {file}: {why}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>A total row, not a customer or order.</source>
        <translation>A total row, not a customer or order.</translation>
    </message>
    <message>
        <source>A note under the table, not data.</source>
        <translation>A note under the table, not data.</translation>
    </message>
    <message>
        <source>No customer number, e-mail or name, so it cannot be linked to a customer.</source>
        <translation>No customer number, e-mail or name, so it cannot be linked to a customer.</translation>
    </message>
    <message>
        <source>Left on {left} is before customer since {since}; the leaving date was left empty.</source>
        <translation>Left on {left} is before customer since {since}; the leaving date was left empty.</translation>
    </message>
    <message>
        <source>Customer {id} also appears on row {first} with other values ({fields}); this row was not imported.</source>
        <translation>Customer {id} also appears on row {first} with other values ({fields}); this row was not imported.</translation>
    </message>
    <message>
        <source>Customer {id} already appears on row {first}; merged.</source>
        <translation>Customer {id} already appears on row {first}; merged.</translation>
    </message>
    <message numerus="yes">
        <source>{contacts} of the {total} people on this list never bought (0 orders): they are kept as contacts for your mailings, not counted as customers.</source>
        <translation>
            <numerusform>{contacts} of the {total} people on this list has never bought (0 orders): they are kept as a contact for your mailings, not counted as a customer.</numerusform>
            <numerusform>{contacts} of the {total} people on this list have never bought (0 orders): they are kept as contacts for your mailings, not counted as customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} answers to another kind of question were left out: {kinds}. NPS counts only the 0-10 question “How likely are you to recommend us?”.</source>
        <translation>
            <numerusform>{n} answer to another kind of question was left out: {kinds}. NPS counts only the 0-10 question “How likely are you to recommend us?”.</numerusform>
            <numerusform>{n} answers to another kind of question were left out: {kinds}. NPS counts only the 0-10 question “How likely are you to recommend us?”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This survey has no dates: its {n} answers count in every period.</source>
        <translation>
            <numerusform>This survey has no dates: its one answer counts in every period.</numerusform>
            <numerusform>This survey has no dates: its {n} answers count in every period.</numerusform>
        </translation>
    </message>
    <message>
        <source>All {n} scores lie between 1 and 5. That looks like a rating of 1 to 5 stars, not the question “How likely are you to recommend us, from 0 to 10?”, so they were not counted as NPS. Import them only if the question really was 0 to 10.</source>
        <translation>All {n} scores lie between 1 and 5. That looks like a rating of 1 to 5 stars, not the question “How likely are you to recommend us, from 0 to 10?”, so they were not counted as NPS. Import them only if the question really was 0 to 10.</translation>
    </message>
    <message>
        <source>No period named on this row.</source>
        <translation>No period named on this row.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a month (write it as 2026-01 or jan 2026).</source>
        <translation>&apos;{value}&apos; is not a month (write it as 2026-01 or jan 2026).</translation>
    </message>
    <message>
        <source>Order {order}: the refunded {refunded} is taken off its amount of {amount}.</source>
        <translation>Order {order}: the refunded {refunded} is taken off its amount of {amount}.</translation>
    </message>
    <message>
        <source>No order date.</source>
        <translation>No order date.</translation>
    </message>
    <message>
        <source>No amount.</source>
        <translation>No amount.</translation>
    </message>
    <message>
        <source>A further line of order {order}, which is not counted.</source>
        <translation>A further line of order {order}, which is not counted.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled ({date}): not a purchase, so it is not counted.</source>
        <translation>Order {order} was cancelled ({date}): not a purchase, so it is not counted.</translation>
    </message>
    <message>
        <source>Order {order} has the status &apos;{status}&apos;: not a purchase, so it is not counted.</source>
        <translation>Order {order} has the status &apos;{status}&apos;: not a purchase, so it is not counted.</translation>
    </message>
    <message>
        <source>Order {order} has no amount; counted as 0.</source>
        <translation>Order {order} has no amount; counted as 0.</translation>
    </message>
    <message numerus="yes">
        <source>{n} payments in another currency than {currency} were left out ({others}): amounts in different currencies cannot be added up. Export the converted amounts to count them.</source>
        <translation>
            <numerusform>{n} payment in another currency than {currency} was left out ({others}): amounts in different currencies cannot be added up. Export the converted amounts to count them.</numerusform>
            <numerusform>{n} payments in another currency than {currency} were left out ({others}): amounts in different currencies cannot be added up. Export the converted amounts to count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows without a customer (anonymous sales) were skipped.</source>
        <translation>
            <numerusform>{count} row without a customer (an anonymous sale) was skipped.</numerusform>
            <numerusform>{count} rows without a customer (anonymous sales) were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No score.</source>
        <translation>No score.</translation>
    </message>
    <message>
        <source>No date for this answer.</source>
        <translation>No date for this answer.</translation>
    </message>
    <message>
        <source>Column {column} has formulas without a saved result in rows {rows}: open the file in Excel, let it calculate, save it and import again. These cells were not read as 0.</source>
        <translation>Column {column} has formulas without a saved result in rows {rows}: open the file in Excel, let it calculate, save it and import again. These cells were not read as 0.</translation>
    </message>
    <message>
        <source>Column {column} has error values (such as #N/A) in rows {rows}; they were read as empty.</source>
        <translation>Column {column} has error values (such as #N/A) in rows {rows}; they were read as empty.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character (byte {at}): it may be cut off. What could not be read shows as “�”.</source>
        <translation>The file ends in the middle of a character (byte {at}): it may be cut off. What could not be read shows as “�”.</translation>
    </message>
    <message numerus="yes">
        <source>{count} lines are in another encoding than the rest (Windows-1252 instead of UTF-8): lines {lines}. They were read in their own encoding; check the names on those lines.</source>
        <translation>
            <numerusform>{count} line is in another encoding than the rest (Windows-1252 instead of UTF-8): line {lines}. It was read in its own encoding; check the names on that line.</numerusform>
            <numerusform>{count} lines are in another encoding than the rest (Windows-1252 instead of UTF-8): lines {lines}. They were read in their own encoding; check the names on those lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: around line {line} a value runs on for more than {limit} characters. Is a quote (&quot;) opened there and never closed? Fix that line and import again.</source>
        <translation>{file}: around line {line} a value runs on for more than {limit} characters. Is a quote (&quot;) opened there and never closed? Fix that line and import again.</translation>
    </message>
    <message>
        <source>Line {line} has {found} fields where the file has {usual}; check for a stray &apos;{sep}&apos;.</source>
        <translation>Line {line} has {found} fields where the file has {usual}; check for a stray &apos;{sep}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>{rule}: {count} customers</source>
        <translation>
            <numerusform>{rule}: {count} customer</numerusform>
            <numerusform>{rule}: {count} customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: {rule}. Customers: {count}.</source>
        <translation>Rule: {rule}. Customers: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers left out: no consent for marketing.</source>
        <translation>
            <numerusform>{count} customer left out: no consent for marketing.</numerusform>
            <numerusform>{count} customers left out: no consent for marketing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names are in Klantbehoud (Calendar page); they are not put in your agenda.</source>
        <translation>The names are in Klantbehoud (Calendar page); they are not put in your agenda.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Number of orders</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>How they found us</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>Score (0-10)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Refunded amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <source>Other rating (CSAT, CES)</source>
        <translation>Other rating (CSAT, CES)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customers at the start (S)</source>
        <translation>Customers at the start (S)</translation>
    </message>
    <message>
        <source>Customers at the end (E)</source>
        <translation>Customers at the end (E)</translation>
    </message>
    <message>
        <source>New customers (N)</source>
        <translation>New customers (N)</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Customers lost</translation>
    </message>
    <message>
        <source>{file} holds no data.</source>
        <translation>{file} holds no data.</translation>
    </message>
    <message>
        <source>{file} has column names on row {row} but no rows under them.</source>
        <translation>{file} has column names on row {row} but no rows under them.</translation>
    </message>
    <message>
        <source>Everyone in this export subscribed to your mailings: marked as consenting.</source>
        <translation>Everyone in this export subscribed to your mailings: marked as consenting.</translation>
    </message>
    <message>
        <source>Everyone in this export unsubscribed or was removed from your mailings: marked as not consenting, so the calendar leaves them out of marketing.</source>
        <translation>Everyone in this export unsubscribed or was removed from your mailings: marked as not consenting, so the calendar leaves them out of marketing.</translation>
    </message>
    <message>
        <source>Several columns could be the 0-10 question “How likely are you to recommend us?”: {columns}. {used} is used; choose another in the import wizard if that is not the one.</source>
        <translation>Several columns could be the 0-10 question “How likely are you to recommend us?”: {columns}. {used} is used; choose another in the import wizard if that is not the one.</translation>
    </message>
    <message>
        <source>{file} holds survey answers, but no column has 0-10 answers to “How likely are you to recommend us?”{words}. NPS needs those scores; choose the column in the import wizard if it is there.</source>
        <translation>{file} holds survey answers, but no column has 0-10 answers to “How likely are you to recommend us?”{words}. NPS needs those scores; choose the column in the import wizard if it is there.</translation>
    </message>
    <message>
        <source> (there is a column of categories such as “Promoter”, but categories alone do not give the score)</source>
        <translation> (there is a column of categories such as “Promoter”, but categories alone do not give the score)</translation>
    </message>
    <message>
        <source>Sheet &apos;{first}&apos; holds no table Klantbehoud recognises, so sheet &apos;{sheet}&apos; was read. Choose another sheet if that is not the right one.</source>
        <translation>Sheet &apos;{first}&apos; holds no table Klantbehoud recognises, so sheet &apos;{sheet}&apos; was read. Choose another sheet if that is not the right one.</translation>
    </message>
    <message>
        <source>{file}: no column was recognised as &apos;{field}&apos;. The header is on row {row}: {headers}. Choose the column in the import wizard, or rename it.</source>
        <translation>{file}: no column was recognised as &apos;{field}&apos;. The header is on row {row}: {headers}. Choose the column in the import wizard, or rename it.</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>imported, cell left empty</source>
        <translation>imported, cell left empty</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>customer list</source>
        <translation>customer list</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>survey answers</translation>
    </message>
    <message>
        <source>counts per period</source>
        <translation>counts per period</translation>
    </message>
    <message>
        <source>customers lost per month</source>
        <translation>customers lost per month</translation>
    </message>
    <message>
        <source>{system} export, read as {kind}</source>
        <translation>{system} export, read as {kind}</translation>
    </message>
    <message>
        <source>Read as {kind}</source>
        <translation>Read as {kind}</translation>
    </message>
    <message numerus="yes">
        <source>{read} rows read: {accepted} imported, {rejected} not imported, {skipped} skipped.</source>
        <translation>
            <numerusform>{read} row read: {accepted} imported, {rejected} not imported, {skipped} skipped.</numerusform>
            <numerusform>{read} rows read: {accepted} imported, {rejected} not imported, {skipped} skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts are in {currency}.</source>
        <translation>Amounts are in {currency}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} refunds or cancellations ({total}) kept as negative amounts.</source>
        <translation>
            <numerusform>{count} refund or cancellation ({total}) kept as a negative amount.</numerusform>
            <numerusform>{count} refunds or cancellations ({total}) kept as negative amounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>The file {file} does not exist (any more).</source>
        <translation>The file {file} does not exist (any more).</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened: {reason}</source>
        <translation>The file {file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>{file} is a web page (an HTML table) with a spreadsheet name, not a real spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>{file} is a web page (an HTML table) with a spreadsheet name, not a real spreadsheet. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet or text file that Klantbehoud can read.</source>
        <translation>{file} is not a spreadsheet or text file that Klantbehoud can read.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as .xlsx without a password.</source>
        <translation>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>{file} is an old Office document, not a spreadsheet. Save it as .xlsx or CSV.</source>
        <translation>{file} is an old Office document, not a spreadsheet. Save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{file} is a binary Excel workbook (.xlsb). Save it as .xlsx.</source>
        <translation>{file} is a binary Excel workbook (.xlsb). Save it as .xlsx.</translation>
    </message>
    <message>
        <source>{file} is a Word document, not a spreadsheet.</source>
        <translation>{file} is a Word document, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{file} looks like an Excel file but is damaged or incomplete. Save it again from Excel.</source>
        <translation>{file} looks like an Excel file but is damaged or incomplete. Save it again from Excel.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a spreadsheet.</source>
        <translation>{file} is a zip archive, not a spreadsheet.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date.</source>
        <translation>&apos;{value}&apos; is not a date.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an existing date.</source>
        <translation>&apos;{value}&apos; is not an existing date.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; lies outside the years a shop&apos;s dates can have; a placeholder for &quot;no date&quot;?</source>
        <translation>&apos;{value}&apos; lies outside the years a shop&apos;s dates can have; a placeholder for &quot;no date&quot;?</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of zero or more.</source>
        <translation>&apos;{value}&apos; is not a whole number of zero or more.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is an id that Excel turned into a rounded number; its last digits are lost. Format the column as text in the original file and export again.</source>
        <translation>&apos;{value}&apos; is an id that Excel turned into a rounded number; its last digits are lost. Format the column as text in the original file and export again.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; is not yes or no.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel file.</source>
        <translation>{file} is damaged: it is not a complete Excel file.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a spreadsheet holds; it was not opened for safety.</source>
        <translation>{file} would unpack to far more data than a spreadsheet holds; it was not opened for safety.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Save it as .xlsx without a password.</source>
        <translation>{file} is protected with a password. Save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet: {reason}</source>
        <translation>{file} cannot be read as a spreadsheet: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice, save it again and import that copy.</source>
        <translation>{file} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice, save it again and import that copy.</translation>
    </message>
    <message>
        <source>{file} holds no worksheets.</source>
        <translation>{file} holds no worksheets.</translation>
    </message>
    <message>
        <source>{file} has no sheet called &apos;{sheet}&apos;.</source>
        <translation>{file} has no sheet called &apos;{sheet}&apos;.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; of {file} reaches to cell {cell}, far beyond the table. Clear the rows and columns after the table (or that cell), save and import again.</source>
        <translation>Sheet &apos;{sheet}&apos; of {file} reaches to cell {cell}, far beyond the table. Clear the rows and columns after the table (or that cell), save and import again.</translation>
    </message>
    <message>
        <source>Fill in both counts.</source>
        <translation>Fill in both counts.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Counts cannot be negative.</translation>
    </message>
    <message>
        <source>No customers at the start of the month.</source>
        <translation>No customers at the start of the month.</translation>
    </message>
    <message>
        <source>More customers lost ({lost}) than there were at the start ({start}).</source>
        <translation>More customers lost ({lost}) than there were at the start ({start}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score from 0 to 10.</source>
        <translation>&apos;{value}&apos; is not a score from 0 to 10.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; scores are whole numbers from 0 to 10.</source>
        <translation>&apos;{value}&apos; is not a whole number; scores are whole numbers from 0 to 10.</translation>
    </message>
    <message>
        <source>{value} is outside 0 to 10.</source>
        <translation>{value} is outside 0 to 10.</translation>
    </message>
    <message>
        <source>Give eleven counts, one for each score 0 to 10.</source>
        <translation>Give eleven counts, one for each score 0 to 10.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>Search engine</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Walked by the shop</source>
        <translation>Walked by the shop</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Fill in all three counts: start, end and new.</source>
        <translation>Fill in all three counts: start, end and new.</translation>
    </message>
    <message>
        <source>There were no customers at the start (S = 0), so there is nothing to retain.</source>
        <translation>There were no customers at the start (S = 0), so there is nothing to retain.</translation>
    </message>
    <message>
        <source>More new customers ({new}) than customers at the end ({end}): N cannot exceed E.</source>
        <translation>More new customers ({new}) than customers at the end ({end}): N cannot exceed E.</translation>
    </message>
    <message>
        <source>E - N = {kept} is more than the {start} customers at the start: a customer can only be retained once. Check the counts.</source>
        <translation>E - N = {kept} is more than the {start} customers at the start: a customer can only be retained once. Check the counts.</translation>
    </message>
    <message>
        <source>Not known: there are no customers with a date yet. Import your customer list or orders, or type the counts in.</source>
        <translation>Not known: there are no customers with a date yet. Import your customer list or orders, or type the counts in.</translation>
    </message>
    <message>
        <source>Not known: your list says when customers came, but not when they last bought or left. Add a column &apos;last purchase&apos; or &apos;left on&apos; (or import your orders) to see who stayed.</source>
        <translation>Not known: your list says when customers came, but not when they last bought or left. Add a column &apos;last purchase&apos; or &apos;left on&apos; (or import your orders) to see who stayed.</translation>
    </message>
    <message>
        <source>Not known yet: your data starts on {start}, and with a window of {days} days the customers at the start of a period are only all known from {known}. Choose a later period or a shorter window.</source>
        <translation>Not known yet: your data starts on {start}, and with a window of {days} days the customers at the start of a period are only all known from {known}. Choose a later period or a shorter window.</translation>
    </message>
    <message>
        <source>Not known yet: the period ends on {end}, but your data reaches {as_of}.</source>
        <translation>Not known yet: the period ends on {end}, but your data reaches {as_of}.</translation>
    </message>
    <message>
        <source>Not known: there were no customers at the start of this period (S = 0), so there is nothing to retain. Choose a later or longer period.</source>
        <translation>Not known: there were no customers at the start of this period (S = 0), so there is nothing to retain. Choose a later or longer period.</translation>
    </message>
    <message>
        <source>Not known: there were no customers at the start of this period.</source>
        <translation>Not known: there were no customers at the start of this period.</translation>
    </message>
    <message>
        <source>Returning buyers must be between 0 and {total}.</source>
        <translation>Returning buyers must be between 0 and {total}.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full. Nothing was changed; make room and try again.</source>
        <translation>The disk holding {file} is full. Nothing was changed; make room and try again.</translation>
    </message>
    <message>
        <source>{file} cannot be written here (the folder or file is read-only). Nothing was changed; use File &gt; Save as to save a copy elsewhere.</source>
        <translation>{file} cannot be written here (the folder or file is read-only). Nothing was changed; use File &gt; Save as to save a copy elsewhere.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace, or it is damaged. Restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is not a Klantbehoud workspace, or it is damaged. Restore a backup with File &gt; Restore a backup.</translation>
    </message>
    <message>
        <source>{file} is busy in another program; try again in a moment.</source>
        <translation>{file} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>{file} could not be read or written ({reason}). Is the USB stick or network drive still there? Nothing was changed.</source>
        <translation>{file} could not be read or written ({reason}). Is the USB stick or network drive still there? Nothing was changed.</translation>
    </message>
    <message>
        <source>Customers: {added} new, {updated} updated, {same} unchanged.</source>
        <translation>Customers: {added} new, {updated} updated, {same} unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers were recognised by e-mail or name as customers already in the workspace.</source>
        <translation>
            <numerusform>{count} customer was recognised by e-mail or name as a customer already in the workspace.</numerusform>
            <numerusform>{count} customers were recognised by e-mail or name as customers already in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders: {added} new, {known} already in the workspace.</source>
        <translation>Orders: {added} new, {known} already in the workspace.</translation>
    </message>
    <message>
        <source>Survey answers: {added} new, {known} already in the workspace.</source>
        <translation>Survey answers: {added} new, {known} already in the workspace.</translation>
    </message>
    <message numerus="yes">
        <source>Counts per period: {n} periods stored (a period already there took the new counts).</source>
        <translation>
            <numerusform>Counts per period: {n} period stored (a period already there took the new counts).</numerusform>
            <numerusform>Counts per period: {n} periods stored (a period already there took the new counts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost customers per month: {n} months stored (a month already there took the new counts).</source>
        <translation>
            <numerusform>Lost customers per month: {n} month stored (a month already there took the new counts).</numerusform>
            <numerusform>Lost customers per month: {n} months stored (a month already there took the new counts).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} already exists.</source>
        <translation>{file} already exists.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace (it may be another program&apos;s database); it was left as it is. To read a spreadsheet, use Import.</source>
        <translation>{file} is not a Klantbehoud workspace (it may be another program&apos;s database); it was left as it is. To read a spreadsheet, use Import.</translation>
    </message>
    <message>
        <source>{file} is already open in another Klantbehoud (on {host}). You can open it read-only.</source>
        <translation>{file} is already open in another Klantbehoud (on {host}). You can open it read-only.</translation>
    </message>
    <message>
        <source>{address} is not a server address; write it as postgresql://user@server/database.</source>
        <translation>{address} is not a server address; write it as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>This Klantbehoud cannot open shops on a server: its PostgreSQL driver does not load ({reason}). Shop files still work; reinstalling Klantbehoud brings the driver back.</source>
        <translation>This Klantbehoud cannot open shops on a server: its PostgreSQL driver does not load ({reason}). Shop files still work; reinstalling Klantbehoud brings the driver back.</translation>
    </message>
    <message>
        <source>The database {database} on {server} holds other tables than Klantbehoud&apos;s; it was left as it is. Use an empty database for the shop.</source>
        <translation>The database {database} on {server} holds other tables than Klantbehoud&apos;s; it was left as it is. Use an empty database for the shop.</translation>
    </message>
    <message>
        <source>The database {database} on {server} already holds a shop; open it instead, or use an empty database.</source>
        <translation>The database {database} on {server} already holds a shop; open it instead, or use an empty database.</translation>
    </message>
    <message>
        <source>{file} is damaged (its version number is {found}). Nothing was changed; restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is damaged (its version number is {found}). Nothing was changed; restore a backup with File &gt; Restore a backup.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Klantbehoud (workspace version {found}; this version reads up to {known}). Update Klantbehoud to open it; the file was not changed.</source>
        <translation>{file} was saved by a newer version of Klantbehoud (workspace version {found}; this version reads up to {known}). Update Klantbehoud to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>{file} comes from an older version and must be upgraded, which needs write access.</source>
        <translation>{file} comes from an older version and must be upgraded, which needs write access.</translation>
    </message>
    <message>
        <source>{file} is open read-only; nothing can be changed.</source>
        <translation>{file} is open read-only; nothing can be changed.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}). Nothing was changed; restore a backup with File &gt; Restore a backup.</source>
        <translation>{file} is damaged ({reason}). Nothing was changed; restore a backup with File &gt; Restore a backup.</translation>
    </message>
    <message>
        <source>There is no import to undo: something else was changed after it, or it was undone already.</source>
        <translation>There is no import to undo: something else was changed after it, or it was undone already.</translation>
    </message>
    <message>
        <source>{file} is not a Klantbehoud workspace.</source>
        <translation>{file} is not a Klantbehoud workspace.</translation>
    </message>
    <message>
        <source>{file} is open in another Klantbehoud; close it there first.</source>
        <translation>{file} is open in another Klantbehoud; close it there first.</translation>
    </message>
    <message>
        <source>Say what to write: --ics FILE, or --list RULE with --xlsx or --csv.</source>
        <translation>Say what to write: --ics FILE, or --list RULE with --xlsx or --csv.</translation>
    </message>
    <message numerus="yes">
        <source>{count} actions from {first} to {last} written to {file}.</source>
        <translation>
            <numerusform>{count} action from {first} to {last} written to {file}.</numerusform>
            <numerusform>{count} actions from {first} to {last} written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no rule &apos;{rule}&apos;. Rules: {rules}.</source>
        <translation>There is no rule &apos;{rule}&apos;. Rules: {rules}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} customers written to {file}.</source>
        <translation>
            <numerusform>{count} customer written to {file}.</numerusform>
            <numerusform>{count} customers written to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions of &apos;{rule}&apos; in this period.</source>
        <translation>No actions of &apos;{rule}&apos; in this period.</translation>
    </message>
    <message>
        <source>Thank-you e-mail</source>
        <translation>Thank-you e-mail</translation>
    </message>
    <message>
        <source>Coupon for the next order</source>
        <translation>Coupon for the next order</translation>
    </message>
    <message>
        <source>Win-back offer</source>
        <translation>Win-back offer</translation>
    </message>
    <message>
        <source>Ask for feedback (NPS)</source>
        <translation>Ask for feedback (NPS)</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Loyalty reward</source>
        <translation>Loyalty reward</translation>
    </message>
    <message>
        <source>One-off action</source>
        <translation>One-off action</translation>
    </message>
    <message>
        <source>Shopify orders</source>
        <translation>Shopify orders</translation>
    </message>
    <message>
        <source>Shopify customers</source>
        <translation>Shopify customers</translation>
    </message>
    <message>
        <source>Shopify customers (older export)</source>
        <translation>Shopify customers (older export)</translation>
    </message>
    <message>
        <source>WooCommerce customers</source>
        <translation>WooCommerce customers</translation>
    </message>
    <message>
        <source>WooCommerce customers (Dutch)</source>
        <translation>WooCommerce customers (Dutch)</translation>
    </message>
    <message>
        <source>WooCommerce orders</source>
        <translation>WooCommerce orders</translation>
    </message>
    <message>
        <source>WooCommerce orders (Dutch)</source>
        <translation>WooCommerce orders (Dutch)</translation>
    </message>
    <message>
        <source>Lightspeed eCom customers</source>
        <translation>Lightspeed eCom customers</translation>
    </message>
    <message>
        <source>Stripe customers</source>
        <translation>Stripe customers</translation>
    </message>
    <message>
        <source>Stripe payments</source>
        <translation>Stripe payments</translation>
    </message>
    <message>
        <source>Stripe payments (older export)</source>
        <translation>Stripe payments (older export)</translation>
    </message>
    <message>
        <source>Mailchimp audience</source>
        <translation>Mailchimp audience</translation>
    </message>
    <message>
        <source>Google Forms (Dutch)</source>
        <translation>Google Forms (Dutch)</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>SurveyMonkey (older export)</source>
        <translation>SurveyMonkey (older export)</translation>
    </message>
    <message>
        <source>Reading {file} stopped unexpectedly: it may be damaged or far too large. Open it in Excel, save it again and import that copy.</source>
        <translation>Reading {file} stopped unexpectedly: it may be damaged or far too large. Open it in Excel, save it again and import that copy.</translation>
    </message>
    <message numerus="yes">
        <source>{n} dates in your data lie after today (the latest: {latest}). They do not move the period; check them in the file you imported.</source>
        <translation>
            <numerusform>{n} date in your data lies after today ({latest}). It does not move the period; check it in the file you imported.</numerusform>
            <numerusform>{n} dates in your data lie after today (the latest: {latest}). They do not move the period; check them in the file you imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data starts on {start}. With a window of {days} days, figures can be known from {known}, so this view shows the last {months} months.</source>
        <translation>Your data starts on {start}. With a window of {days} days, figures can be known from {known}, so this view shows the last {months} months.</translation>
    </message>
    <message>
        <source>Your data starts on {start}. With a window of {days} days, nobody can count as lost before {known}, so retention and churn are not known yet.</source>
        <translation>Your data starts on {start}. With a window of {days} days, nobody can count as lost before {known}, so retention and churn are not known yet.</translation>
    </message>
    <message numerus="yes">
        <source>The 6-month average needs six typed-in months; there are {n}.</source>
        <translation>
            <numerusform>The 6-month average needs six typed-in months; there is {n}.</numerusform>
            <numerusform>The 6-month average needs six typed-in months; there are {n}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet: with a window of {days} days, the first losses show on {known}.</source>
        <translation>Not known yet: with a window of {days} days, the first losses show on {known}.</translation>
    </message>
    <message>
        <source>Needs six full months whose losses are known; this period has {n}. Choose a longer period.</source>
        <translation>Needs six full months whose losses are known; this period has {n}. Choose a longer period.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>Slipping away</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Can&apos;t lose them</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Thank them personally and ask for a review or a referral.</source>
        <translation>Thank them personally and ask for a review or a referral.</translation>
    </message>
    <message>
        <source>Offer your loyalty reward and tell them first about news.</source>
        <translation>Offer your loyalty reward and tell them first about news.</translation>
    </message>
    <message>
        <source>Welcome them and suggest a second purchase that fits the first.</source>
        <translation>Welcome them and suggest a second purchase that fits the first.</translation>
    </message>
    <message>
        <source>Send a personal tip or an offer that ends soon.</source>
        <translation>Send a personal tip or an offer that ends soon.</translation>
    </message>
    <message>
        <source>Send a personal message with an offer before they are gone.</source>
        <translation>Send a personal message with an offer before they are gone.</translation>
    </message>
    <message>
        <source>Call them: ask what changed and win them back.</source>
        <translation>Call them: ask what changed and win them back.</translation>
    </message>
    <message>
        <source>Put them in the newsletter; a discount only with a reason.</source>
        <translation>Put them in the newsletter; a discount only with a reason.</translation>
    </message>
    <message>
        <source>Leave them be, or try once with your best offer.</source>
        <translation>Leave them be, or try once with your best offer.</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>fairly sure</translation>
    </message>
    <message>
        <source>reasonable</source>
        <translation>reasonable</translation>
    </message>
    <message>
        <source>rough guess</source>
        <translation>rough guess</translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have bought so far; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>
            <numerusform>{n} customer has bought so far; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</numerusform>
            <numerusform>{n} customers have bought so far; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} customers have bought more than once; a prediction model needs at least {min} to learn how often people come back. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>
            <numerusform>{n} customer has bought more than once; a prediction model needs at least {min} to learn how often people come back. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</numerusform>
            <numerusform>{n} customers have bought more than once; a prediction model needs at least {min} to learn how often people come back. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchases cover {n} days; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>The purchases cover {n} days; a prediction model needs at least {min}. Until then a plain rule is used: customers keep buying at their own pace while they are within the window.</translation>
    </message>
    <message>
        <source>The prediction model found no stable fit on this history (it happens when purchases are very irregular). A plain rule is used: customers keep buying at their own pace while they are within the window.</source>
        <translation>The prediction model found no stable fit on this history (it happens when purchases are very irregular). A plain rule is used: customers keep buying at their own pace while they are within the window.</translation>
    </message>
    <message>
        <source>The server {server} did not accept user {user} with this password.</source>
        <translation>The server {server} did not accept user {user} with this password.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}; whoever runs the server makes it first (see the README).</source>
        <translation>There is no database {database} on {server}; whoever runs the server makes it first (see the README).</translation>
    </message>
    <message>
        <source>User {user} may only read this shop on {server}; nothing was changed.</source>
        <translation>User {user} may only read this shop on {server}; nothing was changed.</translation>
    </message>
    <message>
        <source>The server {server} has no room left; nothing was changed.</source>
        <translation>The server {server} has no room left; nothing was changed.</translation>
    </message>
    <message>
        <source>The server {server} cannot be reached right now; nothing was changed, and what you see stays until it answers again.</source>
        <translation>The server {server} cannot be reached right now; nothing was changed, and what you see stays until it answers again.</translation>
    </message>
    <message>
        <source>The server {server} refused the change ({reason}); nothing was changed.</source>
        <translation>The server {server} refused the change ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>Drawing the report stopped unexpectedly. Try again; nothing was saved or changed.</source>
        <translation>Drawing the report stopped unexpectedly. Try again; nothing was saved or changed.</translation>
    </message>
    <message numerus="yes">
        <source>{kept} of the {s} stayed all period</source>
        <translation>
            <numerusform>{kept} of the {s} has stayed all period</numerusform>
            <numerusform>{kept} of the {s} have stayed all period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} joined ({brand} new, {back} won back)</source>
        <translation>
            <numerusform>{n} has joined ({brand} new, {back} won back)</numerusform>
            <numerusform>{n} have joined ({brand} new, {back} won back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of them left again</source>
        <translation>
            <numerusform>{left} of them has left again</numerusform>
            <numerusform>{left} of them have left again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{again} of the {base} customers at the start bought again</source>
        <translation>
            <numerusform>{again} of the {base} customers at the start has bought again</numerusform>
            <numerusform>{again} of the {base} customers at the start have bought again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{ref} of {known} new customers with a known source</source>
        <translation>
            <numerusform>{ref} of {known} new customer with a known source</numerusform>
            <numerusform>{ref} of {known} new customers with a known source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{pages} pages written to {file}.</source>
        <translation>{pages} pages written to {file}.</translation>
    </message>
    <message>
        <source>The numbers are in {file}.</source>
        <translation>The numbers are in {file}.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>How it was computed</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Churn per month</source>
        <translation>Churn per month</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Branches compared</source>
        <translation>Branches compared</translation>
    </message>
    <message>
        <source>A customer who buys at two branches counts at both; the row for all branches is the shop as a whole, not a sum of the rows above.</source>
        <translation>A customer who buys at two branches counts at both; the row for all branches is the shop as a whole, not a sum of the rows above.</translation>
    </message>
    <message>
        <source>Retention rate (CRR) per branch</source>
        <translation>Retention rate (CRR) per branch</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Customers at the start</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Churn %</source>
        <translation>Churn %</translation>
    </message>
    <message>
        <source>CRR per period</source>
        <translation>CRR per period</translation>
    </message>
    <message>
        <source>CRR %</source>
        <translation>CRR %</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Margin ±</source>
        <translation>Margin ±</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>First purchase</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Top 20 %</source>
        <translation>Top 20 %</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>Retention rate (CRR)</source>
        <translation>Retention rate (CRR)</translation>
    </message>
    <message>
        <source>Churn per month (6-month average)</source>
        <translation>Churn per month (6-month average)</translation>
    </message>
    <message>
        <source>{lost} lost / {start} at the start / 6; target {target} %</source>
        <translation>{lost} lost / {start} at the start / 6; target {target} %</translation>
    </message>
    <message>
        <source>Expected customer lifetime</source>
        <translation>Expected customer lifetime</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>1 / monthly churn</source>
        <translation>1 / monthly churn</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Repeat purchase rate</translation>
    </message>
    <message>
        <source>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100, typed in for {label}</source>
        <translation>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100, typed in for {label}</translation>
    </message>
    <message numerus="yes">
        <source>{n} answers, 95 % between {low} and {high}</source>
        <translation>
            <numerusform>{n} answer, 95 % between {low} and {high}</numerusform>
            <numerusform>{n} answers, 95 % between {low} and {high}</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers in this period</source>
        <translation>No answers in this period</translation>
    </message>
    <message>
        <source>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100; {counts}</source>
        <translation>((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100; {counts}</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Referral rate</translation>
    </message>
    <message>
        <source>Revenue from the top 20 %</source>
        <translation>Revenue from the top 20 %</translation>
    </message>
    <message numerus="yes">
        <source>{k} of {n} paying customers</source>
        <translation>
            <numerusform>{k} of {n} paying customer</numerusform>
            <numerusform>{k} of {n} paying customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Customers at risk</translation>
    </message>
    <message>
        <source>Not known yet: the predictions are still being made. Make the report again in a moment.</source>
        <translation>Not known yet: the predictions are still being made. Make the report again in a moment.</translation>
    </message>
    <message>
        <source>regular customers whose chance to buy in the next {days} days dropped below half</source>
        <translation>regular customers whose chance to buy in the next {days} days dropped below half</translation>
    </message>
    <message>
        <source>past their usual time between purchases (too little history for predictions)</source>
        <translation>past their usual time between purchases (too little history for predictions)</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>Customer retention report</source>
        <translation>Customer retention report</translation>
    </message>
    <message>
        <source>Period {first} to {last} · data up to {as_of} · made on {made}</source>
        <translation>Period {first} to {last} · data up to {as_of} · made on {made}</translation>
    </message>
    <message>
        <source>A customer counts as lost after {days} days without a purchase, or on the date they left.</source>
        <translation>A customer counts as lost after {days} days without a purchase, or on the date they left.</translation>
    </message>
    <message>
        <source>Retention rate (CRR) per period</source>
        <translation>Retention rate (CRR) per period</translation>
    </message>
    <message>
        <source>Churn per month, 6-month average and the 2 % target</source>
        <translation>Churn per month, 6-month average and the 2 % target</translation>
    </message>
    <message>
        <source>NPS: answers per score</source>
        <translation>NPS: answers per score</translation>
    </message>
    <message>
        <source>NPS per month</source>
        <translation>NPS per month</translation>
    </message>
    <message>
        <source>Repeat purchase rate per quarter</source>
        <translation>Repeat purchase rate per quarter</translation>
    </message>
    <message>
        <source>% bought again</source>
        <translation>% bought again</translation>
    </message>
    <message>
        <source>Referral rate per quarter</source>
        <translation>Referral rate per quarter</translation>
    </message>
    <message>
        <source>% came on a recommendation</source>
        <translation>% came on a recommendation</translation>
    </message>
    <message>
        <source>The 80/20 rule: share of revenue by share of customers</source>
        <translation>The 80/20 rule: share of revenue by share of customers</translation>
    </message>
    <message>
        <source>Cohorts: share still buying, by month of first purchase</source>
        <translation>Cohorts: share still buying, by month of first purchase</translation>
    </message>
    <message>
        <source>Your best customers (top 20 % by revenue)</source>
        <translation>Your best customers (top 20 % by revenue)</translation>
    </message>
    <message>
        <source>Customers at risk: contact them now</source>
        <translation>Customers at risk: contact them now</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-mail or phone</translation>
    </message>
    <message>
        <source>Nobody in this list.</source>
        <translation>Nobody in this list.</translation>
    </message>
    <message>
        <source>… and {n} more: the whole list is in the Excel file of this report.</source>
        <translation>… and {n} more: the whole list is in the Excel file of this report.</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Next 3 months</translation>
    </message>
    <message>
        <source>Forecast against what happened</source>
        <translation>Forecast against what happened</translation>
    </message>
    <message>
        <source>Your customers by group</source>
        <translation>Your customers by group</translation>
    </message>
    <message>
        <source>Learned from the purchases of {n} customers up to {day} (MBG/NBD and Gamma-Gamma models); several orders on one day count as one purchase; new customers are not in the forecast.</source>
        <translation>Learned from the purchases of {n} customers up to {day} (MBG/NBD and Gamma-Gamma models); several orders on one day count as one purchase; new customers are not in the forecast.</translation>
    </message>
    <message>
        <source>{n} purchases</source>
        <translation>{n} purchases</translation>
    </message>
    <message>
        <source>revenue {amount}</source>
        <translation>revenue {amount}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Revenue so far</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Customers / purchases</source>
        <translation>Customers / purchases</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>Expected revenue</translation>
    </message>
</context>
</TS>
