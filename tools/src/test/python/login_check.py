# Independent check of the login protocol, written from ../shared/protocol/login.md only (no project code):
# Init decryption + modulus unscrambling, GGAuth, LoginOk, ServerList, PlayOk, wrong password, malformed packets.
# It also registers as game server 1 over the link (secret 'pysecret'). Needs python3 + the 'cryptography' package.
# Usage: start a login server with login.link.secret=pysecret and login.auto-create=true, then
#        python3 tools/src/test/python/login_check.py CLIENT_PORT LINK_PORT
#        or, against run.sh (its own game server registered): login_check.py CLIENT_PORT -
import socket, struct, os, hmac, hashlib, sys, time
from cryptography.hazmat.primitives.ciphers import Cipher, modes
try:
    from cryptography.hazmat.decrepit.ciphers.algorithms import Blowfish
except ImportError:
    from cryptography.hazmat.primitives.ciphers.algorithms import Blowfish

STATIC = bytes.fromhex("6B60CB5B82CE90B1CC2B6C556C6C6C6C")
def swap(b): return b''.join(b[i:i+4][::-1] for i in range(0, len(b), 4))
def bf(key, data, enc):
    c = Cipher(Blowfish(key), modes.ECB()); x = c.encryptor() if enc else c.decryptor()
    return swap(x.update(swap(data)) + x.finalize())
def recv_exact(s, n):
    b = b''
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c: raise EOFError
        b += c
    return b
def read_frame(s):
    n = struct.unpack('<H', recv_exact(s, 2))[0]; return recv_exact(s, n - 2)
def checksum_ok(b):
    x = 0
    for i in range(0, len(b) - 4, 4): x ^= struct.unpack_from('<I', b, i)[0]
    return x == struct.unpack_from('<I', b, len(b) - 4)[0]
def unscramble(m):
    b = bytearray(m)
    for i in range(64): b[0x40+i] ^= b[i]
    for i in range(4): b[0x0D+i] ^= b[0x34+i]
    for i in range(64): b[i] ^= b[0x40+i]
    for i in range(4): b[i], b[0x4D+i] = b[0x4D+i], b[i]
    return int.from_bytes(b, 'big')

class Client:
    def __init__(self, port):
        self.s = socket.create_connection(('127.0.0.1', port), timeout=10)
        raw = bf(STATIC, read_frame(self.s), False)
        b = bytearray(raw); S = len(b)
        k = struct.unpack_from('<I', b, S - 8)[0]
        for p in range(S - 12, 3, -4):
            w = struct.unpack_from('<I', b, p)[0] ^ k; struct.pack_into('<I', b, p, w); k = (k - w) & 0xFFFFFFFF
        assert b[0] == 0
        self.sid, self.rev = struct.unpack_from('<iI', b, 1)
        self.n = unscramble(bytes(b[9:137])); self.key = bytes(b[153:169])
    def send(self, body):
        body = body + b'\0' * (-len(body) % 4) + b'\0' * 8
        body += b'\0' * (-len(body) % 8)
        body = bytearray(body); x = 0
        for i in range(0, len(body) - 4, 4): x ^= struct.unpack_from('<I', body, i)[0]
        struct.pack_into('<I', body, len(body) - 4, x)
        e = bf(self.key, bytes(body), True)
        self.s.sendall(struct.pack('<H', len(e) + 2) + e)
    def recv(self):
        d = bf(self.key, read_frame(self.s), False); assert checksum_ok(d), "server checksum"; return d
    def login(self, user, pw):
        self.send(b'\x07' + struct.pack('<i', self.sid) + struct.pack('<4I', 0x123, 0x4567, 0x89AB, 0xCDEF) + b'\0' * 19)
        r = self.recv()
        if r[0] != 0x0B: return ('fail', r[0], r[1])
        blk = bytearray(128); blk[0x5E:0x5E+len(user)] = user.encode(); blk[0x6C:0x6C+len(pw)] = pw.encode()
        c = pow(int.from_bytes(blk, 'big'), 65537, self.n).to_bytes(128, 'big')
        self.send(b'\x00' + c + r[1:5] + b'\0' * 43)
        r = self.recv()
        if r[0] == 0x03: self.ok1, self.ok2 = struct.unpack_from('<ii', r, 1); return ('ok',)
        return ('fail', r[0], r[1])
    def server_list(self):
        self.send(b'\x05' + struct.pack('<ii', self.ok1, self.ok2) + b'\x04' + b'\0' * 6)
        r = self.recv(); assert r[0] == 0x04, r[0]
        out = []
        for i in range(r[1]):
            e = r[3 + 21*i: 3 + 21*(i+1)]
            out.append(dict(id=e[0], ip='.'.join(map(str, e[1:5])), port=struct.unpack_from('<i', e, 5)[0], age=e[9], pvp=e[10],
                            online=struct.unpack_from('<h', e, 11)[0], max=struct.unpack_from('<h', e, 13)[0], up=e[15]))
        return r[2], out
    def server_login(self, sid):
        self.send(b'\x02' + struct.pack('<ii', self.ok1, self.ok2) + bytes([sid]))
        r = self.recv(); return r[0], r[1:9]

# --- a minimal game-server side of our link (frames + HMAC), from the design in LinkHandshake ---
def link_register(port, secret, sid, host='127.0.0.1', gport=7777):
    s = socket.create_connection(('127.0.0.1', port), timeout=10)
    hello = read_frame(s); assert hello[0] == 1; snonce = hello[5:37]
    cn = os.urandom(32); sec = secret.encode()
    proof = hmac.new(sec, b'aden-link-register' + snonce + cn + bytes([sid]), hashlib.sha256).digest()
    msg = b'\x02' + struct.pack('<i', 1) + bytes([sid]) + cn + proof + host.encode('utf-16-le') + b'\0\0' + struct.pack('<H', gport)
    s.sendall(struct.pack('<H', len(msg) + 2) + msg)
    ans = read_frame(s); assert ans[0] == 3, ans
    mk = hmac.new(sec, b'aden-link-session' + snonce + cn, hashlib.sha256).digest()
    seq = [0]
    def send(m):
        tag = hmac.new(mk, b'G' + struct.pack('<q', seq[0]) + m, hashlib.sha256).digest()[:16]; seq[0] += 1
        s.sendall(struct.pack('<H', len(m) + 18) + m + tag)
    send(b'\x10' + bytes([1]) + struct.pack('<ii', 3, 1000) + bytes([0, 0]) + struct.pack('<i', 1) + bytes([0, 0]))
    return s

USAGE = '''usage: login_check.py CLIENT_PORT LINK_PORT|-
  CLIENT_PORT  the login server's client port
  LINK_PORT    its game-server link port: the script registers as game server 1 with secret 'pysecret'
               (start the login server with login.link.secret=pysecret and login.auto-create=true);
  -            a game server is already registered (e.g. ./run.sh): only the client side is checked'''
if len(sys.argv) != 3 or not sys.argv[1].isdigit() or not (sys.argv[2] == '-' or sys.argv[2].isdigit()):
    print(USAGE, file=sys.stdout if '-h' in sys.argv or '--help' in sys.argv else sys.stderr)
    sys.exit(0 if '-h' in sys.argv or '--help' in sys.argv else 2)
port = int(sys.argv[1])
if sys.argv[2] != '-':  # '-': a real game server is already registered (e.g. run.sh); do not register one
    link = link_register(int(sys.argv[2]), 'pysecret', 1); time.sleep(0.3)
c = Client(port); print('revision 0x%X, modulus bits %d, odd %s' % (c.rev, c.n.bit_length(), c.n & 1 == 1))
print('login:', c.login('pyuser', 'pypass12'))
print('serverlist:', c.server_list())
print('serverlogin:', c.server_login(1))
c2 = Client(port); print('wrong password:', c2.login('pyuser', 'nope1234'))
c3 = Client(port)
for i in range(6):
    try: c3.s.sendall(struct.pack('<H', 18) + os.urandom(16))
    except OSError as e: print('bad client closed:', e); break
time.sleep(0.3)
try: print('bad client after garbage reads:', c3.s.recv(10))
except OSError as e: print('bad client reset:', e)
c4 = Client(port); print('after malformed, login:', c4.login('pyuser', 'pypass12'))
