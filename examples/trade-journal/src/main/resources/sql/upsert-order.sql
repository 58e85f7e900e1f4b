-- One order: the body is the Order as a Map (snake_case keys; absent fields are null).
-- Keyed by the exchange's order id. An update never overwrites a newer one: it applies when its updated_at is later,
-- or equal with a status at least as final (pending/stopping < executing < executed/canceled/rejected), so a
-- replayed or late event (e.g. the REST echo of a placeOrder arriving after the socket's 'matched') changes nothing.
-- Fields a message does not carry (each of REST and socket sends a different subset) keep their stored value.
MERGE INTO vcc_orders AS t
USING (SELECT CAST(:#${body[id]} AS VARCHAR(64))                        AS id,
              CAST(:#${body[coin]} AS VARCHAR(32))                      AS coin,
              CAST(:#${body[currency]} AS VARCHAR(32))                  AS currency,
              CAST(:#${body[trade_type]} AS VARCHAR(16))                AS trade_type,
              CAST(:#${body[type]} AS VARCHAR(32))                      AS type,
              CAST(:#${body[quantity]} AS DECIMAL(38,18))               AS quantity,
              CAST(:#${body[price]} AS DECIMAL(38,18))                  AS price,
              CAST(:#${body[executed_quantity]} AS DECIMAL(38,18))      AS executed_quantity,
              CAST(:#${body[executed_price]} AS DECIMAL(38,18))         AS executed_price,
              CAST(:#${body[fee]} AS DECIMAL(38,18))                    AS fee,
              CAST(:#${body[status]} AS VARCHAR(16))                    AS status,
              CAST(:#${variable.action} AS VARCHAR(32))                 AS last_action,
              CAST(:#${body[created_at]} AS BIGINT)                     AS created_at,
              CAST(:#${body[updated_at]} AS BIGINT)                     AS updated_at) AS s
ON t.id = s.id
WHEN MATCHED AND (COALESCE(s.updated_at, 0) > COALESCE(t.updated_at, 0)
                  OR (COALESCE(s.updated_at, 0) = COALESCE(t.updated_at, 0)
                      AND CASE s.status WHEN 'executed' THEN 2 WHEN 'canceled' THEN 2 WHEN 'rejected' THEN 2
                                        WHEN 'executing' THEN 1 ELSE 0 END
                       >= CASE t.status WHEN 'executed' THEN 2 WHEN 'canceled' THEN 2 WHEN 'rejected' THEN 2
                                        WHEN 'executing' THEN 1 ELSE 0 END)) THEN
    UPDATE SET coin              = COALESCE(s.coin, t.coin),
               currency          = COALESCE(s.currency, t.currency),
               trade_type        = COALESCE(s.trade_type, t.trade_type),
               type              = COALESCE(s.type, t.type),
               quantity          = COALESCE(s.quantity, t.quantity),
               price             = COALESCE(s.price, t.price),
               executed_quantity = COALESCE(s.executed_quantity, t.executed_quantity),
               executed_price    = COALESCE(s.executed_price, t.executed_price),
               fee               = COALESCE(s.fee, t.fee),
               status            = COALESCE(s.status, t.status),
               last_action       = COALESCE(s.last_action, t.last_action),
               created_at        = COALESCE(s.created_at, t.created_at),
               updated_at        = COALESCE(s.updated_at, t.updated_at)
WHEN NOT MATCHED THEN
    INSERT (id, coin, currency, trade_type, type, quantity, price, executed_quantity, executed_price, fee, status,
            last_action, created_at, updated_at)
    VALUES (s.id, s.coin, s.currency, s.trade_type, s.type, s.quantity, s.price, s.executed_quantity,
            s.executed_price, s.fee, s.status, s.last_action, s.created_at, s.updated_at)
