// Print JSON Resume documents with published themes to PDF (benchmarks/theme_accuracy.py).
// usage: node build.js plan.json, run from a copy beside the node_modules that hold the themes
// (benchmarks.theme_accuracy copies it into .cache/themes), so `require` and `import` find them.
// plan: [{theme, resume, pdf}]; one `@@{json}` line per item on stdout (themes print their own noise).
// A theme's stylesheet from a CDN (Bootstrap, Bootswatch, Font Awesome, Tachyons) is answered from
// the same version installed from npm (package.json's `cdn-*` aliases), so the page is laid out
// as the theme's users see it. Every other request but a local file, data: or about: is aborted,
// the proxy is a closed loopback port and no host name resolves: nothing leaves the machine.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

const CDN = [
  [/\/(?:twitter-)?bootstrap\/(3\.2\.0|3\.3\.6|3\.3\.7)\/(css|fonts|js)\/([\w.-]+)$/, (m) => `cdn-bootstrap-${m[1]}/dist/${m[2]}/${m[3]}`],
  [/bootswatch(?:\.com)?\/(?:3\.3\.7\/)?(\w+)\/(bootstrap(?:\.min)?\.css)$/, (m) => `cdn-bootswatch-3.3.7/${m[1]}/${m[2]}`],
  [/\/font-awesome\/4\.\d\.\d\/(css|fonts)\/([\w.-]+)(?:[?#].*)?$/, (m) => `cdn-font-awesome-4.7.0/${m[1]}/${m[2]}`],
  [/\/font-awesome\/([56])\.\d+\.\d+\/(css|webfonts)\/([\w.-]+)(?:[?#].*)?$/, (m) => `cdn-fontawesome-free-${m[1]}/${m[2]}/${m[3]}`],
  [/\/tachyons@4\.10\.0\/css\/([\w.-]+)$/, (m) => `cdn-tachyons-4.10.0/css/${m[1]}`],
];
const TYPES = { css: 'text/css', js: 'application/javascript', woff: 'font/woff', woff2: 'font/woff2', ttf: 'font/ttf', svg: 'image/svg+xml', eot: 'application/vnd.ms-fontobject' };

function fromNpm(url) {
  for (const [pattern, target] of CDN) {
    const m = url.match(pattern);
    if (m) {
      const file = path.join(process.cwd(), 'node_modules', target(m));
      if (fs.existsSync(file)) return file;
    }
  }
  return null;
}

function answer(request) {
  const url = request.url();
  const local = fromNpm(url);
  if (local) {
    const type = TYPES[path.extname(local).slice(1)] || 'application/octet-stream';
    return request.respond({ status: 200, contentType: type, body: fs.readFileSync(local) });
  }
  if (/^(file:\/\/\/|data:|about:)/.test(url)) return request.continue();
  return request.abort();
}

async function theme(name) {
  const id = 'jsonresume-theme-' + name;
  try {
    return require(id);
  } catch (e) {
    return await import(id); // an ES module theme, or one whose dependencies are
  }
}

async function html(name, resume) {
  const mod = await theme(name);
  const render = mod.render || (mod.default && mod.default.render) || mod.default || mod;
  return await render(resume);
}

(async () => {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
    ],
  });
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', answer);
  page.setDefaultTimeout(20000);
  for (const item of plan) {
    const t0 = Date.now();
    try {
      const resume = JSON.parse(fs.readFileSync(item.resume, 'utf8'));
      const doc = await html(item.theme, resume);
      const tmp = item.pdf.replace(/\.pdf$/, '.html');
      fs.writeFileSync(tmp, doc);
      await page.goto(pathToFileURL(path.resolve(tmp)).href, { waitUntil: 'load' });
      await page.pdf({ path: item.pdf, format: 'A4', printBackground: true });
      console.log('@@' + JSON.stringify({ pdf: item.pdf, ok: true, ms: Date.now() - t0 }));
    } catch (e) {
      console.log('@@' + JSON.stringify({ pdf: item.pdf, ok: false, error: String(e.message).split('\n')[0] }));
    }
  }
  await browser.close();
})();
