// Browser smoke test for the course (run by `make test`, or: node tools/smoke/smoke.js [notebook.ipynb]).
//
// 1. copies notebooks/ to a temporary folder (so the browser's autosave never
//    touches the repo) and starts the server there exactly as `make notebook`
//    does: tools/serve-notebooks, on a free 127.0.0.1 port, with a token;
// 2. opens the notebook (default: notebooks/00-*.ipynb) in Debian's headless
//    Chromium (/usr/bin/chromium, driven by playwright-core; no browser download);
// 3. runs all cells (Cell → Run All in the classic Notebook 6 UI), waits until
//    every code cell has run, and checks that an image output (img in
//    .output_png) appeared and no cell shows an error;
// 4. saves a screenshot to build/smoke.png and stops the server.
// Exit status 0 on success, 1 on failure (with the reason).
'use strict';

const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS || 240000);
const SHOT = path.join(ROOT, 'build', 'smoke.png');

function log(msg) {
  console.log(`smoke: ${msg}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

async function waitForServer(base, token, server) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with status ${server.exitCode}`);
    if ((await get(`${base}/api/status?token=${token}`)) === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the server did not answer within 60 s');
}

function pickNotebook(dir) {
  const arg = process.argv[2];
  if (arg) return path.resolve(arg);
  const first = fs.readdirSync(dir).filter((f) => /^00-.*\.ipynb$/.test(f)).sort()[0];
  if (!first) throw new Error(`no notebooks/00-*.ipynb in ${dir}`);
  return path.join(dir, first);
}

async function main() {
  const source = pickNotebook(path.join(ROOT, 'notebooks'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ganlite-smoke-'));
  const nbdir = path.join(work, 'notebooks');
  fs.mkdirSync(nbdir);
  // The notebook's folder (data files next to it, if any) plus the notebook.
  for (const f of fs.readdirSync(path.dirname(source))) {
    const p = path.join(path.dirname(source), f);
    if (fs.statSync(p).isFile()) fs.copyFileSync(p, path.join(nbdir, f));
  }
  const name = path.basename(source);
  const port = await freePort();
  const token = crypto.randomBytes(24).toString('hex');
  const base = `http://127.0.0.1:${port}`;

  log(`serving ${name} on ${base} (tools/serve-notebooks, token auth)`);
  const server = spawn(path.join(ROOT, 'tools', 'serve-notebooks'), [], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), JUPYTER_TOKEN: token, NOTEBOOK_DIR: nbdir, OPEN_BROWSER: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: stopping it stops its kernels too
  });
  const serverLog = [];
  server.stdout.on('data', (d) => serverLog.push(d.toString()));
  server.stderr.on('data', (d) => serverLog.push(d.toString()));

  let browser;
  let ok = false;
  const timer = setTimeout(() => {
    console.error(`smoke: FAILED: no result within ${TIMEOUT_MS / 1000} s`);
    stop(server);
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    await waitForServer(base, token, server);
    // Without a token the server must refuse the API.
    const anon = await get(`${base}/api/contents`);
    if (anon !== 403 && anon !== 401) throw new Error(`the server answered ${anon} without a token (want 403)`);

    const profile = path.join(work, 'chromium-profile');
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    const page = browser.pages()[0] || (await browser.newPage());
    const url = `${base}/notebooks/${encodeURIComponent(name)}?token=${token}`;
    log(`opening ${base}/notebooks/${name}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    // The kernel must be "Go (ganlite)" and reach idle.
    await page.waitForFunction(
      () => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(),
      null, { timeout: 60000 });
    const kname = await page.evaluate(() => Jupyter.notebook.kernel.name);
    if (kname !== 'ganlite') throw new Error(`the notebook runs kernel "${kname}", want "ganlite"`);
    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60000 });

    // A kernel that died and was restarted leaves a "Kernel Restarting" dialog
    // over the page: note it (the server log says why) and close it.
    await page.waitForTimeout(1000);
    const dialog = await page.$('.modal.in');
    if (dialog) {
      const title = await page.$eval('.modal.in .modal-title', (e) => e.innerText).catch(() => '?');
      log(`WARNING: dialog "${title}" over the notebook; closing it (server log below)`);
      console.log(serverLog.join('').split('\n').filter((l) => /Restart|Fatal|error/i.test(l)).join('\n'));
      await page.click('.modal.in .modal-footer button').catch(() => page.keyboard.press('Escape'));
      await page.waitForSelector('.modal.in', { state: 'detached', timeout: 10000 }).catch(() => {});
      await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: 60000 });
    }

    log('Cell → Run All');
    const t0 = Date.now();
    await page.click('#menus a.dropdown-toggle:text-is("Cell")');
    await page.click('#run_all_cells > a');

    // Done when every code cell has an execution count and the kernel is idle.
    await page.waitForFunction(
      () => {
        const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
        const done = cells.every((c) => typeof c.input_prompt_number === 'number');
        return done && !Jupyter.notebook.kernel_busy &&
          document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
      },
      null, { timeout: TIMEOUT_MS - 20000, polling: 500 });
    log(`all cells ran in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const images = await page.$$eval('.output_png img', (els) => els.map((e) => [e.naturalWidth, e.naturalHeight]));
    const errors = await page.$$eval('.output_error', (els) => els.map((e) => e.innerText.slice(0, 300)));
    const stderr = await page.$$eval('.output_stderr', (els) => els.map((e) => e.innerText.slice(0, 300)));
    fs.mkdirSync(path.dirname(SHOT), { recursive: true });
    const firstImg = await page.$('.output_png img');
    if (firstImg) await firstImg.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT });
    log(`screenshot: ${path.relative(ROOT, SHOT)}`);

    if (errors.length) throw new Error(`${errors.length} cell(s) show an error; first: ${errors[0]}`);
    if (stderr.length) throw new Error(`${stderr.length} cell(s) wrote to stderr; first: ${stderr[0]}`);
    const shown = images.filter(([w, h]) => w > 0 && h > 0);
    if (!shown.length) throw new Error('no image output (img in .output_png) appeared');
    log(`${shown.length} image output(s), first ${shown[0][0]}×${shown[0][1]} px`);
    ok = true;
  } catch (e) {
    console.error(`smoke: FAILED: ${e.message}`);
    console.error('--- server log (tail) ---\n' + serverLog.join('').split('\n').slice(-30).join('\n'));
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close().catch(() => {});
    await stop(server);
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (!ok) process.exit(1);
  log('ok');
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch (e) {
      return resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch (e) { /* gone */ }
      resolve();
    }, 5000).unref();
  });
}

main().catch((e) => {
  console.error(`smoke: FAILED: ${e.stack || e}`);
  process.exit(1);
});
