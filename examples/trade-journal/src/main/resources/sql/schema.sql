-- The journal's tables. Plain SQL that H2 2.x and PostgreSQL 15+ both run unchanged.
-- Amounts are DECIMAL(38,18) (the exchange's BigDecimals, unrounded); times are epoch milliseconds, as VCC sends them.

-- One row per currency: the latest balance seen (socket BalanceUpdated or REST balance).
CREATE TABLE IF NOT EXISTS vcc_balances (
    currency          VARCHAR(32)    NOT NULL PRIMARY KEY,
    balance           DECIMAL(38,18),
    available_balance DECIMAL(38,18),
    updated_at        BIGINT         NOT NULL
);

-- One row per order id (the user's own orders): its latest known state.
CREATE TABLE IF NOT EXISTS vcc_orders (
    id                VARCHAR(64)    NOT NULL PRIMARY KEY,
    coin              VARCHAR(32),
    currency          VARCHAR(32),
    trade_type        VARCHAR(16),
    type              VARCHAR(32),
    quantity          DECIMAL(38,18),
    price             DECIMAL(38,18),
    executed_quantity DECIMAL(38,18),
    executed_price    DECIMAL(38,18),
    fee               DECIMAL(38,18),
    status            VARCHAR(16),
    last_action       VARCHAR(32),
    created_at        BIGINT,
    updated_at        BIGINT
);

-- One row per trade id: the public tape of App.Orders (OrderTransactionCreated), the user's own fills included.
CREATE TABLE IF NOT EXISTS vcc_trades (
    id                VARCHAR(64)    NOT NULL PRIMARY KEY,
    coin              VARCHAR(32),
    currency          VARCHAR(32),
    price             DECIMAL(38,18),
    quantity          DECIMAL(38,18),
    amount            DECIMAL(38,18),
    buy_order_id      VARCHAR(64),
    sell_order_id     VARCHAR(64),
    buyer_id          VARCHAR(64),
    seller_id         VARCHAR(64),
    transaction_type  VARCHAR(16),
    created_at        BIGINT
);
