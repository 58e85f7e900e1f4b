'use strict';
// A real socket.io 4.8 server (engine.io 6, EIO4 / Socket.IO protocol v5, allowEIO3: false) on 127.0.0.1 that
// implements laravel-echo-server's subscribe protocol, so the component can be run against a modern stack.
//
//   node sio4-peer.js --port 0 --control-port 0 --auth-host http://127.0.0.1:8123 \
//        --ping-interval 25000 --ping-timeout 20000
//
// Client -> server events (as laravel-echo-server):
//   subscribe {channel, auth:{headers}}  public: join; /private-|presence-/ (unanchored): POST {authHost}{authEndpoint}
//                                        form channel_name=<channel> with the client's auth.headers plus
//                                        X-Requested-With; 200 -> join (silent); otherwise
//                                        emit('subscription_error', channel, status) (0 when unreachable)
//   unsubscribe {channel}                leave (silent)
// Events are delivered as emit(event, channel, data) to the room: 42[event,channel,data].
// Presence channels are authorised and joined like private ones; presence:* member events are NOT emulated.
//
// Control API (all JSON, on the control port):
//   POST /publish {channel, event, data}   io.to(channel).emit(event, channel, data)
//   POST /disconnect-all                   socket.disconnect(true): `41`, then close
//   POST /close-all                        socket.conn.close(): a bare close frame
//   POST /destroy-all                      TCP destroy: no close frame
//   POST /stop-pinging  /  POST /start-pinging   (EIO4: the server pings) stop/resume sending `2`;
//                                        while stopped the server never times a client out either
//   GET  /sockets                          {"count":n,"sockets":[{"id","transport","rooms":[..]}]}
// Prints `PEER READY socket=<port> control=<port>`; exits when stdin closes or on SIGTERM/SIGINT.

const http = require('http');
const { Server } = require('socket.io');
const common = require('./peer-common');

const opts = common.options({
  port: '0',
  controlPort: '0',
  authHost: 'http://127.0.0.1:9',
  authEndpoint: '/broadcasting/auth',
  pingInterval: '25000',
  pingTimeout: '20000',
});

let pinging = true;
const NO_TIMER = { refresh() {}, unref() {}, ref() {} };

function silence(conn) {
  clearTimeout(conn.pingIntervalTimer);
  clearTimeout(conn.pingTimeoutTimer);
  conn.pingIntervalTimer = NO_TIMER;
  conn.pingTimeoutTimer = null;
  if (!Object.prototype.hasOwnProperty.call(conn, 'schedulePing')) conn.schedulePing = function () {};
}

function resume(conn) {
  if (Object.prototype.hasOwnProperty.call(conn, 'schedulePing')) {
    delete conn.schedulePing;
    conn.schedulePing();
  }
}

async function authorize(socket, channel, headers) {
  const h = Object.assign({}, headers || {});
  if (socket.handshake.headers.cookie) h.Cookie = socket.handshake.headers.cookie;
  h['X-Requested-With'] = 'XMLHttpRequest';
  h['Content-Type'] = 'application/x-www-form-urlencoded';
  try {
    const res = await fetch(opts.authHost + opts.authEndpoint, {
      method: 'POST',
      headers: h,
      body: 'channel_name=' + encodeURIComponent(channel),
      signal: AbortSignal.timeout(10000),
    });
    await res.text();
    return res.status;
  } catch (e) {
    common.log('auth request failed:', e && e.message);
    return 0;
  }
}

async function main() {
  const httpServer = http.createServer((req, res) => { res.writeHead(404); res.end(); });
  const io = new Server(httpServer, {
    allowEIO3: false,
    pingInterval: Number(opts.pingInterval),
    pingTimeout: Number(opts.pingTimeout),
    cors: undefined,
  });

  io.on('connection', (socket) => {
    if (!pinging) silence(socket.conn);
    socket.on('subscribe', async (data) => {
      const channel = data && data.channel;
      if (typeof channel !== 'string') return;
      if (/private-.*/.test(channel) || /presence-.*/.test(channel)) {
        const status = await authorize(socket, channel, data.auth && data.auth.headers);
        if (status !== 200) return socket.emit('subscription_error', channel, status);
      }
      socket.join(channel);
    });
    socket.on('unsubscribe', (data) => {
      if (data && typeof data.channel === 'string') socket.leave(data.channel);
    });
  });

  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(Number(opts.port) || 0, common.HOST, resolve);
  });

  const all = () => Array.from(io.of('/').sockets.values());
  const control = await common.controlServer({
    'POST /publish': (body) => {
      if (!body.channel || !body.event || body.data === undefined) throw new Error('channel, event and data are required');
      io.to(body.channel).emit(body.event, body.channel, body.data);
      return { message: 'ok' };
    },
    ...common.socketRoutes(all),
    'POST /stop-pinging': () => { pinging = false; all().forEach((x) => silence(x.conn)); return { pinging }; },
    'POST /start-pinging': () => { pinging = true; all().forEach((x) => resume(x.conn)); return { pinging }; },
  }, opts.controlPort);

  common.exitWith(async () => {
    control.close();
    await new Promise((r) => { io.close(() => r()); setTimeout(r, 1000); });
  });
  common.ready(httpServer.address().port, control.address().port);
}

main().catch((e) => { common.log('failed to start', e && e.stack); process.exit(1); });
