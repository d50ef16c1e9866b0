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

// runGuideBlock clicks the runnable block of the guide starting with start
// (or the block given as a locator), checks that it filled the editor, and
// runs it.
async function runGuideBlock(page, guide, start) {
  const block = typeof start === 'string' ? guide.locator('pre.runnable:visible', { hasText: start }).first() : start;
  const norm = (t) => t.replace(/\s+/g, ' ').trim();
  const first = norm((await block.textContent({ timeout: stepTimeout })).trim().split('\n')[0]);
  // A click during a re-render can be lost: click until the editor holds the
  // block. It draws only the lines in view: compare the first.
  await retry(`the editor to hold the clicked guide block "${first}"`, async () => {
    await block.click({ timeout: 5000 });
    for (let i = 0; i < 10; i++) {
      if (norm(await page.locator('[data-testid="activeEditor"] .view-lines').innerText()).startsWith(first)) return true;
      await page.waitForTimeout(100);
    }
    return false;
  });
  // A click while the editor grows can miss: click again until a new frame
  // runs this block. Frames there before are marked to tell them apart.
  await page.locator('[data-testid="frame"]').evaluateAll((els) => els.forEach((e) => e.setAttribute('data-e2e-old', '')));
  const newest = page.locator('[data-testid="frame"]:not([data-e2e-old])').first().locator('[data-testid="frameCommand"]');
  await retry(`Browser to run the block "${first}"`, async () => {
    await page.locator('[data-testid="editor-Run"]').click({ timeout: 5000 });
    for (let i = 0; i < 20; i++) {
      if ((await newest.count()) && norm(await newest.innerText()).startsWith(first)) return true;
      await page.waitForTimeout(100);
    }
    return false;
  });
}

// slide returns the heading of the guide's current slide and its number.
async function slide(guide) {
  const counter = (await guide.innerText()).match(/(\d+)\s*\/\s*(\d+)/);
  return {
    title: (await guide.locator('h3:visible').first().textContent()).trim(),
    at: counter ? Number(counter[1]) : 0,
    of: counter ? Number(counter[2]) : 0,
  };
}

// runCard runs the card of a stored query on the guide's current slide: the
// block that sets its parameters, if any, then the query. It returns the
// number of rows the query gave.
async function runCard(page, guide, name) {
  const blocks = guide.locator('pre.runnable:visible');
  const n = await blocks.count();
  if (n < 1 || n > 2) fail(`the ${name} slide has ${n} runnable blocks, want the parameters (if any) and the query`);
  if (n === 2) {
    const text = (await blocks.nth(0).textContent()).trim();
    const params = [...text.matchAll(/^:param (\w+) =>/gm)].map((m) => m[1]);
    if (params.length === 0) fail(`the first block of the ${name} slide sets no parameter: ${text}`);
    await runGuideBlock(page, guide, blocks.nth(0));
    const f = frame(page, text.split('\n')[0].replace(/;$/, ''));
    await retry(`the ${name} parameters (${params.join(', ')}) to be set`, async () => {
      const contents = await f.locator('[data-testid="frameContents"]').innerText();
      if (/error/i.test(contents) || (await f.locator('[title="Status: error"]').count())) fail(`setting the ${name} parameters failed: ${contents.slice(0, 300)}`);
      // One statement shows the parameters set, more a list with a status each.
      if (params.length === 1 && contents.includes(`"${params[0]}"`)) return true;
      return (await f.locator('[title="Status: success"]').count()) === params.length;
    });
  }
  await runGuideBlock(page, guide, blocks.nth(n - 1));
  const result = frame(page, `// name: ${name}`);
  const status = await retry(`the ${name} query to finish`, async () => {
    if (await result.locator('[data-testid="cypherFrameErrorMessage"]').count()) {
      fail(`the ${name} query failed in Browser: ${await result.locator('[data-testid="cypherFrameErrorMessage"]').first().innerText()}`);
    }
    const text = await result.innerText();
    return text.match(/Started streaming (\d+) records?|\(no changes, no records\)/);
  });
  return status[1] ? Number(status[1]) : 0;
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
      const { at, of } = await slide(f);
      if (at !== 1 || of !== slides) fail(`the guide shows slide ${at} of ${of}, want 1 of the ${slides} in guide.html`);
      // Browser drops the oldest frames beyond 15 (a setting); keep this one.
      await f.locator('button[title="Pin at top"]').click();
      return f;
    });

    await step('run the retaliation chains from the guide and check the styled graph', async () => {
      // Compare with the same text run over HTTP, so the same plan picks the
      // same paths. Another writer to a shared test database can change the
      // graph between the two runs: then run both again.
      let got;
      let nodes;
      for (let attempt = 1; ; attempt++) {
        await runGuideBlock(page, guide, 'MATCH p = (:Event)-[:RETALIATION_FOR*1..12]');
        got = await graphStats(frame(page, 'RETALIATION_FOR*1..12'), 'retaliation chains');
        nodes = await cypher(chainsQuery, { graph: true });
        if (got.nodes === Math.min(nodes.length, maxDrawnNodes)) break;
        if (attempt === 3) {
          fail(`the frame displays ${got.nodes} nodes, the database returns ${nodes.length} distinct nodes (Browser draws up to ${maxDrawnNodes}); three tries`);
        }
        log(`  the frame displays ${got.nodes} nodes, the database now returns ${nodes.length}: has the graph changed? Running both again`);
      }
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
        await result.locator('button[title="Close fullscreen"]').click();
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });

    await step('every stored query card of the guide runs', async () => {
      const names = fs.readdirSync(path.join(repo, 'queries')).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, ''));
      const rows = {};
      for (let s = await slide(guide); ; ) {
        if (names.includes(s.title)) rows[s.title] = await runCard(page, guide, s.title);
        if (s.at >= s.of) break;
        await guide.locator('[data-testid="nextSlide"]').click();
        const before = s.at;
        s = await retry(`the guide to move past slide ${before}`, async () => {
          const now = await slide(guide);
          return now.at > before ? now : null;
        });
      }
      const missing = names.filter((n) => !(n in rows));
      if (missing.length) fail(`the guide has no card for the stored queries ${missing.join(', ')}`);
      log(`  rows: ${Object.entries(rows).map(([n, r]) => `${n} ${r}`).join(', ')}`);
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
