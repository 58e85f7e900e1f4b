-- The summary line's row counts.
SELECT (SELECT COUNT(*) FROM vcc_balances) AS balances,
       (SELECT COUNT(*) FROM vcc_orders)   AS orders,
       (SELECT COUNT(*) FROM vcc_trades)   AS trades
