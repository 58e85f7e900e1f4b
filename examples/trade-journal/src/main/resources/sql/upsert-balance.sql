-- One balance: the body is a Map.Entry currency -> {balance, available_balance}.
-- Keyed by currency; an update older than the stored one (updated_at, when the event was received) is ignored.
MERGE INTO vcc_balances AS t
USING (SELECT CAST(:#${body.key} AS VARCHAR(32))                        AS currency,
              CAST(:#${body.value[balance]} AS DECIMAL(38,18))           AS balance,
              CAST(:#${body.value[available_balance]} AS DECIMAL(38,18)) AS available_balance,
              CAST(:#${header.CamelVccExchangeReceivedAt} AS BIGINT)                   AS updated_at) AS s
ON t.currency = s.currency
WHEN MATCHED AND s.updated_at >= t.updated_at THEN
    UPDATE SET balance = s.balance, available_balance = s.available_balance, updated_at = s.updated_at
WHEN NOT MATCHED THEN
    INSERT (currency, balance, available_balance, updated_at)
    VALUES (s.currency, s.balance, s.available_balance, s.updated_at)
