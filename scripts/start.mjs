#!/usr/bin/env node
/**
 * npm start: install what is missing, check the content, build the site with its search index,
 * then serve dist/ on http://127.0.0.1:4321/. Plain JavaScript so it runs on an older system Node;
 * every later step runs through npm, on the project's pinned Node.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const PORT = process.env.PORT ?? '4321';
const shell = process.platform === 'win32';

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} 失败 — failed. 见上方信息 / see the messages above.`);
    process.exit(result.status ?? 1);
  }
}

step('安装依赖 Installing dependencies', process.execPath, [join(root, 'scripts', 'bootstrap.mjs')]);
step('检查内容 Checking content', 'npm', ['run', '--silent', 'check']);
step('构建网站 Building the site', 'npm', ['run', '--silent', 'build']);

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
console.log(`\n▶ 网站已启动 Serving the site: http://${HOST}:${PORT}${base}\n  按 Ctrl+C 停止 — press Ctrl+C to stop.\n`);
const server = spawn('npm', ['run', '--silent', 'preview', '--', '--host', HOST, '--port', PORT], { cwd: root, stdio: 'inherit', shell });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
