#!/usr/bin/env node
/**
 * Makes sure this checkout's dependencies are installed, including the pinned Node.js that every
 * npm script runs on. Plain JavaScript on purpose: it must run on an older system Node (18+),
 * before node_modules exists. `npm ci` installs the registry's `node` package (a devDependency),
 * whose binary lands in node_modules/.bin, which npm puts first on PATH for every script.
 *
 * Re-installs when package-lock.json changed since the last install (a hash is kept in
 * node_modules/.install-stamp). With a command after the options, runs it once everything is ready,
 * with node_modules/.bin first on PATH (a shell that already looked up `node` would keep the old one):
 *   node scripts/bootstrap.mjs vitest run
 * Pass --quiet to print nothing when all is well.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = process.argv.slice(2);
const quiet = options[0] === '--quiet';
const command = options.slice(quiet ? 1 : 0);
const lockPath = join(root, 'package-lock.json');
const stampPath = join(root, 'node_modules', '.install-stamp');
const nodeBin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
const REQUIRED = [22, 12];

function fail(zh, en) {
  console.error(`\n✗ ${zh}\n  ${en}\n`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) fail(`无法运行 ${command}：${result.error.message}`, `could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

if (!existsSync(lockPath)) fail('缺少 package-lock.json，无法按锁定版本安装。', 'package-lock.json is missing, so dependencies cannot be installed at pinned versions.');
const lockHash = createHash('sha256').update(readFileSync(lockPath)).digest('hex');
const installed = existsSync(stampPath) && readFileSync(stampPath, 'utf8').trim() === lockHash && existsSync(nodeBin);

if (!installed) {
  console.log('正在安装依赖（npm ci），首次约需一两分钟…  Installing dependencies (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']) !== 0) {
    fail('npm ci 失败：请检查能否访问 npm 仓库，以及上面的错误信息。', 'npm ci failed: check that the npm registry is reachable and read the errors above.');
  }
  writeFileSync(stampPath, `${lockHash}\n`);
}

const version = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' });
const match = /^v(\d+)\.(\d+)/.exec(version.stdout ?? '');
if (!match) fail('找不到项目自带的 Node.js（node_modules/.bin/node），请删除 node_modules 后重试。', 'the project’s own Node.js (node_modules/.bin/node) is missing: delete node_modules and try again.');
const [major, minor] = [Number(match[1]), Number(match[2])];
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  fail(`项目自带的 Node.js 版本过低（${version.stdout.trim()}），需要 >= ${REQUIRED.join('.')}。`, `the project’s Node.js is too old (${version.stdout.trim()}); >= ${REQUIRED.join('.')} is needed.`);
}
if (!quiet) console.log(`依赖就绪，使用 Node.js ${version.stdout.trim()}。  Dependencies ready; scripts run on Node.js ${version.stdout.trim()}.`);

if (command.length > 0) {
  const bin = join(root, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}` };
  const result = spawnSync(command[0], command.slice(1), { cwd: process.cwd(), stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.error) fail(`无法运行 ${command[0]}：${result.error.message}`, `could not run ${command[0]}: ${result.error.message}`);
  process.exit(result.status ?? 1);
}
