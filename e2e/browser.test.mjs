// End-to-end test of the Neo4j Browser style and guide (docs/browser), in
// headless Debian Chromium driven by playwright-core. Run it with `make e2e`
// (or e2e/run), which installs Chromium and the npm package, starts Neo4j
// with the Browser settings and the style/guide server, and loads the seeds.
//
// It logs in to Browser, checks that the post-connect commands applied the
// style and opened the guide, runs the guide's retaliation-chains graph query
// by clicking it, and checks the rendered graph against the database (node
// count), style.grass (colour, caption) and the data (an Event caption).
// Then it draws a graph view with actors and takes a screenshot of it.
//
// Settings (environment): EVENTGRAPH_NEO4J_HTTP_PORT (7474),
// EVENTGRAPH_NEO4J_PASSWORD (eventgraph), EVENTGRAPH_BROWSER_URL
// (http://127.0.0.1:7475, where `eventgraph browser` serves), CHROMIUM
// (/usr/bin/chromium), EVENTGRAPH_E2E_SCREENSHOT (where the screenshot goes,
// relative to the repository: e2e/out/browser-screenshot.png; set it to
// docs/browser-screenshot.png to renew the README's picture, from a graph of
// the seeds alone), EVENTGRAPH_E2E_TIMEOUT (seconds per step, 60).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const env = process.env;
const neo4jHTTP = `http://127.0.0.1:${env.EVENTGRAPH_NEO4J_HTTP_PORT || '7474'}`;
const password = env.EVENTGRAPH_NEO4J_PASSWORD || 'eventgraph';
const assets = (env.EVENTGRAPH_BROWSER_URL || 'http://127.0.0.1:7475').replace(/\/$/, '');
const chromiumPath = env.CHROMIUM || '/usr/bin/chromium';
const screenshotPath = path.resolve(repo, env.EVENTGRAPH_E2E_SCREENSHOT || path.join('e2e', 'out', 'browser-screenshot.png'));
const stepTimeout = 1000 * Number(env.EVENTGRAPH_E2E_TIMEOUT || 60);
const outDir = path.join(here, 'out');

// Browser's "initial node display" setting: it draws at most this many nodes.
const maxDrawnNodes = 300;

// The query the guide's first slide offers; the test clicks it.
const chainsQuery = 'MATCH p = (:Event)-[:RETALIATION_FOR*1..12]->(:Event)\nRETURN p LIMIT 100';
// The graph view drawn for the screenshot (third slide of the guide).
const viewStart = 'MATCH link = (:Event)-[:RETALIATION_FOR]->(:Event)';

class Failure extends Error {}
const fail = (msg) => { throw new Failure(msg); };

let currentStep = 'start';
const t0 = Date.now();
const log = (msg) => console.log(`e2e: ${msg}`);

async function step(name, fn) {
  currentStep = name;
  const start = Date.now();
  const result = await fn();
  log(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

// retry polls fn until it returns a truthy value, or fails with what.
async function retry(what, fn, timeout = stepTimeout) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      fail(`${what} within ${timeout / 1000} s${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

// readStyle reads the rules of style.grass: selector -> {property: value}.
function readStyle() {
  const text = fs.readFileSync(path.join(repo, 'docs', 'browser', 'style.grass'), 'utf8');
  const rules = {};
  for (const m of text.matchAll(/([\w.]+)\s*\{([^}]*)\}/g)) {
    rules[m[1]] = Object.fromEntries(
      m[2].split(';').map((d) => d.split(':').map((s) => s.trim().replace(/^"|"$/g, ''))).filter((d) => d.length === 2 && d[0]),
    );
  }
  return rules;
}

// cypher runs one statement through Neo4j's HTTP API and returns its rows,
// or with graph set, the distinct nodes and relationships of its result as
// Browser would draw them.
async function cypher(statement, { graph = false } = {}) {
  const res = await fetch(`${neo4jHTTP}/db/neo4j/tx/commit`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`neo4j:${password}`).toString('base64'),
    },
    body: JSON.stringify({ statements: [{ statement, resultDataContents: [graph ? 'graph' : 'row'] }] }),
  });
  if (!res.ok) fail(`Neo4j HTTP API at ${neo4jHTTP}: ${res.status} ${res.statusText}`);
  const body = await res.json();
  if (body.errors?.length) fail(`Neo4j: ${body.errors[0].message}`);
  const data = body.results[0].data;
  if (!graph) return data.map((d) => d.row);
  const nodes = new Map();
  for (const d of data) for (const n of d.graph.nodes) nodes.set(n.id, n);
  return [...nodes.values()];
}

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) fail(`GET ${url}: ${res.status} ${res.statusText}`);
  return res.text();
}

// frame returns the locator of the newest stream frame whose command matches.
function frame(page, pattern) {
  return page.locator('[data-testid="frame"]').filter({
    has: page.locator('[data-testid="frameCommand"]', { hasText: pattern }),
  }).first();
}

// runGuideBlock clicks the runnable block of the guide starting with start,
// checks that it filled the editor, and runs it.
async function runGuideBlock(page, guide, start) {
  const block = guide.locator('pre.runnable', { hasText: start }).first();
  await block.click({ timeout: stepTimeout });
  const want = (await block.textContent()).trim();
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  await retry(`the editor to hold the clicked guide block "${start}"`, async () =>
    norm(await page.locator('[data-testid="activeEditor"] .view-lines').innerText()) === norm(want));
  await page.locator('[data-testid="editor-Run"]').click({ timeout: stepTimeout });
}

// graphStats waits for a frame's graph to be drawn and returns what it shows.
async function graphStats(result, what) {
  const status = await retry(`the ${what} result frame to draw a graph ("Displaying N nodes, M relationships.")`, async () => {
    const err = await result.locator('[data-testid="cypherFrameErrorMessage"]').count();
    if (err) fail(`the ${what} query failed in Browser: ${await result.locator('[data-testid="cypherFrameErrorMessage"]').innerText()}`);
    const text = await result.innerText();
    const m = text.match(/Displaying ([\d,]+) nodes, ([\d,]+) relationships\./);
    return m && (await result.locator('svg g.node').count()) > 0 ? m : null;
  });
  const drawn = await result.locator('svg g.node').evaluateAll((nodes) =>
    nodes.map((n) => ({
      fill: n.querySelector('circle.b-outline')?.getAttribute('fill') ?? '',
      caption: [...n.querySelectorAll('text.caption')].map((t) => t.textContent.trim()).join(' '),
    })),
  );
  return {
    nodes: Number(status[1].replace(/,/g, '')),
    relationships: Number(status[2].replace(/,/g, '')),
    drawn,
  };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const style = readStyle();
  for (const label of ['Actor', 'Event', 'Location', 'Claim', 'Document']) {
    if (!style[`node.${label}`]?.color) fail(`docs/browser/style.grass has no colour for node.${label}`);
  }
  const guideFile = fs.readFileSync(path.join(repo, 'docs', 'browser', 'guide.html'), 'utf8');
  const slides = (guideFile.match(/<slide[\s>]/g) || []).length;

  await step(`preflight: ${assets} serves the committed style and guide`, async () => {
    const served = await fetchText(`${assets}/guide.html`).catch((err) => {
      fail(`nothing serves ${assets}/guide.html (${err.message}); start it with "make browser" (eventgraph browser --detach)`);
    });
    if (served !== guideFile) fail(`${assets} serves another guide.html than docs/browser/guide.html: rebuild and restart it with "make browser"`);
  });

  await step('preflight: Neo4j has the Browser settings and the seeds', async () => {
    const rows = await cypher("CALL dbms.listConfig('browser.post_connect_cmd') YIELD name, value RETURN value");
    const cmd = rows[0]?.[0] ?? '';
    if (!cmd.includes(`${assets}/guide.html`) || !cmd.includes(`${assets}/style.grass`)) {
      fail(`Neo4j's browser.post_connect_cmd is "${cmd}", not the style and guide of ${assets}: it was started without them. ` +
        'Restart it with "scripts/neo4j stop && make neo4j" (the Makefile passes `eventgraph browser --conf` to scripts/neo4j).');
    }
    const seeds = fs.readdirSync(path.join(repo, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
    const [[docs]] = await cypher(`MATCH (d:Document) WHERE d.id IN ${JSON.stringify(seeds)} RETURN count(d)`);
    if (docs !== seeds.length) fail(`Neo4j holds ${docs} of the ${seeds.length} seed documents; load them with "bin/eventgraph schema && bin/eventgraph load seeds"`);
  });

  const [[links]] = await cypher('MATCH (:Event)-[r:RETALIATION_FOR]->(:Event) RETURN count(r)');
  if (links === 0) fail('the graph has no RETALIATION_FOR relationship to draw; did "eventgraph load seeds" extract any links?');
  log(`the graph has ${links} RETALIATION_FOR links; the guide has ${slides} slides`);

  if (!fs.existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: stepTimeout,
    // playwright-core starts it with a fresh profile in a temporary folder.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(stepTimeout);
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // Browser asks for web fonts and telemetry on the internet; keep it offline.
  await page.route((url) => !/^(127\.0\.0\.1|localhost)$/.test(url.hostname), (route) => route.abort());

  try {
    await step('open Neo4j Browser and log in', async () => {
      await page.goto(`${neo4jHTTP}/browser/`, { timeout: stepTimeout });
      await page.locator('[data-testid="password"]').waitFor({ timeout: stepTimeout }).catch(() =>
        fail(`no login form at ${neo4jHTTP}/browser/ (is Neo4j running? scripts/neo4j status)`));
      await page.locator('[data-testid="username"]').fill('neo4j');
      await page.locator('[data-testid="password"]').fill(password);
      await page.locator('[data-testid="connect"]').click();
      await retry('Browser to connect (a ":server connect" frame without the login form)', async () => {
        if (await page.locator('[data-testid="errorBanner"]').count()) {
          fail(`login failed: ${await page.locator('[data-testid="errorBanner"]').first().innerText()}`);
        }
        return (await page.locator('[data-testid="password"]').count()) === 0;
      });
    });

    await step('the post-connect command applied style.grass', async () => {
      const f = frame(page, `:style ${assets}/style.grass`);
      await f.waitFor({ timeout: stepTimeout }).catch(() => fail(`no ":style ${assets}/style.grass" frame opened on connect`));
      await retry('the style frame to show the fetched style (node.Actor)', async () => {
        const text = await f.innerText();
        if (/not allowed|could not|error/i.test(text) && !/node\.Actor/.test(text)) fail(`the style frame shows an error: ${text.slice(0, 300)}`);
        return text.includes('node.Actor');
      });
    });

    const guide = await step('the post-connect command opened the guide', async () => {
      const f = frame(page, `:play ${assets}/guide.html`);
      await f.waitFor({ timeout: stepTimeout }).catch(() => fail(`no ":play ${assets}/guide.html" frame opened on connect`));
      await retry('the guide frame to show "What the graph holds"', async () => {
        const text = await f.innerText();
        if (/not allowed|could not fetch/i.test(text)) fail(`the guide frame shows an error: ${text.slice(0, 300)}`);
        return text.includes('What the graph holds');
      });
      const dots = await f.locator('[data-testid^="pagination-"]').count();
      if (dots && dots !== slides) fail(`the guide shows ${dots} slides, guide.html has ${slides}`);
      return f;
    });

    await step('run the retaliation chains from the guide and check the styled graph', async () => {
      await runGuideBlock(page, guide, 'MATCH p = (:Event)-[:RETALIATION_FOR*1..12]');
      const result = frame(page, 'RETALIATION_FOR*1..12');
      const got = await graphStats(result, 'retaliation chains');
      // The same text as Browser sends, so the same plan picks the same paths.
      const nodes = await cypher(chainsQuery, { graph: true });
      const want = nodes.length;
      const wantDrawn = Math.min(want, maxDrawnNodes);
      if (got.nodes !== wantDrawn) fail(`the frame displays ${got.nodes} nodes, the database returns ${want} distinct nodes (Browser draws up to ${maxDrawnNodes})`);
      if (got.drawn.length !== got.nodes) fail(`the frame says ${got.nodes} nodes but draws ${got.drawn.length}`);
      const eventColor = style['node.Event'].color.toUpperCase();
      const wrong = got.drawn.filter((n) => n.fill.toUpperCase() !== eventColor);
      if (wrong.length) fail(`${wrong.length} of ${got.drawn.length} Event nodes are not filled with style.grass's ${eventColor} (first: ${wrong[0].fill})`);
      // Event captions are {label}, "mode date"; Browser wraps a caption to
      // fit the circle and ends what does not fit with an ellipsis.
      const labels = nodes.map((n) => n.properties.label);
      const fits = (caption) => {
        const shown = caption.replace(/…$/, '').trim();
        return shown !== '' && labels.some((l) => l.startsWith(shown));
      };
      const bad = got.drawn.filter((n) => !fits(n.caption));
      if (bad.length) fail(`${bad.length} of ${got.drawn.length} Event captions are not (the start of) an Event label: ${bad.slice(0, 5).map((n) => JSON.stringify(n.caption)).join(', ')}; labels: ${labels.slice(0, 5).join(', ')}`);
      const captioned = got.drawn;
      log(`  ${got.nodes} nodes and ${got.relationships} relationships drawn, all in ${eventColor}; captions such as "${captioned[0].caption}"`);
    });

    await step('draw the retaliation view with actors from the guide', async () => {
      const next = guide.locator('[data-testid="nextSlide"]');
      for (let i = 0; i < 2; i++) await next.click();
      await runGuideBlock(page, guide, viewStart);
      const result = frame(page, viewStart);
      const got = await graphStats(result, 'retaliation view');
      const actorColor = style['node.Actor'].color.toUpperCase();
      const actors = got.drawn.filter((n) => n.fill.toUpperCase() === actorColor);
      if (actors.length === 0) fail(`no node of the retaliation view is filled with the Actor colour ${actorColor}`);
      const [[names]] = await cypher('MATCH (a:Actor)-[:PERFORMED]->(:Event)-[:RETALIATION_FOR]-() RETURN collect(DISTINCT a.name)');
      const shown = actors.map((n) => n.caption);
      // Long names wrap and end in an ellipsis: compare their first word.
      if (!shown.some((c) => names.some((name) => name.startsWith(c.split(' ')[0].replace(/…$/, ''))))) {
        fail(`no Actor caption matches an actor name; captions: ${shown.slice(0, 5).join(', ')}; names: ${names.slice(0, 5).join(', ')}`);
      }
      log(`  ${got.nodes} nodes, ${actors.length} of them actors such as "${shown[0]}"`);
      {
        // Give the graph the whole window, let it fit and settle, then shoot.
        await result.locator('button[title="Fullscreen"]').click();
        await page.waitForTimeout(1500);
        // Fit centres the graph on the whole canvas, under the overview pane
        // on the right: fit in a wide window, then drag the canvas from its
        // empty bottom-left corner by half the pane's width.
        await page.setViewportSize({ width: 1680, height: 900 });
        await page.waitForTimeout(500);
        await result.locator('[aria-label="zoom-to-fit"]').click();
        await page.waitForTimeout(1000);
        const canvas = await result.locator('svg').filter({ has: page.locator('g.node') }).first().boundingBox();
        if (canvas) {
          const x = canvas.x + 20;
          const y = canvas.y + canvas.height - 20;
          await page.mouse.move(x + 150, y);
          await page.mouse.down();
          await page.mouse.move(x + 75, y, { steps: 5 });
          await page.mouse.move(x, y, { steps: 5 });
          await page.mouse.up();
          await page.waitForTimeout(1000);
        }
        await page.screenshot({ path: screenshotPath, animations: 'disabled' });
        log(`  screenshot: ${path.relative(process.cwd(), screenshotPath)}`);
      }
    });

    if (pageErrors.length) log(`note: the page reported ${pageErrors.length} script errors, first: ${pageErrors[0]}`);
  } catch (err) {
    const shot = path.join(outDir, 'failure.png');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    err.message += `\n  (screen at the failure: ${path.relative(process.cwd(), shot)})`;
    throw err;
  } finally {
    await browser.close();
  }
}

main().then(
  () => log(`PASS in ${((Date.now() - t0) / 1000).toFixed(1)} s`),
  (err) => {
    console.error(`e2e: FAIL at step "${currentStep}": ${err instanceof Failure ? err.message : err.stack}`);
    process.exit(1);
  },
);
