/**
 * camel-vccexchange-simulator: an embedded, protocol-faithful VCC Exchange ("a testnet in a jar"). No Camel, no
 * code shared with the component (its own signature check and JSON shapes, so a bug cannot hide on both sides).
 *
 * <h2>Entry points</h2>
 * <ul>
 * <li>{@link dev.vccexchange.simulator.VccSimulator}: builder, start/stop, URLs, accounts, faults, ledger, engine.</li>
 * <li>{@link dev.vccexchange.simulator.SimulatorMain}: {@code java -jar camel-vccexchange-simulator-<v>.jar
 * [--rest-port N] [--socket-port N] [--seed N] [--account KEY:SECRET:USERID]... [--trade-rate N]}; prints
 * {@code VCC SIMULATOR READY rest=http://127.0.0.1:<p>/v3 socket=ws://127.0.0.1:<q>} (or {@code socket=none}
 * without a socket server) once both listen, then {@code account key=<key> userId=<id>} per account.</li>
 * <li>{@link dev.vccexchange.simulator.junit.VccSimulatorExtension}: one simulator per test class, faults cleared
 * before each test.</li>
 * <li>{@link dev.vccexchange.simulator.SimulatorEvents}: every socket event, as laravel-echo-server delivers it;
 * a plugged-in {@link dev.vccexchange.simulator.SocketServerFactory} receives them all.</li>
 * </ul>
 *
 * <h2>Choices where VCC is undocumented (vcc-api.md)</h2>
 * <ul>
 * <li>Accounts: the demo account ({@code demo-key}/{@code demo-secret}, user 1, btc 10, eth 100, usdt 1000000) is
 * always present; {@code --account} adds more, funded the same way.</li>
 * <li>Fees: 0.2 % maker and taker, charged in the currency received (buyer: base coin, seller: quote), exact.</li>
 * <li>Insufficient balance: HTTP 422 {@code {"message":"Insufficient balance."}} (VCC's code unrecorded; 422 is
 * Laravel's validation status). Unknown or foreign order id: 404 {@code {"message":"Data not found"}}.</li>
 * <li>Wrong or missing {@code signature}: 422 with {@code errors.signature ["HMAC signature is invalid"]} (VCC's
 * text as ccxt recorded it). Unknown or missing Bearer key: 401
 * {@code {"message":"Unauthenticated."}}. The {@code timestamp} header is not checked.</li>
 * <li>{@code PUT orders/{id}/cancel} answers the order object; cancelling a closed order returns it unchanged.
 * {@code cancel-all}/{@code cancel-by-type} answer {@code {"data":[orders]}} like ccxt's sample.</li>
 * <li>{@code GET orders} (history) lists closed orders (executed, canceled); paginators default to 20 per page.</li>
 * <li>Self-trades are allowed; market orders never rest (unfilled remainder canceled).</li>
 * <li>The market maker's two internal accounts (users 900001, 900002) have no API key and emit no private events.</li>
 * </ul>
 */
package dev.vccexchange.simulator;
