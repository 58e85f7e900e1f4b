-- One trade: the body is the OrderTransactionCreated as a Map (snake_case keys). Keyed by the trade id; a trade
-- never changes, so a replayed event matches the stored row and writes nothing.
MERGE INTO vcc_trades AS t
USING (SELECT CAST(:#${body[id]} AS VARCHAR(64))                   AS id,
              CAST(:#${body[coin]} AS VARCHAR(32))                 AS coin,
              CAST(:#${body[currency]} AS VARCHAR(32))             AS currency,
              CAST(:#${body[price]} AS DECIMAL(38,18))             AS price,
              CAST(:#${body[quantity]} AS DECIMAL(38,18))          AS quantity,
              CAST(:#${body[amount]} AS DECIMAL(38,18))            AS amount,
              CAST(:#${body[buy_order_id]} AS VARCHAR(64))         AS buy_order_id,
              CAST(:#${body[sell_order_id]} AS VARCHAR(64))        AS sell_order_id,
              CAST(:#${body[buyer_id]} AS VARCHAR(64))             AS buyer_id,
              CAST(:#${body[seller_id]} AS VARCHAR(64))            AS seller_id,
              CAST(:#${body[transaction_type]} AS VARCHAR(16))     AS transaction_type,
              CAST(:#${body[created_at]} AS BIGINT)                AS created_at) AS s
ON t.id = s.id
WHEN NOT MATCHED THEN
    INSERT (id, coin, currency, price, quantity, amount, buy_order_id, sell_order_id, buyer_id, seller_id,
            transaction_type, created_at)
    VALUES (s.id, s.coin, s.currency, s.price, s.quantity, s.amount, s.buy_order_id, s.sell_order_id, s.buyer_id,
            s.seller_id, s.transaction_type, s.created_at)
