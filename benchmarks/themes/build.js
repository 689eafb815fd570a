// Print JSON Resume documents with published themes to PDF (benchmarks/theme_accuracy.py).
// usage: node build.js plan.json, run from a copy beside the node_modules that hold the themes
// (benchmarks.theme_accuracy copies it into .cache/themes), so `require` and `import` find them.
// plan: [{theme, resume, pdf}]; one `@@{json}` line per item on stdout (themes print their own noise).
// Every request a page makes other than file:/data:/about: is aborted, the proxy is a closed
// loopback port and no host name resolves: nothing leaves the machine.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const puppeteer = require('puppeteer-core');

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
  page.on('request', (r) => (/^(file|data|about):/.test(r.url()) ? r.continue() : r.abort()));
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
