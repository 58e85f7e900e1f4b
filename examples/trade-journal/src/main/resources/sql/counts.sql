-- The summary line's row counts.
SELECT (SELECT COUNT(*) FROM balances) AS balances,
       (SELECT COUNT(*) FROM orders)   AS orders,
       (SELECT COUNT(*) FROM trades)   AS trades
