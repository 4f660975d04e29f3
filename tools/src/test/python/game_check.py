#!/usr/bin/env python3
# Independent check of the game protocol, written from ../shared/protocol/{game-handshake,world-presence,
# world-chat-npc,world-session-party}.md alone (no project code); the login part follows login.md (as login_check.py).
# Python 3 standard library only (Blowfish is implemented here, its tables computed from pi).
# It logs in, connects to the game server (cipher on or off, as KeyPacket says), parses KeyPacket,
# CharSelectionInfo, NewCharacterSuccess, CharCreateOk/Fail, CharDelete*, CharSelected, UserInfo and CharInfo
# field by field (every packet must be consumed exactly to its end), then runs two clients that see each other,
# move (MoveToLocation), chat (CreatureSay) and leave (DeleteObject).
# Run:  ADEN_LOGIN_AUTO_CREATE=true ./run.sh --login-port 13106 --game-port 18777 --link-port 19114   (wait for 'ready')
#       python3 tools/src/test/python/game_check.py 13106 [--expect-encryption on|off]
# Exit code 0 = every check passed; otherwise the first failing check is printed.
import socket, struct, sys, time, os, random

# ---------------------------------------------------------------- Blowfish (stdlib only)
def _pi_words(n):
    bits = 32 * n + 64; one = 1 << bits
    def atan_inv(x):
        t = one // x; s = t; x2 = x * x; k = 1; sign = -1
        while t:
            t //= x2; k += 2; s += sign * (t // k); sign = -sign
        return s
    frac = (16 * atan_inv(5) - 4 * atan_inv(239) - (3 << bits)) >> 64
    return [(frac >> (32 * (n - 1 - i))) & 0xFFFFFFFF for i in range(n)]
_PI = _pi_words(18 + 1024)
assert _PI[0] == 0x243F6A88 and _PI[17] == 0x8979FB1B and _PI[18] == 0xD1310BA6 and _PI[-1] == 0x3AC372E6

class Blowfish:
    def __init__(self, key):
        self.P = list(_PI[:18]); self.S = [list(_PI[18 + 256 * i:18 + 256 * (i + 1)]) for i in range(4)]
        kk = (key * (72 // len(key) + 1))
        for i in range(18): self.P[i] ^= int.from_bytes(kk[4 * i:4 * i + 4], 'big')
        L = R = 0
        for i in range(0, 18, 2):
            L, R = self.enc(L, R); self.P[i], self.P[i + 1] = L, R
        for s in self.S:
            for i in range(0, 256, 2):
                L, R = self.enc(L, R); s[i], s[i + 1] = L, R
    def F(self, x):
        S = self.S
        return ((((S[0][x >> 24] + S[1][(x >> 16) & 255]) & 0xFFFFFFFF) ^ S[2][(x >> 8) & 255]) + S[3][x & 255]) & 0xFFFFFFFF
    def enc(self, L, R):
        P = self.P
        for i in range(16):
            L ^= P[i]; R ^= self.F(L); L, R = R, L
        L, R = R, L; R ^= P[16]; L ^= P[17]; return L, R
    def dec(self, L, R):
        P = self.P
        for i in range(17, 1, -1):
            L ^= P[i]; R ^= self.F(L); L, R = R, L
        L, R = R, L; R ^= P[1]; L ^= P[0]; return L, R
    def ecb(self, data, encrypt):
        out = bytearray(); f = self.enc if encrypt else self.dec
        for i in range(0, len(data), 8):
            L, R = struct.unpack_from('>II', data, i); out += struct.pack('>II', *f(L, R))
        return bytes(out)
assert Blowfish(b'\0' * 8).ecb(b'\0' * 8, True).hex() == '4ef997456198dd78'  # Schneier's vector
assert Blowfish(b'\xff' * 8).ecb(b'\xff' * 8, True).hex() == '51866fd5b85ecb8a'

# ---------------------------------------------------------------- login (login.md, as login_check.py)
STATIC = bytes.fromhex("6B60CB5B82CE90B1CC2B6C556C6C6C6C")
def swap(b): return b''.join(b[i:i+4][::-1] for i in range(0, len(b), 4))
_bf_cache = {}
def bf(key, data, enc):
    if key not in _bf_cache: _bf_cache[key] = Blowfish(key)
    return swap(_bf_cache[key].ecb(swap(data), enc))
def recv_exact(s, n):
    b = b''
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c: raise EOFError('connection closed')
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

class LoginClient:
    def __init__(self, port):
        self.s = socket.create_connection(('127.0.0.1', port), timeout=10)
        b = bytearray(bf(STATIC, read_frame(self.s), False)); S = len(b)
        k = struct.unpack_from('<I', b, S - 8)[0]
        for p in range(S - 12, 3, -4):
            w = struct.unpack_from('<I', b, p)[0] ^ k; struct.pack_into('<I', b, p, w); k = (k - w) & 0xFFFFFFFF
        assert b[0] == 0
        self.sid = struct.unpack_from('<i', b, 1)[0]
        self.n = unscramble(bytes(b[9:137])); self.key = bytes(b[153:169])
    def send(self, body):
        body = body + b'\0' * (-len(body) % 4) + b'\0' * 8
        body = bytearray(body + b'\0' * (-len(body) % 8)); x = 0
        for i in range(0, len(body) - 4, 4): x ^= struct.unpack_from('<I', body, i)[0]
        struct.pack_into('<I', body, len(body) - 4, x)
        e = bf(self.key, bytes(body), True); self.s.sendall(struct.pack('<H', len(e) + 2) + e)
    def recv(self):
        d = bf(self.key, read_frame(self.s), False); assert checksum_ok(d), "login checksum"; return d
    def full_login(self, user, pw):
        self.send(b'\x07' + struct.pack('<i', self.sid) + struct.pack('<4I', 0x123, 0x4567, 0x89AB, 0xCDEF) + b'\0' * 19)
        r = self.recv(); assert r[0] == 0x0B, 'GGAuth expected, got 0x%02X' % r[0]
        blk = bytearray(128); blk[0x5E:0x5E+len(user)] = user.encode(); blk[0x6C:0x6C+len(pw)] = pw.encode()
        c = pow(int.from_bytes(blk, 'big'), 65537, self.n).to_bytes(128, 'big')
        self.send(b'\x00' + c + r[1:5] + b'\0' * 43)
        r = self.recv(); assert r[0] == 0x03, 'LoginOk expected, got 0x%02X reason %d' % (r[0], r[1])
        self.ok1, self.ok2 = struct.unpack_from('<ii', r, 1)
        self.send(b'\x05' + struct.pack('<ii', self.ok1, self.ok2) + b'\x04' + b'\0' * 6)
        r = self.recv(); assert r[0] == 0x04, r[0]
        servers = []
        for i in range(r[1]):
            e = r[3 + 21*i: 3 + 21*(i+1)]
            servers.append((e[0], '.'.join(map(str, e[1:5])), struct.unpack_from('<i', e, 5)[0], e[15]))
        sid, ip, port, up = servers[0]; assert up == 1, 'game server %d is down' % sid
        self.send(b'\x02' + struct.pack('<ii', self.ok1, self.ok2) + bytes([sid]))
        r = self.recv(); assert r[0] == 0x07, 'PlayOk expected, got 0x%02X' % r[0]
        self.play1, self.play2 = struct.unpack_from('<ii', r, 1)
        self.s.close()
        return ip, port

# ---------------------------------------------------------------- game cipher (game-handshake.md §2)
FIXED = bytes.fromhex('C8279301A16C3197')
class GameCipher:
    def __init__(self, k8): self.k = bytearray(k8 + FIXED)
    def _roll(self, n):
        v = (struct.unpack_from('<I', self.k, 8)[0] + n) & 0xFFFFFFFF; struct.pack_into('<I', self.k, 8, v)
    def encrypt(self, p):
        out = bytearray(len(p)); prev = 0
        for i, b in enumerate(p):
            prev = b ^ self.k[i & 15] ^ prev; out[i] = prev
        self._roll(len(p)); return bytes(out)
    def decrypt(self, c):
        out = bytearray(len(c)); prev = 0
        for i, b in enumerate(c):
            out[i] = b ^ self.k[i & 15] ^ prev; prev = b
        self._roll(len(c)); return bytes(out)
def _cipher_vector():  # §2.5
    c = GameCipher(bytes(range(1, 9))); p = b'\x0d' + b'\0' * 18
    e1 = c.encrypt(p); assert e1.hex(' ') == '0c 0e 0d 09 0c 0a 0d 05 cd ea 79 78 d9 b5 84 13 12 10 13', e1.hex(' ')
    assert c.k[8:12].hex() == 'db279301'
    e2 = c.encrypt(p); assert e2.hex(' ') == '0c 0e 0d 09 0c 0a 0d 05 de f9 6a 6b ca a6 97 00 01 03 00', e2.hex(' ')
    assert c.k[8:12].hex() == 'ee279301'
    d = GameCipher(bytes(range(1, 9))); assert d.decrypt(e1) == p and d.decrypt(e2) == p
_cipher_vector()

# ---------------------------------------------------------------- strict reader
class Check(Exception): pass
def need(cond, msg):
    if not cond: raise Check(msg)
class R:
    def __init__(self, body, name): self.b = body; self.o = 0; self.name = name
    def _take(self, fmt):
        n = struct.calcsize(fmt)
        need(self.o + n <= len(self.b), '%s: truncated at offset %d (need %d more bytes, %d left)' % (self.name, self.o, n, len(self.b) - self.o))
        v = struct.unpack_from(fmt, self.b, self.o)[0]; self.o += n; return v
    def c(self): return self._take('<B')
    def h(self): return self._take('<h')
    def uh(self): return self._take('<H')
    def d(self): return self._take('<i')
    def q(self): return self._take('<q')
    def f(self): return self._take('<d')
    def S(self):
        s = self.o
        while True:
            need(self.o + 2 <= len(self.b), '%s: unterminated string at %d' % (self.name, s))
            if self.b[self.o:self.o + 2] == b'\0\0': break
            self.o += 2
        v = self.b[s:self.o].decode('utf-16-le'); self.o += 2; return v
    def raw(self, n):
        need(self.o + n <= len(self.b), '%s: truncated raw at %d' % (self.name, self.o)); v = self.b[self.o:self.o + n]; self.o += n; return v
    def end(self):
        need(self.o == len(self.b), '%s: %d leftover bytes after offset %d (body %d bytes)' % (self.name, len(self.b) - self.o, self.o, len(self.b)))
def zeros(r, n, what, width='d'):
    vals = [getattr(r, width)() for _ in range(n)]
    need(all(v == 0 for v in vals), '%s: expected zeros, got %s' % (what, vals)); return vals

PASSED = []
def ok(what): PASSED.append(what); print('  ok', what)

# ---------------------------------------------------------------- packet parsers (reference tables)
def parse_key_packet(b):
    r = R(b, 'KeyPacket'); need(r.c() == 0x00, 'opcode')
    k = {'result': r.c(), 'key': r.raw(8), 'encrypt': r.d(), 'server_id': r.d(), 'one': r.c(), 'obf': r.d()}
    r.end()
    need(k['result'] == 1, 'KeyPacket result %d' % k['result']); need(k['encrypt'] in (0, 1), 'flag %d' % k['encrypt'])
    need(k['one'] == 1 and k['obf'] == 0, 'KeyPacket tail %r' % k); need(len(b) == 23, 'KeyPacket size %d' % len(b))
    return k

PAPERDOLL = 17
def parse_char_selection(b, account, play1):
    r = R(b, 'CharSelectionInfo'); need(r.c() == 0x13, 'opcode 0x%02X' % b[0]); n = r.d(); out = []
    need(0 <= n <= 7, 'count %d' % n)
    for i in range(n):
        e = {}; e['name'] = r.S(); e['oid'] = r.d(); e['account'] = r.S(); e['session'] = r.d(); e['clan'] = r.d()
        e['builder'] = r.d(); e['sex'] = r.d(); e['race'] = r.d(); e['base_class'] = r.d(); e['active'] = r.d()
        e['x11_13'] = [r.d(), r.d(), r.d()]; e['hp'] = r.f(); e['mp'] = r.f(); e['sp'] = r.d(); e['exp'] = r.q()
        e['level'] = r.d(); e['karma'] = r.d(); e['z20_28'] = [r.d() for _ in range(9)]
        e['item_oids'] = [r.d() for _ in range(PAPERDOLL)]; e['item_ids'] = [r.d() for _ in range(PAPERDOLL)]
        e['hair_style'] = r.d(); e['hair_color'] = r.d(); e['face'] = r.d(); e['max_hp'] = r.f(); e['max_mp'] = r.f()
        e['delete_secs'] = r.d(); e['class'] = r.d(); e['selected'] = r.d(); e['enchant'] = r.c(); e['augment'] = r.d()
        need(e['account'] == account, 'entry %d account %r != %r' % (i, e['account'], account))
        need(e['session'] == play1, 'entry %d session id %d != playOk1 %d' % (i, e['session'], play1))
        need(e['oid'] > 0 and e['sex'] in (0, 1) and 0 <= e['race'] <= 4 and e['level'] >= 1, 'entry %d sanity %r' % (i, e))
        need(0 < e['hp'] <= e['max_hp'] and 0 <= e['mp'] <= e['max_mp'], 'entry %d hp/mp %r' % (i, e))
        need(e['selected'] in (0, 1) and e['delete_secs'] >= 0 and e['active'] == 1 and e['builder'] == 0, 'entry %d flags %r' % (i, e))
        need(e['item_oids'][7] == e['item_oids'][14] and e['item_ids'][7] == e['item_ids'][14], 'entry %d weapon slot twice' % i)
        need(all((a == 0) == (t == 0) for a, t in zip(e['item_oids'], e['item_ids'])), 'entry %d paperdoll oid/id mismatch' % i)
        out.append(e)
    r.end()
    need(n == 0 or sum(e['selected'] for e in out) == 1, 'exactly one pre-selected entry: %r' % [e['selected'] for e in out])
    return out

BASE = [(0, 0), (0, 10), (1, 18), (1, 25), (2, 31), (2, 38), (3, 44), (3, 49), (4, 53)]  # (race, class)
def parse_new_char_success(b):
    r = R(b, 'NewCharacterSuccess'); need(r.c() == 0x17, 'opcode'); n = r.d(); need(n == 9, 'template count %d' % n)
    for i in range(n):
        race, cls = r.d(), r.d(); need((race, cls) == BASE[i], 'template %d = %r' % (i, (race, cls)))
        for stat in 'STR DEX CON INT WIT MEN'.split():
            a, v, z = r.d(), r.d(), r.d()
            need(a == 0x46 and z == 0x0A and 5 <= v <= 60, 'template %d %s triple %r' % (i, stat, (a, v, z)))
    r.end()

def parse_char_selected(b, name, play1):
    r = R(b, 'CharSelected'); need(r.c() == 0x15, 'opcode'); e = {}
    e['name'] = r.S(); e['oid'] = r.d(); e['title'] = r.S(); e['session'] = r.d(); e['clan'] = r.d(); zeros(r, 1, 'CS#6')
    e['sex'] = r.d(); e['race'] = r.d(); e['class'] = r.d(); e['one'] = r.d(); e['xyz'] = (r.d(), r.d(), r.d())
    e['hp'] = r.f(); e['mp'] = r.f(); e['sp'] = r.d(); e['exp'] = r.q(); e['level'] = r.d(); e['karma'] = r.d(); e['pk'] = r.d()
    e['stats'] = [r.d() for _ in range(6)]; zeros(r, 30, 'CS#27-56'); zeros(r, 2, 'CS#57-58'); e['time'] = r.d()
    zeros(r, 1, 'CS#60'); e['class2'] = r.d(); zeros(r, 12, 'CS#62-73'); r.end()
    need(e['name'] == name, 'name %r' % e['name']); need(e['session'] == play1, 'session'); need(e['one'] == 1, '#10')
    need(0 <= e['time'] < 1440, 'game time %d' % e['time']); need(e['class2'] == e['class'], 'class twice')
    need(e['hp'] > 0 and e['level'] >= 1 and all(5 <= s <= 99 for s in e['stats']), 'sanity %r' % e)
    return e

def parse_user_info(b):
    r = R(b, 'UserInfo'); need(r.c() == 0x04, 'opcode'); u = {}
    u['xyz'] = (r.d(), r.d(), r.d()); u['vehicle'] = r.d(); u['oid'] = r.d(); u['name'] = r.S()
    nameoff = r.o
    u['race'] = r.d(); u['sex'] = r.d(); u['base_class'] = r.d(); u['level'] = r.d(); u['exp'] = r.q()
    u['stats'] = [r.d() for _ in range(6)]; u['max_hp'] = r.d(); u['hp'] = r.d(); u['max_mp'] = r.d(); u['mp'] = r.d()
    u['sp'] = r.d(); u['load'] = r.d(); u['max_load'] = r.d(); u['weapon_flag'] = r.d()
    u['item_oids'] = [r.d() for _ in range(17)]; u['item_ids'] = [r.d() for _ in range(17)]
    aug = zeros(r, 14, 'UI#60-73', 'h') + [r.d()] + zeros(r, 12, 'UI#75-86', 'h') + [r.d()] + zeros(r, 4, 'UI#88-91', 'h')
    u['patk'], u['aspd'], u['pdef'], u['evasion'], u['accuracy'], u['crit'], u['matk'], u['cspd'], u['aspd2'], u['mdef'] = [r.d() for _ in range(10)]
    u['pvp'] = r.d(); u['karma'] = r.d(); u['speeds'] = [r.d() for _ in range(8)]
    u['move_mul'] = r.f(); u['atk_mul'] = r.f(); u['col_r'] = r.f(); u['col_h'] = r.f()
    u['hair_style'] = r.d(); u['hair_color'] = r.d(); u['face'] = r.d(); u['gm'] = r.d()
    need(r.o - nameoff == 412, 'UserInfo: title not at [after name]+412 (%d)' % (r.o - nameoff))
    u['title'] = r.S(); t0 = r.o
    u['clan'], u['crest'], u['ally'], u['ally_crest'], u['relation'] = [r.d() for _ in range(5)]
    u['mount'] = r.c(); u['store'] = r.c(); u['craft'] = r.c(); u['pk'] = r.d(); u['pvpk'] = r.d()
    nc = r.h(); need(0 <= nc <= 10, 'cubics %d' % nc); u['cubics'] = [r.h() for _ in range(nc)]
    need(r.o - t0 == 33 + 2 * nc, 'UserInfo title block size')
    c0 = r.o
    u['party_room'] = r.c(); u['abnormal'] = r.d(); u['water'] = r.c(); u['privs'] = r.d(); u['rec_left'] = r.h(); u['rec_have'] = r.h()
    u['mount_npc'] = r.d(); u['inv_limit'] = r.h(); u['class'] = r.d(); zeros(r, 1, 'UI#142'); u['max_cp'] = r.d(); u['cp'] = r.d()
    u['enchant'] = r.c(); u['team'] = r.c(); u['crest_large'] = r.d(); u['noble'] = r.c(); u['hero'] = r.c(); u['fishing'] = r.c()
    u['fish'] = (r.d(), r.d(), r.d()); u['name_color'] = r.d(); u['running'] = r.c(); u['pledge_class'] = r.d(); u['pledge_type'] = r.d()
    u['title_color'] = r.d(); u['cursed'] = r.d()
    need(r.o - c0 == 78, 'UserInfo tail size %d' % (r.o - c0)); r.end()
    nb = 2 * (len(u['name']) + 1); tb = 2 * (len(u['title']) + 1)
    need(len(b) == 1 + 20 + nb + 412 + tb + 33 + 2 * nc + 78, 'UserInfo total size formula')
    need(u['hp'] > 0 and u['hp'] <= u['max_hp'] and 0 <= u['mp'] <= u['max_mp'] and 0 <= u['cp'] <= u['max_cp'] and u['max_cp'] > 0, 'hp/mp/cp %r' % u)
    need(u['aspd'] == u['aspd2'] and u['aspd'] > 0 and u['cspd'] > 0 and u['patk'] > 0 and u['pdef'] > 0, 'combat stats')
    need(u['speeds'][0] > u['speeds'][1] > 0 and u['speeds'][2] > 0 and u['speeds'][3] > 0, 'speeds %r' % u['speeds'])
    need(0.5 < u['move_mul'] < 3 and 0.5 < u['atk_mul'] < 3 and 5 <= u['col_r'] <= 30 and 10 <= u['col_h'] <= 40, 'multipliers/collision')
    need(u['weapon_flag'] == (40 if u['item_ids'][7] else 20), 'weapon flag %d vs rhand %d' % (u['weapon_flag'], u['item_ids'][7]))
    need(u['item_ids'][7] == u['item_ids'][14], 'rhand twice'); need(u['gm'] == 0 and u['vehicle'] == 0, 'gm/vehicle')
    need(u['inv_limit'] in (80, 100), 'inventory limit %d' % u['inv_limit']); need(u['running'] in (0, 1), 'running')
    need(u['max_load'] > 0 and 0 <= u['load'] <= u['max_load'], 'load'); need(u['name_color'] == 0xFFFFFF, 'name colour 0x%X' % u['name_color'])
    need(u['class'] == u['base_class'], 'class'); need(u['mount'] == 0 and u['store'] == 0 and u['mount_npc'] == 0, 'mount/store')
    return u

def parse_char_info(b):
    r = R(b, 'CharInfo'); need(r.c() == 0x03, 'opcode'); u = {}
    u['xyz'] = (r.d(), r.d(), r.d()); u['vehicle'] = r.d(); u['oid'] = r.d(); u['name'] = r.S(); n0 = r.o
    u['race'] = r.d(); u['sex'] = r.d(); u['base_class'] = r.d(); u['item_ids'] = [r.d() for _ in range(12)]
    zeros(r, 4, 'CI aug', 'h'); r.d(); zeros(r, 12, 'CI aug', 'h'); r.d(); zeros(r, 4, 'CI aug', 'h')
    u['pvp'] = r.d(); u['karma'] = r.d(); u['cspd'] = r.d(); u['aspd'] = r.d(); u['pvp2'] = r.d(); u['karma2'] = r.d()
    u['speeds'] = [r.d() for _ in range(8)]; u['move_mul'] = r.f(); u['atk_mul'] = r.f(); u['col_r'] = r.f(); u['col_h'] = r.f()
    u['hair_style'] = r.d(); u['hair_color'] = r.d(); u['face'] = r.d()
    need(r.o - n0 == 208, 'CharInfo title offset %d' % (r.o - n0))
    u['title'] = r.S(); t0 = r.o
    u['clan'], u['crest'], u['ally'], u['ally_crest'], u['relation'] = [r.d() for _ in range(5)]
    u['standing'] = r.c(); u['running'] = r.c(); u['combat'] = r.c(); u['dead'] = r.c(); u['invisible'] = r.c()
    u['mount'] = r.c(); u['store'] = r.c(); nc = r.h(); need(0 <= nc <= 10, 'cubics'); u['cubics'] = [r.h() for _ in range(nc)]
    need(r.o - t0 == 29 + 2 * nc, 'CharInfo title block'); c0 = r.o
    u['party_room'] = r.c(); u['abnormal'] = r.d(); u['rec_left'] = r.c(); u['rec_have'] = r.h(); u['class'] = r.d()
    u['max_cp'] = r.d(); u['cp'] = r.d(); u['enchant'] = r.c(); u['team'] = r.c(); u['crest_large'] = r.d()
    u['noble'] = r.c(); u['hero'] = r.c(); u['fishing'] = r.c(); u['fish'] = (r.d(), r.d(), r.d()); u['name_color'] = r.d()
    u['heading'] = r.d(); u['pledge_class'] = r.d(); u['pledge_type'] = r.d(); u['title_color'] = r.d(); u['cursed'] = r.d()
    need(r.o - c0 == 65, 'CharInfo tail size'); r.end()
    need(len(b) == 21 + 2 * (len(u['name']) + 1) + 208 + 2 * (len(u['title']) + 1) + 29 + 2 * nc + 65, 'CharInfo size formula')
    need(u['pvp'] == u['pvp2'] and u['karma'] == u['karma2'], 'pvp/karma twice'); need(u['relation'] == 0, 'relation 0')
    need(u['standing'] == 1 and u['dead'] == 0 and u['invisible'] == 0 and u['running'] in (0, 1), 'flags %r' % u)
    need(u['speeds'][0] > u['speeds'][1] > 0 and 0.5 < u['move_mul'] < 3 and 5 <= u['col_r'] <= 30, 'speeds/collision')
    need(0 <= u['heading'] <= 65535 and u['class'] == u['base_class'] and u['max_cp'] > 0 and u['item_ids'][2] == u['item_ids'][9], 'misc %r' % u)
    return u

def parse_burst(packets, ui):
    """Strict parse of the world-entry packets (game-handshake.md §6.4, world-session-party.md §1.3/§2.2)."""
    seen = []
    for b in packets:
        op = b[0]; r = R(b, 'burst 0x%02X' % op); r.c()
        if op == 0xFE:
            sub = r.uh(); name = 'FE:%04X' % sub
            if sub == 0x1B:
                n = r.d(); need(n == 9, 'ExSendManorList count %d' % n)
                castles = [(r.d(), r.S()) for _ in range(n)]
                need(castles[0] == (1, 'gludio') and castles[8] == (9, 'schuttgart'), 'manor list %r' % castles)
            elif sub == 0x2E:
                vals = [r.d() for _ in range((len(b) - 3) // 4)]
                need(len(vals) in (7, 9) and vals[0] == ui['inv_limit'], 'ExStorageMaxCount %r' % vals)
            else:
                r.raw(len(b) - 3)
        elif op == 0xE7:
            name = 'SendMacroList'; r.d(); r.c(); cnt = r.c(); more = r.c(); need(cnt == 0 and more == 0, 'macros')
        elif op == 0x1B:
            name = 'ItemList'; r.h(); n = r.h(); eq = {}
            for _ in range(n):
                t1 = r.h(); oid = r.d(); iid = r.d(); cnt = r.d(); t2 = r.h(); c1 = r.h(); equipped = r.h(); mask = r.d()
                ench = r.h(); c2 = r.h(); aug = r.d(); mana = r.d()
                need(oid > 0 and iid > 0 and cnt > 0 and equipped in (0, 1), 'item %r' % ((oid, iid, cnt, equipped),))
                if equipped: eq[oid] = iid
            worn = {o: i for o, i in zip(ui['item_oids'], ui['item_ids']) if o}
            need(eq == worn, 'ItemList equipped %r vs UserInfo paperdoll %r' % (eq, worn))
        elif op == 0x45:
            name = 'ShortCutInit'; n = r.d()
            for _ in range(n):
                t = r.d(); r.d()
                if t == 1: r.d(); r.d(); r.d(); r.d(); r.d(); r.h(); r.h()
                elif t == 2: r.d(); r.d(); r.c(); r.d()
                else: need(t in (3, 4, 5), 'shortcut type %d' % t); r.d(); r.d()
        elif op == 0x58:
            name = 'SkillList'; n = r.d()
            for _ in range(n):
                pas = r.d(); lvl = r.d(); sid = r.d(); dis = r.c(); need(pas in (0, 1) and lvl >= 1 and sid > 0 and dis in (0, 1), 'skill')
        elif op == 0xE4:
            name = 'HennaInfo'; [r.c() for _ in range(6)]; need(r.d() == 3, 'henna slots'); n = r.d(); [(r.d(), r.d()) for _ in range(n)]
        elif op == 0x80:
            name = 'QuestList'; n = r.h(); [(r.d(), r.d()) for _ in range(n)]
        elif op == 0x0E:
            name = 'StatusUpdate'; need(r.d() == ui['oid'], 'StatusUpdate oid'); n = r.d(); attrs = dict((r.d(), r.d()) for _ in range(n))
            for k, v in ((0x0A, ui['max_hp']), (0x0C, ui['max_mp']), (0x22, ui['max_cp'])):
                need(attrs.get(k, v) == v, 'StatusUpdate 0x%02X = %r, UserInfo %r' % (k, attrs.get(k), v))
        elif op == 0x7F:
            name = 'AbnormalStatusUpdate'; n = r.h(); [(r.d(), r.h(), r.d()) for _ in range(n)]
        elif op == 0xF3:
            name = 'EtcStatusUpdate'; [r.d() for _ in range(7)]
        elif op == 0xFA:
            name = 'FriendList'; n = r.d()
            for _ in range(n): r.d(); r.S(); r.d(); r.d()
        elif op == 0x64:
            name = 'SystemMessage'; mid = r.d(); n = r.d()
            for _ in range(n):
                t = r.d()
                if t == 0 or t == 12: r.S()
                elif t == 4: r.d(); r.d()
                elif t == 7: r.d(); r.d(); r.d()
                elif t == 6: r.q()
                else: r.d()
            need(mid > 0, 'message id')
        elif op == 0xC1:
            name = 'SkillCoolTime'; n = r.d(); [(r.d(), r.d(), r.d(), r.d()) for _ in range(n)]
        elif op == 0x61:
            name = 'ValidateLocation'; v = [r.d() for _ in range(5)]
            need(v[0] == ui['oid'] and tuple(v[1:4]) == ui['xyz'] and 0 <= v[4] <= 65535, 'ValidateLocation %r' % v)
        elif op == 0x25:
            name = 'ActionFailed'
        elif op in (0x03, 0x16, 0x0B, 0xCE, 0x01, 0x12, 0x47, 0x2F):
            name = 'world 0x%02X' % op; r.raw(len(b) - 1)  # surroundings: CharInfo/NpcInfo/... parsed elsewhere
        else:
            name = 'unknown 0x%02X' % op; r.raw(len(b) - 1)
        r.end(); seen.append(name)
    return seen

# ---------------------------------------------------------------- game client
class GameClient:
    def __init__(self, tag, host, port, account, lc):
        self.tag = tag; self.account = account; self.lc = lc; self.backlog = []
        self.s = socket.create_connection((host, port), timeout=10); self.enc = self.dec = None
        self.send(b'\x00' + struct.pack('<i', 746))
        self.key = parse_key_packet(read_frame(self.s))  # always plaintext
        if self.key['encrypt']:
            self.enc = GameCipher(self.key['key']); self.dec = GameCipher(self.key['key'])
    def send(self, body):
        if self.enc: body = self.enc.encrypt(body)
        self.s.sendall(struct.pack('<H', len(body) + 2) + body)
    def recv(self, timeout=10):
        self.s.settimeout(timeout); b = read_frame(self.s)
        return self.dec.decrypt(b) if self.dec else b
    def expect(self, op, timeout=10, skip=False):
        """Next packet must have opcode op (skip=True: ignore others until it arrives, keeping them in backlog)."""
        for i, b in enumerate(self.backlog):
            if b[0] == op: return self.backlog.pop(i)
        deadline = time.time() + timeout
        while True:
            b = self.recv(max(0.1, deadline - time.time()))
            if b[0] == op: return b
            need(skip, '%s: expected 0x%02X, got 0x%02X (%s)' % (self.tag, op, b[0], b[:24].hex()))
            self.backlog.append(b)
    def drain(self, secs):
        end = time.time() + secs
        try:
            while time.time() < end: self.backlog.append(self.recv(max(0.05, end - time.time())))
        except (socket.timeout, TimeoutError): pass
    def auth(self):
        self.send(b'\x08' + self.account.encode('utf-16-le') + b'\0\0' + struct.pack('<5i', self.lc.play2, self.lc.play1, self.lc.ok1, self.lc.ok2, 1))
        return parse_char_selection(self.expect(0x13), self.account, self.lc.play1)
    def create(self, name, cls, sex=0, hs=1, hc=2, face=1, race=None):
        race = race if race is not None else dict((c, r) for r, c in BASE).get(cls, 0)
        self.send(b'\x0B' + name.encode('utf-16-le') + b'\0\0' + struct.pack('<12i', race, sex, cls, 21, 40, 43, 25, 30, 11, hs, hc, face))
        b = self.recv()
        if b[0] == 0x1A:
            r = R(b, 'CharCreateFail'); r.c(); v = r.d(); r.end(); return ('fail', v)
        need(b == b'\x19' + struct.pack('<i', 1), 'CharCreateOk bytes %s' % b.hex())
        return ('ok', parse_char_selection(self.expect(0x13), self.account, self.lc.play1))

def login_game(login_port, account, tag):
    lc = LoginClient(login_port); ip, port = lc.full_login(account, 'pw' + account[-6:])
    return GameClient(tag, ip, port, account, lc)

def enter(gc, slot, name):
    gc.send(b'\x0D' + struct.pack('<ihiii', slot, 0, 0, 0, 0))
    cs = parse_char_selected(gc.expect(0x15), name, gc.lc.play1)
    gc.send(b'\x9D'); gc.send(b'\xD0\x08\x00')  # tolerated before EnterWorld (world-session-party.md §1.1)
    gc.send(b'\x03' + b'\0' * 104)
    ui = parse_user_info(gc.expect(0x04, skip=True))
    return cs, ui

def main():
    args = sys.argv[1:]
    if not args or args[0] in ('-h', '--help') or not args[0].isdigit():
        print('usage: game_check.py LOGIN_PORT [--expect-encryption on|off]\n'
              '  LOGIN_PORT  client port of a running shard whose login server auto-creates accounts\n'
              '              (e.g. ADEN_LOGIN_AUTO_CREATE=true ./run.sh --login-port 13106 ...); the game server is taken\n'
              '              from the server list. --expect-encryption asserts the KeyPacket flag.',
              file=sys.stdout if args and args[0] in ('-h', '--help') else sys.stderr)
        sys.exit(0 if args and args[0] in ('-h', '--help') else 2)
    lport = int(args[0]); want = args[2] if len(args) >= 3 and args[1] == '--expect-encryption' else None
    ok('Blowfish vectors, game cipher §2.5 vector')
    sfx = '%06d' % random.randrange(10**6); accA, accB = 'pya' + sfx, 'pyb' + sfx
    nameA, nameB = 'Pya' + sfx, 'Pyb' + sfx
    A = login_game(lport, accA, 'A')
    need(want is None or A.key['encrypt'] == (1 if want == 'on' else 0), 'encryption flag %d, expected %s' % (A.key['encrypt'], want))
    ok('KeyPacket (23 bytes, flag %d, server id %d)' % (A.key['encrypt'], A.key['server_id']))
    chars = A.auth(); need(chars == [], 'fresh account has characters: %r' % chars); ok('AuthLogin -> CharSelectionInfo (empty)')
    A.send(b'\x0E'); parse_new_char_success(A.expect(0x17)); ok('NewCharacterSuccess (9 templates x 20 ints)')
    # failures (game-handshake.md §4.4 / §5.6)
    need(A.create('P' * 17, 0) == ('fail', 3), 'name of 17 chars -> reason 3'); ok('CharCreateFail 3 (name too long)')
    need(A.create('', 0) == ('fail', 3), 'empty name -> 3'); ok('CharCreateFail 3 (empty name)')
    need(A.create('Bad Name!', 0) == ('fail', 4), 'bad chars -> 4'); ok('CharCreateFail 4 (incorrect name)')
    need(A.create(nameA, 0, face=3) == ('fail', 0), 'face 3 -> 0'); ok('CharCreateFail 0 (face out of range)')
    need(A.create(nameA, 0, sex=0, hs=5) == ('fail', 0), 'male hair style 5 -> 0'); ok('CharCreateFail 0 (male hair style 5)')
    need(A.create(nameA, 1) == ('fail', 0), 'class 1 -> 0'); ok('CharCreateFail 0 (not a base class)')
    res = A.create(nameA, 0, sex=0, hs=2, hc=1, face=2)
    need(res[0] == 'ok', 'create %r' % (res,)); e = res[1]; need(len(e) == 1, 'one char')
    e = e[0]; need((e['name'], e['race'], e['base_class'], e['class'], e['sex'], e['hair_style'], e['hair_color'], e['face'], e['level'], e['exp'])
                   == (nameA, 0, 0, 0, 0, 2, 1, 2, 1, 0), 'created entry %r' % e)
    ok('CharCreateOk + CharSelectionInfo (every field, human fighter %s)' % nameA)
    need(A.create(nameA, 10) == ('fail', 2), 'duplicate -> 2'); ok('CharCreateFail 2 (name exists)')
    res = A.create('Pyz' + sfx, 25, sex=1, hs=6, hc=3, face=0); need(res[0] == 'ok', 'elf mystic %r' % (res,))
    z = [x for x in res[1] if x['name'] == 'Pyz' + sfx][0]
    need((z['race'], z['class'], z['sex'], z['hair_style']) == (1, 25, 1, 6), 'elf entry %r' % z); ok('female elven mystic created (hair style 6)')
    need([x['name'] for x in res[1]] == [nameA, 'Pyz' + sfx], 'creation order %r' % [x['name'] for x in res[1]]); ok('creation order')
    # delete / restore slot 1
    A.send(b'\x0C' + struct.pack('<i', 1)); b = A.recv()
    need(b == b'\x23', 'CharDeleteSuccess bytes %s' % b.hex()); lst = parse_char_selection(A.expect(0x13), accA, A.lc.play1)
    if len(lst) == 2:
        need(lst[1]['delete_secs'] > 0 and lst[0]['delete_secs'] == 0, 'marked %r' % [x['delete_secs'] for x in lst])
        ok('CharDeleteSuccess + CharSelectionInfo (marked, %d s left)' % lst[1]['delete_secs'])
        A.send(b'\x62' + struct.pack('<i', 1)); lst = parse_char_selection(A.expect(0x13), accA, A.lc.play1)
        need(lst[1]['delete_secs'] == 0, 'restored'); ok('CharacterRestore -> CharSelectionInfo (cleared)')
    else:
        need(len(lst) == 1, 'deleted'); ok('CharDeleteSuccess (deleted at once)')
    csA, uiA = enter(A, 0, nameA)
    ok('CharSelected (73 fields, %s at %r)' % (csA['name'], csA['xyz']))
    need((uiA['name'], uiA['oid'], uiA['race'], uiA['sex'], uiA['base_class'], uiA['hair_style'], uiA['hair_color'], uiA['face'])
         == (nameA, csA['oid'], 0, 0, 0, 2, 1, 2), 'UserInfo identity %r' % uiA)
    need(all(abs(a - b) < 300 for a, b in zip(uiA['xyz'], csA['xyz'])), 'UserInfo position %r vs %r' % (uiA['xyz'], csA['xyz']))
    need(uiA['stats'] == [csA['stats'][i] for i in (1, 4, 2, 0, 5, 3)], 'stats order UI %r vs CS %r' % (uiA['stats'], csA['stats']))
    need(uiA['stats'] == [40, 30, 43, 21, 11, 25], 'human fighter base stats %r' % uiA['stats'])
    need(abs(uiA['xyz'][0] + 71338) < 5000 and abs(uiA['xyz'][1] - 258271) < 5000, 'not near Talking Island start %r' % (uiA['xyz'],))
    need((e['max_hp'], e['max_mp']) == (uiA['max_hp'], uiA['max_mp']),
         'CharSelectionInfo max HP/MP %r differ from UserInfo %r' % ((e['max_hp'], e['max_mp']), (uiA['max_hp'], uiA['max_mp'])))
    ok('UserInfo (159 fields, %s oid %d hp %d/%d at %r)' % (uiA['name'], uiA['oid'], uiA['hp'], uiA['max_hp'], uiA['xyz']))
    A.drain(1.0); ops = [x[0] for x in A.backlog]
    names = parse_burst(A.backlog, uiA); A.backlog = [x for x in A.backlog if x[0] in (0x03, 0x01, 0x12)]
    ok('burst parsed strictly: ' + ', '.join(names))
    for want_op in (0x1B, 0x45, 0x58):
        need(want_op in ops, 'burst lacks 0x%02X (got %s)' % (want_op, ' '.join('%02X' % o for o in ops)))
    ok('world-entry burst: ' + ' '.join('%02X' % o for o in ops))
    # second client
    B = login_game(lport, accB, 'B'); B.auth()
    res = B.create(nameB, 0, hs=0, hc=0, face=0); need(res[0] == 'ok', 'B create')
    for i in range(6):
        need(B.create(nameB + 'abcdef'[i], 0)[0] == 'ok', 'B create %d' % i)
    need(B.create(nameB + 'g', 0) == ('fail', 1), 'an 8th character -> reason 1'); ok('CharCreateFail 1 (7 characters already)')
    csB, uiB = enter(B, 0, nameB); ok('second client in game (%s)' % nameB)
    ciB = parse_char_info(A.expect(0x03, skip=True, timeout=5))
    need((ciB['oid'], ciB['name'], ciB['race'], ciB['base_class'], ciB['sex']) == (uiB['oid'], nameB, 0, 0, 0), 'CharInfo of B %r' % ciB)
    need(all(abs(a - b) < 300 for a, b in zip(ciB['xyz'], uiB['xyz'])), 'CharInfo position')
    need(ciB['speeds'] == uiB['speeds'] and ciB['max_cp'] == uiB['max_cp'], 'CharInfo vs UserInfo speeds/cp')
    ok('A sees B: CharInfo (every field)')
    ciA = parse_char_info(B.expect(0x03, skip=True, timeout=5))
    need((ciA['oid'], ciA['name'], ciA['hair_style'], ciA['face']) == (uiA['oid'], nameA, 2, 2), 'CharInfo of A %r' % ciA)
    ok('B sees A: CharInfo (every field)')
    # move B
    x, y, zz = uiB['xyz']
    B.send(b'\x01' + struct.pack('<7i', x + 120, y + 80, zz, x, y, zz, 1))
    for who in (A, B):
        while True:
            m = who.expect(0x01, skip=True, timeout=5)
            r = R(m, 'MoveToLocation'); r.c(); v = [r.d() for _ in range(7)]; r.end()
            if v[0] == uiB['oid']: break
        need(abs(v[1] - (x + 120)) <= 1 and abs(v[2] - (y + 80)) <= 1 and abs(v[4] - x) < 50 and abs(v[5] - y) < 50, 'MoveToLocation %r' % v)
    ok('MoveToLocation to both (29 bytes, dest then origin)')
    # chat A -> all
    text = 'hello from %s' % nameA
    A.send(b'\x38' + text.encode('utf-16-le') + b'\0\0' + struct.pack('<i', 0))
    for who in (B, A):
        m = who.expect(0x4A, skip=True, timeout=5); r = R(m, 'CreatureSay'); r.c()
        v = (r.d(), r.d(), r.S(), r.S()); r.end(); need(v == (uiA['oid'], 0, nameA, text), 'CreatureSay %r' % (v,))
    ok('CreatureSay (sender, type 0, name, text) to both')
    # B leaves
    B.send(b'\x09'); b = B.expect(0x7E, skip=True, timeout=5); need(b == b'\x7E', 'LeaveWorld bytes %s' % b.hex())
    try:
        B.s.settimeout(5); need(B.s.recv(1) == b'', 'B not closed')
    except ConnectionResetError: pass
    ok('Logout -> LeaveWorld, connection closed')
    while True:
        m = A.expect(0x12, skip=True, timeout=5); r = R(m, 'DeleteObject'); r.c(); oid = r.d(); flag = r.d(); r.end()
        if oid == uiB['oid']: break
    need(flag in (0, 1), 'DeleteObject flag'); ok('DeleteObject of B to A (9 bytes)')
    # A back to the selection screen
    A.send(b'\x46'); b = A.expect(0x5F, skip=True); need(b == b'\x5F' + struct.pack('<i', 1), 'RestartResponse %s' % b.hex())
    lst = parse_char_selection(A.expect(0x13, skip=True), accA, A.lc.play1)
    need(lst[0]['name'] == nameA and lst[0]['selected'] == 1, 'last played pre-selected %r' % [(x['name'], x['selected']) for x in lst])
    ok('RequestRestart -> RestartResponse 1 + CharSelectionInfo')
    A.send(b'\x09'); A.s.settimeout(5)
    try: rest = A.s.recv(64)
    except ConnectionResetError: rest = b''
    print('ALL %d CHECKS PASSED (encryption %s)' % (len(PASSED), 'on' if A.key['encrypt'] else 'off'))

if __name__ == '__main__':
    try: main()
    except (Check, AssertionError) as e:
        print('FAIL:', e); sys.exit(1)
