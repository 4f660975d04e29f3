// The Aden web console. Plain script, no build step. Text from the server (names, log lines) is only ever set
// as textContent, never as HTML; the server's Content-Security-Policy forbids inline scripts anyway.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const TILE = 32768;
const HISTORY = 90; // samples kept for the charts (one per poll)
const POLL_MS = 2000;

let csrf = null;
let administrator = false;
let timer = null;
let lastLog = 0;
let previous = null;
let towns = [];
const ticks = [];
const packets = [];

const $ = (id) => document.getElementById(id);

function say(text, isError) {
  const m = $("message");
  m.textContent = text || "";
  m.className = isError ? "error" : "";
}

async function api(path, form) {
  const init = { credentials: "same-origin", headers: {} };
  if (form) {
    init.method = "POST";
    init.body = new URLSearchParams(form);
    init.headers["Content-Type"] = "application/x-www-form-urlencoded";
    if (csrf) init.headers["X-CSRF-Token"] = csrf;
  }
  const res = await fetch(path, init);
  let body = {};
  try { body = await res.json(); } catch (e) { /* empty reply */ }
  if (res.status === 401 && path !== "/api/login") {
    showLogin();
    throw new Error(body.error || "Not logged in.");
  }
  if (!res.ok) throw new Error(body.error || ("HTTP " + res.status));
  return body;
}

function showLogin() {
  csrf = null;
  if (timer) { clearInterval(timer); timer = null; }
  $("main-view").hidden = true;
  $("logout").hidden = true;
  $("who").textContent = "";
  $("login-view").hidden = false;
  $("account").focus();
}

function showMain(session) {
  csrf = session.csrf;
  administrator = session.administrator;
  $("login-view").hidden = true;
  $("main-view").hidden = false;
  $("logout").hidden = false;
  $("who").textContent = session.account + " (access level " + session.accessLevel + ")";
  $("server-control").hidden = !administrator;
  api("/api/towns").then((t) => { towns = t.towns; refresh(); }).catch(() => { /* the map works without them */ });
  refresh();
  timer = setInterval(refresh, POLL_MS);
}

async function refresh() {
  try {
    const [players, stats, log] = await Promise.all([
      api("/api/players"), api("/api/stats"), api("/api/log?after=" + lastLog)]);
    drawMap(players);
    listPlayers(players.players);
    chart(stats);
    appendLog(log.lines);
    $("countdown-state").textContent = stats.countdown ? "A countdown is running." : "";
  } catch (e) {
    if (csrf) say(e.message, true);
  }
}

function el(name, attrs, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The part of the world shown: all of it, or (with "zoom to players") the players with a margin. */
function viewOf(data) {
  const b = data.bounds;
  const all = { x: b.minX, y: b.minY, w: b.maxX - b.minX, h: b.maxY - b.minY };
  if (!$("map-fit").checked || data.players.length === 0) return all;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of data.players) {
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
  }
  const span = Math.max(20000, x1 - x0, y1 - y0) * 1.3;
  return { x: (x0 + x1 - span) / 2, y: (y0 + y1 - span) / 2, w: span, h: span };
}

function drawMap(data) {
  const b = data.bounds;
  const v = viewOf(data);
  const scale = Math.max(v.w, v.h);
  const map = $("world-map");
  map.setAttribute("viewBox", [v.x, v.y, v.w, v.h].join(" "));
  map.replaceChildren();
  for (let x = b.minX; x < b.maxX; x += TILE) {
    for (let y = b.minY; y < b.maxY; y += TILE) {
      map.appendChild(el("rect", { class: "tile", x: x, y: y, width: TILE, height: TILE }));
    }
  }
  for (const t of towns) {
    const size = scale / 200;
    map.appendChild(el("rect", { class: "town", x: t.x - size / 2, y: t.y - size / 2, width: size, height: size }));
    map.appendChild(el("text", {
      class: "town-label", x: t.x + size, y: t.y - size, "font-size": scale / 70 }, t.name));
  }
  for (const p of data.players) {
    const dot = el("circle", {
      class: "dot player-dot" + (p.connected ? "" : " lost"),
      cx: p.x, cy: p.y, r: scale / 240, "data-name": p.name });
    dot.appendChild(el("title", {}, p.name + " (" + p.x + ", " + p.y + ", " + p.z + ")"));
    map.appendChild(dot);
    map.appendChild(el("text", {
      class: "label", x: p.x + scale / 150, y: p.y + scale / 200, "font-size": scale / 55 }, p.name));
  }
  $("online-count").textContent = "— " + data.players.length + " online";
}

function button(label, cls, name, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = cls;
  b.textContent = label;
  b.dataset.name = name;
  b.addEventListener("click", onClick);
  return b;
}

function listPlayers(players) {
  const body = $("players").tBodies[0];
  body.replaceChildren();
  for (const p of players) {
    const tr = body.insertRow();
    tr.dataset.name = p.name;
    tr.insertCell().textContent = p.name + (p.connected ? "" : " (link lost)");
    tr.insertCell().textContent = p.account;
    tr.insertCell().textContent = p.level;
    tr.insertCell().textContent = p.x + ", " + p.y + ", " + p.z;
    const actions = tr.insertCell();
    actions.appendChild(button("Kick", "kick", p.name, () => act("Kick " + p.name + "?", "/api/kick", { name: p.name })));
    actions.appendChild(button("Ban", "ban", p.name, () => {
      const length = $("ban-length").value;
      act("Ban the account of " + p.name + (length ? " for " + length : " permanently") + "?", "/api/ban",
        { name: p.name, length: length, reason: $("ban-reason").value });
    }));
  }
}

async function act(question, path, form) {
  if (question && !confirm(question)) return;
  try {
    const r = await api(path, form);
    say(r.message, false);
    refresh();
  } catch (e) {
    say(e.message, true);
  }
}

function chart(stats) {
  ticks.push([stats.tickP50, stats.tickP99]);
  if (previous && stats.time > previous.time) {
    const s = (stats.time - previous.time) / 1000;
    packets.push([(stats.packetsIn - previous.packetsIn) / s, (stats.packetsOut - previous.packetsOut) / s]);
  }
  previous = stats;
  while (ticks.length > HISTORY) ticks.shift();
  while (packets.length > HISTORY) packets.shift();
  plot($("tick-chart"), ticks);
  plot($("packet-chart"), packets);
  $("tick-now").textContent = "now " + stats.tickP50.toFixed(1) + " / " + stats.tickP99.toFixed(1) +
    " ms, max " + stats.tickMax.toFixed(1) + " ms, " + stats.queued + " queued";
  const last = packets[packets.length - 1];
  $("packets-now").textContent = last ? "now " + last[0].toFixed(0) + " in / " + last[1].toFixed(0) + " out" : "";
}

function plot(canvas, series) {
  const g = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height;
  g.clearRect(0, 0, w, h);
  let max = 1;
  for (const s of series) max = Math.max(max, s[0], s[1]);
  g.fillStyle = "#8b95a3";
  g.font = "11px sans-serif";
  g.fillText(max.toFixed(max < 10 ? 1 : 0), 4, 12);
  const colours = ["#4fd18b", "#e0a050"];
  for (let k = 0; k < 2; k++) {
    g.strokeStyle = colours[k];
    g.beginPath();
    series.forEach((s, i) => {
      const x = (i / (HISTORY - 1)) * w;
      const y = h - (s[k] / max) * (h - 16);
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    });
    g.stroke();
  }
}

function appendLog(lines) {
  if (!lines.length) return;
  const pre = $("log");
  const atBottom = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  for (const l of lines) {
    pre.appendChild(document.createTextNode(l.text + "\n"));
    lastLog = l.seq;
  }
  while (pre.childNodes.length > 1000) pre.removeChild(pre.firstChild);
  if (atBottom) pre.scrollTop = pre.scrollHeight;
}

function countdown(mode) {
  const seconds = $("countdown-seconds").value;
  act((mode === "restart" ? "Restart" : "Shut down") + " the server in " + seconds + " s?", "/api/shutdown",
    { seconds: seconds, mode: mode });
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    $("login-error").textContent = "";
    try {
      const s = await api("/api/login", { account: $("account").value, password: $("password").value });
      $("password").value = "";
      say("", false);
      showMain(s);
    } catch (e) {
      $("login-error").textContent = e.message;
    }
  });
  $("logout").addEventListener("click", async () => {
    try { await api("/api/logout", {}); } catch (e) { /* logged out anyway */ }
    showLogin();
  });
  $("announce-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    act(null, "/api/announce", { text: $("announce-text").value }).then(() => { $("announce-text").value = ""; });
  });
  $("shutdown").addEventListener("click", () => countdown("shutdown"));
  $("restart").addEventListener("click", () => countdown("restart"));
  $("abort").addEventListener("click", () => act(null, "/api/abort", {}));
  $("map-fit").addEventListener("change", refresh);
  api("/api/session").then(showMain).catch(showLogin);
});
