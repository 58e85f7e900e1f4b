// A real socket.io-client 2.x (the client generation laravel-echo-server serves) against any Echo server:
// subscribes to a public channel and prints the first event of the given name as one line, then exits.
//   node sio2-client.js <ws://host:port> <channel> <event>
// Output: "EVENT <channel> <json payload>" on success (exit 0); exit 1 after 15 s without one.
const io = require('socket.io-client');

const [url, channel, event] = process.argv.slice(2);
if (!url || !channel || !event) {
  console.error('usage: node sio2-client.js <url> <channel> <event>');
  process.exit(2);
}
// The simulator, like VCC, is reached over WebSocket only (no HTTP long-polling).
const socket = io(url, { transports: ['websocket'], reconnection: false });
const timer = setTimeout(() => { console.error('no ' + event + ' within 15 s'); process.exit(1); }, 15000);
socket.on('connect', () => socket.emit('subscribe', { channel, auth: {} }));
socket.on('connect_error', (err) => { console.error('connect_error ' + err); process.exit(1); });
socket.on(event, (ch, payload) => {
  console.log('EVENT ' + ch + ' ' + JSON.stringify(payload));
  clearTimeout(timer);
  socket.close();
  process.exit(0);
});
process.stdin.on('end', () => process.exit(1));
process.stdin.resume();
