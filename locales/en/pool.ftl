# The public common-pool page and its chart.
pool-title = Common pool
pool-heading = The common pool
pool-intro = Half of every marketplace fee goes to the common pool; the committee spends it and pays the co-ops their share, in the open.
pool-balance = Balance
pool-empty = The pool is empty so far.
pool-inflows = Inflows by month
pool-no-inflow = Nothing has flowed in yet.
pool-chart-title = Inflows to the pool in { $currency } by month
pool-chart-caption = Inflows in { $currency }
pool-fees = Fees and how they split
pool-col-currency = Currency
pool-col-fees = Fees charged
pool-col-to-pool = To the pool
pool-col-to-coops = To the co-ops
pool-runs = Payout runs
pool-no-run = No payout run has been approved yet.
pool-run = Run #{ $id }
pool-spending = Spending
pool-propose-as = Propose spending from the pool as { $coop }
pool-no-spending = Nothing has been spent from the pool yet.
pool-col-what = What
pool-col-why = Why
pool-col-to = To
pool-col-amount = Amount
pool-col-status = Status
# The chart's name for screen readers: its title, then each bar ("Nov 2026: 12.50").
chart-name = { $title }. { $bars }.
pool-older-runs = Older runs
pool-older-spending = Older spending
spending-error-not-payable = spending #{ $id } is { status-spending } and cannot be paid
spending-error-stripe = spending #{ $id } is paid through Stripe: send the transfer, do not mark it by hand
spending-error-bank = spending #{ $id } is paid by bank: mark it paid once the bank has sent it
# A spending larger than what the common pool holds.
pool-error-too-little = the common pool holds only { $pool }, less than the { $amount } of spending #{ $id }
